"""A table column whose every cell prints its number with a unit: "62.7 U mg−1", "168.4 U mL−1".

A review's table of enzyme activities prints each activity with its own unit, per milligram of
protein or per millilitre of broth, in a column headed only "l-asparaginase activity"
(Cachumba et al., Braz. J. Microbiol. 2016, Table 1; round 27, probe27b). A cell that holds
letters after its number is no number to the cell parser, so the column was read as row
labels and no claim about an activity found its number: eleven claims went undecided.

Here such a column gets its numbers, when it is unambiguous what they measure: every filled
cell of the column (a dash stands for none) prints a number followed by a short unit (one to
three words of at most three letters, "U mg", "U mL", "kDa", an exponent "−1" after them), at
least `MIN_CELLS` of them, and the column's header names no unit of its own (no bracket: a
"kM (mM)" column with a cell "25 µM" prints a unit other than its header's, and reading 25 in
it would confirm "a kM of 25 mM"). Each such cell keeps its text, gets the number as its
value, and its unit as the innermost level of its column header ("l-asparaginase activity /
U mg") and leaves the row header paths of its row, where the grid reader had put it as a
row label; so that the table check asks a claim's unit words of the cell's own unit: "680.5 U/mL"
does not find the cell printed "680.5 U mg".
"""

from __future__ import annotations

import re

from verify_claims.claims import Cell, Table

from .cell_values import parse_cell

MIN_CELLS = 3
_UNIT_CELL = re.compile(
    r"^(?P<number>[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s+"
    r"(?P<unit>[A-Za-z\u00b5\u03bc]{1,3}(?:[ /][A-Za-z\u00b5\u03bc]{1,3}){0,2})"
    r"(?:\s*[\-\u2212]?1)?$")
_DASHES = {"-", "\u2013", "\u2014", "\u2212"}


def read_unit_cells(table: Table) -> Table:
    """`table` with each column of number-and-unit cells read (module docstring). In place;
    returns the table."""
    if not table.rows:
        return table
    width = max(len(row) for row in table.rows)
    for column in range(width):
        cells = [row[column] for row in table.rows if column < len(row)]
        filled = [cell for cell in cells if cell.text.strip() and cell.text.strip() not in _DASHES]
        if len(filled) < MIN_CELLS or any(cell.value is not None for cell in filled):
            continue
        matches = [_UNIT_CELL.match(cell.text.strip()) for cell in filled]
        if not all(matches):
            continue
        headers = {" ".join(cell.column_headers) for cell in filled}
        if any("(" in header or "[" in header for header in headers):
            continue
        for cell, match in zip(filled, matches, strict=True):
            value, decimals = parse_cell(match["number"])
            if value is None:
                break
            _unlabel(table, cell)
            cell.value, cell.decimals = value, decimals
            unit = match["unit"].replace("/", " ")
            cell.column_headers = [*cell.column_headers, unit]
            cell.flags = [*cell.flags, f"unit:{unit}"]  # verify/printed_cell_units.py
    return table


def _unlabel(table: Table, cell: Cell) -> None:
    """Take the text of `cell`, a row label until now (the grid reader reads a column of text
    cells as row labels), out of the row header paths of its row's cells: a value is no name
    of its own row."""
    for row in table.rows:
        if any(other is cell for other in row):
            for other in row:
                if cell.text in other.row_headers:
                    other.row_headers = [name for name in other.row_headers if name != cell.text]
            return
