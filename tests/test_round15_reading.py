"""Reading real two-column pages (round 15): gutters a full-width float hides, table notes
between a table and its caption, private-use glyphs. On real PDFs.

`gutters.find_gutter` takes the widest stretch of the page's middle that no running-text word
crosses. A spanning table that the table finder did not box, or a title block, crosses it
with a few words per column of bins, and the emptiest stretch was then one or two points
wide: no gutter. When fewer than a third of a paper's pages showed one, no page was split,
and every line was read across both columns. On VILA (arXiv:2106.00676, redteam4) all three
pages were read so ("When text blocks +1.13%, +1.90%, and +1.29% Macro F1 improve- are
used, …"), and on RLACE (arXiv:2201.12091, redteam5) twenty of twenty-one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract import gutters, layout, page_lines
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.pdfwords import read_pages
from verify_claims.extract.readers import read_document
from verify_claims.extract.tables import find_tables

REAL = Path(__file__).resolve().parent / "real"
VILA = REAL / "redteam4" / "sources" / "2106.00676.pdf"
RLACE = REAL / "redteam5" / "sources" / "2201.12091.pdf"


def _gutters(path: Path) -> list[float | None]:
    document = read_document(path)
    pages = read_pages(document.path, "pdfplumber")
    boxes = [(region.page, region.x0, region.top, region.x1, region.bottom)
             for table in find_tables(document, pages=pages) for region in table.regions]
    size = page_lines.body_size(pages)
    return [gutters.find_gutter(page, size, layout._outside(page, boxes)) for page in pages]


@pytest.fixture(scope="module")
def vila():
    return parse_paper(read_document(VILA))


def test_vila_pages_under_a_spanning_table_are_split():
    gutters = _gutters(VILA)
    # Pages 1 and 2 are two-column (page 2 under the full-width Table 3); page 3 holds two
    # full-width tables and a few lines.
    assert [gutter is not None for gutter in gutters[:2]] == [True, True]
    assert all(280 < gutter < 315 for gutter in gutters[:2] if gutter is not None)


def test_vila_sentences_stay_in_their_column(vila):
    texts = [sentence.text for sentence in vila.sentences]
    printed = ("Compared to the baseline LayoutLM model, inserting layout indicators results "
               "in +1.13%, +1.90%, and +1.29% Macro F1 improvements across the three "
               "benchmark datasets.")
    assert any(" ".join(printed.split()) in " ".join(text.split()) for text in texts)
    # The right column's words never run into a left-column sentence.
    assert not any("improve- are used" in text for text in texts)


def test_rlace_two_column_pages_are_split():
    gutters = _gutters(RLACE)
    assert sum(gutter is not None for gutter in gutters) >= 10


def test_one_column_papers_stay_one_column():
    # "Attention is all you need" (1706.03762) is set in one column: no page of it may gain
    # a gutter from the lenient stretch.
    assert all(gutter is None for gutter in _gutters(REAL / "redteam2" / "sources"
                                                     / "1706.03762.pdf"))


# --- Table notes between a table and its caption (extract/grid_tables.py) ---------------------
# VILA's Table 3 spans the page with two numbered notes ("1 The simple group classifier fails
# to converge …") set between its body and its caption. The notes are prose, which ended the
# table's region going up from the caption, so the caption took the left-column table below
# it (Table 4) and Table 3 was lost; Table 4's own caption then found no table.


def test_a_caption_under_table_notes_takes_the_table_above(vila):
    tables = {table.label: table for table in vila.tables}
    assert {"Table 3", "Table 4"} <= set(tables)
    three, four = tables["Table 3"], tables["Table 4"]
    assert three.caption.startswith("Table 3: Content extraction performance for H-VILA")
    assert four.caption.startswith("Table 4: Content extraction performance (Macro F1 on the "
                                   "GROTOAP2 dataset)")
    cells = {(" / ".join(cell.row_headers), " / ".join(cell.column_headers)): cell.text
             for row in three.rows for cell in row}
    assert cells[("H-VILA(Text Line)", "S2-VL / Macro F1")] == "83.69(2.92)"
    assert cells[("Simple Group Classifier", "DocBank / Macro F1")] == "87.01"
    assert [cell.text for cell in four.rows[2]] == ["RoBERTa", "91.64", "92.04", "92.52"]


def test_private_use_glyphs_are_no_words(vila):
    # The arrows after "Macro F1" are a font's private-use glyph (U+F8FF): not header text.
    header = next(table for table in vila.tables if table.label == "Table 3").header
    assert "GROTOAP2 Macro F1" in header
    assert not any("\uf8ff" in label for label in header)
