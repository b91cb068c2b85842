"""A claim that names a column the cell is not under, by a word the cell check passes over
(olmOCR 2, red team 3).

Some words a claim says are not content to the cell check: "table", "result", "value" mostly
name the paper's own furniture ("the table shows"), so a claim's "tables" is not asked of a
cell's headers. But a paper may print such a word as a column's header: olmOCR 2 scores OCR
systems on olmOCR-Bench's subsets, one of them headed "Tables" (arXiv:2510.19817, Tables 2
and 3). When its Table 1 was first read (issue 11 round read5), "MonkeyOCR Pro 3B scores 75.8
on the tables subset of olmOCR-Bench" was confirmed by the cell MonkeyOCR Pro 3B ×
olmOCR-Bench / score: 75.8, the system's overall score: "tables" was passed over.

The general fact: a word of the claim that the paper prints as a column's whole header, which
the check matched to nothing and which neither the cell's headers nor its caption say, names a
column the cell is not under; the check decides nothing (`guard_unsaid_column_names`).

It names no paper, system or number; it reads only the claim, the check and the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import Labelled, labelled_cells, numbers, read_cells
from .label_text import caption_text
from .paper_memo import per_paper
from .undecided import decided, undecide

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")
def _fold(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _column_names(paper: Paper) -> frozenset[str]:
    """The one-word headers of the paper's columns of numbers (folded: "Tables" -> "table")."""
    names = set()
    for table in paper.tables:
        for row in table.rows:
            for cell in row[1:]:
                if cell.value is None:
                    continue  # a column of names ("Model") is no measure a claim can name
                for header in cell.column_headers:
                    if _WORD.fullmatch(header.strip()):
                        names.add(_fold(header.strip()))
    return frozenset(names)


def guard_unsaid_column_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of `claim` that passed over a claim word the paper
    prints as a column header, one its cell is not under (module docstring). In place."""
    names = per_paper(paper, "one-word column headers", _column_names)
    said = [word for word in _WORD.findall(claim.text) if _fold(word) in names]
    if not said:
        return
    for check in decided(checks, CheckKind.table):
        matched = {_fold(word) for part in check.matched
                   for word in _WORD.findall(part.claim or "")}
        cells = [(table, found) for evidence in check.evidence
                 for table, found in read_cells(paper, evidence.location or "",
                                                evidence.quote or "")]
        if not cells:
            continue
        # The cells read together (the two ends of a difference) and their captions; a
        # caption's label ("Table 1") names the table, and a claim word the check matched to it
        # ("tables") is passed over all the same.
        around = " ".join(" ".join([*found.rows, *found.columns, caption_text(table.caption)])
                          for table, found in cells)
        printed = {_fold(word) for word in _WORD.findall(around)}
        matched -= {_fold(word) for table, _ in cells for word in _WORD.findall(
            (table.caption or "")[:len(table.caption or "") - len(caption_text(table.caption))])}
        unsaid = [word for word in said if _fold(word) not in matched
                  and not any(_fold(word).startswith(short) for short in printed)]
        if unsaid and not any(_under(paper, unsaid[0], found) for _, found in cells):
            table, found = cells[0]
            undecide(check, f"Not decided: the claim's “{unsaid[0]}” is a column the paper "
                            f"prints, and the cells read ({found.row} × {found.column}"
                            f"{', ...' if len(cells) > 1 else ''}) are not under it")


def _under(paper: Paper, word: str, found: Labelled) -> bool:
    """Does the paper print the cell's row, with the cell's number, under the column `word`
    names (the overall score in a table of subsets as well as in a table of systems)? Then
    the claim holds under the column it names, and the cell read is as good as that one."""
    value = numbers(found.cell)
    return any(other.row == found.row and set(numbers(other.cell)) & set(value)
               and any(_fold(header) == _fold(word) for header in other.columns)
               for table in paper.tables for other in labelled_cells(table))
