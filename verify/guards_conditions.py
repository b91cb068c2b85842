"""Table checks that read a cell under a condition the claim does not give it, or that
contradict a claim printing the cell's own value.

Papers report results "with" and "without" something (perspective maps, a calculator,
pretraining) as rows or columns that differ only in that condition: "AMDCN (with perspective
information)" above "AMDCN (without perspective information)". The red-team corpus
(tests/real/redteam, arXiv:1804.07821, 1103.5254) showed three ways a number-matching check
reads such cells wrongly, each a general fact about how claims and tables are written:

- A condition the paper varies, claimed of a cell whose labels and caption never mention it,
  is not shown by that cell: "with perspective information, AMDCN reaches 290.82 on UCF" was
  confirmed by the UCF table, which has no such run (the paper varies the condition only on
  other datasets). When some table of the paper labels a row or column with the negated
  condition ("without X", "w/o X", "no X"), X is a condition of the paper's own making, and a
  decisive table check whose cell names neither X nor its absence decides nothing
  (`guard_unstated_conditions`).
- A condition phrase right after a name belongs to that name: in "a 43% reduction of the error
  of [18] with perspective information (1.11)" the condition is [18]'s, not the subject's. A
  contradiction drawn from the subject's cell "with perspective information" rests on that
  misreading; when the claim's only mention of the cell's condition follows the name of
  another row of the same table, the check decides nothing (`guard_borrowed_conditions`).
- A claim that prints a cell's own value is not contradicted by that cell through another of
  its numbers: "reached its Add Highway log-loss of 3.093 after only 16 observations" was
  contradicted as "16" against the cell 3.093 (the parser read "loss of" as a decrease and set
  3.093 aside). Whatever the other number is (a condition, a count, another subject's
  value), the cell agrees with what the claim says of it (`guard_printed_cell_value`). This
  holds for a check that read one cell as a level; a difference of two cells, or one cell in
  each of several tables, is left alone, and the value must be printed to the cell's precision
  (the "1" of "1-best" is no 0.65).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from verify_claims.claims import Cell, Check, CheckKind, Claim, Outcome, Paper, Table

from .cell_check import _headers, cell_numbers
from .cell_kinds import _agree
from .cells_read import read_cells
from .guard_triggers import TABLE_CONTRADICTED, TABLE_DECIDING, acts
from .label_text import without_notes
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_ARTICLE = r"(?:(?:a|an|the|any|its|their)\s+)?"
# "with X" / "without X" in a claim: the condition word is the first after an article.
_CONDITION = re.compile(rf"(?<![\w/])(with|without|w/o|w/)\s+{_ARTICLE}([A-Za-z][\w\-]*)",
                        re.IGNORECASE)
_NEGATED = ("without", "w/o", "no")


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def claimed_conditions(text: str) -> list[tuple[str, int]]:
    """Each condition word the claim puts after "with"/"without" (stemmed), with the start
    of its phrase: "With perspective information, ..." -> [("perspective", 0)]."""
    return [(_stem(match.group(2)), match.start()) for match in _CONDITION.finditer(text)]


def _row_labels(table: Table) -> list[list[str]]:
    """Each row's labels, as the cell check reads them (the stub cell where no cell of the
    row carries row headers)."""
    return [_headers(table, row, min(1, len(row) - 1))[0] for row in table.rows if row]


def _labels(table: Table) -> set[str]:
    rows = {label for labels in _row_labels(table) for label in labels}
    columns = {label for row in table.rows for column in range(len(row))
               for label in _headers(table, row, column)[1]}
    return rows | columns


def _names(label: str, word: str) -> bool:
    return any(_stem(token) == word for token in re.findall(r"[A-Za-z][\w\-]*", label))


def varied_conditions(paper: Paper) -> frozenset[str]:
    """The condition words some table label of the paper prints negated ("without X",
    "w/o X", "no X"): conditions the paper reports results both with and without. Read once
    per paper (`per_paper`) by the guard."""
    found = set()
    for table in paper.tables:
        for label in _labels(table):
            for match in re.finditer(rf"(?<![\w/])(?:{'|'.join(map(re.escape, _NEGATED))})\s+"
                                     rf"{_ARTICLE}([A-Za-z][\w\-]*)", label, re.IGNORECASE):
                found.add(_stem(match.group(1)))
    return frozenset(found)


def _cells_read(check: Check, paper: Paper) -> Iterator[tuple[Table, list[str], list[str],
                                                               Cell]]:
    """Each cell the check read: its table, row labels, column labels and the cell."""
    for evidence in check.evidence:
        for table, found in read_cells(paper, evidence.location or "", evidence.quote):
            yield table, found.rows, found.columns, found.cell


def guard_unstated_conditions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell names none of the conditions the claim
    states, of those the paper varies (module docstring). In place."""
    conditions = {word for word, _ in claimed_conditions(claim.text)}
    if not conditions or not paper.tables:
        return
    varied = conditions & per_paper(paper, "varied conditions", varied_conditions)
    if not varied:
        return
    for check in decided(checks, CheckKind.table, DECIDING):
        for table, rows, columns, _ in _cells_read(check, paper):
            said = " ".join((*rows, *columns, table.caption or ""))
            missing = sorted(word for word in varied if not _names(said, word))
            if missing:
                undecide(check, f"Not decided: the claim states a condition on "
                                f"'{missing[0]}', which the paper reports with and without, "
                                f"and the cell read names neither")
                break


def _base(label: str) -> str:
    """A row label without its bracketed parts: "[18] (with perspective information)" ->
    "[18]"."""
    return without_notes(label).casefold()


def guard_borrowed_conditions(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell's condition the claim says only
    right after the name of another row of the same table (module docstring). In place."""
    conditions = claimed_conditions(claim.text)
    if not conditions:
        return
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        for table, rows, columns, _ in _cells_read(check, paper):
            own = {_base(label) for label in rows}
            others = {_base(label) for labels in _row_labels(table)
                      for label in labels} - own - {""}
            labels = " ".join((*rows, *columns))
            mentions = [(word, start) for word, start in conditions if _names(labels, word)]
            before = [claim.text[:start].rstrip().casefold() for _, start in mentions]
            owners = [next((name for name in others if text.endswith(name)), None)
                      for text in before]
            if mentions and all(owners):
                undecide(check, f"Not decided: the claim says '{mentions[0][0]}' of "
                                f"'{owners[0]}', another row of the table, not of the cell read")
                break


def guard_printed_cell_value(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose cell's value the claim itself prints
    (module docstring). In place."""
    if not claim.quantities:
        return
    for check in decided(checks, CheckKind.table, (Outcome.contradicted,)):
        cells = list(_cells_read(check, paper))
        if len(cells) != 1:
            continue  # a difference of two cells, or one cell in each of several tables
        printed = [number for number in cell_numbers(cells[0][3])[0]
                   if any(_agree(quantity, number) and quantity.decimals == number.decimals
                          for quantity in claim.quantities)]
        if printed:
            undecide(check, f"Not contradicted: the claim prints the cell's own value "
                            f"{printed[0].text}")


def guard_conditions(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The three guards of this module, in place."""
    if acts(checks, TABLE_DECIDING):
        guard_unstated_conditions(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):
        guard_borrowed_conditions(claim, checks, paper)
    if acts(checks, TABLE_CONTRADICTED):
        guard_printed_cell_value(claim, checks, paper)
