"""Running text read as a table cell's row or column label (heldout16, round 16).

When two small tables are stacked in one column of a page, each with its caption under it, and
the other column of the page is running text, the grid reader can take text lines for labels:
the second and third lines of the upper table's caption ("... about restaurants. Three-way
stands for 3-class prediction. Pos./Neg. indicates ...") became the column header of every cell
of the lower table, a table about another domain; and a line of the neighbouring column's prose
("... forms worse than LSTM and TD-LSTM in Table 2.") was joined to a row's name. A claim about
the upper table's domain was then confirmed by the lower table's cells, whose borrowed header
named that domain.

The general fact: a table label is a name or a short phrase. A label of six words or more that
holds a sentence break (a word, a full stop, and a capitalised word after it) or that refers to
a table, figure or section by number is running text, not a label; what the cell under (or
beside) it measures is not known, and a table check that read the cell by that label decides
nothing (`prose_label`, `guard_prose_labels`).

It names no paper, system or number; it reads only the labels the reader gave the cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Paper

from .cells_read import read_cells
from .undecided import DECIDING, decided, undecide

_WORD = re.compile(r"[A-Za-z]+")
# A sentence ends and another begins inside the label: "restaurants. Three-way".
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]")
# The label cites a numbered table, figure or section, as prose does.
_REFERENCE = re.compile(r"\b(?:Table|Tab\.|Figure|Fig\.|Section|Sec\.)\s*\d")
_LEAST_WORDS = 6


def prose_label(labels: Iterable[str]) -> str | None:
    """The first of `labels` that reads as running text (six words or more, with a sentence
    break or a numbered reference to a table, figure or section); else None."""
    for label in labels:
        if len(_WORD.findall(label)) < _LEAST_WORDS:
            continue
        if _SENTENCE_BREAK.search(label) or _REFERENCE.search(label):
            return label
    return None


def guard_prose_labels(checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each deciding table check that read a cell one of whose row or column labels
    is running text (`prose_label`): which row or column the cell is in is not known. In
    place."""
    if not paper.tables:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        for evidence in check.evidence:
            for _, found in read_cells(paper, evidence.location or "", evidence.quote):
                label = prose_label([*found.rows, *found.columns])
                if label is not None:
                    undecide(check, f"The cell is read under \u201c{label.strip()}\u201d, "
                                    "running text the table reader took for a label, so which "
                                    "row or column the cell is in is not known")
                    break
            if not check.decisive:
                break
