"""A stacked table's first block title ("Potsdam" over the first block, "Vaihingen" over the
second, one header row under the first title) names the first block's rows, not every column
(extract/block_titles.py). Pinned on Tables 1 and 2 of Deng et al. (arXiv:1912.10667, from the
blind corpus tests/real/heldout3, whose reading showed it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.claims import Cell
from verify_claims.extract.block_titles import first_block_title
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

PDF = Path(__file__).parent / "real" / "heldout3" / "sources" / "1912.10667v1.pdf"


def _cell(text: str, rows: list[str], columns: list[str]) -> Cell:
    return Cell(text=text, row_headers=rows, column_headers=columns)


@pytest.fixture(scope="module")
def tables():
    return parse_paper(read_document(PDF), source_id="arXiv:1912.10667v1").tables


def _find(table, row: list[str], column: str) -> str:
    return next(cell.text for line in table.rows for cell in line
                if cell.row_headers == row and cell.column_headers[-1:] == [column])


def test_each_block_of_a_stacked_table_names_its_own_title(tables):
    first, second = tables[0], tables[1]
    assert first.header[-1] == "Pixel Acc."  # no "Potsdam" over every column
    assert _find(first, ["Potsdam", "P-pooling"], "Pixel Acc.") == "81.02"
    assert _find(first, ["Vaihingen", "P-pooling"], "Pixel Acc.") == "82.44"
    assert all("Potsdam" not in cell.column_headers for line in first.rows for cell in line)
    assert _find(second, ["Potsdam → Vaihingen", "P-pooling"], "mIoU") == "35.47"
    assert _find(second, ["Vaihingen → Potsdam", "P-pooling"], "mIoU") == "19.61"


def test_a_title_over_columns_of_a_table_without_blocks_stays_a_column_header():
    rows = [[_cell("A", ["A"], ["Dev", "Model"]), _cell("1.0", ["A"], ["Dev", "F1"])],
            [_cell("B", ["B"], ["Dev", "Model"]), _cell("2.0", ["B"], ["Dev", "F1"])]]
    assert first_block_title(rows, ["Dev Model", "Dev F1"]) == ["Dev Model", "Dev F1"]
    assert rows[1][1].column_headers == ["Dev", "F1"]


def test_every_row_grouped_keeps_the_title_over_the_columns():
    # Row groups from the first row on ("Test Set", "Out-of-domain"): the title is a header.
    rows = [[_cell("1.0", ["Test", "LAS"], ["All", "English"])],
            [_cell("2.0", ["OOD", "LAS"], ["All", "English"])]]
    assert first_block_title(rows, ["All English"]) == ["All English"]
    assert rows[0][0].row_headers == ["Test", "LAS"]


def test_a_later_block_title_over_a_column_group_re_titles_those_columns(tables):
    # Table 4 stacks two blocks: "Potsdam (P)" and "P→V" over "mIoU PA mIoU PA" at the top,
    # "Vaihingen (V)" and "V→P" on a body line of their own over the same columns
    # (extract/grid_rows.retitles). The second block's cells are Vaihingen's and V→P's.
    stacked = tables[3]
    second = [row for row in stacked.rows if row[2].text == "70.80"][0]
    assert second[2].column_headers == ["Vaihingen (V)", "mIoU"]
    assert second[4].column_headers == ["V\u2192P", "mIoU"]
    assert "Vaihingen (V)" not in second[2].row_headers
    first = [row for row in stacked.rows if row[2].text == "67.97"][0]
    assert first[2].column_headers == ["Potsdam (P)", "mIoU"]
