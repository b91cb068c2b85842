"""Amounts of a change read from a column of such amounts.

A claim's "a total flow reduction of 57%" or "reduces low flows by 57%" states the amount of a
change. The cell check (cell_check.py) sets such a number aside, rightly for most tables: a
results table prints levels, and the amount of a change is a difference of two of its cells
(cell_arithmetic.py), never one cell. Some tables print the amounts themselves: Lane et al.
(J. Hydrology 2005) Table 5 heads its columns "Total flow reduction (%)" and "Low flow
reduction (%)", and there "57" is the amount the claim states. So a claimed change amount is
read as a cell's value only where the cell's own column headers name a change of the claim's
direction:

- a reduction of 57% is no cell of an "Increase (%)" column, nor of a "Total flow (mm)" column
  under a caption about reductions (the caption is no column's heading);
- a claim that compares two changes ("exceeds the published value by 9 points", "57% more than
  pine") states a difference of two amounts, not one amount, and is left to the arithmetic;
- the cell prints the amount unsigned: a signed cell ("-3.2", "+1.5") is a change of another
  sign convention, which the headers do not settle.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Claim, Quantity

# The words that name a change, by the direction the claim's sign reads.
_DOWN = frozenset((
    "reduction", "reductions", "reduce", "reduces", "reduced", "decrease", "decreases",
    "decreased", "drop", "drops", "dropped", "decline", "declines", "declined", "loss", "losses",
    "fall", "falls", "fell", "lowers", "lowered",
))
_UP = frozenset((
    "increase", "increases", "increased", "gain", "gains", "gained", "improvement",
    "improvements", "improves", "improved", "growth", "grew", "rise", "rises", "rose", "raises",
    "raised",
))
_WORD = re.compile(r"[a-z]+")

# A claim comparing two things states a difference between them, not one change's amount.
_COMPARES = re.compile(
    r"\b(?:than|exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|beat(?:s|ing)?|above|below|"
    r"ahead|versus|vs\.?|twice|times)\b", re.I)


def direction_words(sign: int) -> frozenset[str]:
    """The words that name a change of `sign` (-1: reductions, +1: increases)."""
    return _DOWN if sign < 0 else _UP


def change_amounts(claim: Claim) -> list[Quantity]:
    """The claim's amounts of one change, all of one direction: numbers the extractor gave a
    sign from the claim's wording ("reduction of 57%"), printed without one, not cut, hedged or
    a year, in a claim that compares nothing and words the change itself. Empty otherwise."""
    text = claim.text
    if _COMPARES.search(text):
        return []
    amounts = [
        quantity for quantity in claim.quantities
        if quantity.sign is not None and quantity.text[:1] not in "+-\u2212"
        and not (quantity.cut_off or quantity.approximate or quantity.unit == "year")
        and text[max(0, quantity.span[0] - 1):quantity.span[0]] != "@"]
    signs = {quantity.sign for quantity in amounts}
    if len(signs) != 1:
        return []
    words = set(_WORD.findall(text.casefold()))
    return amounts if words & direction_words(signs.pop()) else []


def names_change(column_path: tuple[str, ...] | list[str], sign: int) -> bool:
    """The cell's own column headers name a change of `sign`'s direction (remembered per
    path: the cell check asks it of each candidate cell of each claim that words a
    change)."""
    return _names_change(tuple(column_path), sign)


@lru_cache(maxsize=16384)
def _names_change(column_path: tuple[str, ...], sign: int) -> bool:
    words = set(_WORD.findall(" ".join(column_path).casefold()))
    return bool(words & direction_words(sign))


def unsigned(printed: str) -> bool:
    """The cell prints its value without a sign: an amount, not a signed change."""
    return printed.strip()[:1] not in "+-\u2212"
