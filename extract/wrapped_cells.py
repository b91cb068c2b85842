"""A text cell of a table's last column wrapped onto a line of its own.

A table closing on a column of references or notes wraps a long entry under itself: "Fahey
and Jackson," over "1997", "Nandakumar and" over "Mein, 1993" (Lane et al. 2005, Table 1).
The wrapped line holds that one piece only. Read as a line of its own it became a row-group
label ("Mein, 1993" over every row below it, so "Mein, 1993 / Biesievlei (SA)" was the path
of the rows of the next block) or a row with no label ("1997"). Here such a line joins the
cell it continues: it stands alone in the table's last text column, starts where the cell
above starts, is set close under it (no more than a line's spacing), and the cell above is
text, not a number (a number column's cell is never continued on the next line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grid_lines import Segment, _number

if TYPE_CHECKING:
    from .grid_lines import Line

ALIGN = 1.5  # points between the left edges of the two pieces of a wrapped cell
LEADING_EM = 0.6  # at most this much white space (in type sizes) between the two lines
# The upper piece breaks off mid-phrase: a list of items stacked in one cell ("BookCorpus" over
# "CC-News (~3.8B)") is items of their own, never joined.
UNFINISHED = (",", " and", "&", "-")


def join_wrapped_cells(cells: list[dict[int, Segment]], body_lines: list[Line],
                       width: int) -> None:
    """Join each continuation line of the last column (module docstring) to the cell it
    continues, leaving its own line empty. In place."""
    last = width - 1
    if last < 1:
        return
    for index in range(1, len(cells)):
        row, above = cells[index], cells[index - 1]
        if list(row) != [last] or last not in above:
            continue
        piece, head = row[last], above[last]
        line, upper = body_lines[index], body_lines[index - 1]
        if (abs(piece.x0 - head.x0) > ALIGN or _number(head) or not head.text[:1].isalpha()
                or line.top - upper.bottom > LEADING_EM * max(upper.size, 1.0)
                or not head.text.rstrip().endswith(UNFINISHED)):
            continue  # a finished cell: the line under it is an item of its own
        above[last] = Segment(f"{head.text} {piece.text}", head.x0, max(head.x1, piece.x1),
                              head.flags + piece.flags)
        row.clear()


def under_header_cell(lone: Segment, above: list[Segment]) -> bool:
    """Does `lone`, the only piece of a header's last line, stand inside one cell of the header
    line above it, from its left edge or centred (the unit "(mm)" wrapped under "Mean / annual
    / rainfall")? Then it ends that column's header; a label centred over the table
    ("Development Set") spans more than one cell above it."""
    for cell in above:
        if cell.x0 - ALIGN <= lone.x0 and lone.x1 <= cell.x1 + ALIGN and (
                abs(lone.x0 - cell.x0) <= ALIGN or abs(lone.center - cell.center) <= ALIGN):
            return True
    return False
