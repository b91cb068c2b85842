"""Claimed numbers that a sentence's neighbour gives (the source check's last resort).

Papers spread one statement over two sentences: "When set to its default value of 0.5, ...
As expected, setting cp to a smaller value (0.1) resulted in better performance." A claim
joining them ("setting cp to 0.1 instead of its default of 0.5 improved performance") finds
no sentence with both numbers, and the sentence with the first may score below the relevance
threshold on its own, since it shares only the number with the claim. So a relevant sentence
that agrees with some claimed numbers, reads no other way and names the claim's names may
take the others from its neighbours in the same section (`content.section_neighbours`), when
each agrees there with a number bound to the same thing (not only loosely), the sentence
states the claim's direction and negation, and the passage (the sentence, its neighbours, the
section title) accounts for the whole claim. A sentence that a rule set aside with a reason
(sentence_reading: "it says the change the claim names, but its effect only the other way")
takes nothing from its neighbours, nor lends to them: the rule said it decides nothing
(red team 2's "However, it has far fewer samples (403) than Multi-LexSum does (4,500)", set
aside for a claim about BookSum, must not give BookSum its 4,500 through a neighbour).
Nor does a sentence that prints its own value under the measure word of a number it would
borrow ("GameLoser ... had precision 0.93 at recall 0.32" borrowing TeamFinalScore's precision
0.95 from the sentence before: verify/joint_measures.py).

Nor is a sentence that a rule of verify/sentence_reading.py set aside without a reason
confirmed here when the clause that prints the claim's numbers denies, and the claim does not
(probe28a, round 28). "Abemaciclib significantly improved overall survival at 42 months"
(false) was confirmed by "The study has shown significant improvement in invasive disease-free
survival (IDFS) with abemaciclib ... while the results reporting overall survival (OS) at 42
months did not show a significant difference between the two arms" (Faragalla et al., Curr.
Oncol. 2023, page 2): `contrast_sides.straddles_contrast` had set the sentence aside ("A and B
helped, while C did not": whose is the claim's?), and this last resort, finding every claimed
number agreeing there and none to lend, confirmed the claim from that same sentence, whose 42
stands in the clause that says "did not". A sentence the same rule sets aside for a negation in
another clause than the claim's numbers' ("... 10-30% were precursor cells which labeled for
A2B5 but not GalC, and 5-10% were microglia labeled for esterase", for "5-10% of cells were
microglia labeled for esterase": glia98, tests/test_probe23a_regressions.py) is still read
(`_denied_where_numbered`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from verify_claims.claims import Claim, Sentence

from .clause_numbers import _numbers as clause_numbers
from .clause_numbers import clauses_of
from .content import Accounting, ClaimParts, account, section_neighbours, window_terms
from .joint_measures import mixed_values
from .number_match import _Pair, _read_number
from .number_sides import _sentence_side, _Side
from .passages import PassageIndex, query_text

DENIED_LENDS = False
"""Whether a sentence set aside without a reason may be confirmed here although the clause of
the claim's numbers denies (module docstring: it may not); a switch for the tests."""

_NEGATION = re.compile(r"\b(?:not|no|never|cannot|without)\b|n['\u2019]t\b", re.IGNORECASE)
_NOT_DENYING = re.compile(r"\bnot\s+only\b|\bwhether\s+or\s+not\b|\bif\s+not\b", re.IGNORECASE)


def _denied_where_numbered(claim_text: str, sentence_text: str) -> bool:
    """Whether a clause of the sentence that prints a number of the claim prints a negation
    (not "not only") while the claim prints none (module docstring)."""
    if _NEGATION.search(_NOT_DENYING.sub(" ", claim_text)):
        return False
    claimed = clause_numbers(claim_text)
    return any(_NEGATION.search(_NOT_DENYING.sub(" ", clause))
               for clause in clauses_of(sentence_text) if clause_numbers(clause) & claimed)


class _Reading(Protocol):
    """What the source check read in one sentence (sentence_reading._Reading)."""

    sentence: Sentence
    score: float
    outcome: object
    conflict: str | None
    missing: list[str]
    pairs: list[_Pair]
    position: int
    blocked: bool
    reason: str
    accounting: Accounting | None


def lend_numbers(said: Claim, readings: Sequence[_Reading], claim: _Side, parts: ClaimParts,
                 index: PassageIndex, relevant: float
                 ) -> tuple[_Reading, list[_Pair], list[tuple[int, list[str]]], Accounting] | None:
    """The first reading (best score first) whose missing numbers its neighbours give: the
    reading, its pairs with the lent ones filled in, the lenders' positions with the claimed
    numbers each lends (as the claim prints them), and the passage's accounting; None when
    there is none. The sentence must state the claim's direction and negation itself (a
    neighbour's "lower values did not improve" is not the claim's "lowered")."""
    set_aside = {reading.position for reading in readings if reading.blocked and reading.reason}
    for reading in readings:
        sentence = reading.sentence
        if said.negated != sentence.negated or (
                said.direction is not None and said.direction != sentence.direction):
            continue
        if reading.score < relevant or reading.outcome is not None or reading.conflict \
                or (reading.blocked and (reading.reason or (
                    not DENIED_LENDS and _denied_where_numbered(said.text, sentence.text)))) \
                or reading.missing or not reading.pairs \
                or not any(pair.state == "agree" for pair in reading.pairs):
            continue
        pairs = list(reading.pairs)
        holders = [reading.position] * len(pairs)  # the sentence giving each number
        lenders: list[int] = []
        for slot, pair in enumerate(pairs):
            if pair.state == "agree":
                continue
            if pair.state != "unknown":
                break  # the sentence itself gives another value: nothing to lend
            for other in section_neighbours(index, reading.position):
                if other in set_aside:
                    continue  # a rule said this sentence decides nothing for the claim
                lent = _read_number(slot, claim, _sentence_side(index, other))
                if lent.state == "agree" and lent.binding != "loose":
                    pairs[slot] = lent
                    holders[slot] = other
                    lenders.append(other)
                    break
            else:
                break
        else:
            if mixed_values(list(zip(holders, pairs, strict=True)), query_text(said), claim,
                            {position: (index.sentences[position].text,
                                        _sentence_side(index, position))
                             for position in set(holders)}):
                continue  # it prints its own value of a number it borrows (joint_measures)
            accounting = account(parts, window_terms(index, reading.position), index,
                                 [reading.sentence])
            if accounting.confirms:
                return reading, pairs, [
                    (other, [pair.claimed.text for pair, holder in zip(pairs, holders,
                                                                       strict=True)
                             if holder == other])
                    for other in sorted(set(lenders))], accounting
    return None
