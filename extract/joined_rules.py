"""A horizontal table rule drawn as one segment per column, read as the one rule it prints.

Some typesetting programs draw a table's rules cell by cell: CDC's MMWR (Inadequate and
Unhealthy Housing, MMWR Suppl. 60, 2011; round 29, probe29a) draws the rule under each table's
header as eleven abutting segments, one per column, each ending where the next begins. The
grid reader (grid_cells.build_grid) knows the rule under a header by its width (a "full" rule
spans most of the table), so it saw none and cut the header at the wrong line.

Segments on the same height whose ends touch (a gap of at most `_TOUCH` points) are joined;
segments with a visible gap between them stay apart, as cmidrules over column groups do (LaTeX
trims each by a few points).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Rule

_TOUCH = 0.6  # points: abutting segments (a gap no wider than a rounding error)
_LEVEL = 0.3  # points: the same height


def joined(rules: list[Rule]) -> list[Rule]:
    """`rules` with each run of abutting horizontal segments at one height joined into one
    rule; vertical rules and lone segments as they are (same order otherwise unimportant)."""
    flat = sorted((rule for rule in rules if rule.horizontal),
                  key=lambda rule: (round(rule.top, 1), rule.x0))
    if len(flat) < 2:
        return list(rules)
    result = [rule for rule in rules if not rule.horizontal]
    current = flat[0]
    for rule in flat[1:]:
        if abs(rule.top - current.top) <= _LEVEL and rule.x0 - current.x1 <= _TOUCH \
                and rule.x1 > current.x0:
            current = replace(current, x1=max(current.x1, rule.x1),
                              bottom=max(current.bottom, rule.bottom))
        else:
            result.append(current)
            current = rule
    result.append(current)
    return result
