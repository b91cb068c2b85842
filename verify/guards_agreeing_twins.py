"""A contradiction by one table's cell while another table prints the claimed number under the
same row and column names (probe 13, round 13).

Papers print one system's score on one task in several tables: a test table and a development
or ablation table (arXiv:1810.04805 prints BERT-Base's MNLI-m accuracy as 84.6 in Table 1, the
GLUE test results, and as 84.4 in Table 5, an ablation on the dev set). "BERT-Base reaches 84.6
on MNLI-m" is true of Table 1, yet was contradicted by Table 5: Table 1's column also reads
"392k" (the row of training-set sizes under the task names) and its bracketless "MNLI-m" came
from a split slash column, so its path is not Table 5's "MNLI-m (Acc)" and the guard of twin
tables (verify/guards_table_twins.py, which asks for the same header paths) did not see them.

The general fact: a claim that names neither table, and says no word of the contradicting
cell's caption and labels that the other cell's lack ("on the dev set" for Table 5, whose
column is "Dev Set / MNLI-m (Acc)", stays contradicted), speaks of a cell of each; when the
other one holds the claimed number (within its printed precision), the claim may well be
about that one. Cells are matched by their innermost row and column names as a claim prints
them: citation marks and labels that are no name ("392k", a bare count) aside, and a
bracketed note where only one of the two prints one ("MNLI-m (Acc)", "MNLI-m"); two notes
that differ tell two things apart ("H-VILA(Text Line)", "H-VILA(Text Block)"). A table the
check itself cites (a contradiction read from each of several tables) is no other reading.
`guard_agreeing_twins` sets aside such a contradiction; it never touches a confirmation, and
names no paper, table or number.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import CheckKind, Claim, Outcome, Paper
from verify_claims.claims.models import Check

from .cell_check import named_tables
from .cells_read import Labelled, evidence_cells, labelled_cells, numbers, table_name
from .guards_table_twins import _words
from .label_text import caption_text, label_name
from .number_values import within_rounding
from .paper_memo import per_paper
from .undecided import decided, undecide


def _inner_name(labels: list[str]) -> tuple[str, str]:
    """The innermost label of a header path that is a name, as a claim prints it, case aside:
    (without its bracketed note, with it): ("mnli-m", "mnli-m (acc)"); ("mnli-m", "mnli-m")
    for "MNLI-m" over "392k". Empty when no label is a name."""
    for label in reversed(labels):
        name = label_name(label).strip().casefold()
        if name:
            return name, label_name(label, notes=True).strip().casefold()
    return "", ""


def _same_name(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Two inner names are one where they agree, or where one prints no note and the other's
    note is all they differ by ("MNLI-m" and "MNLI-m (Acc)"); two notes that differ tell two
    things apart ("H-VILA(Text Line)", "H-VILA(Text Block)")."""
    return one[0] == other[0] and (one[1] == other[1] or one[0] in (one[1], other[1]))


def _by_names(paper: Paper) -> dict[tuple[str, str], list[tuple[int, Labelled]]]:
    """(inner row name, inner column name), notes aside -> the tables (by number) printing a
    cell there, with the cell."""
    found: dict[tuple[str, str], list[tuple[int, Labelled]]] = {}
    for number, table in enumerate(paper.tables):
        for cell in labelled_cells(table):
            key = (_inner_name(cell.rows)[0], _inner_name(cell.columns)[0])
            if all(key):
                found.setdefault(key, []).append((number, cell))
    return found


def _agrees(claim: Claim, claimed: float | None, values: tuple[float, ...]) -> bool:
    """Whether one of `values` is the claimed number within the claim's printed precision."""
    quantities = [quantity for quantity in claim.quantities if quantity.value == claimed]
    if len(quantities) != 1:
        return False
    return any(within_rounding(quantities[0], value) for value in values)


def _words_of(table, cell: Labelled) -> set[str]:
    """The words of a cell's caption and of all its labels ("Dev Set" over "MNLI-m")."""
    return _words(" ".join([caption_text(table.caption), *cell.rows, *cell.columns]))


def _agreeing(claim: Claim, check: Check, paper: Paper, said: set[str], by_names):
    """(cell, its table's name, the agreeing table's name) for the first cell of the check's
    evidence that another table prints with the claimed number (module docstring)."""
    read = [(evidence, evidence_cells(paper, evidence.location or "", evidence.quote or ""))
            for evidence in check.evidence]  # each evidence line's cells, found once
    cited = {id(table) for _, cells in read for table, _ in cells}
    for evidence, cells in read:
        for table, found in cells:
            own = next(number for number, each in enumerate(paper.tables) if each is table)
            rows, columns = _inner_name(found.rows), _inner_name(found.columns)
            for number, twin in by_names.get((rows[0], columns[0]), []):
                other = paper.tables[number]
                if id(other) in cited or not _same_name(rows, _inner_name(twin.rows)) \
                        or not _same_name(columns, _inner_name(twin.columns)) \
                        or not _agrees(claim, evidence.claimed, numbers(twin.cell)):
                    continue
                if (_words_of(table, found) - _words_of(other, twin)) & said:
                    continue  # the claim says a word only the contradicting cell prints
                return found, table_name(table, own), table_name(other, number)
    return None


def guard_agreeing_twins(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell another table prints under the same
    row and column names with the claimed number (module docstring). In place."""
    if named_tables(claim.text):
        return
    said = _words(claim.text)
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        agreeing = _agreeing(claim, check, paper, said,
                             per_paper(paper, "cells by inner names", _by_names))
        if agreeing:
            found, mine_name, other_name = agreeing
            cell = f"{' / '.join(found.rows)} × {' / '.join(found.columns)}"
            undecide(check, f"Not decided: {other_name} prints the claimed number for {cell} "
                            f"as {mine_name} names them, and the claim names neither table")
