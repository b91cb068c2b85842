"""Relative changes between two table cells: "reduces the error rate by 46% relative to the
baseline".

A change worded as relative ("relative", "relatively", "relative to") is a share of the
number it starts from, not a difference of points: 47.2% -> 25.6% is a 21.6-point
reduction and a 45.8% relative one. Read as a difference of points, "by 21.6% relative"
would be confirmed by the cells of a 45.8% change, so a relative claim is never matched
against the difference of its cells, only against their ratio.

The base of the ratio is the cell the claim compares against, the one it names second
("A improves over B by 12% relative", "A reduces X by 46% relative to B"). A claim that
says "from A to B" names its base first, and is left to the difference of points.
The ratio agrees when the interval of the claimed share (its printed precision) overlaps the
interval of (first - second) / second over the printed intervals of both cells. A relative
change only confirms: what a relative share is relative to is a reading of the claim that
the table alone cannot make sure of.
"""

from __future__ import annotations

import re

from verify_claims.claims import Check, Claim, Quantity

from .cell_check import CellPassage
from .cell_kinds import pair_support

_RELATIVE = re.compile(r"\brelative(?:ly)?\b", re.I)


def says_relative(text: str, quantity: Quantity) -> bool:
    """The claimed number is a percentage in a claim that words its change as relative."""
    return quantity.unit == "%" and bool(_RELATIVE.search(text))


def _half(decimals: int | None) -> float:
    return 0.5 * 10.0 ** -(decimals or 0)


def relative_agrees(claimed: Quantity, first: CellPassage, second: CellPassage,
                    direction: int) -> bool:
    """The claimed share (percent) can be the change from the second cell to the first, in
    the claim's direction, relative to the second, within the printed precision of all
    three numbers."""
    if first.value is None or second.value is None:
        return False
    corners = []
    for a in (first.value - _half(first.decimals), first.value + _half(first.decimals)):
        for b in (second.value - _half(second.decimals), second.value + _half(second.decimals)):
            if b <= 0:
                return False  # no share of a base that may be zero or less
            corners.append(100.0 * (a - b) / b * direction)
    low = abs(claimed.value) - _half(claimed.decimals)
    high = abs(claimed.value) + _half(claimed.decimals)
    return min(corners) > 0 and low <= max(corners) + 1e-9 and min(corners) - 1e-9 <= high


def check_relative(claim: Claim, quantity: Quantity, pairs, direction: int,
                   source: str) -> Check | None:
    """A confirmation of a claimed relative change by the one pair of cells (of `pairs`, the
    pairs the claim names, first-named first) whose ratio agrees; None when none or several
    do. Never a contradiction (module docstring)."""
    if re.search(r"\bfrom\b.+\bto\b", claim.text, re.I):
        return None  # the base is named first: left to the difference of points
    found = {(id(first), id(second)): (first, second) for first, second in pairs
             if relative_agrees(quantity, first, second, direction)}
    if len(found) != 1:
        return None
    first, second = next(iter(found.values()))
    return pair_support(first, second, quantity, source,
                        f"a change of {quantity.text.lstrip('+-')} relative to the second,",
                        f"({first.cell.text} − {second.cell.text}) / {second.cell.text}")
