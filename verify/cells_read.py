"""Which table cell an evidence line names, with the row and column labels the cell check read
it by.

A table check writes its evidence as "Table 4, R × C" (location) and "R × C: 19.3" (quote).
Guards that second-guess a check must find that cell again, and must read its labels the way
the cell check did: a cell's own row and column headers where the table reader gave them, and
otherwise the first cell of its row (the stub) and the table's header over its column. Tables
whose rows are labelled only by the stub are common in real papers ("Method" over "AMDCN",
"Hydra2s [18]", ... in arXiv:1804.07821 Table 1; about one table in ten of our real papers), so
a guard that looked only at cells with headers of their own let those tables' wrong readings
through. Every guard reads cells through this module, so all of them see the same labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from verify_claims.claims import Cell, Check, CheckKind, Paper, Table

from .cell_check import _headers, cell_numbers
from .paper_memo import per_paper
from .shared_headers import shared_top
from .undecided import DECIDING, decided, undecide


class Labelled(NamedTuple):
    """A body cell with the labels the cell check reads it by (outer to inner)."""

    rows: list[str]
    columns: list[str]
    cell: Cell

    @property
    def row(self) -> str:
        """The inner row label: the one a claim names."""
        return self.rows[-1].strip() if self.rows else ""

    @property
    def column(self) -> str:
        """The inner column label."""
        return self.columns[-1].strip() if self.columns else ""


def numbers(cell: Cell) -> tuple[float, ...]:
    """The numbers a cell prints: its value, or each number of a cell that prints more than
    one ("0.851 (39%)", a score and its error reduction)."""
    if cell.value is not None:
        return (cell.value,)
    return tuple(quantity.value for quantity in cell_numbers(cell)[0])


def _every_cell(table: Table) -> Iterator[Labelled]:
    """Each cell of `table` with its labels as the cell check reads them, whatever they are
    (empty where a spanning header was lost). A first-column cell counts only with headers of
    its own: without them it is the row's label, not a value."""
    for row in table.rows:
        for column, cell in enumerate(row):
            if column == 0 and not (cell.row_headers and cell.column_headers):
                continue
            rows, columns = _headers(table, row, column)
            yield Labelled(rows, columns, cell)


def labelled_cells(table: Table) -> list[Labelled]:
    """Each cell of `table` that prints a number and has a row and a column label, as the cell
    check reads them."""
    return [found for found in _every_cell(table)
            if found.rows and found.columns and found.row and found.column
            and numbers(found.cell)]


def _cells_by_table(paper: Paper) -> dict[int, list[Labelled]]:
    return {id(table): list(_every_cell(table)) for table in paper.tables}


def cells_by_table(paper: Paper) -> dict[int, list[Labelled]]:
    """Every cell of each table of `paper` with its labels (`_every_cell`), by the table's
    id; read once per paper, for every guard that reads cells."""
    return per_paper(paper, "cells read", _cells_by_table)


def _cells_by_text(paper: Paper) -> dict[int, tuple[dict[str, list[Labelled]],
                                                   dict[str, list[Labelled]]]]:
    by_table = {}
    for key, cells in cells_by_table(paper).items():
        exact: dict[str, list[Labelled]] = {}
        stripped: dict[str, list[Labelled]] = {}
        for cell in cells:
            exact.setdefault(cell.cell.text, []).append(cell)
            stripped.setdefault(cell.cell.text.strip(), []).append(cell)
        by_table[key] = (exact, stripped)
    return by_table


def cells_printing(paper: Paper, table: Table, text: str, strip: bool = False) -> list[Labelled]:
    """The cells of `table` (`cells_by_table`, in that order) whose text is `text` (stripped
    of spaces first, with `strip`): looked up in an index built once per paper. The guards
    ask `read_cells` and `evidence_cells` of each evidence line a table check quotes, and each
    answer scanned every cell of the table (round 24: 2 % of `benchmarks/verify.py`)."""
    exact, stripped = per_paper(paper, "cells by text", _cells_by_text)[id(table)]
    return (stripped if strip else exact).get(text, [])


