"""A cell printed more coarsely than the claimed number, while another table prints numbers of
the claim's precision under one of the cell's own labels (round 33, probe33a).

Rahimi et al. 2019 (ACL, Massively Multilingual Transfer for NER) report CoNLL results in
Table 2 to one decimal ("HSup × nl: 87.1") and Wikiann results per language in Table 4 as whole
numbers ("nl × HSup: 89"). "HSup scores 89.5 F1 on Dutch CoNLL" (false: 87.1) was confirmed
by Table 4's 89 (89.5 read within its printed precision), and "Unsupervised entity-level BEA
scores 70.3 F1 on Dutch CoNLL" (true, Table 2) was contradicted by Table 4's 81. Table 4's
caption mentions CoNLL too, so its words did not tell the tables apart.

The general fact: a number printed with decimals is quoted from a table that prints them; a
cell that prints fewer decimals than the claimed number cannot be what it quotes, only a
rounding of something else. When another table of the paper prints, in a cell under one of
the deciding cell's own row or column labels ("nl", "HSup"), numbers with the claim's
decimals, the claim may well quote that table: the check decides nothing
(`guard_coarse_cells`). Only a check all of whose cells print fewer decimals: one that also
read a cell of the claim's precision ("C2W × CA: 34.92" beside its "#Parameters: 182K", Ling
et al. 2015, Table 1) compared the claim with that one. A claim that names a table by number
is left alone. The guard names no paper, table or number, and only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import CheckKind, Claim, Paper
from verify_claims.claims.models import Check

from .cell_check import named_tables
from .cells_read import Labelled, evidence_cells, labelled_cells, table_name
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d{3})*(?:\.(\d+))?")

enabled = True
"""Whether the guard runs (round 33; a planted-bug test switches it off)."""


def _decimals(text: str) -> int | None:
    """The most decimals a number of `text` prints (None: no number)."""
    found = [len(match[1] or "") for match in _NUMBER.finditer(text)]
    return max(found) if found else None


def _labels(cell: Labelled) -> set[str]:
    return {label.strip().casefold() for label in [*cell.rows, *cell.columns] if label.strip()}


def _finest_by_label(paper: Paper) -> dict[str, dict[int, int]]:
    """A row or column label, case aside -> the tables (by number) printing a cell under it,
    with the most decimals such a cell prints."""
    found: dict[str, dict[int, int]] = {}
    for number, table in enumerate(paper.tables):
        for cell in labelled_cells(table):
            decimals = _decimals(cell.cell.text)
            if decimals is None:
                continue
            for label in _labels(cell):
                tables = found.setdefault(label, {})
                tables[number] = max(tables.get(number, 0), decimals)
    return found


def _finer_table(claim: Claim, check: Check, paper: Paper, finest) -> tuple[str, str, str] | None:
    """The deciding table, the other table and the shared label, when every cell the check
    read prints fewer decimals than the claimed number it compared (a check that also read a
    cell of the claim's precision, "34.92" beside a count "182K", is left alone)."""
    coarse: list[tuple[Labelled, int, int]] = []
    for evidence in check.evidence:
        claimed = [quantity for quantity in claim.quantities
                   if evidence.claimed is not None and quantity.value == evidence.claimed]
        wanted = max((quantity.decimals or 0 for quantity in claimed), default=0)
        for table, found in evidence_cells(paper, evidence.location or "", evidence.quote or ""):
            printed = _decimals(found.cell.text)
            if printed is None:
                continue
            if not wanted or printed >= wanted:
                return None
            coarse.append((found, paper.tables.index(table), wanted))
    for found, own, wanted in coarse:
        for label in sorted(_labels(found)):
            for number, decimals in finest.get(label, {}).items():
                if number != own and decimals >= wanted:
                    return (table_name(paper.tables[own], own),
                            table_name(paper.tables[number], number), label)
    return None


def guard_coarse_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell prints fewer decimals than the claimed
    number while another table prints the claim's precision under one of its labels (module
    docstring). In place."""
    if not enabled or named_tables(claim.text) \
            or not any(quantity.decimals for quantity in claim.quantities):
        return
    for check in decided(checks, CheckKind.table, DECIDING):
        finer = _finer_table(claim, check, paper,
                             per_paper(paper, "finest decimals by label", _finest_by_label))
        if finer:
            mine, other, label = finer
            undecide(check, f"Not decided: {mine} prints fewer decimals than the claimed "
                            f"number, and {other} prints numbers of its precision under "
                            f"“{label}”; the claim names neither table")
