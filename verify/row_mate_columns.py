"""A claim giving two measures of one row names each measure once, for both cells.

"A single BERT-Large reaches 84.1 EM and 90.9 F1 on the SQuAD 1.1 dev set" reads two cells of
one row, "Dev / EM" and "Dev / F1" (Devlin et al. 2019, arXiv:1810.04805, Table 2). The table
check accounts for each cell's headers and caption alone, and the F1 cell does not say "EM":
every claim stating two measures of one system in one sentence stayed unverified, although
each number is read from its own column by its own name.

`row_mate_columns` lends a cell the column headers of the claim's other cells in the same row
of the same table, so each measure the claim names is accounted for by the cell that prints
it. Only column headers are lent, and only between cells of one row: the row, the system the
claim names, must still be said by each cell itself (a number read from a neighbouring row
borrows nothing), and each lent header names a cell the claim's numbers were read from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from verify_claims.claims import Table


class _Source(Protocol):
    number: int
    table: Table


class _Reading(Protocol):
    source: _Source
    cells: frozenset[tuple[int, int]]
    difference: bool


def _columns(reading: _Reading) -> str:
    """The column headers of a reading's cells: the flat header and each cell's path."""
    table = reading.source.table
    texts: list[str] = []
    for row, col in reading.cells:
        if 0 <= col + 1 < len(table.header):
            texts.append(table.header[col + 1])
        cells = table.rows[row] if 0 <= row < len(table.rows) else []
        if 0 <= col + 1 < len(cells):
            texts += [str(header) for header in cells[col + 1].column_headers or []]
    return " ".join(texts)


def row_mate_columns(reading: _Reading, others: Iterable[_Reading]) -> str:
    """The column headers of the other readings whose cells lie in the same rows of the same
    table as `reading`'s, in other columns; "" when there are none. Differences (two cells
    read as one number) neither lend nor borrow."""
    if reading.difference:
        return ""
    rows = {row for row, _ in reading.cells}
    columns = {col for _, col in reading.cells}
    lent = [_columns(other) for other in others
            if other is not reading and not other.difference
            and other.source.number == reading.source.number
            and {row for row, _ in other.cells} == rows
            and not columns & {col for _, col in other.cells}]
    return " ".join(lent)


class _CellPassage(Protocol):
    number: int  # of the table in the paper
    paths: tuple[tuple[str, ...], tuple[str, ...]]  # the row and column header paths


def row_mate_headers(passage: _CellPassage, printing: Iterable[_CellPassage]) -> str:
    """The cell check's form of `row_mate_columns`: the column header paths of the cells in
    `printing` (those printing another of the claim's numbers) that share `passage`'s table and
    row header path, in another column; "" when there are none."""
    return " ".join(" ".join(other.paths[1]) for other in printing
                    if other is not passage and other.number == passage.number
                    and other.paths[0] == passage.paths[0] and other.paths[1] != passage.paths[1])


def lends_metric(metric: str, lent: str) -> bool:
    """Whether the claim's other metric ("EM", named against an F1 cell) is the header of a row
    mate the claim's other number was read from: then it names that cell, not this one."""
    said = set(re.findall(r"\w+", metric.casefold()))
    return bool(said) and said <= set(re.findall(r"\w+", lent.casefold()))
