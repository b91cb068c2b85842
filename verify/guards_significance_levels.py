"""A significance level is no measurement: "(at 95%, two-sided Welch t-test, p = 0.021)"
(probe 15).

"The baseline without LM reaches 95.00 F1 on CoNLL 2003 NER" (false: 90.87; 95.00 is the
CoNLL 2000 chunking baseline) was confirmed by "... a statistically significant increase over
the previous best result of 91.62 ±0.33 from Chiu and Nichols (2016) that used gazetteers (at
95%, two-sided Welch t-test, p = 0.021)" (Peters et al. 2017, arXiv:1705.00108): the 95% is
the confidence of a test, not a score of anything. A percentage printed beside the words of a
statistical test or a confidence ("t-test", "significant at", "confidence", "p < 0.05",
"p = 0.021") is a level of that test; a source check that matched a claimed number to it
decides nothing unless the claim itself speaks of such a test (`guard_significance_levels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .guards_passages import printed_at
from .undecided import DECIDING, undecide_by_evidence

# The words of a test: its name, its confidence or level, its p-value. "Significantly" alone
# is no test ("significantly higher at 47.2%" is a measurement, roark13; so is a success rate
# of 71% "significantly" above another, arXiv:2210.03629).
_TEST = re.compile(r"\b[tz]-test|\bconfidence\b|\bp\s*[<=\u2264]\s*0?\.\d|\bp-value|"
                   r"significance\s+level|level\s+of\s+significance|significant\s+at\b|"
                   r"\bsign\s+test|\bwilcoxon|\bmcnemar", re.IGNORECASE)
_NEAR = 45  # characters either side of the percentage


@lru_cache(maxsize=16384)
def is_test_level(quote: str, number: str) -> bool:
    """Whether every printing of `number` as a percentage in `quote` is a test's level
    (remembered per passage and number: asked of each supporting passage of each claim)."""
    places = [(start, end) for start, end in printed_at(quote, number.rstrip("%"), percent=True)
              if quote[end - 1:end] == "%"]
    return bool(places) and all(
        _TEST.search(quote[max(0, start - _NEAR):end + _NEAR]) for start, end in places)


def guard_significance_levels(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check that matched a claimed number to a test's level,
    for a claim that speaks of no test (module docstring). In place."""
    if _TEST.search(claim.text):
        return

    def why(evidence: Evidence) -> str | None:
        quote = evidence.quote or ""
        level = next((pair.found for pair in evidence.numbers
                      if is_test_level(quote, pair.found)), None)
        return None if level is None else (f"Not decided: the passage's {level} is the level "
                                           f"of a statistical test, not a measurement")

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)
