"""Numbers that agree in their digits but not in what they state (red team 2, round 7).

Three facts about how papers and claims write numbers, each of which the first run of the
second red-team corpus (tests/real/redteam2) broke:

- A scale word belongs to the number. "213 million parameters" and a cell "213" under the
  header "params x10^6" state the same count, but a reader that loses the header's exponent
  compares 213,000,000 with 213 and contradicts a true claim. When a claim writes its number
  with a scale word (thousand, million, billion, k, M, B) and the paper prints the same digits
  (or the claim's number differs from the paper's by exactly the scale the word names), the
  comparison is no evidence: the scale sits where the reader did not look.
- A change "by 79%" is relative, "by 79 points" is absolute. The same digits state different
  changes, so a passage that gives one does not confirm a claim of the other.
- An order of growth is a value too. "Recurrent layers need O(1) sequential operations" is
  not what "a recurrent layer requires O(n) sequential operations" says, although every word
  matches: a claim's O(...) is confirmed only by a passage that prints the same O(...).
- An average is a statistic the paper must state. "Source documents often exceeding two
  hundred pages" and "it typically takes one to two hours" give no average, so they do not
  confirm "cases average over two hundred pages". A claim that states an average (average,
  mean, on average) is confirmed by a sentence only when its passage states one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .guard_triggers import SOURCE_SUPPORTING, SUPPORTING_CHECKS, acts
from .undecided import DECIDING, decided, undecide

_SCALE = re.compile(r"\d\s*(?:thousand|million|billion|trillion|[kKMB])\b")
_POWERS = (1e3, 1e6, 1e9, 1e12)


def _power_apart(first: float, second: float) -> bool:
    """Whether the two values differ by a factor of a thousand, a million, ... (or agree)."""
    if first == 0 or second == 0:
        return False
    ratio = abs(first / second)
    return any(abs(ratio - power) / power < 1e-6 or abs(ratio * power - 1) < 1e-6
               for power in (1.0, *_POWERS))


def guard_scaled_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check that compared a claimed number written with a scale word
    with a printed number differing from it by that scale (module docstring). In place."""
    if not _SCALE.search(claim.text):
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)) + \
            list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            pairs = [(pair.claimed_value, pair.found_value) for pair in evidence.numbers]
            if evidence.claimed is not None and evidence.found is not None:
                pairs.append((evidence.claimed, evidence.found))
            if any(claimed != found and _power_apart(claimed, found)
                   for claimed, found in pairs):
                undecide(check, "The claim writes its number with a scale word and the "
                                "paper prints the same digits at another scale, which its "
                                "header or unit states where the reader did not look")
                break


_POINTS = re.compile(r"\b(?:points?|pp|pts?)\b", re.IGNORECASE)


def relative_against_points(claimed: str, found: str) -> bool:
    """One of the two printed numbers is a percentage change, the other a change in points."""
    return ("%" in claimed and bool(_POINTS.search(found))) or \
        ("%" in found and bool(_POINTS.search(claimed)))


def guard_points_against_percent(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive check that matched a claimed change in points with a change in
    percent, or the reverse (module docstring). In place."""
    if "%" not in claim.text and not _POINTS.search(claim.text):
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)) + \
            list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            if any(relative_against_points(pair.claimed, pair.found)
                   for pair in evidence.numbers):
                undecide(check, "A change in percent is relative and a change in points "
                                "absolute: the same digits state different changes")
                break


_AVERAGE = re.compile(r"\b(?:average[sd]?|averaging|mean|means|avg)\b|\bon average\b",
                      re.IGNORECASE)
_STATED_AVERAGE = re.compile(r"\b(?:average[sd]?|averaging|mean|means|avg)\b"
                             r"|[μµ]\s*=|\bmu\b|x̄", re.IGNORECASE)


def guard_unstated_averages(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive supporting source check for a claim that states an average when
    the sentence it matched states none ("often exceeding", "typically"): module docstring.
    Table checks are left alone (a cell or a mean of cells is what it is). In place."""
    if not _AVERAGE.search(claim.text):
        return
    for check in list(decided(checks, CheckKind.source)):
        if not any(_STATED_AVERAGE.search(evidence.quote) for evidence in check.evidence):
            undecide(check, "The claim states an average; the passage it matched states none "
                            "for that number")


_BIG_O = re.compile(r"\bO\(([^()]*(?:\([^()]*\))?[^()]*)\)")


def _orders(text: str) -> set[str]:
    """The orders of growth a text prints, without spaces, "^" or multiplication dots."""
    return {re.sub(r"[\s^·*]", "", match.group(1)).casefold()
            for match in _BIG_O.finditer(text)}


def guard_unprinted_orders(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive supporting check whose passage or cell does not print an order
    of growth the claim states (module docstring). In place."""
    claimed = _orders(claim.text)
    if not claimed:
        return
    for check in list(decided(checks, CheckKind.source)) + \
            list(decided(checks, CheckKind.table)):
        printed = set().union(*(_orders(evidence.quote) for evidence in check.evidence))
        if not claimed <= printed:
            undecide(check, "The claim states an order of growth the passage does not print")


def guard_statistics(claim: Claim, checks: list[Check]) -> None:
    """The guards of this module, in place (one hook in verify/guard_chain.py)."""
    guard_scaled_numbers(claim, checks)
    guard_points_against_percent(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unstated_averages(claim, checks)
    if acts(checks, SUPPORTING_CHECKS):
        guard_unprinted_orders(claim, checks)
