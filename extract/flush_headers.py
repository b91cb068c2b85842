"""Column labels set flush right over right-aligned numbers, wrapped over several lines
(probe29b, issue 11).

Government statistical tables (NCES's "Highlights from PIRLS 2011", Tables A-1 and A-2, round
29) set each column's label flush right with its numbers and wrap it over two to five lines,
bottom-aligned: "Schools in" / "original sample", then "Eligible schools" / "in original" /
"sample", then "Schools" / "in original" / "sample that" / "participated". The upper lines of
the longer labels hold fewer cells than the lines below, the shape of a group label over
several columns, and the header reader spread each over its neighbours' columns ("Eligible
schools" headed "Schools in original sample" too, "Sampled" the three columns to its left):
"Morocco had 287 schools in its original sample" then found the eligible count's column as
well as the sample's, and table claims on these columns stayed undecided.

A header cell whose right edge is the right edge of one value column's numbers, which does not
reach back over the column before it, and under which the next header line holds a cell flush
right with the same column, is a line of that column's wrapped label: a group label is set over
its columns (centred or spread across them), not flush with the last one's figures and stacked
on a cell of its own width. Only read where no rule is drawn under the cell (a rule says what
it spans).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Segment

__all__ = ["flush_column"]

FLUSH = 1.5
"""How far (points) a label's right edge may stand from its column's figures' right edge."""


def _flush_with(segment: Segment, columns: list[tuple[float, float]], labels: int) -> int | None:
    """The value column whose right edge `segment` ends on, when it does not reach back over
    the column before it; else None."""
    for column in range(max(labels, 1), len(columns)):
        if abs(segment.x1 - columns[column][1]) <= FLUSH:
            return column if segment.x0 > columns[column - 1][1] else None
    return None


def flush_column(segment: Segment, below: list[Segment] | None,
                 columns: list[tuple[float, float]], labels: int) -> int | None:
    """The one column `segment`, an upper header line's cell, heads as a line of a wrapped
    right-aligned label (module docstring), or None."""
    column = _flush_with(segment, columns, labels)
    if column is None or not below:
        return None
    return column if any(_flush_with(other, columns, labels) == column for other in below) \
        else None