def table_name(table: Table, number: int) -> str:
    """The name the table checks give the `number`-th table ("Table 3")."""
    match = re.match(r"\s*(Table\s+\w+(?:-\d+)?)", table.caption or "", re.I)
    return table.label or (match.group(1) if match else f"Table {number + 1}")


def tables_named(paper: Paper, location: str) -> Iterator[Table]:
    """The tables an evidence location names ("Table 4, R × C"), by the names the table
    checks give them (their patterns made once per paper: the guards ask this of every
    evidence line they read)."""
    for name, table in per_paper(paper, "table name patterns", _name_patterns):
        if name.match(location):
            yield table


def _name_patterns(paper: Paper) -> list[tuple[re.Pattern[str], Table]]:
    return [(re.compile(rf"{re.escape(table_name(table, number))}\b", re.I), table)
            for number, table in enumerate(paper.tables)]


def read_cells(paper: Paper, location: str, quote: str) -> list[tuple[Table, Labelled]]:
    """The cells an evidence line names ("Table 3, R × C" and "R × C: 1.37"), each with its
    table: more than one where two tables of that name, or two cells of one, match. A cell
    whose column label was lost is found too ("R × : 28.4"): some guards look for just those."""
    headers, _, text = quote.rpartition(": ")
    rows, _, columns = headers.partition(" × ")
    return [(table, found) for table in tables_named(paper, location)
            for found in cells_printing(paper, table, text)
            if " / ".join(found.rows) == rows
            and " / ".join(found.columns) == columns]


_GAZETTEER = re.compile(r",\s*row\s+(?P<row>.+?),\s*column\s+(?P<column>.+)$")
_VALUE = re.compile(r"(?:=|:)\s*(?P<value>\S+)\s*$")


def cells_of_check(check: Check, paper: Paper) -> list[tuple[Table, Labelled]]:
    """Every cell a check's evidence names, with its table (`evidence_cells` of each line)."""
    return [pair for evidence in check.evidence
            for pair in evidence_cells(paper, evidence.location or "", evidence.quote or "")]


def evidence_cells(paper: Paper, location: str, quote: str) -> list[tuple[Table, Labelled]]:
    """The cells an evidence line names in either form the table checks write: "Table 7, R ×
    C" with "R × C: 97.34" (`read_cells`), or "Table 3, row R, column C" with "Table 3: R × C
    = 90.78", where the column may be its whole header path joined by spaces ("CoLA 8.5k"),
    or that path less a spanning header over every value column (`_inner`)."""
    found = read_cells(paper, location, quote)
    if found:
        return found
    named, value = _GAZETTEER.search(location), _VALUE.search(quote)
    if named is None or value is None:
        return []
    row, column = named["row"].strip(), named["column"].strip()
    found = []
    for table in tables_named(paper, location):
        cells = cells_printing(paper, table, value["value"], strip=True)
        if not cells:
            continue
        top = shared_top(table)  # once per table, not once per cell
        found += [(table, cell) for cell in cells
                  if row in (cell.row, " / ".join(cell.rows))
                  and column in (cell.column, " ".join(cell.columns), " / ".join(cell.columns),
                                 _inner(cell, top))]
    return found


def _inner(cell: Labelled, top: str | None) -> str | None:
    """The cell's column as the table check names it, less `top`, its table's spanning header
    over every value column ("SQuAD (F1)" under "Dev Set": shared_headers.py); None without
    one."""
    return " ".join(cell.columns[1:]) if top is not None and cell.columns[:1] == [top] \
        else None


def undecide_by_cells(checks: Iterable[Check], paper: Paper,
                      why: Callable[[Table, Labelled], str | None]) -> None:
    """Undecide each deciding table check with the first reason `why` gives for a cell its
    evidence names (`evidence_cells`), evidence line by evidence line: the shape of the guards
    that judge a check by the cell it read (its labels, its table's caption, its twin rows).
    In place."""
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        reason = next((reason for evidence in check.evidence
                       for table, found in evidence_cells(paper, evidence.location or "",
                                                          evidence.quote or "")
                       if (reason := why(table, found))), None)
        if reason:
            undecide(check, reason)
