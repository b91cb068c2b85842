"""Round 21 (tab21): a first body row of growing sizes under a word is a header line.

Smola and Narayanamurthy 2010 (arXiv:1004.4820; tests/real/tables/sources/1004.4820.pdf),
page 7, Table 2, as the page image shows it (pdftoppm -r 110, page 7; labels written from it
before the tool was run on these claims): a header line of groups, "pubmed" over the first of
four ruled columns and "news" over the fifth, then the line "computers | 10 20 50 100 100", then
"runtime (hours) | 17.2 9.0 4.1 2.8 12.5" and "throughput (documents/hour) | 47.6K 45.9K 40.3K
28.9K 16.3K".

The reader took "computers 10 20 50 100 100" for a row of results: no cell was named by how
many computers ran it, "pubmed" named the first column only, and every claim of Table 2 stayed
unverified (extract/size_rows.py). Once read, Table 2's pubmed cells share their labels with
Table 3's (set there as a row group over columns of computers): guards_table_twins.py now
finds twins by their labels in either place. Each rule is switched off by monkeypatch below to
show its claims fail then.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _read_real
from test_mutations_quick import mutations

from verify_claims.claims import Cell, Status
from verify_claims.extract import grid_tables
from verify_claims.extract.size_rows import lift_size_row, size_value

FOLDER = Path(__file__).resolve().parent / "real" / "tables" / "sources"
STEM = "1004.4820"
C, X, U = Status.confirmed, Status.contradicted, Status.unverified

CLAIMS = [
    (C, "On the production Hadoop cluster, 50 computers processed PubMed in 4.1 hours."),
    (C, "With 50 computers, PubMed throughput was 40.3K documents per hour."),
    (C, "With 100 computers, the news runtime was 12.5 hours."),
    (X, "Using 100 computers on PubMed, throughput was 16.3K documents per hour."),
    (X, "With 100 computers, the news runtime was 2.8 hours."),
    (X, "With 50 computers, PubMed throughput was 45.9K documents per hour."),
]
# Table 3 (page 7, documents per processor fixed at 200,000) prints pubmed runtime and
# throughput with 20 computers too, as row group "pubmed" over columns "1 2 5 10 20 41": 4.4
# and 45.2K against Table 2's 9.0 and 45.9K. A claim that names neither table nor setting is
# undecided (verify/guards_table_twins.py reads the same labels in either place); the first
# was a wrong confirmation of mutation seed 0 ("On runtime (hours) (pubmed), 20 is 9.0", made
# from Table 3's 4.4) once Table 2's size row was read.
TWIN_CLAIMS = [
    "On runtime (hours) (pubmed), 20 is 9.0.",
    "With 20 computers, the PubMed runtime was 9.0 hours.",
    "PubMed throughput with 20 computers was 45.9K documents per hour.",
]


@pytest.fixture(scope="module")
def paper():
    return _read_real(STEM, FOLDER)[0]


def _statuses(paper, texts: list[str] | None = None) -> list[Status]:
    # One claim a call: claims of one report that share a number are judged together.
    return [mutations.verify_texts(paper, text, stem=STEM)[0].status
            for text in (texts if texts is not None else [text for _, text in CLAIMS])]


def _table_2(paper):
    return next(table for table in paper.tables if table.label == "Table 2")


def test_size_row_read_as_header(paper):
    table = _table_2(paper)
    assert table.header == ["computers", "pubmed 10", "pubmed 20", "pubmed 50", "pubmed 100",
                            "news 100"]
    paths = {(cell.text, tuple(cell.row_headers), tuple(cell.column_headers))
             for row in table.rows for cell in row}
    assert ("45.9K", ("throughput (documents/hour)",), ("pubmed", "20")) in paths
    assert ("12.5", ("runtime (hours)",), ("news", "100")) in paths
    assert not any(cell.text == "computers" for row in table.rows for cell in row)


def test_size_row_claims_decided(paper):
    assert _statuses(paper) == [label for label, _ in CLAIMS]


def test_planted_size_row_as_results(monkeypatch):
    monkeypatch.setattr(grid_tables, "lift_size_row", lambda rows, header: (rows, header))
    fresh = _read_real(STEM, FOLDER)[0]
    assert any(cell.text == "computers" for row in _table_2(fresh).rows for cell in row)
    # Only the news column's true claim was decided before: "news" headed that column alone.
    assert _statuses(fresh) == [U, U, C, U, U, U]


def test_same_labels_in_another_arrangement_are_twins(paper):
    assert _statuses(paper, TWIN_CLAIMS) == [U] * len(TWIN_CLAIMS)


def test_planted_twins_by_path_only(paper, monkeypatch):
    from verify_claims.verify import guards_table_twins

    def by_path(rows: list[str], columns: list[str]) -> tuple[str, ...]:
        return (" / ".join(rows).casefold(), " / ".join(columns).casefold())
    monkeypatch.setattr(guards_table_twins, "_key", by_path)
    assert _statuses(paper, TWIN_CLAIMS) == [C] * len(TWIN_CLAIMS)


def _row(*texts: str) -> list[Cell]:
    return [Cell(text=text, value=None if index == 0 or not text else float(
        text.replace("K", "e3"))) for index, text in enumerate(texts)]


def test_size_values():
    assert [size_value(text) for text in ("41", "10k", "1m", "1,000", "2B")] == [
        41, 10_000, 1_000_000, 1000, 2e9]
    for other in ("41.5", "BERT", "10k-shot", "", "(1)", "1e5", "47.6K"):
        assert size_value(other) is None


def test_only_a_line_of_growing_sizes_is_lifted():
    results = _row("runtime", "17.2", "9.0", "4.1", "2.8")
    rows, header = lift_size_row([_row("computers", "10", "20", "50", "100"), results],
                                 ["", "", "", "", ""])
    assert header == ["computers", "10", "20", "50", "100"] and len(rows) == 1
    assert rows[0][2].column_headers == ["20"] and rows[0][0].column_headers == ["computers"]
    kept = [
        [_row("computers", "100", "20", "50", "10"), results],  # shrinks: a row of counts
        [_row("BERT", "80.1", "82.3", "84.0", "85.0"), results],  # measures, not sizes
        [_row("computers", "10", "20"), results],  # two sizes are no axis
        [_row("Top 5", "10", "20", "50", "100"), results],  # a label with a number
        [_row("epochs", "1", "2", "5", "10"), _row("steps", "10", "20", "50", "100")],
        [_row("computers", "10", "20", "50", "100")],  # nothing below it
    ]
    for rows in kept:
        assert lift_size_row(rows, ["", "", "", "", ""]) == (rows, ["", "", "", "", ""])
    # Sizes start over where a label of the header line opens a group of its own.
    short = [_row("n", "10", "20", "50", "10", "20"),
             _row("time", "1.0", "2.0", "3.0", "4.0", "5.0")]
    assert lift_size_row(short, ["", "A", "", "", "B", ""])[0] == short  # "n" is no word
    rows, header = lift_size_row([_row("size", "10", "20", "50", "10", "20"),
                                  _row("time", "1.0", "2.0", "3.0", "4.0", "5.0")],
                                 ["", "A", "", "", "B", ""])
    assert header == ["size", "A 10", "A 20", "A 50", "B 10", "B 20"]
    assert [cell.column_headers for cell in rows[0][1:]] == [
        ["A", "10"], ["A", "20"], ["A", "50"], ["B", "10"], ["B", "20"]]
