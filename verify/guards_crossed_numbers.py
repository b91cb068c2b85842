"""Precision guard: two numbers that a claim gives to two names the other way round than its
passage.

"Participants scored 3.50 on comprehension with Paper Plain, and 3.67 with the PDF reader" was
confirmed by Paper Plain's sentence (arXiv 2203.00130, page 25) "Participants scored no worse
on the comprehension questions with Paper Plain (mu = 3.67, sigma = 1.78) compared to the PDF
reader (mu = 3.50, sigma = 1.31)": both numbers are printed, every word is there, and the
sentence check compares numbers as a set, so the claim's swap of the two scores went unseen.

The general fact: a text that sets two things side by side ("A ..., and B ...", "A ... against
B ...", "A ... compared to B ...", "A ... while B ...") gives each part's number to the names
of that part. When the claim and the passage each split so, each claimed number in a part of
its own with names both texts print, and the claim's part of one number holds the names the
passage's part of the other holds (and the reverse), while neither number keeps any of its
names, the passage gives the claim's numbers to the other things: it never supports the claim
(`guard_crossed_numbers`). Parts holding two claimed numbers, or none of the shared names, bind
nothing, so a claim worded otherwise is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Quantity

from .undecided import supporting_sources, undecide

# What sets two parts side by side (a bare "and" joins names as often as parts: not one).
_SIDE_BY_SIDE = re.compile(r",?\s+(?:against|compared\s+(?:to|with)|versus|vs\.?|while|whereas|"
                           r"but|than)\s+|,\s+and\s+|;\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _names(text: str) -> set[str]:
    """Words printed with a capital, except a sentence's first word ("Participants")."""
    found = set()
    for match in _WORD.finditer(text):
        before = text[:match.start()].rstrip()
        if any(letter.isupper() for letter in match.group()) and before \
                and not before.endswith((".", "!", "?")):
            found.add(match.group().casefold())
    return found


def _printed(quantity: Quantity) -> str | None:
    found = _DIGITS.search(quantity.text)
    return found.group() if found else None


def _bindings(text: str, numbers: list[str], shared: set[str]) -> dict[str, frozenset[str]]:
    """Each number printed once in `text`, in a part with no other of `numbers`, to the
    shared names of its part (empty parts left out)."""
    bound: dict[str, frozenset[str]] = {}
    parts = _SIDE_BY_SIDE.split(text)
    for number in numbers:
        pattern = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)")
        holding = [part for part in parts if pattern.search(part)]
        if len(holding) != 1 or len(pattern.findall(text)) != 1:
            continue
        part = holding[0]
        if any(other != number and re.search(rf"(?<![\d.,]){re.escape(other)}(?![\d]|[.,]\d)",
                                              part) for other in numbers):
            continue
        names = frozenset(_names(part) & shared)
        if names:
            bound[number] = names
    return bound


def crossed(claim: Claim, passage: str) -> tuple[str, str] | None:
    """Two claimed numbers the passage gives to each other's names (module docstring)."""
    numbers = list(dict.fromkeys(number for quantity in claim.quantities
                                 if (number := _printed(quantity))))
    if len(numbers) < 2 or not _SIDE_BY_SIDE.search(claim.text) \
            or not _SIDE_BY_SIDE.search(passage):
        return None
    shared = _names(claim.text) & _names(passage)
    if len(shared) < 2:
        return None
    mine, theirs = _bindings(claim.text, numbers, shared), _bindings(passage, numbers, shared)
    for first in numbers:
        for second in numbers:
            if first == second or not {first, second} <= mine.keys() & theirs.keys():
                continue
            if mine[first] & mine[second]:
                continue  # the claim gives both numbers to one name: no sides to cross
            if mine[first] & theirs[second] and mine[second] & theirs[first] \
                    and not mine[first] & theirs[first] and not mine[second] & theirs[second]:
                return first, second
    return None


def guard_crossed_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives two claimed numbers to each
    other's names (module docstring). In place."""
    if len(claim.quantities) < 2:
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            if evidence.quote and (pair := crossed(claim, evidence.quote)):
                undecide(check, f"Not confirmed: the passage gives {pair[0]} to what the claim "
                                f"gives {pair[1]} to, and the reverse")
                break
