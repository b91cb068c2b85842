"""A number the paper gives as an upper bound ("up to 25x") contradicts no smaller claimed
value (round 24, own probe of Gal et al., Trace-based Just-in-Time Type Specialization for
Dynamic Languages, PLDI 2009).

"math-spectral-norm achieves a 7.12x speedup" (true: Figure 13) was contradicted by "Tracing
achieves the best speedups in integer-heavy benchmarks, up to the 25x speedup on
bitops-bitwise-and" (page 10): the passage's 25x is the largest speedup of all, another
benchmark's, and every value below it agrees with it.

The general fact: a number printed after "up to", "as much as", "as high as", "as many as" or
"at most" says the most the quantity reaches, not what it is. A claimed value of that size or
below is within the bound and is not contradicted by it; only a claim that states a bound or
an extreme of its own ("up to 20x", "the largest speedup is 20x", "at most", "maximum", "best",
"highest") says the same kind of thing and may be contradicted. A claimed value above the bound
is contradicted as before. It names no paper, system or number; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .undecided import undecide_by_evidence

__all__ = ["bounded_above", "guard_upper_bounds"]

_BOUND_BEFORE = re.compile(r"(?:\bup\s+to|\bas\s+(?:much|high|many|large|long)\s+as|\bat\s+most"
                           r"|\bno\s+more\s+than)\s+(?:the\s+|a\s+|an\s+)?[~\u2248]?\s*$",
                           re.IGNORECASE)
# A claim that states a bound or an extreme of its own: the same kind of statement.
_CLAIMED_EXTREME = re.compile(
    r"\b(?:up\s+to|at\s+most|as\s+(?:much|high|many|large|long)\s+as|no\s+more\s+than"
    r"|max(?:imum|imal)?|peak|best|top|highest|largest|greatest|biggest|most|fastest|record"
    r"|all|every|each|only|[a-z]+est)\b", re.IGNORECASE)
_NUMBER_AT = r"(?<![\w.]){}(?![\w.]*\d)"


def bounded_above(quote: str, printed: str) -> bool:
    """Whether every printing of the number `printed` in `quote` follows "up to" or a like
    bound (module docstring)."""
    places = [match.start() for match in re.finditer(_NUMBER_AT.format(re.escape(printed)),
                                                     quote)]
    return bool(places) and all(_BOUND_BEFORE.search(quote[max(0, at - 40):at])
                                for at in places)


def guard_upper_bounds(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose passage gives its number only as an
    upper bound that the claimed value stays within (module docstring). In place."""
    if _CLAIMED_EXTREME.search(claim.text):
        return

    def why(evidence: Evidence) -> str | None:
        pairs = [pair for pair in evidence.numbers if not pair.agree and pair.found]
        if not pairs or not all(
                pair.claimed_value is not None and pair.found_value is not None
                and pair.claimed_value <= pair.found_value
                and bounded_above(evidence.quote or "", pair.found) for pair in pairs):
            return None
        return (f"The passage gives {pairs[0].found} as an upper bound (\u201cup to\u201d); "
                f"the claim's {pairs[0].claimed} is within it")

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), why)
