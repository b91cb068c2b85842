"""A header row printed inside a table's body starts a block with columns of its own.

A wide breakdown (one column per class of a data set, say) that does not fit the page's width
is printed as blocks stacked under one caption: the first block under the table's header row,
the next under a header row of its own ("contd.  Copyright  Correspondence  Dates ..."),
between a row of numbers above and the block's numbers below. The readers take the first
header row for the whole table, so every cell of a later block carries the header of the
cell above it in the first block: the F1 of "Equation" is read as that of "Author Title", and
a claim about author titles would be confirmed by an equation's score.

`split_blocks` cuts such a table at each in-body header row into tables of their own, each
under its own header, with the caption, label, pages and regions of the table it was cut
from (they are one printed table; the label still names it). A row repeating the header above
(a header printed again at a page break) is dropped without a cut."""

from __future__ import annotations

import re

from verify_claims.claims import Cell, Table

_MIN_HEADERS = 3
"""Header cells (besides the label column) that a row needs to be read as a header row: a
row of two words among numbers is as likely a row of text values."""
_PLACEHOLDERS = re.compile(
    r"^(?:n/?a|na|none|yes|no|oom|tbd|[-\u2013\u2014\u2212?*x\u2713\u2717])$", re.IGNORECASE)


def _words_only(cells: list[Cell]) -> bool:
    """Every filled cell is a word or phrase (letters, no number, no placeholder such as
    "n/a" or "OOM"), at least `_MIN_HEADERS` of them, all different."""
    texts = [cell.text.strip() for cell in cells if cell.text.strip()]
    return len(texts) >= _MIN_HEADERS and len(set(texts)) == len(texts) and all(
        cell.value is None and any(char.isalpha() for char in cell.text)
        and not _PLACEHOLDERS.match(cell.text.strip()) for cell in cells if cell.text.strip())


def _numeric(row: list[Cell]) -> bool:
    """Most of the row's cells besides its label print a number."""
    rest = [cell for cell in row[1:] if cell.text.strip()]
    return bool(rest) and sum(cell.value is not None for cell in rest) * 2 > len(rest)


def _header_row(rows: list[list[Cell]], number: int) -> bool:
    """Row `number` is a header row inside the body: words over most columns, between a row of
    numbers above and one below."""
    row = rows[number]
    width = max(len(row) - 1, 1)
    filled = [cell for cell in row[1:] if cell.text.strip()]
    return 0 < number < len(rows) - 1 and len(filled) * 5 >= width * 3 \
        and _words_only(row[1:]) and _numeric(rows[number - 1]) and _numeric(rows[number + 1])


def _reheaded(rows: list[list[Cell]], header: list[str]) -> list[list[Cell]]:
    """`rows` with the column header path of each cell that has one replaced by the header of
    its column (cells are copied: the caller's rows stay as they were). Cells of a table read
    from plain rows carry no paths, and get none."""
    return [[cell.model_copy(update={"column_headers": [header[column]]
                                     if 0 < column < len(header) and header[column] else []})
             if cell.column_headers else cell for column, cell in enumerate(row)]
            for row in rows]


def _repeats(row: list[Cell], above: list[Cell]) -> bool:
    """The header row prints the headers of the columns above it again (a header repeated
    at a page break or under a rule): the innermost header of each column it fills."""
    for cell, over in zip(row[1:], above[1:], strict=False):
        if cell.text.strip() and (not over.column_headers or
                                  cell.text.strip().casefold()
                                  != over.column_headers[-1].strip().casefold()):
            return False
    return True


def split_blocks(table: Table) -> list[Table]:
    """The table cut at its in-body header rows (module docstring); `[table]` when it has
    none."""
    rows = table.rows
    cuts = [number for number in range(1, len(rows) - 1) if _header_row(rows, number)]
    if not cuts:
        return [table]
    blocks: list[Table] = []
    kept: list[list[Cell]] = []
    header: list[str] | None = None  # of the block being read (None: the table's own)
    for number, row in enumerate(rows):
        if number not in cuts:
            kept.append(row)
            continue
        if _repeats(row, rows[number - 1]):
            continue  # the same columns go on: the row is dropped, no cut
        blocks.append(_block(table, kept, header))
        kept, header = [], ["", *(cell.text.strip() for cell in row[1:])]
    blocks.append(_block(table, kept, header))
    return [block for block in blocks if block.rows]


def _block(table: Table, rows: list[list[Cell]], header: list[str] | None) -> Table:
    if header is None:
        return table.model_copy(update={"rows": rows})
    return table.model_copy(update={"header": header, "rows": _reheaded(rows, header)})
