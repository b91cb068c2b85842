"""A value set by "=" in the passage ("lg = 1") met by a claimed measurement only through
rounding (red team 4, probes).

A number printed after "=" gives a setting its exact value: "the H-VILA models with lg = 1
and lp = 12" sets a layer count, it rounds nothing. The fourth probe of the fourth red-team
corpus (tests/real/redteam4, VILA, arXiv:2106.00676) claimed "H-VILA with text lines has a group
category inconsistency of 1.07 on GROTOAP2" (false: 0.32; 1.07 is DocBank's), and that sentence
confirmed it: 1.07 lies within the rounding of a printed "1". A printed number agrees with a
claimed one by rounding only when it is a rounded measurement; an assigned value agrees only
with itself (`assigned_only`).

It names no paper, system or number; it reads only what the claim and passage print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide


def assigned_only(passage: str, found: str) -> bool:
    """Whether every place the passage prints `found` is right after "=" ("lg = 1")."""
    number = re.escape(found.strip())
    printed = re.findall(rf"(?<![\w.]){number}(?![\w.]\d|\d)", passage)
    assigned = re.findall(rf"=\s*{number}(?![\w.]\d|\d)", passage)
    return bool(printed) and len(printed) == len(assigned)


def guard_assigned_values(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that agrees with a claimed number only through
    the rounding of a value the passage assigns with "=". In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            rounded = [pair for pair in evidence.numbers if pair.agree
                       and abs(pair.claimed_value - pair.found_value) > 1e-9
                       and assigned_only(evidence.quote or "", pair.found)]
            if rounded:
                pair = rounded[0]
                undecide(check, f"The passage sets a value with \u201c= {pair.found}\u201d, which "
                                f"is exact and does not round to the claimed {pair.claimed}")
                break
