"""A row of a table spanning both columns is no prose, however long its label.

`grid_tables._is_prose` reads a line of a full-width region side by side, one side per column
of the page, so that two columns of prose end a table region grown into them. A row of a
full-width table is cut the same way: its label falls on the left side, its values on the
right. A long label of plain words ("AoA Reader (Ensemble + Reranking)", Cui et al.,
arXiv:1607.04423, Table 2, page 6: the last row above the caption, with "- - 80.3 75.6 77.0
74.1" to its right) is five words at word spacing across most of the left column, so the left
side was read as prose and ended the region at once: the whole of Table 2 (nineteen systems
on CNN News and CBTest) was lost, and a claim about the ensemble was contradicted by the plain
AoA Reader's cell of the only other table printing those columns (Table 4). Chen et al.'s
Table 1 (arXiv:1609.06038, page 7) was lost the same way: its labels ("(17) HIM (600D ESIM +
300D Syntactic tree-LSTM)") run up to the gutter or across it.

`row_across_gutter` tells such a line apart: the right side ends in three values or more (a
row of numbers, which `_is_prose` never takes for prose on its own: "7.7M 93.5 88.6", "- -
80.3 75.6 77.0 74.1"). Two columns of prose do not end a line of the right column in three
numbers, and a full-width region grows from a full-width caption, not beside a one-column
table. The rule adds no line to a region that another test (a caption, a section heading, a
large gap) ends.

A row with blank cells ends in fewer values (held out 19, round 19): the ByteNet's Table 2
(Kalchbrenner et al., arXiv:1610.10099, page 6) prints "GNMT (RNN Enc-Dec Att) (Wu et al.,
2016a)   char   char   22.62" with its 2015 cell empty, the row above its last, so the region
ended there and the table was read as its last row only (eight systems' BLEU scores lost).
Such a right side is still a row of cells, not prose: a few words (`SPARSE_CELLS` at most), the
last a value, every two of them set apart by a cell gap (`CELL_GAP_EM` times the words' size;
prose is set at word spacing).

A word set over the gutter itself (round 20, Mintz et al. 2009, ACL, Table 2, page 3) shows the
line is one line across the page, not two columns side by side: two columns of prose leave the
gutter bare, which is how the gutter was found. That table's "Size" column stands over the
gutter ("17,278"), and its last column prints an example in plain words ("Paul Auster,
Travels in the Scriptorium"), which, cut at the gutter, read as a line of right-column prose:
the region ended there, and 18 of the 23 rows (the sizes of the largest Freebase relations)
were read as a paragraph of body text. Such a line is read whole (`covers_gutter`).

A row whose cells print more than a number (round 34, probe34c) ends in no run of three values:
Sundström et al., International Psychogeriatrics 26:1 (2014), Table 1 (page 3) prints a mean
with its spread in each cell, "Number of cardiovascular diseases/disorders: mean, SD   0.8, SD
= 0.9   0.9, SD = 0.9   0.1", its label (six words at word spacing across the left column)
ending just short of the gutter. The right side ends "= 0.9 0.1" and holds nine words, so the
region ended at that row: the table's last three rows (cardiovascular diseases, depressive
symptoms, APOE-e4 carriers) were lost. Such a right side is still a row of cells
(`_cells_of_values`): cut where words stand `CELL_GAP_EM` apart, it is `VALUES` cells or more,
each opening and ending in a value. Justified prose sets no word two ems from the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .grid_lines import _is_value

if TYPE_CHECKING:
    from .pdfwords import Word

VALUES = 3
"""How many values the line must end in: a row of numbers (as in `_is_prose`)."""
SPARSE_CELLS = 6
"""Words on the right side of a row with blank cells at most."""
CELL_GAP_EM = 2.0
"""The least gap between two cells of such a row, in the words' size."""


def row_across_gutter(sides: Sequence[Sequence[Word]]) -> bool:
    """Whether a line cut at the gutter (`sides`: its words left and right of it) is a table
    row: it has words on both sides, and its right side ends in `VALUES` values or more, or is
    a few cells apart ending in a value (module docstring)."""
    left, right = sides
    if not left or not right:
        return False
    if len(right) >= VALUES and all(_is_value(word.text) for word in right[-VALUES:]):
        return True
    if _cells_of_values(right):
        return True  # "0.8, SD = 0.9   0.9, SD = 0.9   0.1"
    return 2 <= len(right) <= SPARSE_CELLS and _is_value(right[-1].text) and all(
        b.x0 - a.x1 >= CELL_GAP_EM * max(a.size, b.size)
        for a, b in zip(right, right[1:], strict=False))  # "char   char   22.62"


def _cells_of_values(words: Sequence[Word]) -> bool:
    """Whether `words`, cut where two stand `CELL_GAP_EM` apart, are `VALUES` cells or more,
    each opening and ending in a value ("0.8, SD = 0.9", "0.1"; module docstring)."""
    cells: list[list[Word]] = []
    for word in words:
        if cells and word.x0 - cells[-1][-1].x1 < CELL_GAP_EM * max(word.size,
                                                                     cells[-1][-1].size):
            cells[-1].append(word)
        else:
            cells.append([word])
    return len(cells) >= VALUES and all(
        _is_value(cell[0].text.rstrip(",;")) and _is_value(cell[-1].text) for cell in cells)


def covers_gutter(words: Sequence[Word], gutter: tuple[float, float]) -> bool:
    """Whether a word of the line stands over the whole gutter band (module docstring): the
    line runs across the page, and is read as one line, not as two columns."""
    return any(word.x0 < gutter[0] and word.x1 > gutter[1] for word in words)
