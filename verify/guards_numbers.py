"""Precision guard: a sentence confirms a claim only when every number the claim prints is
accounted for.

The source check pairs the claim's numbers with a sentence's numbers, but a number the parser
does not read as an amount (the second item of "median ranks: 10K, 17", a number in brackets)
takes part in no pair, so nothing compares it: the metamorphic benchmark
(benchmarks/mutations.py) changed such a number and the claim stayed confirmed. The general
fact: a claim that prints a number asserts it, and a passage that supports the claim prints
that number too (or a number that its source check matched with it, "2" for "two"). A number
of the claim that is part of a name ("GPT-2", "L12", "T5") or of a citation's year goes with
its name and is left to the accounting of names, and so is a year ("CoNLL 2009" names an
edition; the paper may print it only in its title or references).

Table checks are held to the same for whole numbers, which a claim uses for its conditions
(machines, layers, shots, training sizes): a whole number of the claim that is neither the value
compared nor printed in the cells read (their headers and values) nor in their table's caption
is a condition the table check never looked at ("runtime ... on 20 by 4.6", where 20 machines
head another table's column), and the check does not confirm (`guard_unaccounted_cell_numbers`).
A number with decimals is a value, compared or computed (a difference, a mean rounded as the
claim prints it); a count that is the number of cells read ("the average over the 4 datasets")
is accounted for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import tables_named
from .content_words import CITATION as _CITATION
from .undecided import decided, supporting_sources, undecide

# A standalone number: not glued to a letter or to a hyphen after a letter ("GPT-2", "F1").
_NUMBER = re.compile(r"(?<![\w.-])(\d+(?:[.,]\d+)*)(?![\w-]*[A-Za-z])")


_RATE_BASE = re.compile(r"10+")
_AFTER_PER = re.compile(r"\bper\s*$", re.IGNORECASE)


def _numbers(text: str) -> set[str]:
    """The standalone numbers printed in `text`, thousands separators and trailing zeros of
    decimals dropped ("1,655,238" -> "1655238", "28.10" -> "28.1")."""
    found = set()
    for match in _NUMBER.finditer(_CITATION.sub(" ", text)):
        number = match.group(1).rstrip(".,")
        number = re.sub(r",(?=\d{3}\b)", "", number)
        if "." in number:
            number = number.rstrip("0").rstrip(".")
        if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099:
            continue  # a year: an edition or a date goes with its name ("CoNLL 2009")
        if _RATE_BASE.fullmatch(number) and _AFTER_PER.search(text, 0, match.start()):
            continue  # "per 100,000": a rate's base, compared by guards_rate_units
        found.add(number)
    return found


def unaccounted_numbers(claim: Claim, check: Check) -> list[str]:
    """The claim's printed numbers that neither the check's quoted passage prints nor its
    matched values pair with."""
    quoted = _numbers(" ".join(evidence.quote for evidence in check.evidence if evidence.quote))
    paired = set()
    for part in check.matched:
        if part.part == "value":
            paired |= _numbers(part.claim)
    return sorted(_numbers(claim.text) - quoted - paired)


def guard_unaccounted_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check of `claim` whose passage leaves a number of the
    claim unaccounted for (module docstring). In place."""
    for check in supporting_sources(checks):
        missing = unaccounted_numbers(claim, check)
        if missing:
            undecide(check, f"Not confirmed: the passage does not print the claim's "
                            f"{', '.join(missing)}")


def guard_unaccounted_cell_numbers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` that leaves a number of the claim
    unaccounted for by its cells and their captions (module docstring). In place."""
    for check in decided(checks, CheckKind.table):
        seen = " ".join([evidence.quote or "" for evidence in check.evidence]
                        + [next((table.caption or "" for table in tables_named(
                            paper, evidence.location or "")), "")
                           for evidence in check.evidence])
        missing = [number for number in unaccounted_numbers(claim, check)
                   if number.isdigit() and number not in _numbers(seen)
                   and number != str(len(check.evidence))]
        if missing:
            undecide(check, f"Not decided: the cells read and their caption do not print the "
                            f"claim's {', '.join(missing)}")
