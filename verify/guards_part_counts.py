"""A count of a part of a stated whole against a claimed count larger than that whole
(probe36b, round 36: Won et al., JAMA Neurology 2024, p. 388).

"All 531 patients were followed up for 1 year" was contradicted by "Among the 142 patients
examined, 40 patients (35%) were lost to follow-up, and as such, 102 patients (66%) were
eligible for the follow-up analysis": the claim's 531 was set against the 40. The sentence
first names its whole ("Among the 142 patients"), and every count after it is a part of those
142; a claimed count larger than the whole counts other patients (here all those of the study,
before matching), and no part of the 142 can disagree with it.

The rule (`larger_than_whole`): a contradicting source check whose disagreeing number the
passage prints after a whole "among / of / in the <N> [word] <noun>s" of a noun the claim also
counts, the number smaller than N, and the claim's number larger than N. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import undecide_by_evidence

__all__ = ["guard_part_counts", "larger_than_whole"]

_WHOLE = re.compile(r"\b(?:among|of|in)\s+(?:the|these|those|all)\s+(?P<whole>\d[\d,]*)\s+"
                    r"(?:[a-z][\w\-]*\s+)?(?P<noun>[a-z]{3,}s)\b", re.I)


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("%"))
    except ValueError:
        return None


def larger_than_whole(claim_text: str, claimed: str, found: str, quote: str) -> str | None:
    """The whole ("142 patients") the quote's `found` count is a part of, when the claim's
    `claimed` count exceeds it and the claim counts the same noun; else None."""
    claim_value, found_value = _value(claimed), _value(found)
    if claim_value is None or found_value is None or "%" in claimed or "%" in found:
        return None
    words = {word.casefold() for word in re.findall(r"[A-Za-z]+", claim_text)}
    for match in _WHOLE.finditer(quote):
        whole = _value(match["whole"])
        noun = match["noun"].casefold()
        if whole is None or not ({noun, noun[:-1]} & words):
            continue
        after = quote[match.end():]
        printed = re.search(rf"(?<![\d.,]){re.escape(found)}(?![\d.,]*\d)", after)
        if printed and found_value < whole < claim_value:
            return f"{match['whole']} {match['noun']}"
    return None


def guard_part_counts(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose disagreeing number is a part of a whole
    smaller than the claim's count (module docstring). In place."""

    def why(evidence) -> str | None:
        for pair in evidence.numbers:
            if pair.agree:
                continue
            whole = larger_than_whole(claim.text, pair.claimed, pair.found, evidence.quote)
            if whole:
                return (f"The passage's {pair.found} is a part of its {whole}; the claim's "
                        f"{pair.claimed} counts a larger whole")
        return None

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), why)
