"""A comparison whose own numbers stand the other way round from its verb.

Round 36's mutation probes on Fan et al. (CVPR 2024, Table 1): "On CIFAR-10 at 3 bits, HAST
(88.34%) underperforms the proposed method (88.04%)" was CONFIRMED by HAST's W3A3 cell, 88.34,
which the claim prints right: the cell check reads a number and the names around it, not the
relation the claim asserts between its two numbers. The claim's own numbers say HAST is the
higher, its verb says the lower, so no reading of one cell can confirm it.

The rule (`against_own_order`): the claim names each side of its comparison with its number in
brackets right after it ("HAST (88.34%) underperforms the proposed method (88.04%)"), both in
the same unit, and the verb's direction ("outperforms", "underperforms", "higher", "lower")
disagrees with their order. Then no supporting source or table check decides. Only withholds:
where lower is better (an error rate) the claim may be true, and it stays unverified.
"""

from __future__ import annotations

import re

from verify_claims.claims import Check, CheckKind, Claim

from .comparisons import _COMPARATIVE, uncited
from .undecided import decided, supporting_sources, undecide

__all__ = ["against_own_order", "guard_own_order"]

own_order_guarded = True
"""Whether a comparison against its own numbers is withheld (a planted-bug test switches it
off)."""

_GAP = re.compile(r"[\s,]*(?:(?:is|are|was|were|remains|stays|still|slightly|clearly|much|"
                  r"far)\s+)*", re.I)
"""What may stand between the left number and the verb: "HAST (88.34%) is slightly lower"."""
_BRACKETED = re.compile(r"\(\s*(?P<value>[-+\u2212]?\d+(?:\.\d+)?)\s*(?P<unit>%?)\s*\)")


def against_own_order(text: str) -> tuple[str, str, str] | None:
    """(left number, verb, right number) when the claim's bracketed numbers on the two sides of
    its comparative stand against the verb's direction; else None."""
    text = uncited(text)
    match = _COMPARATIVE.search(text)
    if match is None:
        return None
    before = list(_BRACKETED.finditer(text[:match.start()]))
    after = _BRACKETED.search(text, match.end())
    if not before or after is None:
        return None
    left = before[-1]
    if not _GAP.fullmatch(text[left.end():match.start()]) or left["unit"] != after["unit"]:
        return None  # the left number must stand right before the verb
    if re.search(r"[;.](?!\d)", text[match.end():after.start()]):
        return None  # the right number is in another clause
    first = float(left["value"].replace("\u2212", "-"))
    second = float(after["value"].replace("\u2212", "-"))
    if first == second:
        return None
    up = match.group("up") is not None
    if up == (first > second):
        return None
    return left.group(), match.group(), after.group()


def guard_own_order(claim: Claim, checks: list[Check]) -> None:
    """Undecide each supporting source or table check of a comparison whose own numbers stand
    against its verb (module docstring). In place."""
    if not own_order_guarded or "(" not in claim.text:
        return
    found = against_own_order(claim.text)
    if found is None:
        return
    left, verb, right = found
    for check in [*supporting_sources(checks), *decided(checks, CheckKind.table)]:
        undecide(check, f"The claim's own numbers, {left} and {right}, stand against its "
                        f"\u201c{verb}\u201d: no reading of one of them confirms it")
