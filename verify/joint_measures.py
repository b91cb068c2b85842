"""Joint support across sentences: a sentence that lends one claimed number must not print its
own value for another (probe21b, issue 11).

`source_check._joint_support` confirms a claim whose numbers no single sentence holds when
each is printed, agreeing, by a relevant sentence of one passage. Papers that report results
of several subjects in a row print each subject's pair in its own sentence: "TeamFinalScore
... had precision 0.95 at recall 0.87. The relation GameLoser ... had precision 0.93 at recall
0.32" (Soderland et al., AI Magazine 2010, p. 99). Taking the claim's precision from the first
and its recall from the second confirmed "GameLoser had precision 0.95 at recall 0.32", a pair
neither sentence states. The sign of such a mix: a sentence chosen for one claimed number
prints, under the measure word the claim prints before another claimed number ("precision",
"recall"), a value of its own. Then that sentence is the one that gives the other number, and
it gives another value: the parts do not add up to the claim.

The measure word is the content word printed right before the number, through a connector
("precision 0.95", "a precision of 0.95", "recall = 0.32"), or the noun the number counts
("0.95 precision", "15 training examples"): `_Side.measures_before` and `_Side.measures`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify_claims.claims import Quantity

from .number_match import _Pair
from .number_sides import _Side
from .passages import content_terms

__all__ = ["mixed_values"]

_BEFORE = re.compile(r"([^\W\d_][\w\-]*)\s*(?:of|=|:|is|was|at)?\s*$")
"""The word right before a number, through one connector ("precision 0.95", "recall = 0.3")."""


def _word_before(text: str, quantity: Quantity) -> str | None:
    """The stem of the content word printed right before `quantity` in `text`, if any."""
    found = _BEFORE.search(text, max(0, quantity.span[0] - 40), quantity.span[0])
    if found is None:
        return None
    terms = content_terms(found.group(1))
    return terms[-1] if terms else None


def _measures(text: str, side: _Side, position: int) -> set[str]:
    """The measure words of the number at `position` of `side` (printed in `text`)."""
    words = set(side.measures_before[position][-1:]) | set(side.measures[position][-1:])
    if (before := _word_before(text, side.quantities[position])) is not None:
        words.add(before)
    return words


def mixed_values(chosen: Sequence[tuple[int, _Pair]], claim_text: str, claim_side: _Side,
                 sentences: dict[int, tuple[str, _Side]]) -> bool:
    """Whether a joint support mixes values: `chosen` gives, for each claimed number in
    order, the position of the sentence lending it and its pair; `sentences` maps each
    position to its text and side. True when a lending sentence prints, under a measure
    word of a claimed number it does not lend, a number other than those it lends."""
    claimed_words = [_measures(claim_text, claim_side, position)
                     for position in range(len(claim_side.quantities))]
    for holder in {position for position, _ in chosen}:
        text, side = sentences[holder]
        lent = [pair.found for position, pair in chosen if position == holder]
        own = [position for position, quantity in enumerate(side.quantities)
               if not any(found is not None and found.span == quantity.span for found in lent)]
        if not own:
            continue
        printed = [_measures(text, side, position) for position in own]
        for claimed, (position, _) in zip(claimed_words, chosen, strict=True):
            if position != holder and claimed and any(claimed & words for words in printed):
                return True
    return False
