"""A value set once under a group of columns is the group's value, not its middle column's.

A statistics table often prints, under headers that group three columns (a dataset over
"Train", "Valid" and "Test"), a last row whose value is the same for the whole group and is
printed once, centred under it: Cui et al., arXiv:1607.04423, Table 1 (page 5) prints
"Vocabulary 118,497 | 53,063 | 53,185", one number per dataset under CNN News, CBT NE and CBT
CN. The grid puts a centred value in the column it overlaps, the middle one, so the number
became "Vocabulary × CNN News / Valid: 118,497", and "The CNN News validation set has a
vocabulary of 118,497 words" (the vocabulary is the dataset's) was confirmed.

`spanning_values` relabels such cells by their group alone: in a table whose value columns are
headed by a group and a leaf, a row that fills exactly one column of each group of an odd
number of columns (three or more), the middle one, while another row fills every column of
those groups, prints the groups' values. A group of two columns is left alone (its lone value
may be one of two with the other missing), as is a row that fills any other column of a group.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Cell

MIN_GROUP = 3
"""Least columns of a group whose middle column a centred value is read from."""


def _groups(row: Sequence[Cell]) -> dict[tuple[str, ...], list[int]]:
    """Column positions by the group path over them (the headers without the leaf)."""
    found: dict[tuple[str, ...], list[int]] = {}
    for column, cell in enumerate(row):
        if len(cell.column_headers or []) >= 2:
            found.setdefault(tuple(cell.column_headers[:-1]), []).append(column)
    return found


def _filled(cell: Cell) -> bool:
    return bool(cell.text.strip())


def spanning_values(rows: list[list[Cell]]) -> None:
    """Relabel the cells of rows that print one value per group of columns, centred under it,
    by the group alone (module docstring). In place."""
    if not rows:
        return
    groups = {path: columns for path, columns in _groups(rows[0]).items()
              if len(columns) >= MIN_GROUP and len(columns) % 2 == 1
              and columns == list(range(columns[0], columns[0] + len(columns)))}
    if not groups:
        return
    full = [row for row in rows
            if all(len(row) > columns[-1] and all(_filled(row[c]) for c in columns)
                   for columns in groups.values())]
    if not full:
        return
    for row in rows:
        if any(len(row) <= columns[-1] for columns in groups.values()):
            continue
        middles = {path: columns[len(columns) // 2] for path, columns in groups.items()}
        if all([c for c in columns if _filled(row[c])] == [middles[path]]
               for path, columns in groups.items()):
            for path, column in middles.items():
                row[column].column_headers = list(path)
