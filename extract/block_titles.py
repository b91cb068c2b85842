"""The title line of a stacked table's first block.

A table that stacks one block of rows per data set or setting often prints each block's name
on a line of its own: "Potsdam" over the first block, "Vaihingen" over the second, the column
header row printed once, under the first title. The grid reader takes the first title, which
stands above the header row, for a header over every column ("Potsdam / Pixel Acc."), and the
second one, inside the body, for a row-group label ("Vaihingen / P-pooling"). Every cell of the
second block then names both blocks: a claim about Vaihingen finds a column of Potsdam.

When the top level of every cell's column header is one and the same label, the body's rows
before the first row-group label have no group, and every row after it has one, that top label
is the first block's title: it moves from the column headers into the row headers of the first
block's rows, where the later titles already are.
"""

from __future__ import annotations

from verify_claims.claims import Cell


def _grouped(row: list[Cell]) -> bool:
    return bool(row) and len(row[0].row_headers) >= 2


def first_block_title(rows: list[list[Cell]], header: list[str]) -> list[str]:
    """Move a first block's title from the column headers to the row headers of its rows, in
    place (module docstring); returns the table's header strings without it."""
    cells = [cell for row in rows for cell in row]
    tops = {cell.column_headers[0] if cell.column_headers else None for cell in cells}
    if len(tops) != 1 or None in tops \
            or not any(len(cell.column_headers) >= 2 for cell in cells):
        return header
    title = next(iter(tops))
    grouped = [_grouped(row) for row in rows]
    if not any(grouped) or grouped[0]:
        return header
    first = grouped.index(True)
    if not all(grouped[first:]) or any(row[0].row_headers[0] == title for row in rows[first:]):
        return header
    for number, row in enumerate(rows):
        for cell in row:
            cell.column_headers = cell.column_headers[1:]
            if number < first:
                cell.row_headers = [title, *cell.row_headers]
    prefix = title + " "
    return [name[len(prefix):] if name.startswith(prefix) else ("" if name == title else name)
            for name in header]
