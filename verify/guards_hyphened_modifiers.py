"""A number printed only as the first part of a hyphened modifier ("4-year-old children", "a
10-minute interview") measures that modifier's word, not the claim's counted thing; it
contradicts no other number (probe30b: the Head Start Impact Study).

"In all, 1,884 children were assigned to the control group" (true: Exhibit 2.2's Total ×
Control Group) was contradicted by the excerpt's first sentence, "4-year-old children who were
randomly assigned to either: (1) a Head Start group ... or (2) a control group ...": "ACL gives
4; the claim says 1,884". The sentence shares the claim's words and holds one number, which
the matcher read as the claim's count of children; but that 4 is the age of the children (a
number joined by a hyphen to the word after it, "4-year-old"), as "10-minute" is the length of
an interview and "5-fold" a factor: a different measure, no evidence, never a contradiction.

`guard_hyphened_modifiers` undecides each contradicting source check whose disagreeing numbers
are each printed, everywhere the quote prints them, joined by a hyphen to a word ("4-year-old",
"3- and 4-year-old": the number stands before a hyphen and a letter, or before "- and"/"- to"),
while the claim's number is not joined to that same word (a claimed "3-year-old" against a
printed "4-year-old" stays decided). It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import decided, undecide

__all__ = ["guard_hyphened_modifiers", "hyphened_word"]

_HYPHENS = "-\u2010\u2011"
# the word a number is joined to: "4-year-old" -> "year"; "3- and 4-year-old" -> "" (a
# suspended hyphen, the word comes after the next number)
_JOINED = re.compile(rf"[{_HYPHENS}](?:([^\W\d_]+)|\s+(?:and|or|to)\s)")


def hyphened_word(text: str, number: str) -> list[str | None]:
    """For each place `text` prints `number` as a whole number, the word it is joined to by a
    hyphen ("year" of "4-year-old"; "" for a suspended "3- and"), None where it is not."""
    found: list[str | None] = []
    for match in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text):
        joined = _JOINED.match(text, match.end())
        found.append(None if joined is None else (joined[1] or "").lower())
    return found


def guard_hyphened_modifiers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose disagreeing numbers are all printed as
    the first part of a hyphened modifier that the claim's number is not (module docstring).
    In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            pairs = [pair for pair in evidence.numbers if not pair.agree]
            if pairs and all(_modifier_only(claim.text, pair.claimed, evidence.quote or "",
                                            pair.found) for pair in pairs):
                undecide(check, f"Not decided: the passage prints {pairs[0].found} only as "
                                f"part of a hyphened modifier (“{pairs[0].found}-…”), which "
                                "measures another thing than the claim's number")
                break


def _modifier_only(claim_text: str, claimed: str, quote: str, found: str) -> bool:
    places = hyphened_word(quote, found)
    if not places or any(word is None for word in places):
        return False
    claimed_words = {word for word in hyphened_word(claim_text, claimed) if word is not None}
    return not claimed_words & set(places) and "" not in claimed_words
