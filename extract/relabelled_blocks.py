"""Stacked sub-tables whose header restates the column names under a corner label of its own.

A table that reports one grid of settings for several data sets often stacks one block per data
set, each opened by the same header lines, its corner cell (over the row labels) naming the
data set: "EN-FR | Adam | +Annealing | +Ensemble" over "Word BPE Word BPE BPE", rows "Baseline"
... "Bootstrapping", then "CS-EN | Adam | +Annealing | +Ensemble" over rows of its own
(Denkowski & Neubig 2017, Table 4). Read as one grid, the second header became a row of text
("CS-EN" scoring "Adam"), the second block's values kept only the lower header line's names
("BPE", not "+Ensemble / BPE"), and no value knew which data set it was of.

`relabelled_starts` finds such block starts by shape alone: a line below the first line of
values that opens at the table's left edge with a label, holds no number, and restates at
least two of the first line's column names (most of its cells) under a corner label other than
the first line's. A data row does not print the header's column names as its cells. (A block
header that restates the first line's corner label too is `table_groups._restated_rows`'s: its
corner names the label column, "Model", not a block.) table_groups reads each block as a grid
of its own, over its own header lines, with its corner label first in its rows' header paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cell_values import parse_cell

if TYPE_CHECKING:
    from .grid_lines import Segment

MIN_RESTATED = 2  # column names a block header must restate


def _texts(line: list[Segment]) -> list[str]:
    return [" ".join(segment.text.split()).casefold() for segment in line]


def _has_number(line: list[Segment]) -> bool:
    return any(segment.value or parse_cell(segment.text)[0] is not None for segment in line)


def relabelled_starts(segmented: list[list[Segment]]) -> list[int]:
    """Indexes of the lines that open a block under a corner label of its own, the first
    line (index 0) first; [] when the region is not stacked so."""
    if len(segmented) < 4:
        return []
    first = segmented[0]
    if len(first) < 3 or _has_number(first):
        return []
    corner, names = _texts(first)[0], set(_texts(first)[1:])
    first_value = next((n for n, line in enumerate(segmented) if _has_number(line)), None)
    if first_value is None:
        return []
    starts = [0]
    corners = {corner}
    for index in range(first_value + 1, len(segmented)):
        line = segmented[index]
        if len(line) < 3 or _has_number(line) or abs(line[0].x0 - first[0].x0) > 2:
            continue
        own = _texts(line)
        shared = len(names & set(own[1:]))
        if (own[0] not in corners and shared >= MIN_RESTATED
                and 2 * shared >= len(own) - 1):
            starts.append(index)
            corners.add(own[0])
    return starts if len(starts) > 1 else []


def header_count(segmented: list[list[Segment]], start: int, end: int) -> int:
    """How many lines of the block `start`..`end` come before its first line of values."""
    for index in range(start, end):
        if _has_number(segmented[index]):
            return index - start
    return end - start
