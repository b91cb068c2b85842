"""A change "from X to Y" confirmed by the one cell that prints Y (olmOCR 2, red team 3).

A claim that a setting "raised the arXiv score from 70.8 to 78.6" speaks of two cells: the
row it leaves prints X, the row it goes to prints Y. The cell check reads one cell, the one
whose number and headers the claim's words reach, and it reaches both rows' names, since the
claim names both ("finetuning on olmOCR-mix-1025 instead of olmOCR-mix-0225"). When olmOCR 2's
Table 2 was first read (arXiv:2510.19817, a caption without a colon, issue 11 round read5),
the claim with its two numbers swapped was confirmed by the cell olmOCR-mix-0225 × ArXiv:
78.6: the number is there, but in the row the claim leaves, not the one it goes to.

The general fact: when the table prints the claim's other number in the same column of
another row, the claim's change runs between those two rows, and which of them holds which
number is the whole claim; one cell does not say it (`guard_two_cell_changes`). The check
decides nothing. A change whose other end the table does not print is left alone.

It names no paper, system or number; it reads only the claim and the table as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import labelled_cells, numbers, read_cells
from .undecided import decided, undecide

_CHANGE = re.compile(r"\bfrom\s+(\d+(?:\.\d+)?)\s*%?\s+to\s+(\d+(?:\.\d+)?)")


def guard_two_cell_changes(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` that reads a change "from X to Y" from one
    cell while the table prints the other number in that cell's column (module docstring).
    In place."""
    changes = [(float(a), float(b)) for a, b in _CHANGE.findall(claim.text)]
    if not changes:
        return
    for check in decided(checks, CheckKind.table):
        for evidence in check.evidence:
            for table, found in read_cells(paper, evidence.location or "", evidence.quote or ""):
                other = _other_end(changes, numbers(found.cell))
                if other is None:
                    continue
                rows = [cell.row for cell in labelled_cells(table)
                        if cell.columns == found.columns and cell.rows != found.rows
                        and other in numbers(cell.cell)]
                if rows:
                    undecide(check, f"Not decided: the claim's change from "
                                    f"{_shown(changes[0][0])} to {_shown(changes[0][1])} runs "
                                    f"between two rows of {found.column} ({found.row} and "
                                    f"{rows[0]}); one cell does not say which holds which")
                    break
            else:
                continue
            break


def _other_end(changes: list[tuple[float, float]], printed: tuple[float, ...]) -> float | None:
    """The other number of the change whose one end the cell prints, or None."""
    for start, end in changes:
        if end in printed:
            return start
        if start in printed:
            return end
    return None


def _shown(value: float) -> str:
    return f"{value:g}"
