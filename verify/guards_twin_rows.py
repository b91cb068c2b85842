"""Two rows of one table under the same label, told apart only by their other cells.

A table of settings prints one row per configuration and labels it by its first setting; the
other settings are cells of the row. arXiv:1810.04805's Table 6 (BERT's model sizes) labels its
rows by the number of layers, #L, and prints #H and #A beside it: two rows are labelled "6"
(768 hidden, 3 heads: 80.6 MNLI-m; 768 hidden, 12 heads: 81.9) and two "12". "With 6 layers,
BERT reaches 80.6 MNLI-m dev accuracy" names both rows; the cell check read the first one's
cell and confirmed, though the claim does not say which model it means (red team 6). Tables of
masking rates (three rows "80%") and of seeds are alike.

`guard_twin_rows` sets aside a decisive table check whose cell's row has the same header path
as another row of its table, when that row prints another number in the same column and the
claim says nothing that tells the two apart: no number it prints is one of the cells where
the two rows differ, and no word of those cells. A claim that gives the other settings ("a
6-layer model with hidden size 768 and 3 attention heads") still stands. It only undecides;
it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper, Table

from .cells_read import Labelled, labelled_cells, numbers, table_name, undecide_by_cells
from .paper_memo import per_paper

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}")


def _path(labels: list[str]) -> str:
    return " / ".join(label.strip().casefold() for label in labels)


def _table_rows(table: Table) -> tuple[list[dict[str, Labelled]], dict[int, int]]:
    """Each row of `table` as its labelled cells by column path, and the row of each labelled
    cell (by the cell's id)."""
    position = {id(cell): number for number, row in enumerate(table.rows) for cell in row}
    rows: list[dict[str, Labelled]] = [{} for _ in table.rows]
    where: dict[int, int] = {}
    for found in labelled_cells(table):
        number = position[id(found.cell)]
        rows[number][_path(found.columns)] = found
        where[id(found.cell)] = number
    return rows, where


def _rows(paper: Paper, table: Table) -> tuple[list[dict[str, Labelled]], dict[int, int]]:
    """`_table_rows` of one of `paper`'s tables, read once per paper (`per_paper`), not once
    per row asked: reading every labelled cell of the table for each row was quadratic."""
    return per_paper(paper, "twin rows", lambda read: {
        id(each): _table_rows(each) for each in read.tables})[id(table)]


def _row_cells(paper: Paper, table: Table, found: Labelled) -> dict[str, Labelled]:
    """The cells of `found`'s row (same table row object), by column path."""
    rows, where = _rows(paper, table)
    number = where.get(id(found.cell))
    if number is None:
        number = next((n for n, row in enumerate(table.rows)
                       if any(cell is found.cell for cell in row)), None)
    return rows[number] if number is not None else {}


def _rows_alike(paper: Paper, table: Table, found: Labelled) -> list[dict[str, Labelled]]:
    """The other rows of `table` under `found`'s row path whose cell in `found`'s column prints
    another number: each as its cells by column path."""
    mine = _row_cells(paper, table, found)
    if not mine:
        return []
    column, path = _path(found.columns), _path(found.rows)
    others = []
    for cells in _rows(paper, table)[0]:
        if cells is mine:
            continue
        twin = cells.get(column)
        if twin is None or _path(twin.rows) != path:
            continue
        if set(numbers(twin.cell)) != set(numbers(found.cell)):
            others.append(cells)
    return others


value_not_setting = True
"""arXiv:1607.04606's Table 3 prints two rows "sisg" (the model trained on two other data
sets): 73 and 66 under DE GUR350, 73 and 54 under EN WS353. "sisg reaches 73 on German GUR350"
names both rows; its 73 was read as telling them apart because the first row's EN WS353 cell
prints 73 too, and the claim was confirmed by the first row. The claimed value is the
compared cell's; a number tells rows apart only as another cell's setting (a module switch,
so a test can turn the reading off)."""


def _claimed_numbers(claim: Claim) -> set[float]:
    return {quantity.value for quantity in claim.quantities}


def _tells_apart(claim: Claim, mine: dict[str, Labelled], other: dict[str, Labelled],
                 column: str) -> bool:
    """Whether the claim prints a number or says a word of a cell where `mine` and `other`
    differ (other than the compared column). The compared cell's own number is the value the
    claim states, no setting that tells the rows apart, even where another cell of the row
    happens to print it too (`value_not_setting`)."""
    claimed = _claimed_numbers(claim)
    if value_not_setting and (compared := mine.get(column)) is not None:
        claimed -= set(numbers(compared.cell))
    said = {word.casefold() for word in _WORD.findall(claim.text)}
    for key, cell in mine.items():
        if key == column:
            continue
        theirs = other.get(key)
        if theirs is not None and set(numbers(theirs.cell)) == set(numbers(cell.cell)):
            continue
        if set(numbers(cell.cell)) & claimed:
            return True
        if {word.casefold() for word in _WORD.findall(cell.cell.text)} & said:
            return True
    return False


def guard_twin_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose row has a twin under the same label that the
    claim does not tell apart (module docstring). In place."""

    def why(table: Table, found: Labelled) -> str | None:
        mine = _row_cells(paper, table, found)
        column = _path(found.columns)
        if all(_tells_apart(claim, mine, other, column)
               for other in _rows_alike(paper, table, found)):
            return None
        name = table_name(table, paper.tables.index(table))
        return (f"Not decided: {name} prints more than one row labelled {found.row!r}, with "
                f"other numbers under {found.column}, and the claim says nothing of the cells "
                f"that tell those rows apart")

    undecide_by_cells(checks, paper, why)
