"""A header cell boxed off by a vertical rule from every column of figures heads none of them.

Faruqui and Dyer 2014 (ACL E14-1049), Table 2 (page 8), is boxed by vertical rules: "Vectors"
heads a column of the names of the vector kinds (SVD, RNN, SG), each printed on the first row
of its block of two, then "Dim" (80, 48), "Lang" (Mono, Multi) and the scores. The reader takes
the block names for row-group labels, so no column of the grid lies under "Vectors"; the header
cell then went to the column nearest it, "Dim", and stacked on Dim's own header of the same
line: every dimension cell was read under "Vectors / Dim". Two guards then took "Vectors" for a
column the paper prints (`verify/guards_column_names.py`, `verify/guards_headed_elsewhere.py`)
and withheld the claims "The De-En multilingual vectors reach a Spearman's correlation of 74.4
on WS-SIM" and "The Fr-En vectors reach 74.4 on WS-SIM" (Table 1 cells; red team 11): twelve
verdicts of that corpus.

The general fact: a header cell of one line that overlaps no column, with a vertical rule
between it and the column nearest it, while that column has its own header cell on the same
line, heads a column the grid does not hold (a column of block labels, set apart as row
groups); it is no part of the nearest column's path (`walled_off`). Nothing else changes: a
header cell over no column with no rule between, or whose nearest column has no header of its
own on that line, still goes to that column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Segment

enabled = True
"""Whether the rule applies (a planted-bug test switches it off)."""


def walled_off(segment: Segment, line: list[Segment], columns: list[tuple[float, float]],
               walls: list[float]) -> bool:
    """Is `segment`, a header cell of `line`, one that overlaps no column and is walled off
    from the column nearest it, which has a header cell of its own on the line (module
    docstring)?"""
    from .grid_headers import assign_column  # grid_headers imports this module

    if not enabled or not walls or not columns or any(
            min(segment.x1, b + 1) - max(segment.x0, a - 1) > 0 for a, b in columns):
        return False
    left, right = columns[assign_column(segment, columns)]
    if segment.x1 <= left:
        between = (segment.x1, left)
    elif segment.x0 >= right:
        between = (right, segment.x0)
    else:
        return False
    if not any(between[0] < wall < between[1] for wall in walls):
        return False
    return any(other is not segment and min(other.x1, right + 1) - max(other.x0, left - 1) > 0
               for other in line)
