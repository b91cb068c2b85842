"""A change and its effect: two direction words, and the second is the statement.

"In particular, when we increase the sampling weight of augmented data from (1:1:1) to (1:2:1),
the EM/F1 performance drops by 0.5/0.3" (QANet, arXiv:1804.09541, page 9) names a change made
("increase the sampling weight") and its effect ("drops"). A sentence's statement is its first
direction word's (extract/polarity.py): here the increase of the setting, not the drop it
causes. The claim "increasing the sampling weight of augmented data from 1:1:1 to 1:2:1
improves EM and F1" reads "increasing" first too, so the two agreed, every number of the ratios
matched, and the claim was confirmed, although the paper says the scores drop.

The general fact: when the claim and the sentence both print two direction words or more, and
they open with the same direction (the change made), the claim's last direction word (the
effect it asserts) must be said by the sentence after its own first one. `effect_unsaid` finds
the sentences where it is not: the sentence only ever says the other direction of the effect.
Such a sentence decides nothing by its polarity (withheld, not read as a contradiction: which
of its words is the effect would need a parse), nor lends its numbers to a joint support
(source_check.py `_joint_support`: a reading a rule set aside with a reason is no holder), nor
borrows its neighbours' numbers (lent_numbers.py). A claim or sentence with a single direction
word is read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.extract.polarity import direction_of

__all__ = ["EXPLANATION", "effect_unsaid"]

EXPLANATION = ("it says the change the claim names, but its effect only the other way (the "
               "claim's last direction word is not the sentence's)")

_WORD = re.compile(r"[A-Za-z]+")
_UNSURE = frozenset(("up", "down"))  # directions only before "by" (extract/polarity.py)


@lru_cache(maxsize=16384)
def _directions(text: str) -> tuple[str, ...]:
    """The directions of the text's direction words, in order. Remembered per text: every
    claim asks it of each sentence it reads."""
    found = []
    for word in _WORD.findall(text):
        lowered = word.lower()
        if lowered in _UNSURE:
            continue
        direction = direction_of(lowered)
        if direction is not None:
            found.append(direction)
    return tuple(found)


def effect_unsaid(claim_text: str, sentence_text: str) -> bool:
    """True when claim and sentence open with the same direction word's direction, each prints
    a later direction word, and the sentence never says the claim's last direction after its
    first one (module docstring)."""
    claim = _directions(claim_text)
    if len(claim) < 2:
        return False
    sentence = _directions(sentence_text)
    if len(sentence) < 2 or claim[0] != sentence[0]:
        return False
    return claim[-1] not in sentence[1:]
