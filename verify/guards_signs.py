"""A sign a claim asserts that the supporting passage never gives, found by the probe of the
eleventh blind corpus (tests/real/heldout11, round 12).

"Realistically evolving models of voids and superclusters have a negative volume deceleration
parameter" was confirmed by "Now let us examine the volume deceleration parameter within models
of cosmic voids and superclusters." and its neighbour "Figure 4 presents density distribution of
realistically evolving cosmic structures (void—curve 6, supercluster—curve 7)."
(arXiv:0807.3577, p.9): the sentences introduce the quantity; the result, two sentences on,
is that it "is positive". The match weighs the many words of the subject against the one word
that says what the claim asserts of it, its sign. A number-free claim that calls something
"negative" or "positive" asserts that sign; a passage that prints neither the word nor the
sign as a comparison with zero ("< 0", "> 0") does not support it (`guard_unsaid_signs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_unquoted

# "negative", "negatively"; not "negatives" (a count of false negatives is no sign).
_SIGN_WORD = re.compile(r"\b(negative|positive)(?:ly)?\b", re.IGNORECASE)
# The sign written as a comparison with zero: "< 0", "≤ 0", "<0"; "> 0", "≥ 0".
_SYMBOLS = {"negative": re.compile(r"(?:<|\u2264|\u2a7d)\s*0(?![.,]?\d)"),
            "positive": re.compile(r"(?:>|\u2265|\u2a7e)\s*0(?![.,]?\d)")}


def claimed_signs(text: str) -> set[str]:
    """The signs a claim asserts in words: {"negative"}, {"positive"}, both, or none."""
    return {match.group(1).lower() for match in _SIGN_WORD.finditer(text)}


def prints_sign(quote: str, sign: str) -> bool:
    """Whether a passage gives `sign`, in words ("negative", "negatively") or as a comparison
    with zero ("q < 0")."""
    return bool(re.search(rf"\b{sign}(?:ly)?\b", quote, re.IGNORECASE)
                or _SYMBOLS[sign].search(quote))


def guard_unsaid_signs(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check none of whose quotes gives a sign the claim
    asserts (module docstring). In place."""
    if claim.quantities:
        return  # a number is what such a claim asserts; its checks weigh the number
    signs = claimed_signs(claim.text)
    if not signs:
        return
    undecide_unquoted(checks, sorted(signs), prints_sign,
                      lambda sign: f"The passage does not say that it is \u201c{sign}\u201d, "
                                   "the sign the claim asserts")

