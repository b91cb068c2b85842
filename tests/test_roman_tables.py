"""IEEE-style table captions ("TABLE IV", Roman numerals) and the setting-column guard.

- extract/grid_captions._roman_caption_start reads "TABLE I." over the parameter table of the
  IEEE conference paper tests/real/papers/test_Grobid_2_05982691.pdf (kermitt2/grobid test
  fixture), whose table the reader never found before: the caption starts with an upper-case
  "TABLE" and a Roman numeral, a form the "Table 3:" patterns did not know;
- extract/table_numbers and verify/cell_check.named_tables / table_labels make "Table IV" and
  "Table 4" name the same table;
- verify/guards_setting_columns sets aside a table check that read the claimed number from a
  column that labels its rows (epochs, years, a monotone run of whole numbers) for a claim that
  does not name that setting.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from verify_claims.claims import Cell, Check, CheckKind, Evidence, Outcome, Paper, Table
from verify_claims.extract import grid_captions
from verify_claims.extract.grid_tables import tables_from_pages
from verify_claims.extract.pdfwords import Word, read_pages
from verify_claims.extract.table_numbers import arabic, roman_value, table_numbers
from verify_claims.verify import guards_setting_columns as guard
from verify_claims.verify.cell_check import named_tables, table_labels
from verify_claims.verify.cells_read import labelled_cells

PAPERS = Path(__file__).parent / "real" / "papers"
IEEE = PAPERS / "test_Grobid_2_05982691.pdf"


# --- numerals ------------------------------------------------------------------------------

def test_roman_values_up_to_twenty():
    assert [roman_value(n) for n in ("I", "II", "IV", "IX", "XIV", "XIX", "XX")] == \
        [1, 2, 4, 9, 14, 19, 20]
    assert [roman_value(n) for n in ("", "IIII", "VV", "XXI", "iv", "IC")] == [None] * 6
    assert arabic("IV") == "4" and arabic("12") == "12" and arabic("A1") == "A1"


def test_references_name_tables_by_value():
    assert table_numbers("Table IV and Table 2; TABLE XII") == ["4", "2", "12"]
    assert named_tables("As Table IV shows, ...") == {"table 4"}
    assert named_tables("In Table 4, ...") == {"table 4"}
    assert named_tables("Table Inc. is a company") == set()


def test_roman_label_matches_arabic_reference():
    table = Table(caption="TABLE IV INTERACTIVE DELAYS", header=["", "a"], rows=[],
                  label="Table IV")
    passage = SimpleNamespace(table=table, number=0)
    assert table_labels(passage) == {"table 4"}  # type: ignore[arg-type]
    arabic_table = Table(caption="Table 4: Delays", header=[], rows=[], label="Table 4")
    passage = SimpleNamespace(table=arabic_table, number=0)
    assert table_labels(passage) == {"table 4"}  # type: ignore[arg-type]


# --- the reader ----------------------------------------------------------------------------

def _word(text: str, x0: float, size: float = 8.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 6 * len(text), top=0.0, bottom=size,
                baseline=0.8 * size, size=size, font="Times", bold=False, italic=False)


def _line(*texts: str):
    x = 10.0
    words = []
    for text in texts:
        words.append(_word(text, x))
        x += 6 * len(text) + 3
    return SimpleNamespace(words=words)


@pytest.mark.parametrize(("texts", "expected"), [
    (("TABLE", "IV"), ("Table IV", False)),
    (("TABLE", "II", "SCALABLE", "VIDEO"), ("Table II", False)),
    (("TABLE", "III", ".", "C", "OST"), ("Table III", False)),
    (("TABLE", "I.", "Values", "of"), ("Table I", False)),
    (("TABLE", "III:", "Fitted", "spectra"), ("Table III", False)),
    (("Table", "III:", "Fitted", "spectra"), ("Table III", False)),  # extract/mixed_roman_captions
    (("Table", "III:", "fitted", "spectra"), None),  # mixed case: a capital after the colon
    (("Table", "I", "shows", "the", "cost"), None),  # prose names the table
    (("Table", "II;", "these", "are"), None),
    (("Table", "IV.", "maximum", "number"), None),  # a sentence's end, then prose
    (("Table", "IV.", "To", "further"), None),  # "... shown in" / "Table IV. To further"
    (("TABLE", "XXI"), None),  # past XX: not a table number
])
def test_roman_caption_starts(texts, expected):
    assert grid_captions._caption_start(_line(*texts)) == expected


@pytest.fixture(scope="module")
def ieee_tables():
    return tables_from_pages(read_pages(IEEE))


def test_ieee_table_caption_bound_to_its_body(ieee_tables):
    """TABLE I. SIMULATION PARAMETERS (page 4, right column, caption above the table): its ten
    rows, as printed."""
    (table,) = ieee_tables
    assert table.label == "Table I" and table.pages == [4]
    assert (table.caption or "").startswith("TABLE I. SIMULATION PARAMETERS")
    cells = {cell.row_headers[-1]: cell.text for row in table.rows for cell in row
             if cell.row_headers and cell.column_headers}
    assert cells["Data Packet Length"] == "40 bytes"
    assert cells["Radio Range"] == "20 m"
    assert cells["Mobility"] == "0%, 50%, 100%"


def test_ieee_table_lost_without_the_roman_rule(monkeypatch):
    """The rule is what finds the table: without it the page has no table."""
    monkeypatch.setattr(grid_captions, "_roman_caption_start", lambda words: None)
    assert tables_from_pages(read_pages(IEEE)) == []


# --- the setting-column guard --------------------------------------------------------------

def _cell(text: str, row: str, column: str) -> Cell:
    value = float(text) if text.replace(".", "", 1).isdigit() else None
    decimals = len(text.split(".")[1]) if value is not None and "." in text else 0
    return Cell(text=text, value=value, decimals=decimals if value is not None else None,
                row_headers=[row], column_headers=[column])


def _table(header: list[str], rows: list[list[str]]) -> Table:
    body = []
    for row in rows:
        body.append([Cell(text=row[0])] + [_cell(text, row[0], header[n + 1])
                                           for n, text in enumerate(row[1:])])
    return Table(caption="TABLE III ACCURACY BY TRAINING LENGTH", header=header, rows=body,
                 label="Table III", pages=[3])


EPOCHS = _table(["Model", "Epochs", "Accuracy"],
                [["A", "10", "61.2"], ["B", "20", "64.0"], ["C", "40", "66.5"]])
LADDER = _table(["Model", "k", "Accuracy"],
                [["A", "1", "60.0"], ["B", "2", "62.5"], ["C", "4", "64.0"], ["D", "8", "65.1"]])
RESULTS = _table(["Model", "Correct", "Accuracy"],
                 [["A", "812", "61.2"], ["B", "790", "64.0"], ["C", "650", "66.5"]])


def _found(table: Table, text: str):
    return next(found for found in labelled_cells(table) if found.cell.text == text)


def test_setting_columns_named_or_ordered():
    assert "epoch" in (guard.setting_column(EPOCHS, _found(EPOCHS, "20")) or "")
    assert "rise regularly" in (guard.setting_column(LADDER, _found(LADDER, "4")) or "")
    assert guard.setting_column(EPOCHS, _found(EPOCHS, "64.0")) is None  # a result
    # Whole numbers falling down the rows (a table sorted by a count), or rising by irregular
    # steps, are counts of results, not settings.
    assert guard.setting_column(RESULTS, _found(RESULTS, "790")) is None
    rising = _table(["Model", "Correct", "Accuracy"],
                    [["A", "650", "61.2"], ["B", "790", "64.0"], ["C", "812", "66.5"]])
    assert guard.setting_column(rising, _found(rising, "790")) is None
    years = _table(["Model", "Released", "F1"],
                   [["A", "2017", "61.2"], ["B", "2019", "64.0"], ["C", "2020", "66.5"]])
    assert "rise regularly" in (guard.setting_column(years, _found(years, "2019")) or "")


def test_a_claim_that_names_the_setting_is_about_it():
    found = _found(EPOCHS, "20")
    assert guard.names_setting("Model B was trained for 20 epochs.", found)
    assert not guard.names_setting("Model B reaches an accuracy of 20.", found)


def _paper(table: Table) -> Paper:
    return Paper(file="ieee.pdf", tables=[table])


def _check(table: Table, text: str) -> Check:
    found = _found(table, text)
    headers = f"{' / '.join(found.rows)} × {' / '.join(found.columns)}"
    return Check(kind=CheckKind.table, outcome=Outcome.supported, explanation="matched",
                 evidence=[Evidence(source="arXiv:0000.00000", quote=f"{headers}: {text}",
                                    location=f"{table.label}, {headers}")])


def _claim(text: str):
    return SimpleNamespace(text=text)


def test_guard_sets_aside_a_setting_cell_for_a_result_claim():
    check = _check(EPOCHS, "20")
    guard.guard_setting_columns(_claim("Model B improves by 20 points."), [check],
                                _paper(EPOCHS))
    assert check.outcome == Outcome.no_evidence and not check.decisive
    assert "of a setting, not a result" in check.explanation


def test_guard_keeps_claims_about_the_setting_and_results():
    setting = _check(EPOCHS, "20")
    guard.guard_setting_columns(_claim("Model B is trained for 20 epochs."), [setting],
                                _paper(EPOCHS))
    assert setting.outcome == Outcome.supported
    result = _check(EPOCHS, "64.0")
    guard.guard_setting_columns(_claim("Model B reaches 64.0 accuracy."), [result],
                                _paper(EPOCHS))
    assert result.outcome == Outcome.supported


def test_guard_disabled_lets_the_setting_cell_through(monkeypatch):
    """Without the rule (no column counts as a setting) the same check stays decisive."""
    monkeypatch.setattr(guard, "setting_column", lambda table, found: None)
    check = _check(LADDER, "4")
    guard.guard_setting_columns(_claim("Model C scores 4 on the benchmark."), [check],
                                _paper(LADDER))
    assert check.outcome == Outcome.supported
