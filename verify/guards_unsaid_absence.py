"""A condition the paper varies, claimed absent, must be said by the cell.

"On AddSent, QANet trained without data augmentation scores 45.2 F1" (unverified: QANet,
arXiv:1804.09541, page 9 says the model in use is "the one trained with the original SQuAD
data", page 10 that "it is trained with augmented data") was confirmed by Table 6's "QANet ×
AddSent: 45.2", whose labels and caption ("The F1 scores on the adversarial SQuAD test set")
say nothing of augmentation: "data augmentation" is in the abstract, so the table check took it
for the paper's topic, which a cell need not repeat (other_cells.py). But Table 5 prints rows
"+ data augmentation ×2 (1:1:0)", "+ data augmentation ×3 (1:1:1)", ...: augmentation is a
condition the paper varies, not its topic.

The general fact: a claim that says its result holds "without" (or "w/o") something the paper's
tables list as a condition (its words in a row or column label of some table) asks for a cell
of that condition's absence. A decisive table check whose cells' labels and caption say
nothing of it is set aside (`guard_unsaid_absent_conditions`); guards_absence.py already sets
aside cells printed under the present condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import read_cells
from .content_words import GENERIC
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

__all__ = ["absent_phrase", "guard_unsaid_absent_conditions"]

_ABSENT = re.compile(r"(?<![\w/])(?:without|w/o)\s+(?:(?:a|an|the|any)\s+)?"
                     r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)", re.IGNORECASE)


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


def absent_phrase(text: str) -> frozenset[str]:
    """The content terms of the first phrase (one or two words) a claim says is absent."""
    found = _ABSENT.search(text)
    return _terms(found.group(1)) if found else frozenset()


def _labels(paper: Paper) -> list[frozenset[str]]:
    """The terms of every row and column label of the paper's tables."""
    labels: set[frozenset[str]] = set()
    for table in paper.tables:
        for row in table.rows:
            for cell in row:
                for label in (*cell.row_headers, *cell.column_headers):
                    labels.add(_terms(label))
            if row:
                labels.add(_terms(row[0].text))
    return [label for label in labels if label]


def guard_unsaid_absent_conditions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of a claim that says its result holds without a
    condition the paper's tables vary, when the cells read say nothing of it (module
    docstring). In place."""
    absent = absent_phrase(claim.text)
    if not absent:
        return
    if not any(absent <= label for label in per_paper(paper, "unsaid_absence_labels", _labels)):
        return
    for check in decided(checks, CheckKind.table, DECIDING):
        for evidence in check.evidence:
            found = read_cells(paper, evidence.location or "", evidence.quote)
            said = any(absent <= _terms(" ".join([*cell.rows, *cell.columns,
                                                   table.caption or ""]))
                       for table, cell in found)
            if found and not said:
                undecide(check, "Not decided: the claim's result is without a condition the "
                                "paper's tables vary, and the cell read says nothing of it")
                break
