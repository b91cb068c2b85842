"""A claim about what happens without something is not decided by a cell printed with it.

A claim says "without a calculator", "w/o pretraining", "with no dropout": it speaks of the
cells where that thing is absent. The table checks find cells by the header words a claim
says, and "calculator" says the header "with Calc." as well as "w/o Calc."; a header that
negates is already kept from claims that do not negate (`header_vocabulary.negating`), but not the
other way round. So a claim that negates a word was decided by the cells of the opposite
condition ("Averaged over GSM8K, MAWPS and ASDiv, ... 44.84% accuracy without a calculator"
contradicted by the mean of the three "with Calc." cells, arXiv:2212.08410 Table 1).

The general fact: a word a claim puts after "without", "w/o" or "no" names the absent
condition; a cell whose row or column label holds that word and does not itself negate ("with
Calc.", "Calc.", "+ pretraining") is printed under the present one. A decisive table check
that read such a cell decides nothing (`guard_absent_conditions`). The row label may be a
stub cell rather than a row header ("AMDCN (with perspective information)" in the first
column of arXiv:1804.07821 Table 3): it counts the same (`cells_read.read_cells`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import read_cells
from .header_vocabulary import header_words, names_word, negating
from .plus_joined import unjoined
from .undecided import DECIDING, decided, undecide

_ABSENT = re.compile(r"(?<![\w/])(?:without|w/o|no)\s+(?:(?:a|an|the|any)\s+)?"
                     r"([A-Za-z][\w\-]*)", re.IGNORECASE)


def absent_words(text: str) -> list[str]:
    """The words a claim says are absent: the first word after "without", "w/o" or "no",
    after an article ("without a calculator" -> "calculator"). A word the claim also says
    without a negation is left out: the claim then compares the two conditions ("with LM
    exceeds Without LM by 5.3"), and a check reads a cell of each."""
    negated = [(match.group(1).casefold(), match.start(1)) for match in _ABSENT.finditer(text)]
    absent = []
    for word, _ in negated:
        said = {found.start() for found in re.finditer(rf"(?<![\w\-]){re.escape(word)}"
                                                      rf"(?![\w\-])", text, re.IGNORECASE)}
        if said <= {other for other_word, other in negated if other_word == word}:
            absent.append(word)
    return absent


def present_label(label: str, absent: list[str]) -> bool:
    """`label` names one of the `absent` words and does not negate it: the condition with it."""
    words = header_words(unjoined(label))
    if not words or any(negating(word) for word in words):
        return False
    return any(word.number is None and names_word(word, claimed)
               for word in words for claimed in absent)


def guard_absent_conditions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` that read a cell printed under a
    condition the claim says is absent (module docstring). In place."""
    absent = absent_words(claim.text)
    if not absent:
        return
    for check in decided(checks, CheckKind.table, DECIDING):
        for evidence in check.evidence:
            found = read_cells(paper, evidence.location or "", evidence.quote)
            label = next((label for _, cell in found for label in cell.rows + cell.columns
                          if present_label(label, absent)), None)
            if label is not None:
                undecide(check, f"Not decided: the claim speaks of the condition without "
                                f"'{absent[0]}', and the cell read is printed under '{label}'")
                break
