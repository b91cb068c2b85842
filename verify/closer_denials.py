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

The closer sentence may also be read as a plain flip rather than set aside (round 35,
tests/test_probe35a_regressions.py): "The tri-training method improves the baseline" is false;
Wang et al. (Unsupervised Learning Helps Supervised Neural Word Segmentation, AAAI 2019, page
7) write "the tri-training method does not improve the baseline" (score 0.94, a negation flip),
yet the claim was confirmed by a looser passage (score 0.59) whose only "improve" is the aim of
the method it introduces ("Aiming at leveraging unlabeled data to improve the performance of
supervised model ..., tri-training, relies on three basic models"): support outweighs any
contradiction. A reading that contradicts a claim without numbers and scores higher than its
support is the paper's own statement of the claim too (`_closer_flip`), and the looser support
decides nothing either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from verify_claims.claims import Claim, Outcome

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
    outcome: Outcome | None


def closer_denial(claim: Claim, support: _Reading,
                  readings: Iterable[_Reading]) -> _Reading | None:
    """The reading, scoring higher than `support`, set aside for denying the claim, when the
    claim has no numbers; else None (module docstring)."""
    if claim.quantities:
        return None
    candidates: Sequence[_Reading] = [reading for reading in readings
                                      if reading.blocked and reading.reason in DENIALS
                                      or _closer_flip(claim, reading)]
    return next((reading for reading in candidates if reading.score > support.score), None)


def _closer_flip(claim: Claim, reading: _Reading) -> bool:
    """Whether the source check read `reading` as contradicting the claim (a negation or
    direction flip: the claim has no numbers) of a direction the claim states (its
    "improves" against "does not improve"), which outweighs a looser support (module
    docstring). A claim that states no direction is left alone: its flip is read from a
    negation anywhere in the sentence ("to classify patient encounters as septic or not"
    against "the latent function values ... are fed into a deep recurrent neural network",
    futoma17, whose closest sentence is the claim's own)."""
    return reading.outcome == Outcome.contradicted and claim.direction is not None
