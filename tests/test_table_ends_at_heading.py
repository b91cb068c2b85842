"""A table spanning both columns ends before the numbered section heading under it
(extract/grid_tables.py, `_opens_section`), while a row that starts with a plain number stays a
row. Pinned on real pages:

- Deng et al. (arXiv:1912.10667, Table 1, from the blind corpus tests/real/heldout3, whose
  reading showed the bug): under the table's closing rule, "4.2. Experimental settings" in the
  left column and the run-in paragraph title "Model accuracy" in the right one read as one
  more row of the table;
- Fader et al. 2011 (tests/real/papers/fader11.pdf, Table 4): its rows start with a weight
  ("0.25 The last preposition in r is in"), a number followed by words as a section heading
  is, but in plain type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

REAL = Path(__file__).parent / "real"


@pytest.fixture(scope="module")
def deng_tables():
    pdf = REAL / "heldout3" / "sources" / "1912.10667v1.pdf"
    return parse_paper(read_document(pdf), source_id="arXiv:1912.10667v1").tables


def test_the_heading_under_a_full_width_table_is_not_its_last_row(deng_tables):
    rows = deng_tables[0].rows
    assert [cell.text for cell in rows[-1]][:3] == ["G-pooling-2.0 (ours)", "71.09", "78.88"]
    texts = {cell.text for row in rows for cell in row}
    assert not texts & {"4.2. Experimental settings", "Model accuracy"}


def test_rows_that_start_with_a_plain_number_stay_rows():
    tables = parse_paper(read_document(REAL / "papers" / "fader11.pdf")).tables
    weights = next(table for table in tables
                   if any(cell.text == "The last preposition in r is in"
                          for row in table.rows for cell in row))
    labels = [row[0].text for row in weights.rows]
    assert "The last preposition in r is in" in labels
    assert "(x, r, y) covers all words in s" in labels
    assert len(weights.rows) == 19
