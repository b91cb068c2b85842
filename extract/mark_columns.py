"""Check-mark columns read as the condition they mark.

Ablation tables mark which component a row uses with a column of ✓ and × under the
component's name ("G-Pooling": × for the network without it, ✓ for the network with it).
Read as text, the mark is a row label of one symbol, which no claim says: "FCN with
G-pooling" and "FCN without G-pooling" then name the same row words, and the two rows cannot
be told apart.

Here each mark in a row-label column whose cells are all marks becomes the condition it marks:
✓ under "G-Pooling" is the row label "G-Pooling", × is "w/o G-Pooling" (a negating header,
which only a claim that negates or removes says: `verify/header_vocabulary.negating`). The cell's
printed text stays the mark.
"""

from __future__ import annotations

from verify_claims.claims import Cell

YES = frozenset(("\u2713", "\u2714", "\u2611", "\u221a"))
NO = frozenset(("\u00d7", "\u2717", "\u2718", "\u2715"))


def _mark_column(rows: list[list[Cell]], column: int) -> str | None:
    """The condition a column of marks marks (its header), or None when the column is not one:
    every non-empty cell a mark, both kinds present, and a header with a letter."""
    texts = {row[column].text.strip() for row in rows if len(row) > column}
    texts.discard("")
    if not texts or not texts <= YES | NO or not texts & YES or not texts & NO:
        return None
    headers = {" ".join(row[column].column_headers) for row in rows if len(row) > column}
    if len(headers) != 1:
        return None
    header = next(iter(headers)).strip()
    return header if any(c.isalpha() for c in header) else None


def mark_conditions(rows: list[list[Cell]]) -> None:
    """Replace each mark of a check-mark column in its row's row headers by the condition it
    marks (module docstring). In place."""
    width = max((len(row) for row in rows), default=0)
    for column in range(width):
        condition = _mark_column(rows, column)
        if condition is None:
            continue
        for row in rows:
            if len(row) <= column:
                continue
            mark = row[column].text.strip()
            if not mark:
                continue
            label = condition if mark in YES else f"w/o {condition}"
            for cell in row:
                if mark in cell.row_headers:
                    cell.row_headers = [label if name == mark else name
                                        for name in cell.row_headers]
