"""A number's comparative said the other way: "takes 44% less time" for "takes 44% longer"
(probe of MapReduce, Dean and Ghemawat, OSDI 2004, round 20).

"The sort program takes 44% less time to complete when the backup task mechanism is disabled"
was confirmed by the paper's "the sort program described in Section 5.3 takes 44% longer to
complete when the backup task mechanism is disabled" (page 6): the sentence holds every word
and number of the claim, and "longer" / "less time" are no direction words of the statement
reader, nor a comparison with "than" (verify/comparative_antonyms.py), so the two read alike.

The general fact: the comparative printed right after a number ("44% longer", "3 times
larger", "20% fewer parameters") says which way the number goes. When the claim's number
carries a comparative one way (up: "more", "longer", "larger", "higher"; down: "less",
"fewer", "shorter", "smaller", "lower") and every passage that prints the number carries one
the other way, the passage says the opposite of the claim's amount, and a supporting check on
it decides nothing (`guard_number_comparatives`). "faster" and "slower" are left out: whether
they go up or down depends on what is measured (time or speed). It only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, decided, undecide

_UP = frozenset(("more", "longer", "larger", "bigger", "higher", "greater", "wider", "deeper",
                 "heavier", "later"))
_DOWN = frozenset(("less", "fewer", "shorter", "smaller", "lower", "narrower", "shallower",
                   "lighter", "earlier"))
# A number, its unit ("%", "percent", "times", "x", "-fold"), then the word after it.
_AMOUNT = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent\b|times\b|x\b|\u00d7"
                     r"|-?fold\b)?\s*([A-Za-z]+)")


def number_comparatives(text: str) -> dict[str, set[int]]:
    """Each number of `text` that a comparative follows: its digits and the signs (+1 up,
    -1 down) of the comparatives after it."""
    found: dict[str, set[int]] = {}
    for match in _AMOUNT.finditer(text):
        word = match.group(2).casefold()
        sign = 1 if word in _UP else -1 if word in _DOWN else 0
        if sign:
            found.setdefault(match.group(1).replace(",", ""), set()).add(sign)
    return found


def turned_amount(claim_text: str, quotes: Iterable[str]) -> str | None:
    """The claim's number whose comparative every quote that prints it with one turns the
    other way; else None."""
    claimed = number_comparatives(claim_text)
    if not claimed:
        return None
    said = [number_comparatives(quote) for quote in quotes]
    for number, signs in claimed.items():
        if len(signs) != 1:
            continue
        theirs = [found[number] for found in said if number in found]
        if theirs and all(-next(iter(signs)) in mine and next(iter(signs)) not in mine
                          for mine in theirs):
            return number
    return None


def guard_number_comparatives(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passages turn the comparative after a
    number of the claim the other way (module docstring). In place."""
    if not any(word in _UP or word in _DOWN for word in claim.text.casefold().split()):
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        number = turned_amount(claim.text, (evidence.quote for evidence in check.evidence))
        if number is not None:
            undecide(check, f"The claim's {number} goes the other way in the passage (its "
                            "comparative after the number says the opposite)")
