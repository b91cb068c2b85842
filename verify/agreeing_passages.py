"""A contradiction on one number, against a closer passage that prints every claimed number as
the claim gives it (probe21b, issue 11).

A sentence that prints all of a claim's numbers, each agreeing, may still not confirm: the
passage lacks a name or a word of the claim (its subject is two sentences back, or the page's
columns were read out of order). Then a less relevant sentence that gives another count of
the claim's counted noun contradicted it: "Active learning on GameWinner reached precision
1.00 at recall 0.16 by 40 new instances" was contradicted by "Even 20 new instances caused a
dramatic improvement ... from precision 0.48 at recall 0.19 to precision 0.91 at recall 0.21"
while the next sentence reads "..., reaching 1.00 at recall 0.16 by 40 new instances and ..."
(Soderland et al., AI Magazine 2010, p. 100). The sentence with the other count is about
another step of the same experiment; the one that prints every number is where the claim
comes from. So a contradiction is withheld when a passage at least as relevant as the
contradicting one agrees with every claimed number, two or more of them (one shared number
says little about which passage the claim restates).

Likewise when a passage more relevant than the contradicting one prints every number of the
claim, two or more, whether or not the number reader could tie them to it: "The
high-confidence tuple (New Orleans, cruised to, a 31-15 victory) has a confidence of 0.816"
was contradicted by a figure's box read into the prose ("Rule: ... Confidence = 0.833
Extraction from (New Orleans, cruised to, a 31-15 victory)", p. 98: the confidence of a rule
printed before the tuple it was applied to), while Figure 4's box, the closest passage, reads
"High Confidence Tuples: (New Orleans, cruised to, a 31-15 victory) 0.816 (Blake, ...) 0.833"
(p. 96), a listing whose numbers the reader leaves unread. The passage that prints the claim's
words and all its numbers is the claim's source; one further off with another number is not
evidence against it. One number printed in a closer passage is not enough: "A total of 12
participants completed the study" says nothing of the claim "5 of the 12 participants had
completed college", nor "less than 100" of "trains on only 100 images" (red team corpora).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from verify_claims.claims import Sentence

from .number_match import _Pair
from .number_sides import _Side

__all__ = ["agreeing_passage"]


class _Reading(Protocol):
    """What the source check read in one sentence (sentence_reading._Reading)."""

    sentence: Sentence
    side: _Side
    score: float
    pairs: list[_Pair]
    conflict: str | None


def _prints_all(reading: _Reading) -> bool:
    """Whether `reading`'s sentence prints each claimed number, two or more of them, as the
    claim does (read against the claim or not)."""
    printed = {(quantity.value, quantity.decimals) for quantity in reading.side.quantities}
    return len(reading.pairs) >= 2 and all(
        (pair.claimed.value, pair.claimed.decimals) in printed for pair in reading.pairs)


def agreeing_passage(contradicting: _Reading, readings: Sequence[_Reading],
                     relevant: float) -> _Reading | None:
    """A reading other than `contradicting`, scoring at least `relevant`, that reads no other
    way and either scores at least as high and agrees with each of two or more claimed
    numbers, or scores higher and prints them all; None when there is none."""
    return next((reading for reading in readings
                 if reading is not contradicting and reading.score >= relevant
                 and reading.conflict is None
                 and ((reading.score >= contradicting.score and len(reading.pairs) >= 2
                       and all(pair.state == "agree" for pair in reading.pairs))
                      or (reading.score > contradicting.score and _prints_all(reading)))),
                None)
