"""A passage that says something of "only" one thing does not confirm it of two (round 26,
probe26a).

"The object beam and the reference beam are both mounted in a micrometer translation stage"
(false; Solis et al., Biomed. Opt. Express 2012, page 3) was confirmed at match score 0.90 by
"Only the object beam is mounted in a micrometer translation stage" and its neighbour, which
names the reference beam ("one serves as the reference beam and the other as the object beam").
The passage restricts what it says to one thing of its kind ("only the object beam"); a claim
that says it of two things of that kind (the head noun twice, or "both") says what the passage
denies of the other. Its support decides nothing (`only_one`); it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, undecide_by_evidence

# "Only the object beam is mounted": the noun phrase that "only" restricts, before its verb.
_ONLY = re.compile(r"(?:^|[.;:]\s+)Only\s+(?:the\s+|one\s+|a\s+)?((?:[\w-]+\s+){0,3}[\w-]+?)\s+"
                   r"(?:is|are|was|were|has|have|had|can|could|will|would)\b")
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)


def _heads(word: str) -> re.Pattern[str]:
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return re.compile(rf"\b{re.escape(stem)}s?\b", re.IGNORECASE)


def only_one(claim_text: str, quote: str) -> str | None:
    """The phrase `quote` restricts by "only" when the claim says the same of two things of
    its kind (module docstring); else None."""
    found = _ONLY.search(quote)
    if found is None:
        return None
    phrase = found[1]
    head = phrase.split()[-1]
    said = len(_heads(head).findall(claim_text))
    if said >= 2 or (said == 1 and _BOTH.search(claim_text)):
        return phrase
    return None


def guard_only_subjects(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage restricts what it says to "only"
    one thing the claim says it of, with another (module docstring). In place."""
    if " and " not in claim.text and not _BOTH.search(claim.text):
        return
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, lambda evidence: (
        f"Not confirmed: the passage says it of only \u201c{phrase}\u201d, the claim of two"
        if (phrase := only_one(claim.text, evidence.quote or "")) else None))
