"""Every table check, not only the cell check's own pick, holds to the data split and to the
authors a claim names.

`other_cells.other_split` and `other_cells.reported_elsewhere` keep the cell check
(`cell_check.py`) from reading a cell of another data split ("the validation subject" against
"the test subject") or the paper's own run for a number other authors reported. The table
check of `table_check.py`, which reads a cell by its row and column names ("Table 1, row
BERTBASE, column SST-2 67k"), did not ask: "BERT-Base reaches 93.5% on SST-2 on the dev set"
was confirmed by Table 1's GLUE test score (arXiv:1810.04805, caption "GLUE Test results"; the
dev score, 92.7, is Table 5's), and "BERT-Base's CoLA score is 52.1 on the dev set" too (red
team 6; the paper prints no dev CoLA score).

`guard_other_splits` sets aside each decisive table check that read a cell whose caption and
headers name only data splits other than the claim's, or a cell the claim says other authors
reported while the caption neither says so nor cites them (both read as the cell check reads
them). It only undecides; it names no paper, table or number.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .cells_read import undecide_by_cells
from .other_cells import other_split, reported_elsewhere, splits

_REPORTED = ("report", "found", "find", "observ", "show", "measur", "obtain", "achiev")


def guard_other_splits(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell of another data split, or the
    paper's own cell for a number the claim gives as other authors' (module docstring). In
    place."""
    if not splits(claim.text) and not any(word in claim.text for word in _REPORTED):
        return

    def why(table, found) -> str | None:
        around = (f"{table.caption or ''} {' / '.join(found.rows)} \u00d7 "
                  f"{' / '.join(found.columns)}")
        if other_split(claim.text, around):
            return (f"Not decided: the cell {found.row} × {found.column} is of another data "
                    f"split than the claim names")
        if reported_elsewhere(claim.text, around):
            return (f"Not decided: the claim gives what other authors reported, and the cell "
                    f"{found.row} × {found.column} is this paper's own number")
        return None

    undecide_by_cells(checks, paper, why)
