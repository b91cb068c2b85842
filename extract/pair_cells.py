"""A cell that prints two numbers under a header that names two measures holds one of each.

Reading-comprehension papers print exact match and F1 as one pair per cell under a header
"EM / F1": Yu et al., QANet (arXiv:1804.09541), Table 2 prints "73.6/82.7" under "Published"
over a row "EM / F1", and Table 5 prints "73.6/82.7" under "EM / F1" and "-2.8/-2.7" under
"Difference to Base Model EM / F1". The grid kept each pair as one cell with no number, so
no claim about QANet's EM or F1 could reach a cell.

`split_pair_cells` splits such a column in two: when every number the column prints is a pair
"a/b" (two or more of them) and its header path ends in two names joined by a slash, or a row
of the body prints those two names alone in that column, the column becomes one column per
name, each cell holding its own number (and the pair's marks) under the header path with the
name added. A column that also prints single numbers, or pairs under a header naming no pair,
is left alone: "1/2" may be a fraction, "3/5" a count out of a total.
"""

from __future__ import annotations

import re

from verify_claims.claims import Cell

from .cell_values import make_cell

__all__ = ["split_pair_cells"]

MIN_PAIRS = 2
"""Least pair cells a column must print to be split."""

_PAIR = re.compile(r"^([-+\u2212]?\d+(?:\.\d+)?)\s*/\s*([-+\u2212]?\d+(?:\.\d+)?)$")
_NAMES = re.compile(r"^(?P<prefix>.*?)\s*(?P<first>[A-Za-z][\w\-@.]*)\s*/\s*"
                    r"(?P<second>[A-Za-z][\w\-@.]*)$")


def _names(text: str) -> tuple[str, str, str] | None:
    """The prefix and the two names of a header ending "EM / F1", else None."""
    match = _NAMES.match(text.strip())
    if match is None:
        return None
    return match["prefix"].strip(), match["first"], match["second"]


def _column_names(rows: list[list[Cell]], column: int) -> tuple[str, str, str, bool] | None:
    """The pair's prefix and names for `column`, and whether they come from its header path
    (else from a row of the body)."""
    for row in rows:
        if column < len(row) and row[column].column_headers:
            found = _names(row[column].column_headers[-1])
            if found is not None:
                return (*found, True)
            break
    for row in rows:
        if column < len(row) and row[column].value is None and _PAIR.match(row[column].text) \
                is None and (found := _names(row[column].text)) is not None and not found[0]:
            return (*found, False)
    return None


def _split(cell: Cell, prefix: str, name: str, index: int, from_header: bool) -> Cell:
    pair = _PAIR.match(cell.text)
    text = pair.group(index + 1) if pair else (cell.text if index == 0 else "")
    path = list(cell.column_headers)
    if from_header and path:
        path = path[:-1] + ([prefix] if prefix else [])
    split = make_cell(text)
    return split.model_copy(update={"row_headers": list(cell.row_headers),
                                    "column_headers": [*path, name], "flags": list(cell.flags)})


def split_pair_cells(rows: list[list[Cell]], header: list[str]
                     ) -> tuple[list[list[Cell]], list[str]]:
    """The rows and header with each pair column split in two (module docstring)."""
    width = max((len(row) for row in rows), default=0)
    for column in reversed(range(1, width)):
        cells = [row[column] for row in rows if column < len(row)]
        pairs = sum(_PAIR.match(cell.text) is not None for cell in cells)
        if pairs < MIN_PAIRS or any(cell.value is not None for cell in cells):
            continue
        found = _column_names(rows, column)
        if found is None:
            continue
        prefix, first, second, from_header = found
        rows = [row[:column] + [_split(row[column], prefix, first, 0, from_header),
                                _split(row[column], prefix, second, 1, from_header)]
                + row[column + 1:] if column < len(row) else row for row in rows]
        if column < len(header):
            base = (f"{prefix} " if prefix else "") if from_header else f"{header[column]} "
            header = header[:column] + [f"{base}{first}".strip(), f"{base}{second}".strip()] \
                + header[column + 1:]
    return rows, header
