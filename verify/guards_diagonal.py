"""A diagonal cell, whose row and column carry the same label, named by a claim that says the
label once, or a claim about a diagonal cell met by a passage that says the label once
(tenth round, mutation seeds 1 and 3 on a paper added to the gold set).

Pairwise matrices print the same labels down the rows and across the columns: a comparison
matrix (test_Grobid_1_05452615.pdf, IEEE DSDE 2010, Tables 4 to 7: rows and columns R1 to R4),
a confusion matrix, a transfer table (source by target language). A cell on the diagonal
("R4 × R4") is named only by a claim that says its label for both axes ("R4 against R4", "the
R1 for R1"); one mention names the row or the column, and the other axis is another header:

- "the Sum of rows of R4 is 0.05" was confirmed by the cell R4 × R4 (0.05), the one word "R4"
  read as both its row and its column, while the claim's cell is R4 × Sum of rows (0.20);
- "The R1 for R1 is 5" was confirmed by "we have put value '5' in position (R12) which shows
  that R1 is '5 times' more important than R2": a passage about R1 against R2.

The general fact: a label said once names one axis of a table. A table check decides a claim
by a diagonal cell only when the claim says that label at least twice, and a passage decides a
claim that says a diagonal label twice only when it says it twice too. It names no paper,
system or number; it reads only the claim, the evidence and the tables' labels as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import labelled_cells, read_cells
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide


def _diagonal_labels(paper: Paper) -> frozenset[str]:
    """The labels some table prints as both the row and the column of one cell."""
    return frozenset(found.row for table in paper.tables
                     for found in labelled_cells(table)
                     if found.row and found.row.casefold() == found.column.casefold())


def said_times(label: str, text: str) -> int:
    """How often `text` says `label` as a word of its own ("R1", not the "R1" of "R12")."""
    return len(re.findall(rf"(?<![\w.\-]){re.escape(label)}(?![\w\-])", text, re.IGNORECASE))


def guard_diagonal_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding table check read from a diagonal cell whose label the claim says
    once, and each deciding source check of a claim that says a diagonal label twice from a
    passage that says it once. In place."""
    if not paper.tables:
        return
    labels = per_paper(paper, "diagonal labels", _diagonal_labels)
    if not labels:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            cells = read_cells(paper, evidence.location or "", evidence.quote or "")
            once = next((found.row for _, found in cells
                         if found.row and found.row.casefold() == found.column.casefold()
                         and said_times(found.row, claim.text) < 2), None)
            if once is not None:
                undecide(check, f"The cell is {once} × {once}, a diagonal cell, and the claim "
                                f"says \u201c{once}\u201d once: one mention names its row or "
                                "its column, not both")
                break
    twice = [label for label in labels if said_times(label, claim.text) >= 2]
    if not twice:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            once = next((label for label in twice
                         if said_times(label, evidence.quote or "") < 2), None)
            if once is not None:
                undecide(check, f"The claim says \u201c{once}\u201d twice, as a table's row and "
                                "column do for a diagonal cell; the passage says it once, of "
                                "something else")
                break
