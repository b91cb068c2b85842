"""A table contradiction read from a cell while the claim says a word that heads another
table's column (round 15: VILA, arXiv:2106.00676, once its Table 4 was read under its own caption).

A table check contradicts a claim when the one cell it reads holds another number. That cell
is the claim's only when the claim speaks of nothing the paper's tables print elsewhere.
Read in column order, VILA's pages gave two such contradictions:

- "DistilBERT with text-block I-VILA scores 35.0 F1 on equations" (the paper reports no such
  score) by Table 4's "DistilBERT × Text Block G(B): 92.12", a Macro F1; "Equation" heads a
  column of Table 7's per-class scores;
- "Adding text-line I-VILA to BERT-Base slightly lowers its correspondence F1, from 89.66 to
  89.57" (true, Table 7) by Table 4's "BERT × Baseline = 90.78"; "Correspondence" heads a
  column of Table 7.

The general fact: a class or measure one table heads a column with is a label the claim picks
cells by. When the claim says a one-word column label of another table ("Equation"), and the
table of the cell read prints that word nowhere (neither in its labels nor in its caption),
the cell is not the one the claim means, and its other number is no evidence against the
claim: the contradicting check decides nothing (`guard_headed_elsewhere`). Column labels
only, and not the words every kind of table heads columns with (measures, splits, "model"):
read over all labels, the guard withheld five right contradictions of the blind corpora and
prevented no wrong verdict there (round 15, aggregates). Supporting checks are left alone: a
cell that prints the claimed number is evidence of its own, weighed by the accounting and the
other guards.

It names no paper, table or word; it reads the tables as the reader gave them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper, Table

from .cells_read import Labelled, cells_by_table, evidence_cells
from .glued_sizes import unglued_sizes
from .paper_memo import per_paper
from .passages import _STOP_WORDS
from .undecided import decided, undecide

_WORD = re.compile(r"[a-z][a-z0-9]+")


def _words(text: str) -> set[str]:
    """The words of `text` as labels are matched here: whole words, folded, plural "s"
    dropped, stop words left out. Whole words, not the five-letter stems the accounting
    compares: "correspondence" is no "correct" (both "corre")."""
    return {word[:-1] if word.endswith("s") and len(word) > 3 else word
            for word in _WORD.findall(text.casefold()) if word not in _STOP_WORDS}


# Words that label columns of every kind of table: a measure, a split, a generic noun. They
# pick no cells the claim could mean apart from the one read (other guards weigh measures).
_GENERIC_LABELS = frozenset(_words(
    "accuracy acc score f1 precision recall error loss bleu rouge mae mse rmse auc perplexity "
    "ppl em set dev test train model method approach result average avg mean total time size "
    "number count baseline base ours all overall"))


def _labels(cells: list[Labelled]) -> set[str]:
    return {label for found in cells for label in [*found.rows, *found.columns]}


stub_columns_out = True
"""Whether a stub column's header is left out of the labels (`_column_labels`; round 34, a
planted-bug test switches it off)."""


def _column_labels(cells: list[Labelled]) -> set[str]:
    """The column labels of `cells`, but for the header of a stub column: a column each cell of
    which prints its own row's label ("Politeness" over rows "8" to "1", Yin et al. 2024,
    Tables 2 and 21, round 34). That header names what the rows are, a dimension other tables
    share under another heading ("P" in Table 1), not a class or a measure the claim picks a
    column by."""
    labels: dict[str, bool] = {}
    for found in cells:
        stub = found.cell.text.strip() == found.row
        for label in found.columns:
            labels[label] = labels.get(label, True) and stub
    return {label for label, stub in labels.items() if not (stub and stub_columns_out)}


def _elsewhere(paper: Paper, table: Table) -> frozenset[str]:
    """The one-word column labels ("Equation", "Correspondence") of the paper's other tables
    that `table` prints nowhere, neither in its labels nor in its caption; once per paper.
    Column labels only: a table's columns are what it measures or the classes it scores, its
    rows the systems and settings that other tables share."""
    def build(paper: Paper) -> dict[int, frozenset[str]]:
        every = cells_by_table(paper)
        single = {number: {word for label in _column_labels(cells)
                           if len(words := _words(label)) == 1 for word in words}
                  for number, cells in every.items()}
        printed = {id(table): _words(unglued_sizes(" ".join([table.caption or "",
                                                            *_labels(every[id(table)])])))
                   for table in paper.tables}
        return {number: frozenset().union(*(words for other, words in single.items()
                                            if other != number))
                - printed[number] - _GENERIC_LABELS for number in printed}
    return per_paper(paper, "labels elsewhere", build).get(id(table), frozenset())


def _unheld(labels: set[str], table: Table, paper: Paper) -> str | None:
    return next((word for word in sorted(labels & _elsewhere(paper, table),
                                         key=lambda word: (-len(word), word))), None)


def guard_headed_elsewhere(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell's table never prints a word of the
    claim that is a one-word column label of another table (module docstring). In place."""
    contradicting = list(decided(checks, CheckKind.table, (Outcome.contradicted,)))
    if not contradicting:
        return
    labels = _words(claim.text)
    for check in contradicting:
        for evidence in check.evidence:
            unheld = next(((found, word) for table, found in evidence_cells(
                paper, evidence.location or "", evidence.quote or "")
                if (word := _unheld(labels, table, paper))), None)
            if unheld is not None:
                found, word = unheld
                undecide(check, f"Not contradicted: the claim says “{word}”, a label of "
                                "another table's cells, which the table of the cell read "
                                f"({' / '.join(found.rows)} × {' / '.join(found.columns)}) "
                                "never prints")
                break
