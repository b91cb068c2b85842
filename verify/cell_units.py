"""A time and a rate per that time are two measures: "4.8 hours" is not read from "documents/hour".

Tables of systems papers print, side by side, how long a run took and how fast it went:
Smola and Narayanamurthy (arXiv:1004.4820) give, in each of Tables 1-3, a row "runtime (hours)"
and a row "throughput (documents/hour)" for every column of machines or documents. Both
headers hold the word "hour", so a claim that "41 computers processed PubMed in 4.8 hours"
reached both cells of its column, 4.8 and 41.7K; the cell check saw two numbers and decided
nothing. So did eight claims of that one paper, true and false alike.

The claimed number says which it is by the words printed right after it: "4.8 hours" is an
amount of hours; "62.8K documents per hour" (or "documents/hour", "a hour") is a rate per
hour. A cell's headers say the same: "(hours)" is an amount, "(documents/hour)" or "per hour"
a rate. Among the cells that account for the claim, those of the other kind are set aside
(`unit_kind_cells`), when at least one cell of the claim's kind remains; otherwise nothing is
changed, so that a claim this rule cannot read keeps the cells it had.

Units are read for units of time only (seconds, minutes, hours, days, and their short forms),
the ones that head both a duration and a throughput; a cell whose headers name the unit both
ways, or neither, is kept whatever the claim says.

Cheap: a substring test on the text after each claimed number first, then a look at the few
cells already accounted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from verify_claims.claims import Quantity

_Accounted = TypeVar("_Accounted")

_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
          "s": "second", "sec": "second", "secs": "second", "second": "second",
          "seconds": "second", "min": "minute", "mins": "minute", "minute": "minute",
          "minutes": "minute", "day": "day", "days": "day", "ms": "millisecond",
          "millisecond": "millisecond", "milliseconds": "millisecond"}
_UNIT = r"(?:h|hrs?|hours?|s|secs?|seconds?|mins?|minutes?|days?|ms|milliseconds?)"
# After the claimed number: "hours" (an amount), or "documents per hour" / "tokens/s" (a rate).
_AFTER = re.compile(rf"^\s*(?:(?P<amount>{_UNIT})\b(?!\s*(?:/|per\b))|"
                    rf"(?:[A-Za-z][\w\-]*\s+){{1,2}}?(?:per|a|an)\s+(?P<rate>{_UNIT})\b|"
                    rf"(?:[A-Za-z][\w\-]*)/(?P<slash>{_UNIT})\b)", re.IGNORECASE)
# "documents/hour" (a slash between words: " / " joins a cell's header path), "per hour".
_HEADER_RATE = re.compile(rf"(?:(?<=[\w)])/|\bper\s+)(?P<unit>{_UNIT})\b", re.IGNORECASE)
_HEADER_UNIT = re.compile(rf"(?<![/\w])(?P<unit>{_UNIT})(?![\w/])", re.IGNORECASE)
_HINT = re.compile(r"\b(?:h|hrs?|hours?|s|secs?|seconds?|mins?|minutes?|days?|ms|"
                   r"milliseconds?)\b", re.IGNORECASE)


def claimed_kind(text: str, quantity: Quantity) -> tuple[str, str] | None:
    """("amount" or "rate", the unit of time) of a claimed number, read from the words right
    after it; None when they name no unit of time."""
    after = text[quantity.span[1]:quantity.span[1] + 60]
    if not _HINT.search(after):
        return None
    match = _AFTER.match(after)
    if match is None:
        return None
    if match["amount"]:
        return "amount", _UNITS[match["amount"].casefold()]
    unit = match["rate"] or match["slash"]
    return "rate", _UNITS[unit.casefold()]


def _header_kinds(headers: str, unit: str) -> set[str]:
    """Whether the headers name `unit` as a rate, as an amount, both or neither."""
    kinds = set()
    rated = {_UNITS[match["unit"].casefold()] for match in _HEADER_RATE.finditer(headers)}
    if unit in rated:
        kinds.add("rate")
    stripped = _HEADER_RATE.sub(" ", headers)
    if any(_UNITS[match["unit"].casefold()] == unit and _printed_unit(stripped, match)
           for match in _HEADER_UNIT.finditer(stripped)):
        kinds.add("amount")
    return kinds


def _printed_unit(headers: str, match: re.Match[str]) -> bool:
    """A unit word, not a letter of a label: a one-letter unit ("h", "s") only in brackets,
    "(h)" or "[s]" ("H(G)" and "s" of "Task s" are no hours and no seconds)."""
    if len(match["unit"]) > 1:
        return True
    start, end = match.span("unit")
    return headers[start - 1:start] in ("(", "[") and headers[end:end + 1] in (")", "]")


def unit_kind_cells(accounted: Sequence[tuple[_Accounted, object]], text: str,
                    quantities: Sequence[Quantity]) -> list[tuple[_Accounted, object]]:
    """`accounted` without the cells whose headers give the claim's unit of time the other way
    (a rate for an amount, an amount for a rate), when one cell the claim's way remains
    (module docstring)."""
    if len(accounted) < 2:
        return list(accounted)
    kinds = {kind for kind in map(lambda quantity: claimed_kind(text, quantity), quantities)
             if kind is not None}  # the claim's other numbers: settings, counts
    if len(kinds) != 1:
        return list(accounted)
    kind, unit = next(iter(kinds))  # type: ignore[misc]
    other = "rate" if kind == "amount" else "amount"
    split = [_header_kinds(passage.headers, unit)  # type: ignore[attr-defined]
             for passage, _ in accounted]
    if not any(kinds == {kind} for kinds in split):
        return list(accounted)
    return [pair for pair, kinds in zip(accounted, split, strict=True) if kinds != {other}]
