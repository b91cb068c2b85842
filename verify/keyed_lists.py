"""A "respectively" list keyed by a list of numbers: the i-th value is the i-th key's.

"At a stimulation frequency of 1 Hz and amplitude of 25, 50, 100 or 200 nA, the normalized
length of the population vector was 0.046, 0.060, 0.098 and 0.145, respectively, and its
direction was 266°, 250°, 242° and 241°, respectively" (Anastassiou et al., Ephaptic coupling
of cortical neurons, Nature Neuroscience 2011, page 219; probe23c, round 23) confirmed "At 1 Hz
and amplitude of 200 nA, the normalized length of the population vector was 0.098" and "At 1 Hz
and 25 nA, the direction of the population vector was 250°": every number of the claim is
printed in the sentence, but 0.098 is the length at 100 nA and 250° the direction at 50 nA. The
guards of "respectively" (verify/guards_respectively.py, verify/respectively_swaps.py) pair a
list of numbers with a list of names; here the items are numbers themselves (amplitudes, doses,
frequencies, sizes), which those guards read as no names.

The general fact: in a sentence with "respectively", a list of n numbers that is not itself
followed by "respectively" (the keys: "25, 50, 100 or 200 nA"), before a list of n numbers that
is (the values), pairs them in order. A claim that gives exactly one key and exactly one value
of the pair, at different places, gives that key another key's value: the sentence says what
the claim's key has (the value at the key's place), so the supporting check becomes a
contradiction with that value (`keyed_mismatch`, `guard_keyed_lists`). It is read only when the
pairing is not in doubt: one key list of that length before the values, no number repeated in
either list, and the claim printing no other number of either list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from verify_claims.claims import Check, Claim, NumberPair, Outcome

from .quote_quantities import quote_quantities
from .undecided import supporting_sources

__all__ = ["guard_keyed_lists", "keyed_mismatch", "number_runs"]

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# Between two numbers of one list: an optional unit, then a comma, "and" or "or".
_GAP = re.compile(r"\s*(?:[^\s\d,;()\[\]]+\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
# After a list's last number: its unit, then "respectively".
_THEN_RESPECTIVELY = re.compile(r"\s*(?:[^\s\d,;()\[\]]+\s*)?,?\s*\(?respectively\b",
                                re.IGNORECASE)


class Run(NamedTuple):
    """A list of two or more numbers of a sentence: their values as printed and as read,
    and whether "respectively" follows it."""

    printed: list[str]
    values: list[float]
    respectively: bool


def number_runs(sentence: str) -> list[Run]:
    """The lists of numbers of `sentence`, in order (module docstring)."""
    runs: list[tuple[list[str], list[float], int]] = []
    previous = None
    for quantity in quote_quantities(sentence):
        printed = sentence[quantity.span[0]:quantity.span[1]]
        if previous is not None and _GAP.fullmatch(sentence, previous.span[1],
                                                   quantity.span[0]):
            runs[-1][0].append(printed)
            runs[-1][1].append(quantity.value)
            runs[-1][2][0] = quantity.span[1]
        else:
            runs.append(([printed], [quantity.value], [quantity.span[1]]))
        previous = quantity
    return [Run(printed, values, bool(_THEN_RESPECTIVELY.match(sentence, end[0])))
            for printed, values, end in runs if len(printed) >= 2]


def _places(values: list[float], claimed: list[float]) -> list[int]:
    return [i for i, value in enumerate(values) if any(value == number for number in claimed)]


def keyed_mismatch(claim: str, sentence: str) -> tuple[str, str, str] | None:
    """(the claim's key, the claim's value, the value the sentence gives that key) when the
    claim pairs one key of a number-keyed "respectively" list with another key's value
    (module docstring); else None."""
    if not _RESPECTIVELY.search(sentence) \
            or not any(character.isdigit() for character in claim):
        return None
    claimed = [quantity.value for quantity in quote_quantities(claim)]
    if len(claimed) < 2:
        return None
    runs = number_runs(sentence)
    for at, values in enumerate(runs):
        if not values.respectively or len(set(values.values)) != len(values.values):
            continue
        keys = [run for run in runs[:at] if not run.respectively
                and len(run.values) == len(values.values)]
        if len(keys) != 1 or len(set(keys[0].values)) != len(keys[0].values):
            continue
        key_places, value_places = _places(keys[0].values, claimed), \
            _places(values.values, claimed)
        if len(key_places) != 1 or len(value_places) != 1:
            continue
        k, v = key_places[0], value_places[0]
        if k != v and keys[0].values[k] != values.values[v]:
            return keys[0].printed[k], values.printed[v], values.printed[k]
    return None


def guard_keyed_lists(claim: Claim, checks: Iterable[Check]) -> None:
    """Turn each supporting source check into a contradiction when its passage's number-keyed
    "respectively" list gives the claim's key another value than the claim's (module
    docstring). In place."""
    if "respectively" in claim.text.casefold():
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            mismatch = keyed_mismatch(claim.text, quote)
            if mismatch is None:
                continue
            key, wrong, right = mismatch
            value = next(quantity.value for quantity in quote_quantities(right))
            wrong_value = next(quantity.value for quantity in quote_quantities(wrong))
            pairs = [pair for pair in evidence.numbers if pair.claimed_value == wrong_value]
            claimed = pairs[0].claimed if pairs else wrong
            evidence.numbers = [pair for pair in evidence.numbers
                                if pair.claimed_value != wrong_value] + [NumberPair(
                claimed=claimed, found=right, claimed_value=wrong_value, found_value=value,
                about=key, agree=False)]
            evidence.claimed, evidence.found = wrong_value, value
            check.outcome, check.decisive = Outcome.contradicted, True
            check.explanation = (f"{evidence.source} gives {right} for {key} in a list paired "
                                 f"by \u201crespectively\u201d; the claim's {claimed} is "
                                 "another item's")
            break
