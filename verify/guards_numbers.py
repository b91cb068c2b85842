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

A signed number with decimals is held to it too (round 30): "The 25.47x speedup of A is 0.35
higher than the 25.20x of B" (false: 0.27) was confirmed by A's one cell, 25.47x (TraceMonkey,
PLDI 2009, Table 1; the mutation benchmark's probe kind found it, and "0.27 lower" alike): the
change and B's value, both signed by the claim's wording, were never compared with anything;
nor was the start of "raises DistilBERT from 90.52 to 91.14" (VILA, Table 4: "from 88.52" was
confirmed too). A signed
number with decimals that the cells read do not print, that no matched value pairs with, that
is not the difference of two numbers of the claim the cells print ("from 0.86 to 0.88, by
0.02") and that no cell of the rows and columns read prints (a start value is its base row's,
in the same column; a compared value its row-mate's) leaves the table check undecided
(`_change_amounts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import cells_of_check, tables_named
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


_VALUE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _line_values(check: Check, paper: Paper) -> set[float]:
    """The numbers of every cell in the rows and columns of the check's cells: where a
    claim's start value ("from 77.8 to 84.9", its base row's) or the value it compares with
    ("ESIM (92.2%) outperforms DR-BiLSTM (91.3%)", the next column's) stands."""
    values = set()
    for table, labelled in cells_of_check(check, paper):
        for row in table.rows:
            column = next((at for at, cell in enumerate(row) if cell is labelled.cell), None)
            if column is None:
                continue
            line = [other[column] for other in table.rows if len(other) > column] + list(row)
            values |= {float(match.group().replace(",", "")) for cell in line
                       for match in _VALUE.finditer(cell.text)}
            break
    return values


def _change_amounts(claim: Claim, check: Check, seen: str, paper: Paper) -> set[str]:
    """The claim's signed numbers with decimals ("is 0.35 higher than", "against 25.20x"),
    as `_numbers` writes them, that nothing bears out: not printed by the cells read, not
    matched by the check (a difference of two cells: "-0.8"), not the difference of two
    numbers of the claim the cells read print ("from 0.86 to 0.88, by 0.02"), and not a
    value of the row or column of a cell read (`_line_values`)."""
    printed = {float(match.group().replace(",", "")) for match in _VALUE.finditer(seen)}
    printed |= {float(match.group().replace(",", "")) for part in check.matched
                if part.part == "value" for match in _VALUE.finditer(part.claim)}
    shown = [quantity.value for quantity in claim.quantities
             if any(abs(quantity.value - value) < 1e-9 for value in printed)]
    columns: set[float] | None = None
    amounts = set()
    for quantity in claim.quantities:
        if quantity.sign is None or not quantity.decimals or quantity.value in shown:
            continue
        tolerance = 0.5 * 10.0 ** -quantity.decimals + 1e-9
        if any(abs(abs(first - second) - quantity.value) <= tolerance
               for first in shown for second in shown if first != second):
            continue
        if columns is None:
            columns = _line_values(check, paper)
        if any(abs(quantity.value - value) < 1e-9 for value in columns):
            continue
        amounts |= _numbers(quantity.text)
    return amounts


def guard_unaccounted_cell_numbers(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` that leaves a number of the claim
    unaccounted for by its cells and their captions (module docstring). In place."""
    for check in decided(checks, CheckKind.table):
        seen = " ".join([evidence.quote or "" for evidence in check.evidence]
                        + [next((table.caption or "" for table in tables_named(
                            paper, evidence.location or "")), "")
                           for evidence in check.evidence])
        printed = _numbers(seen)
        changes = _change_amounts(claim, check, seen, paper)
        missing = [number for number in unaccounted_numbers(claim, check)
                   if (number.isdigit() or number in changes) and number not in printed
                   and number != str(len(check.evidence))]
        if missing:
            undecide(check, f"Not decided: the cells read and their caption do not print the "
                            f"claim's {', '.join(missing)}")
