"""A claim of several numbers from one row, all right but one: the wrong one contradicts.

"The 2012 STS task had 35 teams and 89 submissions" names two cells of the row "2012 STS",
"No. of teams" (35) and "No. of submissions" (88). The cell check (cell_decisions.py)
supports a claim whose every number some named cell prints, and contradicts one whose single
number one cell prints otherwise; with two numbers, one right, it decided nothing, and such
claims ("reaches 69.9% accuracy and 80.91 F1", "35 teams and 88 submissions") are a common
way for a report to get a table's neighbouring row or column wrong (round 32: 225
neighbour-cell claims of the real corpora of record stayed unverified).

The claim is contradicted only when exactly one row of the cells read (those whose headers
and caption account for the claim) reads it so:

- the claim prints the row's label whole (`label_text.printed`): the row is the claim's;
- every number of the claim but one is a value of a cell of that row, a number its headers
  print ("at 0.60"), or a year its label prints ("2012 STS");
- of the row's cells the claim's words account for, exactly one is tied to the remaining
  number: with the cells of the other numbers, each number takes the label printed nearest
  to it, and every label telling the cells apart is printed (`numbers_named`);
- that cell prints one number, comparable with the claimed one, and not it; and no cell of
  the row prints the claimed number.

Otherwise nothing is decided, as before. It adds contradictions only; it never supports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from verify_claims.claims import Check, CheckKind, Outcome, Quantity

from .cell_kinds import (
    _agree,
    _comparable_numbers,
    _evidence,
    _header_number,
    _matched,
    _name,
    labelled_year,
)
from .label_text import label_name, printed
from .numbers_named import numbers_named

if TYPE_CHECKING:  # types only: cell_check.py calls into cell_decisions.py, which calls this
    from .cell_check import CellPassage

Row = tuple[int, int]  # a table's number in the paper, the row's place in it


def row_mate_contradiction(quantities: Sequence[Quantity],
                           accounted: Iterable[tuple[CellPassage, object]],
                           passages: Sequence[CellPassage], claim_text: str,
                           source: str) -> Check | None:
    """The check contradicting the claim through the one cell of its row that the claim ties
    its one wrong number to (module docstring); None when no single row reads it so."""
    by_row: dict[Row, list[tuple[CellPassage, object]]] = {}
    for passage, accounting in accounted:
        by_row.setdefault((passage.number, passage.row), []).append((passage, accounting))
    readings = [found for row, cells in by_row.items()
                if (found := _row_reading(row, cells, quantities, passages, claim_text))]
    if len(readings) != 1:
        return None
    quantity, passage, accounting, supported = readings[0]
    right = "; ".join(f"{found.text} for {cell.headers}" for found, cell in supported)
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{_name(passage)} gives {passage.cell.text} for "
                              f"{passage.headers}, the cell the claim names beside its "
                              f"{quantity.text}; its other numbers are that row's ({right})."),
                 evidence=[_evidence(passage, source, quantity),
                           *(_evidence(cell, source, found) for found, cell in supported)],
                 matched=_matched(passage, quantity, accounting))


def _row_reading(row: Row, cells: list[tuple[CellPassage, object]],
                 quantities: Sequence[Quantity], passages: Sequence[CellPassage],
                 claim_text: str):
    """(wrong number, its cell, the cell's accounting, [(right number, its cell)]) when the
    row `row` reads the claim as right but for one number, else None."""
    own = [passage for passage in passages if (passage.number, passage.row) == row]
    if not own or not _label_printed(own, claim_text):
        return None
    supported: list[tuple[Quantity, CellPassage]] = []
    wrong: list[Quantity] = []
    for quantity in quantities:
        if any(_header_number(quantity, passage) or labelled_year(quantity, passage.paths)
               for passage in own):
            continue
        agreeing = [passage for passage, _ in cells if _prints(quantity, passage)]
        if agreeing:
            supported.append((quantity, agreeing[0]))
        else:
            wrong.append(quantity)
    if len(wrong) != 1 or not supported:
        return None
    quantity = wrong[0]
    if any(_agree(quantity, number) for passage in own
           for number in _comparable_numbers(quantity, passage)):
        return None  # the row prints the claimed number somewhere: which cell, unsure
    labels = {label for passage in passages if passage.number == row[0]
              for path in passage.paths for label in path[-1:]}
    taken = {id(passage) for _, passage in supported}
    pairs = [(found, passage.paths) for found, passage in supported]
    tied = [(passage, accounting) for passage, accounting in cells
            if id(passage) not in taken and not passage.listed
            and numbers_named(claim_text, [*pairs, (quantity, passage.paths)], labels)]
    if len(tied) != 1:
        return None
    passage, accounting = tied[0]
    numbers = _comparable_numbers(quantity, passage)
    if len(numbers) != 1 or _agree(quantity, numbers[0]):
        return None
    return quantity, passage, accounting, supported


def _label_printed(own: Sequence[CellPassage], claim_text: str) -> bool:
    """The claim prints the label of the row whose cells are `own` (its first cell's row
    header path), the first thing `_row_reading` asks of a row."""
    return any(printed(name, claim_text) for label in own[0].paths[0]
               if (name := label_name(label)))


def _prints(quantity: Quantity, passage: CellPassage) -> bool:
    """A cell `_row_reading` may take as printing the claimed number (a supported one)."""
    return not passage.listed and any(
        _agree(quantity, number) for number in _comparable_numbers(quantity, passage))


def may_read_row_mates(quantities: Sequence[Quantity], passages: Sequence[CellPassage],
                       claim_text: str, rows: dict[Row, list[CellPassage]]) -> bool:
    """Whether some row could read the claim as right but for one number: a row whose label
    the claim prints (`_label_printed`) with a cell that prints one of the claim's numbers
    (`_prints`). `_row_reading` asks both of the row of each cell read, among that row's cells
    (a subset of `rows[row]`), and returns None without them; so with no such row
    `row_mate_contradiction` is None whatever cells are read, and cell_check.py skips
    reading the rows again with every row mate lending (a fortieth of the verification time
    of benchmarks/verify.py, round 35, which found a contradiction in none of them). `rows`:
    the cells of `passages` by table and row, in order (`rows_of`)."""
    return any(_label_printed(own, claim_text)
               and any(_prints(quantity, passage) for passage in own for quantity in quantities)
               for own in rows.values())


def rows_of(passages: Sequence[CellPassage]) -> dict[Row, list[CellPassage]]:
    """The cells of `passages` by table and row, each row's in their order."""
    rows: dict[Row, list[CellPassage]] = {}
    for passage in passages:
        rows.setdefault((passage.number, passage.row), []).append(passage)
    return rows
