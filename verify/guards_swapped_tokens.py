"""A claim that is the passage's own words with two of them swapped is not confirmed by it.

"Versions with Greek L1 and Japanese L2 are in preparation" was confirmed, at match score 1.00,
by footnote 2 of the ISCA speech-courses paper (tests/real/papers/isca_speech_courses.pdf, read
since round 33): "Versions with Japanese L1 and Greek L2 are in preparation." Fuzzy matching
sorts words, so a swap costs it nothing, and the comparison and side readers only turn on
comparatives and contrast words. The general fact: a passage that prints the claim's words in
the same order but for two that trade places (a transposition) says something else of each of
them; it confirms nothing (`swapped_pair`), unless the two are the conjuncts of a plain list
("A and B", "B and A"). Contradictions are left alone: which of the two
readings is meant, the swap alone does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_swapped_tokens", "swapped_pair"]

_WORD = re.compile(r"[^\W_]+(?:[-.'][^\W_]+)*")


# Two conjuncts of a plain list trade places without changing what is said ("A and B").
_CONJOINED = ([], ["and"], ["or"], ["nor"], ["as", "well", "as"])


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def swapped_pair(claim_text: str, quote: str) -> tuple[str, str] | None:
    """The two words the claim swaps, where a stretch of the quote as long as the claim prints
    the claim's words in its order but for those two, each in the other's place; else None."""
    claim = _words(claim_text)
    words = _words(quote)
    size = len(claim)
    if size < 3 or len(words) < size:
        return None
    for start in range(len(words) - size + 1):
        stretch = words[start:start + size]
        differ = [place for place in range(size) if stretch[place] != claim[place]]
        if len(differ) == 2:
            first, second = differ
            if claim[first] == stretch[second] and claim[second] == stretch[first] \
                    and claim[first + 1:second] not in _CONJOINED:
                return claim[first], claim[second]
    return None


def guard_swapped_tokens(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check one of whose quotes prints the claim with two of
    its words swapped (module docstring). In place."""

    def why(evidence: Evidence) -> str | None:
        pair = swapped_pair(claim.text, evidence.quote or "")
        return None if pair is None else (
            f"The passage prints the claim's words with \u201c{pair[0]}\u201d and "
            f"\u201c{pair[1]}\u201d in each other's place")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
