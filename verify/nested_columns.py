"""A cell whose headers say more than the claim does not confirm it beside a cell of the same
row whose headers the claim says wholly (probe29b, issue 11).

Table A-2 of NCES's "Highlights from PIRLS 2011" (round 29) heads two neighbouring columns
"Schools in original sample" and "Eligible schools in original sample". "Morocco had 287
schools in its original sample" (false: 289; 287 is the eligible count) was confirmed by the
eligible column: the claim leaves its "Eligible" unsaid, the picker let that cell in as the
least unsaid of its nested paths (a claim may shorten a longer header), and a cell so picked
may confirm. But the same row also has the cell the claim names word for word, which prints
another number: the claim's words single out that column, and the longer one is another
measure (eligible, not sampled), however many of its words the claim shares.

`shadowed` tells such a cell: one with a header word the claim does not print, in a row
where another accounted cell of the same table has header words that the claim all prints and
that are a proper part of this cell's, while the claim prints none of this cell's other words.
It confirms nothing (`cell_decisions.decide`), and it is set aside before a contradiction is
read, so that the cell the claim names word for word may show the claim false ("Morocco had
287 schools in its original sample": 289), as a single accounted cell would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .passages import content_terms

__all__ = ["shadowed"]


def _terms(passage: Any) -> frozenset[str]:
    """The content terms of a cell's own header words (row and column paths, caption aside)."""
    return frozenset(term for word in passage.own for term in content_terms(word.word))


def shadowed(passage: Any, cells: Sequence[Any], claim_text: str) -> bool:
    """Whether `passage` has a header word the claim does not print while a row mate among
    `cells` (accounted, of the same table) has header words that the claim all prints and
    that are a proper part of `passage`'s, the claim printing none of the rest ("The study
    estimated a total flow reduction of 57%" names "Estimated from Fig. 4 / Total flow
    reduction (%)" by its "estimated", beside "Total flow reduction (%)": Lane et al. 2005,
    Table 5) (module docstring)."""
    said = frozenset(content_terms(claim_text))
    own = _terms(passage)
    if own <= said:
        return False
    return any(other is not passage and other.number == passage.number
               and other.row == passage.row and (mine := _terms(other)) < own
               and mine <= said and not (own - mine) & said for other in cells)
