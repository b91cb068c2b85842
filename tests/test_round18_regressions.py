"""Round 18 (issue 11), each pinned on a real page with its rule switched off.

- Three guards read a caption's mark definitions ("* indicates ...") with three patterns of
  their own, which had drifted (one lacked the math asterisk "∗", one "§" and "¶"), and
  `guards_cell_marks` named "‡" "double dagger" where the reader flags a "‡" cell
  "double-dagger", so a "‡" definition could never meet its cells. All three ran a definition
  on to the sentence's end: jpcs-2188-012011's Table 1 caption, "† means whe sequence-based
  models, ‡ means the GCN-based models", gave "†" the words "GCN-based models" and "‡" nothing.
  `mark_definitions` is now the one reader; a definition ends at the next mark's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify_claims.extract import grid_cells
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guards_cell_marks, guards_marked_rows, mark_definitions

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


@pytest.fixture(scope="module")
def jpcs_caption() -> str:
    paper = parse_paper(read_document(PAPERS / "jpcs-2188-012011.pdf"))
    return next(table.caption for table in paper.tables if "\u2021" in table.caption)


def test_each_mark_keeps_its_own_definition(jpcs_caption):
    found = dict(mark_definitions.mark_definitions(jpcs_caption))
    assert "GCN" not in found["\u2020"] and "sequence-based" in found["\u2020"]
    assert "GCN-based" in found["\u2021"]


def test_old_pattern_ran_into_the_next_definition(jpcs_caption, monkeypatch):
    """Planted bug: the old pattern (to the sentence's end) loses "‡" and lends its words."""
    old = re.compile(r"(?<![\w*\u2217\u2020\u2021])([*\u2217\u2020\u2021]{1,3})\s*"
                     r"(?:indicates|denotes|marks|means)\s+([^.;]{3,200})", re.IGNORECASE)
    monkeypatch.setitem(mark_definitions._DEFINED, False, old)
    found = dict(mark_definitions.mark_definitions(jpcs_caption))
    assert "\u2021" not in found and "GCN" in found["\u2020"]


def test_a_definitions_flags_are_the_readers_flags(jpcs_caption):
    """The guard compares a definition's flags with a cell's: both must name "‡" alike."""
    definitions = {mark: flags for mark, flags, _ in guards_cell_marks.definitions(jpcs_caption)}
    _, cell_flags = grid_cells._strip_marks("71.9\u2021")
    assert list(definitions["\u2021"]) == cell_flags == ["double-dagger"]


def test_row_marks_read_the_colon_legend():
    """`guards_marked_rows` also reads "*: ..." legends; the others do not."""
    caption = "Table 2: Results. *: trained with external labeled data; \u2020: our runs."
    assert [mark for mark, _ in guards_marked_rows._definitions(caption)] == ["*"]
    assert mark_definitions.mark_definitions(caption) == []


_WORDS = st.lists(st.sampled_from(["models", "trained", "the", "test", "set", "GPU",
                                   "external", "data", "results", "ensemble"]),
                  min_size=1, max_size=6).map(" ".join)


@given(st.lists(st.tuples(st.sampled_from(["*", "**", "\u2217", "\u2020", "\u2021", "\u00a7"]),
                          st.sampled_from(["indicates", "denotes", "means"]), _WORDS),
                min_size=1, max_size=4, unique_by=lambda item: item[0]))
def test_any_list_of_definitions_reads_back(items):
    caption = "Table 1: Scores. " + ", ".join(f"{mark} {verb} {words}"
                                              for mark, verb, words in items) + "."
    read = mark_definitions.mark_definitions(caption)
    assert [(mark, words) for mark, _, words in items] == read
