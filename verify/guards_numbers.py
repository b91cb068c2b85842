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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .content_words import CITATION as _CITATION

# A standalone number: not glued to a letter or to a hyphen after a letter ("GPT-2", "F1").
_NUMBER = re.compile(r"(?<![\w.-])(\d+(?:[.,]\d+)*)(?![\w-]*[A-Za-z])")


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
    for check in checks:
        if check.kind != CheckKind.source or not check.decisive \
                or check.outcome not in (Outcome.supported, Outcome.confirmed):
            continue
        missing = unaccounted_numbers(claim, check)
        if missing:
            check.outcome, check.decisive = Outcome.no_evidence, False
            listed = ", ".join(missing)
            check.explanation = (f"Not confirmed: the passage does not print the claim's "
                                 f"{listed}; what matched: {check.explanation}")
