"""A count "in each" class is not a table's total.

"The Yelp polarity dataset has 19,000 test samples in each polarity" (true: Zhang et al.,
arXiv:1509.01626, page 6) was contradicted by Table 3's "Yelp Review Polarity × Test Samples:
38,000": the table prints the dataset's total, two polarities of 19,000. The cell's headers
hold every word of the claim but "each", a stop word, so nothing told the total from the count
per class.

The general fact: a claim that counts "in each", "for each" or "each" of something ("each class
contains 140,000 training samples") gives a count per unit; a cell decides it only if its row
or column labels or its table's caption say "each" or "per" too. Otherwise a decisive table
check is set aside (`guard_per_unit_counts`): the total is another measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import read_cells
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_per_unit_counts", "per_unit"]

_EACH = re.compile(r"\beach\s+[A-Za-z]", re.IGNORECASE)
_SAID = re.compile(r"\b(?:each|per)\b|/", re.IGNORECASE)


def per_unit(text: str) -> bool:
    """Whether the claim counts something per unit ("in each polarity", "each class")."""
    return _EACH.search(text) is not None and any(char.isdigit() for char in text)


def guard_per_unit_counts(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of a per-unit claim whose cells' labels and caption
    never say "each" or "per" (module docstring). In place."""
    if not per_unit(claim.text):
        return
    for check in decided(checks, CheckKind.table, DECIDING):
        for evidence in check.evidence:
            found = read_cells(paper, evidence.location or "", evidence.quote)
            said = any(_SAID.search(label) for table, cell in found
                       for label in [*cell.rows, *cell.columns, table.caption or ""])
            if found and not said:
                undecide(check, "Not decided: the claim counts per unit (\u201ceach\u201d), "
                                "and the cell read is not printed as a count per unit")
                break
