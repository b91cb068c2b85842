"""A closer passage that states the claim and denies it outweighs a looser one that lends it.

"The algorithm by Praczyk and Nogueras-Iso generalized well to the domain of computer science
papers" is false: Clark and Divvala (Looking Beyond Text, 2015, page 6) write that it "did not
generalize well to the domain of computer science papers". With that sentence set aside for its
negation (verify/unread_negations.py), the claim was confirmed by two sentences of the
introduction that together print "the domain of computer science papers" and "(Praczyk and
Nogueras-Iso 2013)" (match score 0.53), neither of which says anything of generalizing.

The general fact: a paper states a thing once, in the sentence that prints it; other sentences
that share its names speak of something else. When the sentence that matches the claim best
(a higher score than the supporting passage) was set aside because it denies what the claim
asserts (a negation the polarity reader did not place, or a negated clause holding the claim's
words: `DENIALS`), the looser support decides nothing: the paper's own statement of the claim
is the denial (`closer_denial`). Only for claims without numbers: a number is decided by the
number, wherever it is printed. The source check then decides nothing at all: a contradiction
read elsewhere in the paper was outweighed by that support, and its own reading is no surer
("The minimum learning rate is .025", whose number no parser reads, against "we did not tune
the initial and minimum learning rates", arXiv:1607.05368, page 5, is no negation flip).

A denial by a word's negating prefix counts the same (round 35, mutation probes): "Red and
magenta could be distinguished in the colour experiments" (false) was confirmed by the next two
sentences, "red/ magenta, blue and green closely resemble a grey tint ... Yellow and cyan lie
farthest apart, providing the best distinction" (score 0.50), while the closer sentence "red and
magenta are indistinguishable" had been set aside by verify/prefixed_negations.py (Vos et
al., IMTC 1996, page 3).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from verify_claims.claims import Claim

from .negated_clauses import EXPLANATION as NEGATED_CLAUSE
from .prefixed_negations import EXPLANATION as PREFIXED_DENIAL
from .unread_negations import EXPLANATION as UNREAD_NEGATION

__all__ = ["DENIALS", "closer_denial"]

DENIALS = frozenset((UNREAD_NEGATION, NEGATED_CLAUSE, PREFIXED_DENIAL))
"""The reasons a reading is set aside for denying the claim's words."""


class _Reading(Protocol):
    """What the source check read in one sentence (sentence_reading._Reading)."""

    score: float
    blocked: bool
    reason: str


def closer_denial(claim: Claim, support: _Reading,
                  readings: Iterable[_Reading]) -> _Reading | None:
    """The reading, scoring higher than `support`, set aside for denying the claim, when the
    claim has no numbers; else None (module docstring)."""
    if claim.quantities:
        return None
    candidates: Sequence[_Reading] = [reading for reading in readings
                                      if reading.blocked and reading.reason in DENIALS]
    return next((reading for reading in candidates if reading.score > support.score), None)
