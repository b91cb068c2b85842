"""A claim that prints a word where the passage prints its negated form ("balanced" for
"imbalance") is not confirmed by it (round 34: mutation probes).

"The balanced assignment reduces the precision of the impact estimates by less than two percent
compared with a balanced 50-50 design" was confirmed by "This imbalance reduces the precision of
the impact estimates by less than two percent (compared to a balanced 50-50 design)" (Head
Start Impact Study): the passage prints "balanced" once, for the design it compares with, and
the claim's first "balanced" was matched to it as well. The general fact: a word stem the claim
prints more often than the passage, where the passage prints the same stem under a negating
prefix ("un-", "in-", "im-", "ir-", "il-", "dis-", "non-") and the claim does not, stands where
the passage says the opposite. Only withholds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_prefixed_opposites", "prefixed_opposite"]

_WORD = re.compile(r"[a-z]+")
_HYPHENED = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PREFIXES = ("non", "dis", "un", "in", "im", "ir", "il")
_STEM = 5  # letters that name a stem ("balanced", "balance": "balan")


def _stems(text: str) -> Counter[str]:
    return Counter(word[:_STEM] for word in _WORD.findall(text.casefold()) if len(word) >= _STEM)


def _negated_stems(text: str) -> dict[str, str]:
    """{stem: word} of the words of `text` that are a negating prefix on a stem of at least
    `_STEM` letters ("imbalance": "balan")."""
    found: dict[str, str] = {}
    # "non-redundant" and "nonredundant" are one word: the hyphen goes
    for word in _HYPHENED.findall(text.casefold()):
        word = word.replace("-", "")
        for prefix in _PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= _STEM:
                found.setdefault(rest[:_STEM], word)
    return found


def prefixed_opposite(claim_text: str, quote: str) -> tuple[str, str] | None:
    """(the claim's stem, the passage's prefixed word) where the claim prints a stem more often
    than the passage and the passage prints its negated form, which the claim does not (module
    docstring); else None."""
    claimed, printed = _stems(claim_text), _stems(quote)
    negated_in_claim = _negated_stems(claim_text)
    for stem, word in _negated_stems(quote).items():
        if stem in negated_in_claim or claimed[stem] <= printed[stem]:
            continue
        # the prefixed word is itself one of the claim's stems ("information" is no negated
        # "formation" when the claim says "information" too)
        if word[:_STEM] in claimed:
            continue
        return stem, word
    return None


def guard_prefixed_opposites(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote negates by a prefix a word the claim
    prints plain (module docstring). In place."""
    def why(evidence: Evidence) -> str | None:
        found = prefixed_opposite(claim.text, evidence.quote or "")
        if found is None:
            return None
        return (f"Not confirmed: the passage prints \u201c{found[1]}\u201d where the claim's "
                "word has no negating prefix")

    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
