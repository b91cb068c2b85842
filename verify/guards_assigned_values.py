"""A value set by "=" in the passage ("lg = 1") met by a claimed measurement only through
rounding (red team 4, probes).

A number printed after "=" gives a setting its exact value: "the H-VILA models with lg = 1
and lp = 12" sets a layer count, it rounds nothing. The fourth probe of the fourth red-team
corpus (tests/real/redteam4, VILA, arXiv:2106.00676) claimed "H-VILA with text lines has a group
category inconsistency of 1.07 on GROTOAP2" (false: 0.32; 1.07 is DocBank's), and that sentence
confirmed it: 1.07 lies within the rounding of a printed "1". A printed number agrees with a
claimed one by rounding only when it is a rounded measurement; an assigned value agrees only
with itself (`assigned_only`).

A rounding has a second reader to ask (red team 11, round 20): "Combining Dahl et al.'s
Restricted Boltzmann Machines model with bag-of-words yields an improvement of about 2% in error
rate" (false: 1.5%) was confirmed by "The combination of two models yields an improvement
approximately 1.5% in terms of error rates" (Le and Mikolov, arXiv:1405.4053, page 6): 1.5
rounds to 2. Two sentences on, the paper prints "2%" itself, for another method ("NBSVM on
bigram features ... yields a considerable improvement of 2%"). When the paper prints the claimed
number exactly, at the claim's precision, within two sentences of the passage, the claim means
that number, and a rounding of another is no agreement (`printed_nearby`).

Neither names a paper, system or number; each reads only what the claim and the paper print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .undecided import supporting_sources, undecide


def assigned_only(passage: str, found: str) -> bool:
    """Whether every place the passage prints `found` is right after "=" ("lg = 1")."""
    number = re.escape(found.strip())
    printed = re.findall(rf"(?<![\w.]){number}(?![\w.]\d|\d)", passage)
    assigned = re.findall(rf"=\s*{number}(?![\w.]\d|\d)", passage)
    return bool(printed) and len(printed) == len(assigned)


_NEAR = 2  # sentences before and after the passage's own asked for the claimed number


def printed_nearby(paper: Paper, quote: str, claimed: float, decimals: int | None) -> str | None:
    """A sentence within `_NEAR` sentences of the one `quote` prints (in its section) that
    prints the number `claimed` exactly at the claim's precision; else None."""
    sentences = paper.sentences
    for at, sentence in enumerate(sentences):
        if not sentence.text or sentence.text not in quote:
            continue
        for near in sentences[max(0, at - _NEAR):at + _NEAR + 1]:
            if near is sentence or near.section != sentence.section or near.text in quote:
                continue
            if any(quantity.value is not None and abs(quantity.value - claimed) <= 1e-9
                   and (quantity.decimals or 0) == (decimals or 0)
                   for quantity in near.quantities):
                return near.text
    return None


def _decimals(text: str) -> int:
    match = re.search(r"\.(\d+)", text)
    return len(match.group(1)) if match else 0


def guard_assigned_values(claim: Claim, checks: Iterable[Check],
                          paper: Paper | None = None) -> None:
    """Undecide each supporting source check that agrees with a claimed number only through
    the rounding of a value the passage assigns with "=", or of a number while the paper prints
    the claimed one near the passage (`printed_nearby`). In place."""
    for check in list(supporting_sources(checks)):
        near = None
        if paper is not None:
            near = next((found for evidence in check.evidence for pair in evidence.numbers
                         if pair.agree and pair.claimed_value is not None
                         and pair.found_value is not None
                         and abs(pair.claimed_value - pair.found_value) > 1e-9
                         and (found := printed_nearby(paper, evidence.quote or "",
                                                      pair.claimed_value,
                                                      _decimals(pair.claimed)))), None)
        if near is not None:
            undecide(check, f"The claimed number agrees with the passage's only by rounding, "
                            f"and the paper prints it exactly nearby: \u201c{near}\u201d")
            continue
        for evidence in check.evidence:
            rounded = [pair for pair in evidence.numbers if pair.agree
                       and abs(pair.claimed_value - pair.found_value) > 1e-9
                       and assigned_only(evidence.quote or "", pair.found)]
            if rounded:
                pair = rounded[0]
                undecide(check, f"The passage sets a value with \u201c= {pair.found}\u201d, which "
                                f"is exact and does not round to the claimed {pair.claimed}")
                break
