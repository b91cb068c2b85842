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
table's caption that the other caption lacks, speaks of a cell of each; when the other one
holds the claimed number (within its printed precision), the claim may well be about that one.
Cells are matched by their innermost row and column names as a claim prints them: bracketed
notes ("(Acc)"), citation marks and labels that are no name ("392k", a bare count) aside.
`guard_agreeing_twins` sets aside such a contradiction; it never touches a confirmation, and
names no paper, table or number.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import CheckKind, Claim, Outcome, Paper
from verify_claims.claims.models import Check

from .cell_check import named_tables
from .cells_read import evidence_cells, labelled_cells, numbers, table_name
from .guards_table_twins import _words
from .label_text import caption_text, label_name
from .paper_memo import per_paper
from .undecided import decided, undecide


def _inner_name(labels: list[str]) -> str:
    """The innermost label of a header path that is a name, as a claim prints it ("MNLI-m"
    for "MNLI-m (Acc)"; "MNLI-m" over "392k"), case aside; empty when none is."""
    for label in reversed(labels):
        name = label_name(label).strip().casefold()
        if name:
            return name
    return ""


def _by_names(paper: Paper) -> dict[tuple[str, str], list[tuple[int, tuple[float, ...]]]]:
    """(inner row name, inner column name) -> the tables (by number) printing a cell there,
    with its numbers."""
    found: dict[tuple[str, str], list[tuple[int, tuple[float, ...]]]] = {}
    for number, table in enumerate(paper.tables):
        for cell in labelled_cells(table):
            key = (_inner_name(cell.rows), _inner_name(cell.columns))
            if all(key):
                found.setdefault(key, []).append((number, numbers(cell.cell)))
    return found


def _agrees(claim: Claim, claimed: float | None, values: tuple[float, ...]) -> bool:
    """Whether one of `values` is the claimed number within the claim's printed precision."""
    quantities = [quantity for quantity in claim.quantities if quantity.value == claimed]
    if len(quantities) != 1:
        return False
    half = 0.5 * 10 ** -(quantities[0].decimals or 0) + 1e-9
    return any(abs(value - quantities[0].value) <= half for value in values)


def guard_agreeing_twins(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell another table prints under the same
    row and column names with the claimed number (module docstring). In place."""
    if named_tables(claim.text):
        return
    said = _words(claim.text)
    by_names = None
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        by_names = by_names or per_paper(paper, "cells by inner names", _by_names)
        agreeing = None
        for evidence in check.evidence:
            for table, found in evidence_cells(paper, evidence.location or "",
                                               evidence.quote or ""):
                own = paper.tables.index(table)
                mine = _words(caption_text(table.caption))
                key = (_inner_name(found.rows), _inner_name(found.columns))
                for number, values in by_names.get(key, []) if all(key) else []:
                    other = paper.tables[number]
                    if number == own or not _agrees(claim, evidence.claimed, values):
                        continue
                    if (mine - _words(caption_text(other.caption))) & said:
                        continue  # the claim says a word of the contradicting table only
                    agreeing = (found, table_name(table, own), table_name(other, number))
                    break
                if agreeing:
                    break
            if agreeing:
                break
        if agreeing:
            found, mine_name, other_name = agreeing
            cell = f"{' / '.join(found.rows)} × {' / '.join(found.columns)}"
            undecide(check, f"Not decided: {other_name} prints the claimed number for {cell} "
                            f"as {mine_name} names them, and the claim names neither table")
