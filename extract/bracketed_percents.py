"""A column headed "(%)" whose cells print their percentages in brackets: "(9.6)".

Epidemiological reports print a count and its share side by side under "No." and "(%)", each
share in brackets like its header (CDC, MMWR Suppl. 60, 2011, Inadequate and Unhealthy
Housing, Tables 1 to 3: "1,292  (9.6)"; round 29, probe29a). The cell parser reads no number
in "(9.6)" (a bracketed number is a negative amount in an accounts table), so none of the
report's 200 percentages could be read against a claim.

Here a column gets its numbers when its header names it a percentage in brackets (the last
level of its column header path is "(%)", or "%" with the bracket printed around the cells
only) and every filled cell of it (a dash stands for none) is one plain number in brackets, at
least `MIN_CELLS` of them: the brackets then repeat the header's, and the number is the share
as printed. A bracketed range, "(1.1–1.2)", is no such cell, and a column holding one is left
as it was.
"""

from __future__ import annotations

import re

from verify_claims.claims import Table

from .cell_values import parse_cell

MIN_CELLS = 3
_BRACKETED = re.compile(r"^\((?P<number>\d{1,3}(?:\.\d+)?)\)$")
_PERCENT_HEADER = re.compile(r"^\(?%\)?$")
_DASHES = {"-", "\u2013", "\u2014", "\u2212"}


def read_bracketed_percents(table: Table) -> Table:
    """`table` with each bracketed percentage column read (module docstring). In place;
    returns the table."""
    if not table.rows:
        return table
    # A column is its place and its header path: a table continued on the next page with
    # other columns ("Table 3. Continued") is read on as more rows of other widths.
    columns: dict[tuple[int, tuple[str, ...]], list] = {}
    for row in table.rows:
        for place, cell in enumerate(row):
            columns.setdefault((place, tuple(cell.column_headers)), []).append(cell)
    for cells in columns.values():
        filled = [cell for cell in cells if cell.text.strip() and cell.text.strip() not in _DASHES]
        if len(filled) < MIN_CELLS or any(cell.value is not None for cell in filled):
            continue
        if not all(cell.column_headers and _PERCENT_HEADER.match(cell.column_headers[-1].strip())
                   for cell in filled):
            continue
        matches = [_BRACKETED.match(cell.text.strip()) for cell in filled]
        if not all(matches):
            continue
        for cell, match in zip(filled, matches, strict=True):
            cell.value, cell.decimals = parse_cell(match["number"])
    return table
