"""A two-line cell of a header row printed inside a table's body, set straddling the row.

A table printed in stacked blocks opens each later block with a header row of its own, inside
the body ("contd.  References  Table  Title ..."). A header that takes two lines there ("Page"
over "Number") is set vertically centred on the row's one-line headers, so its lines stand
half a line above and half a line below the row, each on a line of its own. Read line by line,
each half was a lone label on a line of its own: "Page" and "Number" became group labels
heading the rows below them, and the column lost its header (arXiv:2106.00676 Table 7, third
block).

Here such a half joins the row it straddles, as that row's cell in its column: a lone word or
two (no digit) over a value column, on a line that overlaps the row vertically (rows, and
group labels on lines of their own, are set a line apart: they never overlap), where a row of
three cells or more, each of them words (a row of headers), has no cell of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grid_lines import Segment

if TYPE_CHECKING:
    from .grid_lines import Line


def _words_row(row: dict[int, Segment]) -> bool:
    """A row of three cells or more, each of them words ("Macro F1", not "3.30 (4.78)"): a
    row of headers."""
    return len(row) >= 3 and all(any(char.isalpha() for char in segment.text)
                                 for segment in row.values())


def _straddles(fragment: Line, row: Line) -> bool:
    return max(fragment.top, row.top) < min(fragment.bottom, row.bottom)


def _fragment(row: dict[int, Segment]) -> int | None:
    """The column of a row's one cell when it is a word over a value column, else None."""
    if len(row) != 1:
        return None
    (column, segment), = row.items()
    if column == 0 or segment.value or any(char.isdigit() for char in segment.text) \
            or len(segment.text.split()) > 2:
        return None
    return column


def join_straddled_cells(cells: list[dict[int, Segment]], body_lines: list[Line]) -> None:
    """Move each half of a straddling two-line cell (module docstring) into the row it
    straddles, the upper half first; the lines the halves stood on are left empty. In place."""
    for index, row in enumerate(cells):
        if not _words_row(row):
            continue
        halves: dict[int, list[int]] = {}
        for other in (index - 1, index + 1):
            column = _fragment(cells[other]) if 0 <= other < len(cells) else None
            if column is not None and column not in row \
                    and _straddles(body_lines[other], body_lines[index]):
                halves.setdefault(column, []).append(other)
        for column, lines in halves.items():
            parts = [cells[other][column] for other in lines]
            row[column] = Segment(" ".join(part.text for part in parts),
                                  min(part.x0 for part in parts), max(part.x1 for part in parts),
                                  parts[0].flags)
            for other in lines:
                cells[other].clear()
