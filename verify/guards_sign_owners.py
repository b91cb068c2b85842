"""A sign the supporting sentence gives to another subject than the claim's (probe37b, round 37:
Mausbach et al., Health Psychology 31:4 (2012), abstract, p. 433).

"A significant negative association was found between leisure satisfaction and FMD (p = .050)"
(false) was confirmed by "A significant and positive association was found between leisure
satisfaction and FMD (p = .050), whereas a negative relationship was found for stress (p =
.017).": the sentence prints "negative", but for stress, in the clause after "whereas"; of
leisure satisfaction it says "positive". Abstracts in psychology and medicine pair opposite
findings in one sentence ("X was positively related to Y, whereas Z was negatively related"),
so the sign word alone says nothing of which subject carries it.

The rule (`sign_of_another`): the claim asserts one sign ("negative" or "positive", or their
adverbs); the supporting sentence (its first quote) prints both, in different clauses (split at
"whereas", "while", "but", "although", "in contrast", a semicolon); the clauses that print the
opposite sign share more of the claim's words than any clause printing the claim's sign. The
sentence then gives the claim's subject the other sign, and supports nothing. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .guards_signs import claimed_signs
from .undecided import undecide_by_sentence

__all__ = ["guard_sign_owners", "sign_of_another"]

_OPPOSITE = {"negative": "positive", "positive": "negative"}
_CLAUSE_BREAK = re.compile(r";|,?\s*\b(?:whereas|while|but|although|in contrast)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")
# Words that say nothing of which subject a clause speaks of.
_PLAIN = frozenset((
    "significant", "significantly", "association", "associated", "relationship", "related",
    "relation", "found", "were", "was", "with", "between", "that", "this", "there", "which",
    "have", "been", "also", "correlation", "correlated", "effect", "effects", "negative",
    "negatively", "positive", "positively", "strong", "strongly", "weak", "weakly"))


def _words(text: str) -> set[str]:
    return {word.casefold()[:6] for word in _WORD.findall(text)
            if word.casefold() not in _PLAIN}


def _prints(clause: str, sign: str) -> bool:
    return bool(re.search(rf"\b{sign}(?:ly)?\b", clause, re.I))


def sign_of_another(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's sign, the sign the sentence gives the claim's subject) when the sentence
    prints both signs in different clauses and a clause of the opposite sign shares more of
    the claim's words than every clause of the claim's sign; else None."""
    signs = claimed_signs(claim_text)
    if len(signs) != 1:
        return None
    sign = next(iter(signs))
    opposite = _OPPOSITE[sign]
    clauses = _CLAUSE_BREAK.split(sentence)
    own = [clause for clause in clauses if _prints(clause, sign)]
    other = [clause for clause in clauses if _prints(clause, opposite)]
    if not own or not other or any(_prints(clause, opposite) for clause in own):
        return None
    subject = _words(claim_text)
    if max(len(subject & _words(clause)) for clause in other) > max(
            len(subject & _words(clause)) for clause in own):
        return sign, opposite
    return None


def guard_sign_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence gives the claim's sign to another
    subject and the other sign to the claim's (module docstring). In place."""
    if not claimed_signs(claim.text):
        return

    def why(quote: str) -> str | None:
        found = sign_of_another(claim.text, quote)
        return None if found is None else (
            f"The sentence says \u201c{found[0]}\u201d of another subject; of the claim's it "
            f"says \u201c{found[1]}\u201d")

    undecide_by_sentence(checks, why)
