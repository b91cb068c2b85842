"""A cell read under the table's top header while a header row printed inside the body re-labels
the columns above it (red team 4, probes).

A wide breakdown table is often set as blocks stacked on the page, each opened by its own header
row ("contd." then Copyright, Correspondence, Dates, ...), each repeating the same rows. The reader
of VILA's Table 7 (arXiv:2106.00676, tests/real/redteam4) joins the blocks into one table under
the first block's header, so the Copyright column's cells come out labelled "Abstract" and the
Type column's token count "Author Title". The sixth probe of the fourth red-team corpus claimed
"GROTOAP2 has 22,110 title tokens" (true: Table 7's Title column) and the cell 4543 (Type's
count, read under "Author / Title") contradicted it.

The general fact: a body row whose cells beside the stub are words, none of them a number, and
not the top header's words, and below which the row labels printed above it come again, opens
a block of its own: every column under it is labelled by it, not by the top header. A table
check that read a cell below such a row by the top header's labels read it under the wrong
column (`inner_header_above`), and decides nothing.

It names no paper, system or number; it reads only the table as the reader gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Cell, Check, CheckKind, Paper, Table

from .cells_read import read_cells, tables_named
from .undecided import DECIDING, decided, undecide

_LETTER = re.compile(r"[A-Za-z]{2,}")
_DIGIT = re.compile(r"\d")


def _header_row(row: list[Cell], top: set[str]) -> list[str] | None:
    """The words of `row` when it is a header printed inside the body: two or more cells beside
    the stub print words, none prints a digit, and not all of the words are the top header's."""
    cells = row[1:]
    if any(_DIGIT.search(cell.text or "") for cell in cells):
        return None
    words = [cell.text.strip() for cell in cells if _LETTER.search(cell.text or "")]
    if len(words) < 2 or len(words) * 2 < len([cell for cell in cells if cell.text.strip()]):
        return None
    if all(word.casefold() in top for word in words):
        return None
    return words


def _stub(row: list[Cell]) -> str:
    return row[0].text.strip().casefold() if row else ""


def inner_header_above(table: Table, cell: Cell) -> list[str] | None:
    """The words of a header row printed inside the body above `cell` (module docstring), or
    None when no such row is above it. The row must open a block that repeats rows printed
    above it (two row labels or more in common), as the blocks of a table set in parts do; a
    row of words in a table that lists properties row by row ("Labeling: separate,
    integrated") opens no such block."""
    top = {header.strip().casefold() for header in table.header}
    rows = table.rows
    above = None
    for index, row in enumerate(rows):
        if any(other is cell for other in row):
            return above
        words = _header_row(row, top)
        if words is not None:
            before = {_stub(other) for other in rows[:index]} - {""}
            after = {_stub(other) for other in rows[index + 1:]} - {""}
            if len(before & after) >= 2:
                above = words
    return None


_GAZETTEER = re.compile(r",\s*row\s+(?P<row>.+?),\s*column\s+(?P<column>.+)$")
_VALUE = re.compile(r"(?:=|:)\s*(?P<value>\S+)\s*$")


def _cells(paper: Paper, location: str, quote: str) -> list[tuple[Table, Cell]]:
    """The cells an evidence line names, in either form the table checks write ("Table 7, R ×
    C" with "R × C: 97.34", or "Table 3, row R, column C" with "Table 3: R × C = 90.78")."""
    found = [(table, labelled.cell) for table, labelled in read_cells(paper, location, quote)]
    if found:
        return found
    named, value = _GAZETTEER.search(location), _VALUE.search(quote)
    if named is None or value is None:
        return []
    row_name, column_name = named.group("row").strip(), named.group("column").strip()
    return [(table, cell) for table in tables_named(paper, location) for row in table.rows
            for cell in row if cell.text.strip() == value.group("value")
            and (cell.row_headers or [""])[-1].strip() == row_name
            and (cell.column_headers or [""])[-1].strip() == column_name]


def guard_inner_headers(checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell below a header row printed inside
    the table's body: its column is that row's, not the top header's. In place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            for table, cell in _cells(paper, evidence.location or "", evidence.quote or ""):
                words = inner_header_above(table, cell)
                if words is not None:
                    shown = ", ".join(f"\u201c{word}\u201d" for word in words[:4])
                    undecide(check, f"The cell lies below a row of the table that prints other "
                                    f"column labels ({shown}): its column is that row's, not "
                                    "the top header's")
                    break
            if not check.decisive:
                break
