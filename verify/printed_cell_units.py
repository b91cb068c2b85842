"""A cell that prints its own unit ("680.5 U mg") answers only a claimed number said in that unit.

A column of numbers printed with their units (extract/unit_cells.py: "62.7 U mg−1" beside
"168.4 U mL−1") has its unit in each cell, not in its header. A claim whose number carries
another unit is about something else: "Pyrococcus furiosus L-asparaginase has an optimum
temperature of 58 C" reached both the row's temperature (85) and its activity (550 U mg, whose
header "l-asparaginase activity" the claim names), and the two cells left the claim undecided;
a claim of "680.5 U/mL" must not be confirmed by the cell "680.5 U mg" (Cachumba et al., Braz.
J. Microbiol. 2016, Table 1; round 27, probe27b).

So when the claim prints a unit right after one of its numbers (a short token of letters, or
two joined by a slash: "C", "U/mL", "mg/L", "kDa"), a cell flagged with its printed unit
(`unit:U mg`) stays among the cells that account for the claim only when one of the claim's
numbers is printed in that unit (the same letters, case aside, the slash read as a space); a
claim that prints no unit after its numbers ("an optimum pH of 6.3") speaks of none of them.
This can only take cells away:
with none left, the table check decides nothing. The cell picker, which asks whether the
claim's header words point at another column than a cell's, does not see such cells either
(`printed_unit_passages`): "L-asparaginase" of the claim above names the activity column, and
the temperature cell was no longer the only one the claim could mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from verify_claims.claims import Quantity

from .memo import Memo

_Accounted = TypeVar("_Accounted")
_Passage = TypeVar("_Passage")
T = TypeVar("T")

UNIT_FLAG = "unit:"
# After a claimed number: "C", "U/mg", "U mL", "mg/L", "kDa", "°C" (a token of one to four
# letters, or two or three joined by slashes or spaces when each is that short).
_LETTERS = r"[A-Za-z\u00b5\u03bc]"
_AFTER = re.compile(rf"^\s*\u00b0?(?P<unit>{_LETTERS}{{1,4}}(?:\s*/\s*{_LETTERS}{{1,4}})*"
                    rf"(?:\s+{_LETTERS}{{1,3}}(?![\w/]))?)(?![\w/])")

# Short words that follow a number without being its unit ("680.5 in", "7.0 and 30 C").
_WORDS = frozenset(("a", "an", "and", "are", "as", "at", "by", "for", "in", "is", "of", "on",
                    "or", "the", "to", "was", "with", "vs", "than", "from", "per", "were"))


def _tokens(unit: str) -> tuple[str, ...]:
    return tuple(token.casefold() for token in re.split(r"[\s/]+", unit) if token)


def claimed_units(text: str, quantities: Sequence[Quantity]) -> set[tuple[str, ...]]:
    """The units printed right after the claim's numbers, as tuples of lower-case tokens."""
    units = set()
    for quantity in quantities:
        match = _AFTER.match(text[quantity.span[1]:])
        if match and _tokens(match["unit"])[0] not in _WORDS:
            units.add(_tokens(match["unit"]))
    return units


def cell_unit(cell: object) -> tuple[str, ...] | None:
    """The unit a cell prints after its number (its `unit:` flag), or None."""
    for flag in getattr(cell, "flags", None) or ():
        if flag.startswith(UNIT_FLAG):
            return _tokens(flag[len(UNIT_FLAG):])
    return None


def _said_in_units(items: Sequence[T], cell_of: Callable[[T], object], text: str,
                   quantities: Sequence[Quantity]) -> list[T]:
    """`items` without those whose cell prints a unit none of the claim's numbers is said in
    (the claim's units read once, and only when some cell prints a unit)."""
    units: set[tuple[str, ...]] | None = None
    kept = []
    for item in items:
        unit = cell_unit(cell_of(item))
        if unit is not None:
            if units is None:
                units = claimed_units(text, quantities)
            if unit not in units:
                continue
        kept.append(item)
    return kept


def printed_unit_cells(accounted: Sequence[tuple[_Accounted, object]], text: str,
                       quantities: Sequence[Quantity]) -> list[tuple[_Accounted, object]]:
    """`accounted` without the cells printing a unit that none of the claim's numbers is said
    in (module docstring)."""
    return _said_in_units(accounted, lambda pair: getattr(pair[0], "cell", None), text,
                          quantities)


_UNIT_CELLS: Memo[int, tuple[list, tuple[tuple[int, tuple[str, ...]], ...]]] = Memo(64)
"""`_unit_cells` by the id of the list of passages; each entry holds the list, so its id is
never another's while the entry is kept."""


def _unit_cells(passages: list[_Passage]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(position, unit) of each of `passages` whose cell prints a unit (`cell_unit`), once per
    list: the cell check asks of the same list of a paper's cells (cached per passage index,
    never changed after) for every claim, and most papers print no unit in any cell."""
    return _UNIT_CELLS.get(id(passages), lambda: (passages, tuple(
        (at, unit) for at, passage in enumerate(passages)
        if (unit := cell_unit(getattr(passage, "cell", None))) is not None)))[1]


def printed_unit_passages(passages: list[_Passage], text: str,
                          quantities: Sequence[Quantity]) -> list[_Passage]:
    """`passages` (cells) without those printing a unit none of the claim's numbers is said in,
    `passages` itself when none is left out. The same as `_said_in_units` over `passages`,
    which keeps every cell printing no unit: only the cells printing one (`_unit_cells`) are
    weighed, and the claim's units are read only when there is one."""
    printing = _unit_cells(passages)
    if not printing:
        return passages
    units = claimed_units(text, quantities)
    dropped = {at for at, unit in printing if unit not in units}
    if not dropped:
        return passages
    return [passage for at, passage in enumerate(passages) if at not in dropped]
