"""A contradiction by one cell that the claim's own numbers or words place elsewhere.

Two ways the cell check pairs a claimed number with the wrong cell, both found by red team 6 on
arXiv:1810.04805 (BERT):

- The claim prints the contradicting cell's own number as another of its numbers. "OpenAI GPT
  reaches 45.4 on CoLA, against 60.5 for BERT-Large" (true) was contradicted by Table 1's
  BERT-Large CoLA cell, 60.5: the check compared both numbers with that one cell, found 60.5
  agree and 45.4 not. A cell cannot show a claim false that prints the cell's number: the
  claim's other number is about another subject (`guard_own_number_contradicts`).
- Another row of the column prints the claimed number, and the claim says a word of that row's
  label which the contradicting row's label lacks. "Without NSP, the BERT-Base ablation reaches
  87.9 F1 on SQuAD" (true: the "No NSP" row) was contradicted by the "BERTBASE" row's 88.5: the
  claim's "BERT-Base" named that row and its "without" did not read as the row's "No". The
  claim may mean the row it names by a word and whose cell agrees, so the other row's cell
  decides nothing (`guard_row_printing_the_number`).

Both only set aside a contradiction read from a single cell; they name no paper, table or
number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import Labelled, evidence_cells, labelled_cells, numbers, table_name
from .number_values import within_rounding
from .undecided import decided, undecide

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
# Words of row labels that name no row of their own.
_GENERIC = frozenset(("the", "and", "with", "without", "model", "models", "method", "methods",
                      "single", "ours", "our", "base", "baseline", "all", "only", "for", "from",
                      # prepositions a label prints as a claim does ("Iran, Islamic Rep. Of"
                      # named by "percentage of ...": probe29b)
                      "of", "in", "on", "at", "to", "by", "per", "or", "as"))


def _one_cell(check: Check, paper: Paper) -> tuple | None:
    """The single cell a check's evidence names, with its table; None when it names more."""
    cells = {}
    for evidence in check.evidence:
        for table, found in evidence_cells(paper, evidence.location or "", evidence.quote or ""):
            cells[id(found.cell)] = (table, found)
    return next(iter(cells.values())) if len(cells) == 1 else None


def _contradictions(checks: Iterable[Check], paper: Paper):
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        cell = _one_cell(check, paper)
        if cell is not None:
            yield check, cell


def guard_own_number_contradicts(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide a contradiction read from one cell whose number the claim prints itself
    (module docstring). In place."""
    if len(claim.quantities) < 2:
        return
    for check, (table, found) in _contradictions(checks, paper):
        printed = numbers(found.cell)
        if any(within_rounding(quantity, value)
               for quantity in claim.quantities for value in printed):
            name = table_name(table, paper.tables.index(table))
            undecide(check, f"Not decided: the claim prints {name}'s {found.row} × "
                            f"{found.column} number itself; its other number is about "
                            f"something else")


def _words(text: str) -> set[str]:
    return {word.replace("-", "").casefold() for word in _WORD.findall(text)
            if len(word) >= 2 and word.casefold() not in _GENERIC}


def _same_column(table, found: Labelled) -> list[Labelled]:
    columns = [label.strip().casefold() for label in found.columns]
    return [other for other in labelled_cells(table) if other.cell is not found.cell
            and [label.strip().casefold() for label in other.columns] == columns]


def guard_row_printing_the_number(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide a contradiction read from one cell when another row of its column prints the
    claimed number and the claim names that row by a word the cell's row lacks (module
    docstring). In place."""
    if not claim.quantities:
        return
    said = _words(claim.text)
    for check, (table, found) in _contradictions(checks, paper):
        mine = _words(" ".join(found.rows))
        for other in _same_column(table, found):
            if not any(within_rounding(quantity, value) for quantity in claim.quantities
                       for value in numbers(other.cell)):
                continue
            naming = (_words(" ".join(other.rows)) - mine) & said
            if naming:
                undecide(check, f"Not decided: row {other.row!r} of the same column prints "
                                f"the claimed number, and the claim names it "
                                f"({', '.join(sorted(naming))})")
                break
