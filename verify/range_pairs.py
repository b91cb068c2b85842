"""A range is one statement: its two ends are held only by a range with the same two ends.

"Yelp reviews carry human ratings on a scale from 1 to 10" (false: 1 to 5) was confirmed by
"... each associated with human ratings on a scale from 1 (negative) to 5 (positive) ...; we
... report experiments on their training, development, and testing partitions (80/10/10)"
(Liu & Lapata, arXiv:1705.09207, page 8, round 19): the claim's 1 agreed with the range's
start and its 10 with a split share of the same sentence, each number read on its own.

The general fact: papers print a range as its two ends joined by "to", a dash or "and"
("from 1 to 5", "10-20 times", "between 0.1 and 0.5"), with at most a parenthesis after the
first end ("from 1 (negative) to 5 (positive)"). A claim's two numbers so joined, in a claim
that states no change ("from 79.14% to 71.94%" after "lowers" is a change, whose two values a
sentence may print apart), are held only when the sentence joins the two numbers it gives for
them the same way. `range_split` is True when it does not: such a reading supports nothing.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

__all__ = ["EXPLANATION", "range_split"]

EXPLANATION = ("the claim gives a range (\u201cfrom 1 to 10\u201d), and the passage does not join "
               "the two numbers it gives for it as one")

# What joins a range's two ends: a dash or "to", "and" (after "between"), "through".
_JOIN = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:[-\u2013\u2014]|to|and|through)\s*$", re.I)
_CLAIM_JOIN = re.compile(r"^\s*(?:[-\u2013\u2014]|to|and|through)\s*$", re.I)
_RANGE_WORDS = re.compile(r"\b(?:from|between|range|ranges|ranging|ranged|scale)\b", re.I)
_CHANGE = re.compile(
    r"\b(?:mov|go|goes|went|drop|fall|fell|ris|rose|increas|decreas|improv|lower|rais|reduc"
    r"|cut|chang|boost|lift|grow|grew|shrink|shrank|climb|declin|jump|gain|los)\w*", re.I)


def _joined(text: str, first: Quantity, second: Quantity, pattern: re.Pattern[str]) -> bool:
    if first.span[1] > second.span[0]:
        first, second = second, first
    return bool(pattern.match(text[first.span[1]:second.span[0]]))


def claimed_ranges(text: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs of the claim's numbers that it prints as a range, when it states no change."""
    if len(quantities) < 2 or _CHANGE.search(text):
        return []
    ordered = sorted(quantities, key=lambda quantity: quantity.span)
    pairs = []
    for first, second in zip(ordered, ordered[1:], strict=False):
        if not _joined(text, first, second, _CLAIM_JOIN):
            continue
        dashed = not text[first.span[1]:second.span[0]].strip().isalpha()
        if dashed or _RANGE_WORDS.search(text[max(0, first.span[0] - 12):first.span[0]]):
            pairs.append((first, second))
    return pairs


def range_split(claim_text: str, claim_quantities: list[Quantity], sentence_text: str,
                found: dict[int, Quantity]) -> bool:
    """True when a range of the claim agrees, end by end, with two numbers of the sentence that
    the sentence does not join as a range. `found` maps id() of a claimed quantity to the
    sentence's quantity it agreed with."""
    for first, second in claimed_ranges(claim_text, claim_quantities):
        one, other = found.get(id(first)), found.get(id(second))
        if one is None or other is None or one is other:
            continue
        if not _joined(sentence_text, one, other, _JOIN):
            return True
    return False
