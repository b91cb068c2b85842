"""Four reading defects of wide tables on real pages (issue 11, round 13), each pinned with its
rule switched off:

- BERT (arXiv:1810.04805, tests/real/redteam6) Table 1 prints MNLI's matched and mismatched
  accuracies as one cell "84.6/83.4" under "MNLI-(m/mm)": the column is cut in two, "MNLI-m"
  and "MNLI-mm", one number each (extract/slash_columns.py). A ratio under a header naming no
  parts ("2/44" papers) stays whole.
- BERT Table 5's "Dev Set", centred over its five value columns, headed only MRPC, the column
  right under it (extract/grid_headers.py, `_heads_value_block`).
- BERT Tables 6 and 8 print no row names: the settings under "Hyperparams" (#L, #H, #A) and
  "Masking Rates" (MASK, SAME, RND) label the rows together (extract/setting_columns.py);
  before, each row was labelled by its first setting alone ("6" for two rows).
- VILA (arXiv:2106.00676, tests/real/redteam4) Table 7's third block opens with a header row
  whose "Page / Number" takes two lines straddling it; each half was read as a row group
  ("Number" over the block's rows) and the column lost its header
  (extract/straddled_cells.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract import grid_cells, grid_headers, tables
from verify_claims.extract.grid_tables import tables_from_pages
from verify_claims.extract.header_rows import split_blocks
from verify_claims.extract.pdfwords import read_pages
from verify_claims.extract.readers import read_document

REAL = Path(__file__).resolve().parent / "real"
BERT = REAL / "redteam6" / "sources" / "1810.04805.pdf"
VILA = REAL / "redteam4" / "sources" / "2106.00676.pdf"
EACL = REAL / "claims" / "sources" / "2023.eacl-main.121.pdf"


@pytest.fixture(scope="module")
def bert_pages():
    return read_pages(BERT)


def _table(found, label: str):
    return next(table for table in found if table.label == label)


def _cell(table, text: str):
    return next(cell for row in table.rows for cell in row if cell.text == text)


# --- Table 1: "MNLI-(m/mm)" over "84.6/83.4" -----------------------------------------------


@pytest.fixture(scope="module")
def bert_tables():
    return tables.find_tables(read_document(BERT))


def test_a_column_of_slash_pairs_under_a_header_naming_both_parts_is_two_columns(bert_tables):
    table = _table(bert_tables, "Table 1")
    assert table.header[1:4] == ["MNLI-m 392k", "MNLI-mm 392k", "QQP 363k"]
    base = next(row for row in table.rows if row[0].text == "BERTBASE")
    matched, mismatched = base[1], base[2]
    assert (matched.text, matched.value, matched.column_headers) == ("84.6", 84.6,
                                                                     ["MNLI-m", "392k"])
    assert (mismatched.text, mismatched.value, mismatched.column_headers) == (
        "83.4", 83.4, ["MNLI-mm", "392k"])
    assert all(len(row) == len(table.header) for row in table.rows)


def test_the_slash_rule_is_what_cuts_the_column(monkeypatch):
    monkeypatch.setattr(tables, "split_slash_columns", lambda table: table)
    table = _table(tables.find_tables(read_document(BERT)), "Table 1")
    assert _cell(table, "84.6/83.4").column_headers == ["MNLI-(m/mm)", "392k"]


def test_a_ratio_under_a_header_naming_no_parts_stays_whole():
    found = tables.find_tables(read_document(EACL))
    cell = _cell(_table(found, "Table 8"), "2/44")
    assert cell.column_headers == ["# papers"]


# --- Table 5: "Dev Set" centred over every value column -------------------------------------


def test_a_lone_label_centred_over_the_value_columns_heads_them_all(bert_pages):
    table = _table(tables_from_pages(bert_pages), "Table 5")
    assert _cell(table, "84.4").column_headers == ["Dev Set", "MNLI-m", "(Acc)"]
    assert _cell(table, "88.4").column_headers == ["Dev Set", "QNLI", "(Acc)"]
    assert _cell(table, "88.5").column_headers == ["Dev Set", "SQuAD", "(F1)"]


def test_the_value_block_rule_is_what_spreads_the_label(bert_pages, monkeypatch):
    monkeypatch.setattr(grid_headers, "_heads_value_block", lambda *args: False)
    table = _table(tables_from_pages(bert_pages), "Table 5")
    # No "Dev Set" over MNLI-m; with no header cell spanning others left, its two lines are
    # one wrapped cell (grid_headers._ungrouped, round 23).
    assert _cell(table, "84.4").column_headers == ["MNLI-m (Acc)"]
    assert _cell(table, "86.7").column_headers == ["Dev Set MRPC (Acc)"]  # over MRPC alone


# --- Tables 6 and 8: settings label the rows together ---------------------------------------


def test_setting_columns_label_the_rows_together(bert_pages):
    found = tables_from_pages(bert_pages)
    six = _table(found, "Table 6")
    assert [_cell(six, value).row_headers for value in ("80.6", "81.9")] == [
        ["6", "768", "3"], ["6", "768", "12"]]
    assert _cell(six, "5.84").column_headers == ["LM (ppl)"]  # a result, not a setting
    assert _cell(six, "77.9").column_headers == ["Dev Set Accuracy", "MNLI-m"]
    eight = _table(found, "Table 8")
    assert _cell(eight, "94.0").row_headers == ["100%", "0%", "0%"]
    assert _cell(eight, "94.0").column_headers == ["Dev Set Results", "NER", "Feature-based"]


def test_the_setting_rule_is_what_labels_the_rows(bert_pages, monkeypatch):
    monkeypatch.setattr(grid_cells, "setting_columns", lambda *args: 0)
    six = _table(tables_from_pages(bert_pages), "Table 6")
    assert _cell(six, "80.6").row_headers == []  # the check fell back to the first cell, "6"
    assert _cell(six, "5.84").column_headers == ["Hyperparams", "LM (ppl)"]


# --- VILA Table 7: "Page / Number" straddling a header row inside the body ------------------


def _vila_blocks():
    found = [block for table in tables_from_pages(read_pages(VILA))
             for block in split_blocks(table)]
    return [table for table in found if table.label == "Table 7"]


def test_a_two_line_header_straddling_an_inner_header_row_heads_its_column():
    blocks = _vila_blocks()
    assert len(blocks) == 3
    third = blocks[2]
    assert third.header[1:3] == ["Page Number", "References"]
    cell = third.rows[0][1]
    assert (cell.text, cell.row_headers, cell.column_headers) == (
        "98.32", ["BERTBASE"], ["Page Number"])
    paths = {label for block in blocks for row in block.rows for cell in row
             for label in cell.row_headers}
    assert not paths & {"Page", "Number"}


def test_the_straddle_rule_is_what_joins_the_halves(monkeypatch):
    monkeypatch.setattr(grid_cells, "join_straddled_cells", lambda cells, lines: None)
    third = _vila_blocks()[2]
    assert third.header[1] == ""
    assert third.rows[0][1].row_headers == ["Number", "BERTBASE"]
