"""A header cell that would span columns another group's label already heads, above it, is
no parent of those columns: column headers nest.

The grid reader (grid_headers.header_paths) lets a cell of an upper header line cover the
columns between it and its neighbours ("territories"). In the housing report's tables (CDC,
MMWR Suppl. 60, 2011; round 29, probe29a) the two-line label "Total occupied / housing units"
of each year's first column is set with its first line between the lines of the group label
"Inadequate housing units" (ruled off over the four columns No., (%), Unadjusted OR, 95% CI)
and of the lowest header line. Read as a spanning cell, "Total occupied" covered the group's
four columns too, so every count and share of the table was headed "Total occupied" as well,
and no claim about the inadequate housing units picked a single column.

A cell of a lower header line cannot head a column that a spanning cell of a line above heads
unless that cell heads the lower cell's own columns too: its cover is cut back to the columns
it stands over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Segment


def crosses_upper_group(cover: list[int], over: list[int],
                        placed: list[list[tuple[Segment, list[int]]]], number: int) -> bool:
    """Does `cover` (the columns a cell of header line `number` would head, standing over
    `over`) reach into a column group that a spanning cell of a line above heads without
    heading `over`?"""
    own = set(over)
    extra = set(cover) - own
    if not extra:
        return False
    return any(len(upper) > 1 and extra & set(upper) and not own <= set(upper)
               for line in placed[:number] for _, upper in line)


def wrapped_over(segment: Segment, over: list[int], next_line: list[Segment] | None) -> bool:
    """Is `segment`, standing over one column, the first line of a label wrapped onto the next
    header line ("Unadjusted" over "odds ratio", the housing report's Tables 2 and 3)? It is when
    the next line sets a cell right under it, centred with it (within 3 points) and about as
    wide (at least 0.6 of its width): a label over a group of columns stands over several
    cells, and where it stands over the middle one of three ("Accuracy" over "P R F"), that one
    is narrower than the label."""
    if len(over) != 1 or not next_line:
        return False
    width = segment.x1 - segment.x0
    return any(abs(other.center - segment.center) <= 3 and other.x1 - other.x0 >= 0.6 * width
               for other in next_line)
