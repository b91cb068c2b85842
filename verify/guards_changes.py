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

Unless the table itself says which row the change goes to (`_added_to`, round 18): a row that
adds something to another ("LayoutLMBASE + Sentence Breaks" under "LayoutLMBASE", or "+ BiLSTM"
under the row it adds to) is the end of a change that adds it. When the claim says every word
the row adds ("Adding sentence breaks to LayoutLM lowers its Macro F1 from 92.34 to 91.83",
VILA Table 4), prints the base row's number first and the added row's second, reads its
verb's direction as the numbers run, and negates or removes nothing, the one cell does say it.
Seven right verdicts of the development corpora were withheld for want of this.

It names no paper, system or number; it reads only the claim and the table as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper
from verify_claims.extract.polarity import direction_of

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .undecided import decided, undecide

_CHANGE = re.compile(r"\bfrom\s+(\d+(?:\.\d+)?)\s*%?\s+to\s+(\d+(?:\.\d+)?)")
# "cut" lowers a number only here, in a claim of a change "from X to Y": in most sentences
# it is the noun of "cut-off", so the shared direction words (claims/vocabulary.py) lack it.
_CUTS = frozenset(("cut", "cuts", "cutting"))
_UNDOING = re.compile(r"\b(?:not|no|never|without|remov\w*|drop(?:ping|s|ped)?|ablat\w*|"
                      r"w/o)\b|n't\b", re.I)


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
                column = [cell for cell in labelled_cells(table) if cell.columns == found.columns]
                ends = [cell for cell in column
                        if cell.rows != found.rows and other in numbers(cell.cell)]
                rows = [cell.row for cell in ends]
                if rows and not _added_to(claim.text, changes[0], column, found, ends[0]):
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


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def _added_to(claim: str, change: tuple[float, float], column: list[Labelled],
              one: Labelled, other: Labelled) -> bool:
    """Whether the table says the change runs from one of the two rows to the other, as the
    claim has it: the row printing the claim's end adds to the row printing its start, and
    the claim says what it adds (module docstring)."""
    start, end = change
    directions = {"decrease" if word in _CUTS else direction_of(word) for word in _words(claim)}
    if (start < end and "decrease" in directions) or (start > end and "increase" in directions) \
            or _UNDOING.search(claim):
        return False
    if end in numbers(one.cell) and start in numbers(other.cell):
        last, first = one, other
    elif start in numbers(one.cell) and end in numbers(other.cell):
        last, first = other, one
    else:
        return False
    label = last.row
    if label.startswith("+"):  # "+ BiLSTM" adds to the row above it
        above = column.index(last) - 1 if last in column else -1
        if above < 0 or column[above] != first:
            return False
        added = _words(label)
    elif " + " in label and set(_words(first.row)) < set(_words(label)):
        added = [word for word in _words(label) if word not in _words(first.row)]
    else:
        return False
    said = _words(claim)
    return any(len(word) >= 3 for word in added) and all(
        any(word == own or (len(word) >= 3 and own.startswith(word)) for own in said)
        for word in added)


def _shown(value: float) -> str:
    return f"{value:g}"
