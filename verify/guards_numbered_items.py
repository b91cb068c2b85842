"""Things a paper names by a noun and a number ("station 608", "site 3", "patient 12"): the
number names which one, and a sentence that names two of them gives each its own clause
(probe35b, round 35: Hu et al., Appl. Environ. Microbiol. 77 (2011), an oceanography paper
whose two sampling sites are "station 712" and "station 608").

Two wrong confirmations on one page:

- "The mixed layer was deeper at station 608 than at station 712" (false) was confirmed by "the
  MLD was slightly greater at station 712 (~75 m) than at station 608 (~50 m)": the source check
  matched the claim's numbers 608 and 712, which only name the stations, and the comparison
  readers drop numbers from a comparison's sides ("station" against "station"), so the swap
  went unseen. When a claim compares two numbered items of one noun across "than" and a
  sentence of the passage compares the same two across "than" the other way round, the
  sentence does not support the claim, unless its comparative goes the other direction
  ("shallower at 608 than at 712" says what "greater at 712 than at 608" says of a depth); a
  sentence that keeps the claim's order with a comparative of the other direction ("lower"
  against "greater") does not support it either (`swapped_items`). A comparative is read by
  its direction only (`_UP`, `_DOWN`), whatever it measures: the rule only withholds.
- "The euphotic depth at station 608 was about 106 m" (false: 84 m) was confirmed by "the
  euphotic depth at station 608 was around 84 m, whereas the euphotic depth at station 712 was
  slightly greater, at ~106 m": the claim's 106 is printed, but in station 712's clause. A
  sentence that names two or more items of one noun by number gives a number printed after
  them to the item named last before it; a claimed number that the passage gives only to
  another item of the noun than the one the claim names (and the claim does not name that
  other item) is that item's number, and the passage does not support the claim
  (`other_item_value`).

Both only withhold; neither names a paper, a noun or a number. Items are read as
`guards_item_numbers` reads them (a noun of three or more letters, then its number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .guards_item_numbers import item_numbers
from .undecided import supporting_sources, undecide

__all__ = ["guard_numbered_items", "other_item_value", "swapped_items"]

# Comparatives by direction, whatever their dimension: a sentence that keeps the claim's order
# with a word of the other direction says the opposite of it.
_UP = frozenset(("greater", "higher", "larger", "bigger", "deeper", "more", "warmer", "hotter",
                 "longer", "heavier", "faster", "older", "stronger", "richer", "denser",
                 "thicker", "wider", "saltier", "better"))
_DOWN = frozenset(("lower", "smaller", "shallower", "less", "fewer", "colder", "cooler",
                   "shorter", "lighter", "slower", "younger", "weaker", "poorer", "sparser",
                   "thinner", "narrower", "fresher", "worse"))
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _mentions(text: str, noun: str) -> list[tuple[int, str]]:
    """Where `text` names an item of `noun` (or its plural) by a number: (offset, number)."""
    pattern = re.compile(rf"\b{re.escape(noun)}s?\s+(\d+)(?![\d.,]*\d)(?!\s*%)", re.I)
    return [(match.start(), match.group(1)) for match in pattern.finditer(text)]


def _direction(text: str) -> str | None:
    """The direction of the last comparative word of `text` ("up", "down"), or None."""
    words = [word.casefold() for word in _WORD.findall(text)]
    for word in reversed(words):
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
    return None


def _compared(text: str, noun: str) -> tuple[str, str, str] | None:
    """The two items of `noun` a text compares across its "than" (the last named before it, the
    first named after it) and the text before "than", or None."""
    than = re.search(r"\bthan\b", text, re.I)
    if than is None:
        return None
    mentions = _mentions(text, noun)
    before = [number for start, number in mentions if start < than.start()]
    after = [number for start, number in mentions if start > than.start()]
    if not before or not after or before[-1] == after[0]:
        return None
    return before[-1], after[0], text[:than.start()]


def swapped_items(claim_text: str, quote: str) -> str | None:
    """The noun whose two numbered items the claim compares across "than" and a sentence of
    `quote` compares the other way round with a comparative of the claim's direction (or one
    it does not know), or in the same order with a comparative of the other direction; else
    None (module docstring)."""
    for noun in item_numbers(claim_text):
        claimed = _compared(claim_text, noun)
        if claimed is None:
            continue
        left, right, claim_head = claimed
        for sentence in _SENTENCE_END.split(quote):
            said = _compared(sentence, noun)
            if said is None or {said[0], said[1]} != {left, right}:
                continue
            ours, theirs = _direction(claim_head), _direction(said[2])
            opposite = bool(ours and theirs and ours != theirs)
            if ((said[0], said[1]) == (right, left)) != opposite:
                return noun
    return None


def _claimed_numbers(claim_text: str, items: dict[str, set[str]]) -> set[str]:
    """The numbers a claim gives as values: those it prints that name no item."""
    named = set().union(*items.values()) if items else set()
    return {number for number in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\d)", claim_text)
            if number not in named}


def other_item_value(claim_text: str, quote: str) -> tuple[str, str, str] | None:
    """(number, the item the passage gives it to, the claim's item) when the claim names one
    numbered item of a noun and gives it a number that the passage, naming two or more items
    of that noun, prints only after another item (module docstring); else None."""
    items = item_numbers(claim_text)
    values = _claimed_numbers(claim_text, items)
    if not values:
        return None
    for noun, numbers in items.items():
        if len(numbers) != 1:
            continue
        own = next(iter(numbers))
        for sentence in _SENTENCE_END.split(quote):
            mentions = _mentions(sentence, noun)
            if len({number for _, number in mentions}) < 2 or own not in \
                    {number for _, number in mentions}:
                continue
            for value in values:
                owners = set()
                for match in re.finditer(rf"(?<![\d.]){re.escape(value)}(?![\d.]*\d)", sentence):
                    before = [number for start, number in mentions if start < match.start()]
                    owners.add(before[-1] if before else None)
                if owners and None not in owners and own not in owners:
                    return value, f"{noun} {sorted(owners)[0]}", f"{noun} {own}"
    return None


def guard_numbered_items(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage compares the claim's two numbered
    items the other way, or gives the claim's number to another numbered item than the
    claim's (module docstring). In place."""
    if not item_numbers(claim.text):
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            if (noun := swapped_items(claim.text, quote)) is not None:
                undecide(check, f"The passage compares the two {noun}s the other way round")
                break
            if (owned := other_item_value(claim.text, quote)) is not None:
                undecide(check, f"The passage gives {owned[0]} to {owned[1]}, not to "
                                f"{owned[2]}, which the claim names")
                break
