"""A sentence that contrasts two named things, read with the names the other way round.

"The PMOS transistor presents high and opposite piezoresistive coefficients while the
coefficients for the NMOS transistor are smaller and of the same sign" (arXiv:2201.13352)
confirmed "The NMOS transistors show large piezoresistive coefficients of opposite signs, while
the PMOS coefficients are smaller and of the same sign": every word of the claim is in the
sentence, with the same direction and negation, but the two names have changed places, and
with them everything the sentence says of each.

The general fact: a sentence that contrasts two things in two clauses ("A ... while B ...",
"A ..., whereas B ...", "A ..., but B ...") says the first clause of A and the second of B.
When a claim contrasts the same two names in the same two clauses, keeps each clause's
wording in its place (each claim clause shares more words with the sentence clause in the same
position than with the other one) but puts each name in the other clause, it says of A what
the sentence says of B: the sentence never supports it (`guard_swapped_sides`). A claim that
moves the wording with the names ("B ... while A ...") says the same thing in another order
and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .coined_names import coined
from .content_words import GENERIC
from .passages import content_terms
from .undecided import supporting_sources, undecide

_TURN = re.compile(r",?\s*\b(?:while|whereas|but)\b\s*", re.IGNORECASE)


def _halves(text: str) -> tuple[str, str] | None:
    turns = list(_TURN.finditer(text))
    if len(turns) != 1:
        return None
    return text[:turns[0].start()], text[turns[0].end():]


def _names(text: str) -> set[str]:
    return set(coined(text))


def _wording(text: str, names: set[str]) -> set[str]:
    return {term for term in content_terms(text)
            if not term[0].isdigit() and term not in GENERIC and term not in names}


def swapped_sides(claim: str, sentence: str) -> tuple[str, str] | None:
    """The two names the claim puts in each other's clause (module docstring), or None."""
    mine, theirs = _halves(claim), _halves(sentence)
    if mine is None or theirs is None:
        return None
    claim_names = [_names(half) for half in mine]
    sentence_names = [_names(half) for half in theirs]
    first = (claim_names[0] - claim_names[1]) & (sentence_names[1] - sentence_names[0])
    second = (claim_names[1] - claim_names[0]) & (sentence_names[0] - sentence_names[1])
    if not first or not second:
        return None
    names = first | second | claim_names[0] | claim_names[1]
    words = [_wording(half, names) for half in mine]
    printed = [_wording(half, names) for half in theirs]
    kept = all(len(words[k] & printed[k]) > len(words[k] & printed[1 - k]) for k in (0, 1))
    return (sorted(first)[0], sorted(second)[0]) if kept else None


def guard_swapped_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence says of one contrasted name what
    the claim says of the other (module docstring). In place."""
    if not _TURN.search(claim.text):
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            if evidence.quote and (swapped := swapped_sides(claim.text, evidence.quote)):
                undecide(check, f"Not confirmed: the passage says of '{swapped[1]}' what the "
                                f"claim says of '{swapped[0]}', and the reverse")
                break
