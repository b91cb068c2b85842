"""Precision guard: numbers a passage prints in brackets after their owners ("models that are
sensitive to word order (76.3) and of those that are not (76.6)"), claimed for each other's
owners.

Round 37 (probe37a, Hill, Cho and Korhonen, NAACL 2016, "Learning Distributed Representations of
Sentences from Unlabelled Data", page 7): "Across the supervised evaluations, models sensitive
to word order average 76.6, against 76.3 for those that are not" (false: the order-sensitive
models average 76.3) was CONFIRMED by "The average scores of models that are sensitive to word
order (76.3) and of those that are not (76.6) are approximately the same across supervised
evaluations": the sentence check compares the two numbers as a set, and every word is there.
`guards_crossed_numbers` reads sides split by "against", "while", ", and"; this sentence joins
its two sides by a bare "and", and sets each number in brackets right after its own words.

The general fact: a bracketed number printed right after a stretch of words belongs to that
stretch (from the sentence's start, or the previous bracketed number, up to the bracket). When
a claim gives one of two such numbers to words (its side of the claim, split as
`guards_crossed_numbers` splits it) that the passage prints only in the other number's stretch,
and none of the stretch of its own, the passage gives the claim's number to another thing: it
never supports the claim (`bracketed_owner`). Only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .guards_crossed_numbers import _SIDE_BY_SIDE, _content, _printed
from .undecided import supporting_sources, undecide

__all__ = ["bracketed_owner", "guard_bracketed_owners"]

bracketed_owners_guarded = True
"""Whether a number claimed for the other bracketed owner is withheld (a planted-bug test
switches it off)."""

_BRACKETED = re.compile(r"\(\s*(?P<number>[-+\u2212]?\d[\d,]*(?:\.\d+)?)\s*%?\s*\)")


def _stretches(passage: str) -> dict[str, set[str]]:
    """Each number the passage prints once in brackets, with the content words of the stretch
    right before it (from the previous bracketed number, or the start)."""
    found: dict[str, set[str]] = {}
    seen: list[str] = []
    start = 0
    for match in _BRACKETED.finditer(passage):
        number = match["number"]
        seen.append(number)
        found[number] = _content(passage[start:match.start()])
        start = match.end()
    return {number: words for number, words in found.items() if seen.count(number) == 1}


def _claim_side(claim: str, number: str, numbers: list[str]) -> set[str] | None:
    """The content words of the one side of the claim that prints `number` and no other of
    `numbers`; None when no single side does."""
    def prints(text: str, value: str) -> bool:
        return re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d]|[.,]\d)", text) is not None
    sides = [side for side in _SIDE_BY_SIDE.split(claim) if prints(side, number)]
    if len(sides) != 1 or any(prints(sides[0], other) for other in numbers if other != number):
        return None
    return _content(sides[0])


def bracketed_owner(claim: Claim, passage: str) -> tuple[str, str] | None:
    """(the claimed number, the bracketed number whose stretch holds the claim's words for it)
    when the claim gives a bracketed number of the passage to the other's owner (module
    docstring); None otherwise."""
    numbers = list(dict.fromkeys(number for quantity in claim.quantities
                                 if (number := _printed(quantity))))
    if len(numbers) < 2 or passage.count("(") < 2:
        return None
    stretches = _stretches(passage)
    held = [number for number in numbers if number in stretches]
    if len(held) < 2:
        return None
    for number in held:
        side = _claim_side(claim.text, number, held)
        if not side:
            continue
        own = stretches[number]
        for other in held:
            if other == number or stretches[other] == own:
                continue
            theirs = stretches[other] - own
            if side & theirs and not side & (own - stretches[other]):
                return number, other
    return None


def guard_bracketed_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage prints a claimed number in brackets
    after other words than the claim gives it to (module docstring). In place."""
    if not bracketed_owners_guarded or len(claim.quantities) < 2:
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            if evidence.quote and (pair := bracketed_owner(claim, evidence.quote)):
                undecide(check, f"Not confirmed: the passage prints {pair[0]} after other "
                                f"words than the claim gives it to (those it gives {pair[0]} "
                                f"to stand before {pair[1]})")
                break
