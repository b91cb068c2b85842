"""A negation in the other half of a sentence turned by "but" denies nothing of this half
(probe31b: an ecology report on alien plants in national parks, page 4).

"The total of all species in a quadrat frequently exceeded 100 percent" (true) was
contradicted by "The cover of a particular species could not exceed 100 percent, but the total
of all species in the quadrat frequently exceeded 100 percent": "The claim asserts what the
paper negates". The polarity reader reads the sentence's "not" as the sentence's; but a turn
("but", "whereas", "while", "although", "yet") sets two statements side by side, and the "not"
stands in the first, about one species' cover, while the claim restates the second, which
asserts.

`guard_turned_negations` undecides each source check contradicted on negation (its evidence
noted "contradiction: negation") whose quote turns at such a word into halves, where the half
that shares the most distinctive words with the claim prints no negation while another half
does, and the claim prints none either. The claim that restates the negated half ("The cover of
a particular species could exceed 100 percent", false) shares most with that half and stays
contradicted. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .content_words import GENERIC
from .passages import content_terms
from .undecided import undecide_by_evidence

__all__ = ["guard_turned_negations", "unnegated_half"]

_TURN = re.compile(r"[,;]?\s+\b(?:but|whereas|while|although|though|yet)\b\s+|;\s+", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|none|cannot|neither|nor)\b|n['\u2019]t\b", re.I)


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text)
            if term not in GENERIC and not term[0].isdigit()}


def unnegated_half(claim_text: str, quote: str) -> str | None:
    """The half of `quote` (split at a turn) that shares the most of the claim's distinctive
    words, when it prints no negation while another half does and the claim prints none;
    else None."""
    if _NEGATION.search(claim_text):
        return None
    halves = [half for half in _TURN.split(quote) if half and half.strip()]
    if len(halves) < 2:
        return None
    said = _terms(claim_text)
    shares = [len(_terms(half) & said) for half in halves]
    best = max(shares)
    if shares.count(best) > 1 or best < 2:
        return None
    half = halves[shares.index(best)]
    if _NEGATION.search(half) or not any(_NEGATION.search(other) for other in halves):
        return None
    return half


def guard_turned_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source check contradicted on a negation that stands in another half of a
    turned sentence than the half the claim restates (module docstring). In place."""
    def why(evidence: Evidence) -> str | None:
        if "negation" not in (evidence.note or ""):
            return None
        half = unnegated_half(claim.text, evidence.quote or "")
        if half is None:
            return None
        return ("Not decided: the sentence's negation stands in another half than the one the "
                f"claim restates, \u201c{half.strip()}\u201d")

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), why)
