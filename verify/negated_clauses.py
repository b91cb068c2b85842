"""The clause that holds the claim's words denies them, though the sentence's first clause does
not (held out 19, round 19).

"The RNN Enc-Dec, however, does not preserve the source sequence resolution, a feature that
aggravates learning for long sequences ..." (Kalchbrenner et al., ByteNet, arXiv:1610.10099,
page 5) confirmed the claim "The RNN encoder-decoder preserves the resolution of the source
sequence": the polarity reader (extract/polarity.py) starts a clause at "however", so the
sentence's statement is its first clause, "The RNN Enc-Dec,", which denies nothing; the "does
not preserve" that holds every other word of the claim sits in the second clause. The same
sentence shape, a statement read from a first clause while a later one denies what the claim
says, confirmed "the strings are explicitly segmented into words" from "The English and German
strings are encoded as sequences of characters; no explicit segmentation into words or morphemes
is applied to the strings" (page 6; extract/subject_negations.py reads the second clause's
denial).

The general fact: papers set a subject off by a sentence adverb ("X, however, does not ...")
and join a denial to a description with a semicolon; the clause a claim is read against is the
one that holds its words. When neither the claim nor the sentence's statement names a direction
(a direction has its own clause reading: verify/direction_sides.py) or is negated, but a
negated clause of the sentence holds more of the claim's content words (read by stem:
"segmented" and "segmentation", "explicitly" and "explicit") than every clause that is not
negated, and at least two of them, the sentence denies what the claim asserts: it decides
nothing (`negated_claim_clause`; withheld, not a contradiction: the claim's other words may
belong to the first clause's subject). Both rules here read claims without numbers only: a
claim with numbers is decided by them, and setting its supporting sentence aside let another
sentence's contradiction through (tests/test_redteam3_regressions.py, heldout9's).

The same denial decides for its neighbour. With the "however" sentence set aside, the claim was
confirmed by the sentence after it, "The RCTM 2, the RNN Enc-Dec Att, the Grid LSTM and the
Extended Neural GPU do preserve the resolution, but at a cost of a quadratic running time": it
names the longer "RNN Enc-Dec Att" and prints "preserve" and "resolution", while "source" and
"sequence" come from the title and abstract. Papers set one subject against a list of others in
adjacent sentences ("X does not ...; A, B and C do ..."). When a sentence of the same section
right before or after the confirming one denies the claim (its statement negated, or its clause
with the claim's words, as above) and holds at least as many of the claim's content words, the
claim is that neighbour's statement, and it is denied there: the confirming sentence decides
nothing (`denied_next_door`, for claims without numbers, where a neighbour may lend words).
The other way round, the true "The RNN Enc-Dec does not preserve the source sequence
resolution" was contradicted by the "do preserve" sentence: a neighbour that states the claim
with its own negation, holding at least as many of its words, leaves that sentence's negation
flip undecided (`affirmed_next_door`; for a negated claim only, the denial being what the reader
may miss; a question, "could a TEXTRUNNER-like system learn this model?", states nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Claim, Sentence

from .content_words import GENERIC
from .passages import PassageIndex
from .sibling_sections import stem

__all__ = ["EXPLANATION", "affirmed_next_door", "denied_next_door", "negated_claim_clause"]

EXPLANATION = ("the clause of the passage that holds the claim's words denies them, though its "
               "first clause does not")

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")
_GENERIC_STEMS = frozenset(stem(word) for word in GENERIC)
_STOP = frozenset(stem(word) for word in (
    "that", "this", "these", "those", "with", "from", "into", "than", "their", "there", "which",
    "where", "when", "were", "have", "been", "does", "also", "only", "such", "other", "more",
    "most", "some", "each", "both"))


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in _WORD.findall(text)) - _GENERIC_STEMS - _STOP


def _clause_negation(claim: Claim, sentence: Sentence) -> bool | None:
    """The negation of the sentence's clauses that hold the claim's content words: True when a
    negated clause holds more of them than every other clause and at least two, False when an
    unnegated one does, None when neither (fewer than two, or a tie)."""
    claimed = _stems(claim.text)
    denied = plain = 0
    for clause in sentence.clauses:
        shared = len(claimed & _stems(sentence.text[clause.span[0]:clause.span[1]]))
        if clause.negated:
            denied = max(denied, shared)
        else:
            plain = max(plain, shared)
    if max(denied, plain) < 2 or denied == plain:
        return None
    return denied > plain


def negated_claim_clause(claim: Claim, sentence: Sentence) -> bool:
    """True when a negated clause of the sentence holds more of the claim's content words than
    every clause that is not negated, while neither the claim nor the sentence's statement is
    read as negated or names a direction (module docstring)."""
    if claim.negated or sentence.negated or claim.quantities or len(sentence.clauses) < 2 \
            or claim.direction is not None or sentence.direction is not None \
            or not any(clause.negated for clause in sentence.clauses):
        return False
    return _clause_negation(claim, sentence) is True


def _shared(claimed: frozenset[str], text: str) -> int:
    return len(claimed & _stems(text))


def close_neighbours(claim_text: str, index: PassageIndex, number: int) -> list[Sentence]:
    """The sentences right before and after sentence `number` in its section that go on with
    what it says: each holds at least as many of the claim's content words as it does, two at
    least, and is no question (a question states nothing either way)."""
    sentences = index.sentences
    own = sentences[number]
    claimed = _stems(claim_text)
    held = _shared(claimed, own.text)
    return [sentences[other] for other in (number - 1, number + 1)
            if 0 <= other < len(sentences) and sentences[other].section == own.section
            and not sentences[other].text.rstrip().endswith("?")
            and _shared(claimed, sentences[other].text) >= max(held, 2)]


def _next_door(claim: Claim, index: PassageIndex, number: int, agreeing: bool) -> bool:
    if claim.direction is not None or claim.quantities:
        return False
    for neighbour in close_neighbours(claim.text, index, number):
        if neighbour.direction is not None:
            continue
        negation = _clause_negation(claim, neighbour) if len(neighbour.clauses) > 1 \
            else neighbour.negated
        if negation is not None and (negation == claim.negated) == agreeing:
            return True
    return False


def denied_next_door(claim: Claim, index: PassageIndex, number: int) -> bool:
    """True when a sentence of the same section right before or after sentence `number` holds
    at least as many of the claim's content words as sentence `number` does and its clause
    with them is negated the other way from the claim (module docstring)."""
    return _next_door(claim, index, number, agreeing=False)


def affirmed_next_door(claim: Claim, index: PassageIndex, number: int) -> bool:
    """True when such a neighbour states the claim with the claim's own negation: then sentence
    `number` does not contradict it (module docstring)."""
    return claim.negated and _next_door(claim, index, number, agreeing=True)
