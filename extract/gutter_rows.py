"""A row of a table spanning both columns is no prose, however long its label.

`grid_tables._is_prose` reads a line of a full-width region side by side, one side per column
of the page, so that two columns of prose end a table region grown into them. A row of a
full-width table is cut the same way: its label falls on the left side, its values on the
right. A long label of plain words ("AoA Reader (Ensemble + Reranking)", Cui et al.,
arXiv:1607.04423, Table 2, page 6: the last row above the caption, with "- - 80.3 75.6 77.0
74.1" to its right) is five words at word spacing across most of the left column, so the left
side was read as prose and ended the region at once: the whole of Table 2 (nineteen systems
on CNN News and CBTest) was lost, and a claim about the ensemble was contradicted by the plain
AoA Reader's cell of the only other table printing those columns (Table 4).

`row_across_gutter` tells such a line apart: one side holds three values or more (a row of
numbers, which `_is_prose` never takes for prose on its own), and the other side, the label,
stops short of the gutter by more than half a font size. A line of justified prose runs up to
the gutter (Table 2's longest left label, "Deep LSTM Reader (Hermann et al., 2015)", stops
10.6 pt short of it, at a 10.9 pt size); only a paragraph's last line stops short, and it is
not set beside a row of numbers in the other column of a full-width region. The rule adds no
line to a region that another test (a caption, a section heading, a large gap) ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .grid_cells import _is_value

if TYPE_CHECKING:
    from .pdfwords import Word

VALUES = 3
"""How many values the other side must hold: a row of numbers (as in `_is_prose`)."""
SHORT = 0.5
"""How far (in font sizes) a label stops short of the gutter; justified prose reaches it."""


def row_across_gutter(sides: Sequence[Sequence[Word]], gutter: tuple[float, float],
                      size: float) -> bool:
    """Whether a line cut at the gutter (`sides`: its words left and right of it) is a table
    row: one side holds `VALUES` values or more and the other, its label, ends (left side)
    or starts (right side) more than half of `size` away from the gutter (module docstring)."""
    left, right = sides
    if not left or not right:
        return False
    if sum(_is_value(word.text) for word in right) >= VALUES:
        return gutter[0] - max(word.x1 for word in left) > SHORT * size
    if sum(_is_value(word.text) for word in left) >= VALUES:
        return min(word.x0 for word in right) - gutter[1] > SHORT * size
    return False
