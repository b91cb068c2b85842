"""A claim word that the table prints as a text cell of another line (probe of bohnet09,
round 14).

Tables that set systems side by side as columns describe each column with rows of words:
Bohnet (2009, Table 3) heads its columns "(1)", "(2)", "(3)" and prints under them a row
"System: baseline | this | this" and a row "Labeling: separate | separate | integrated", then
the numbers ("LAS: 0.86 | 0.86 | 0.88"). "The baseline system reaches a LAS of 0.88" was
confirmed by the cell "LAS × (3)": the claim's "baseline" is accounted for by the caption
("For the baseline system (1), ..."), but the table says which column is the baseline, and
it is not (3).

The general fact: a word printed as a text cell of the table's body describes the line (row
or column) it sits in. When a claim says such a word, the table prints it only in lines other
than the cells' own, and neither the cells' lines nor their labels print it, the claim speaks
of another line, and a decisive table check on the cells decides nothing
(`guard_text_cell_lines`).

It names no paper, table or word; it reads the claim and the table as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper, Table

from .cells_read import Labelled, read_cells
from .undecided import DECIDING, decided, undecide

_COMMON = frozenset(("the", "and", "of", "a", "an", "for", "with", "without", "in", "on", "to",
                     "yes", "no", "n/a", "na", "none", "all", "total"))


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z][a-z\-]+", text.casefold())
            if word not in _COMMON}


def _position(table: Table, found: Labelled) -> tuple[int, int] | None:
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells):
            if cell is found.cell:
                return row, column
    return None


def _text_words(table: Table) -> list[tuple[int, int, set[str]]]:
    """(row, column, words) of each body cell that prints words and no number, past the
    first column and not itself one of its row's or column's labels (a second column of row
    labels): the words that describe its row or column."""
    found = []
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells):
            if column and cell.value is None and not re.search(r"\d", cell.text) \
                    and cell.text.strip() not in cell.row_headers + cell.column_headers \
                    and len(cell.text.split()) <= 3 and (words := _words(cell.text)):
                found.append((row, column, words))
    return found


def guard_text_cell_lines(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cells' lines lack a claim word that the table
    prints as a text cell of other lines (module docstring). In place."""
    said = _words(claim.text)
    if not said:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        read: dict[int, tuple[Table, list[tuple[int, int]], set[str]]] = {}
        for evidence in check.evidence:  # every cell the check read, by table
            for table, found in read_cells(paper, evidence.location or "", evidence.quote or ""):
                place = _position(table, found)
                if place is not None:
                    _, places, labels = read.setdefault(id(table), (table, [], set()))
                    places.append(place)
                    labels |= _words(" ".join(found.rows + found.columns))
        for table, places, labels in read.values():
            rows, columns = {row for row, _ in places}, {column for _, column in places}
            texts = _text_words(table)
            own = labels.union(*(words for row, column, words in texts
                                 if row in rows or column in columns))
            elsewhere = set().union(*(words for row, column, words in texts
                                      if row not in rows and column not in columns))
            named = (said & elsewhere) - own
            if named:
                undecide(check, f"Not decided: the table prints the claim's "
                                f"“{sorted(named)[0]}” in other lines than the cells read")
                break
