"""Two tables set side by side in one float, their rows on different baselines.

A float may hold two small tables beside each other under one caption ("Left: ... Right: ...",
Kiros et al., Skip-Thought Vectors, Table 3: SICK results on the left, MSRP results on the
right). When the two have the same row height and start together, their rows share
baselines and the grid reads them as one table whose second half repeats a row-label column
(`grid_rows.side_labels`). When they do not (here the right table's rows sit half a row lower),
a left row and the right row below it overlap by half their height, so `grid_cells.lines_of`
chained every row of both tables into one line, and the region was read as a single row of
run-together labels and numbers ("0.7993 0.8070 0.8268 0.8414").

`split_sides` finds that case from the words: a vertical strip of the region that no word
crosses, with the lines of each side on baselines the other side does not use, and each side
holding rows of a label and numbers. Each side's words are then grouped into lines of their
own, and each is read as a table (the caller appends the second side's rows to the first's,
as for a continuation). An ordinary table, whose label and value columns share baselines, is
never split, nor one whose wrapped labels sit between the baselines of their values (the
side of labels holds no rows of numbers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grid_cells import Line, lines_of

if TYPE_CHECKING:
    from .pdfwords import Rule, Word

__all__ = ["split_sides"]

MIN_GAP = 6.0
"""The narrowest strip (points) that may part two tables."""
SHARED_BASELINES = 0.2
"""The largest share of either side's lines whose baseline the other side also uses."""
MIN_ROWS = 3
"""Each side holds at least this many lines of a label followed by a number."""
BASELINE_TOLERANCE = 1.0
"""Baselines closer than this (points) are one."""

_NUMBER = re.compile(r"^[-+\u2212\u2013(]?\d[\d.,]*%?\)?$")


def _gaps(words: list[Word]) -> list[tuple[float, float]]:
    """The vertical strips no word crosses, between the leftmost and rightmost word, widest
    first."""
    spans = sorted((word.x0, word.x1) for word in words)
    gaps: list[tuple[float, float]] = []
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= MIN_GAP:
            gaps.append((right, x0))
        right = max(right, x1)
    return sorted(gaps, key=lambda gap: gap[0] - gap[1])


def _baselines(lines: list[Line]) -> list[float]:
    return [max(word.baseline for word in line.words) for line in lines]


def _shared(mine: list[float], theirs: list[float]) -> float:
    """The share of `mine` that `theirs` also uses."""
    if not mine:
        return 0.0
    return sum(any(abs(base - other) <= BASELINE_TOLERANCE for other in theirs)
               for base in mine) / len(mine)


def _rows(lines: list[Line]) -> int:
    """Lines that open with a label and hold a number after it."""
    return sum(1 for line in lines if not _NUMBER.match(line.words[0].text)
               and any(_NUMBER.match(word.text) for word in line.words[1:]))


def split_sides(lines: list[Line], rules: list[Rule]
                ) -> list[tuple[list[Line], list[Rule]]] | None:
    """The region's two tables, each with its lines and the rules over it, left first, when
    the region holds two tables side by side on different baselines (module docstring);
    else None."""
    words = [word for line in lines for word in line.words]
    if len(lines) < 2 or len(words) < 4 * MIN_ROWS:
        return None
    for left_end, right_start in _gaps(words):
        middle = (left_end + right_start) / 2
        left = lines_of([word for word in words if word.x1 <= middle])
        right = lines_of([word for word in words if word.x0 >= middle])
        if _rows(left) < MIN_ROWS or _rows(right) < MIN_ROWS:
            continue
        left_bases, right_bases = _baselines(left), _baselines(right)
        if max(_shared(left_bases, right_bases), _shared(right_bases, left_bases)) \
                > SHARED_BASELINES:
            continue
        return [(left, [rule for rule in rules if rule.x1 <= middle]),
                (right, [rule for rule in rules if rule.x0 >= middle])]
    return None
