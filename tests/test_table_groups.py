"""extract/table_groups.py and grid_rows.py: grouped rows, side-by-side sub-tables and group
labels over runs of columns, on real tables of tests/real/papers (expected cells read off the
page images, pdftoppm -r 110; see the papers' .gold.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract.grid_lines import Segment
from verify_claims.extract.grid_rows import group_spans
from verify_claims.extract.grid_tables import tables_from_pages
from verify_claims.extract.pdfwords import read_pages

PAPERS = Path(__file__).parent / "real" / "papers"


def _tables(name: str) -> dict:
    return {table.label: table for table in tables_from_pages(read_pages(PAPERS / name))}


@pytest.fixture(scope="module")
def dyer():
    return _tables("dyer12.pdf")


@pytest.fixture(scope="module")
def bohnet():
    return _tables("bohnet09.pdf")


def cells_of(table) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:
    return {(tuple(cell.row_headers), tuple(cell.column_headers)): cell.text
            for row in table.rows for cell in row if cell.text}


def test_each_group_takes_its_own_header_row(dyer):
    """dyer12 Table 1: three groups (News Commentary, Europarl, News Crawl), each with a label
    line and a header row of its own; the group's values take its header, not the first
    group's, and the header words never join a row label ("Rule Count train-ep")."""
    cells = cells_of(dyer["Table 1"])
    assert cells[("Europarl(ep)", "Sentences"), ("train-ep",)] == "1,655,238"
    assert cells[("News Commentary(nc)", "Sentences"), ("train-nc",)] == "132,753"
    assert cells[("News Commentary(nc)", "Rule Count"), ("train-nc",)] == "14,350,552 (1G)"
    assert cells[("News Crawl(crawl)", "Sentences"), ("dev-crawl",)] == "2051"
    assert cells[("News Crawl(crawl)", "Rule Count"), ("test-crawl11",)] == "12,561,636"
    for (rows, columns), _ in cells.items():
        assert not any("train-" in name or "dev-" in name for name in rows)
        if rows and rows[0] == "Europarl(ep)" and columns:
            assert columns[0].endswith("-ep")


def test_group_columns_keep_their_physical_place(dyer):
    """The News Crawl group fills only the last three columns: its values stay there, and the
    table-level header names a column only where every group names it alike (here none)."""
    table = dyer["Table 1"]
    assert {len(row) for row in table.rows} == {6}
    crawl = [row for row in table.rows if row[0].row_headers[0] == "News Crawl(crawl)"]
    assert [cell.text for cell in crawl[0]] == ["Sentences", "", "", "2051", "2489", "3003"]
    assert table.header == [""] * 6


def test_side_by_side_label_column_and_multirow_label(dyer):
    """dyer12 Table 3: an algorithm number set between its block's two rows labels both, though
    numeric; the "Tuning set" column right of the double rule is the right sub-table's label
    and stands in for the left one in the paths of the cells to its right."""
    cells = cells_of(dyer["Table 3"])
    assert cells[("1", "dev-ep", "default"), ("devtest-ep",)] == "25.62"
    assert cells[("1", "dev-crawl", "default"), ("test-crawl10",)] == "15.39"
    assert cells[("1", "dev-crawl", "+id,ng,shape"), ("test-crawl11",)] == "16.83"
    assert cells[("4", "train-ep", "+id,ng,shape"), ("test-crawl10",)] == "19.12"
    assert not any(rows[0] == "dev-ep" for rows, _ in cells)


def test_labels_side_by_side_head_their_own_columns(bohnet):
    """bohnet09 Table 4: "Test Set" over seven languages beside "Out-of-domain data" over the
    last three; and the German column set into the right margin keeps its header."""
    table = bohnet["Table 4"]
    assert table.header[-1] == "German"
    cells = cells_of(table)
    assert cells[("Out-of-domain data", "LAS"), ("German",)] == "77.34"
    assert cells[("Out-of-domain data", "Macro (F1)"), ("Czech",)] == "77.20"
    assert cells[("Test Set", "LAS"), ("Czech",)] == "80.11"
    assert cells[("Development Set", "LAS"), ("Czech",)] == "80.75"


def test_signs_and_counts_are_not_a_group_header():
    """bunescu-acl07 Table 2: rows of "+"/"−" and counts such as "433 (115)" hold no number
    that parses, yet are rows, not a header row opening a new group."""
    table = _tables("bunescu-acl07.pdf")["Table 2"]
    assert table.header == ["+/\u2212", "Arg a1", "Arg a2", "Size"]
    cells = cells_of(table)
    assert cells[("+", "Yahoo", "Inktomi"), ("Size",)] == "433 (115)"


def test_group_spans_partition_columns_by_centre():
    """Two labels over ten columns: each heads the run it is centred over."""
    columns = [(float(10 * c), float(10 * c + 8)) for c in range(10)]
    line = [Segment("Left", 20.0, 50.0), Segment("Right", 74.0, 94.0)]
    assert group_spans(line, columns) == [("Left", 0, 6), ("Right", 7, 9)]
    # A label reaching past every run it could head is no group label.
    assert group_spans([Segment("A", 0.0, 92.0), Segment("B", 94.0, 98.0)], columns) == []


def test_a_tilde_set_on_its_own_is_kept():
    """2020.acl-main.447 Table 9: "CC-News (~3.8B)": a "~" taking its own width before a number
    is a character, not a spacing accent set over a letter, and no space is read inside the
    brackets."""
    table = _tables("2020.acl-main.447.pdf")["Table 9"]
    texts = {cell.text for row in table.rows for cell in row}
    assert {"CC-News (~3.8B)", "OpenWebText (~1.9B)", "Web Text Corpus (~2.8B)"} <= texts
