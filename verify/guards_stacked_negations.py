"""A claim that stacks two negations ("is not never more than 2.5", "not without") confirms
nothing that does not stack them too (round 34: mutation probes).

"The performance ratio for the minsum criterion is not never more than 2.5" was confirmed by
"... is never more than 2.5" (Dutot et al.'s bicriteria scheduling paper): the polarity reader
counts a statement negated or not, and two negations in a row read as one. Whether "not never"
means "sometimes", a hedge or a slip, it is not what a passage with one negation says, so a
supporting check whose quote does not print the same stack is set aside. Contradictions are
left alone: a claim that stacks negations can still be false on its numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_stacked_negations", "stacked_negation"]

# Two negators in a row: "not never", "never not", "not no", "not without", "n't never".
_STACKED = re.compile(
    r"\b(?:not|never|n[o']t)\s+(?:never|no|none|nothing|nobody|nowhere|without|not|neither)\b|"
    r"n't\s+(?:never|no|none|nothing|nobody|nowhere|without|neither)\b", re.IGNORECASE)


def stacked_negation(text: str) -> str | None:
    """The first two negators in a row in `text` ("not never"), lowercased, or None."""
    found = _STACKED.search(text)
    return None if found is None else " ".join(found.group().casefold().split())


def guard_stacked_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting check whose quote does not print the claim's stacked negation
    (module docstring). In place; only withholds."""
    stacked = stacked_negation(claim.text)
    if stacked is None:
        return

    def why(evidence: Evidence) -> str | None:
        if stacked_negation(evidence.quote or "") == stacked:
            return None
        return (f"Not confirmed: the claim stacks two negations (\u201c{stacked}\u201d), "
                "which the passage does not; what they assert together is not what it says")

    for kind in (CheckKind.source, CheckKind.table):
        undecide_by_evidence(checks, kind, SUPPORTING, why)
