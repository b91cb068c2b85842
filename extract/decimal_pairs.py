"""A cell printing two decimals joined by a slash (".57/.61", "76.4 / 83.4") is a cell of
numbers: the line that prints it is a row of the body, not of the header.

Round 37 (probe37a, Hill, Cho and Korhonen, NAACL 2016, Table 4): every cell of the table prints
a Spearman and a Pearson correlation as one pair (".57/.61"), under a header of two lines ("STS
2014" and "SICK" over "Model News Forum WordNet Twitter Images Headlines All Test + Train").
The grid reader ends a header at the first line holding a number, and a pair is no number
(`cell_values.parse_cell`), so no line held one: the header was cut to its first line, the
second header line was read as the first row, and no cell of the table had a column header
(no claim about its 22 rows could reach a cell).

A pair counts as a number for finding where the body starts when both halves are decimals
(a point in each: "1/2" may be a fraction, "2014/15" a season, "3/5" a count out of a total,
and a header may print those).
"""

from __future__ import annotations

import re

__all__ = ["decimal_pair"]

decimal_pairs_read = True
"""Whether a pair of decimals holds a number for the header's end (a planted-bug test switches
it off)."""

_PAIR = re.compile(r"^[-+\u2212]?\d*\.\d+\s*/\s*[-+\u2212]?\d*\.\d+$")


def decimal_pair(text: str) -> bool:
    """Whether `text` is two decimals joined by a slash (module docstring), bold or underline
    marks aside."""
    return decimal_pairs_read and _PAIR.match(text.strip().strip("*_").strip()) is not None
