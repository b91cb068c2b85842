"""A claim word that labels other cells of a table says the claim is about those cells.

A table's headers are its own vocabulary: "Test Set" and "Out-of-domain data" head different
rows of one table, "dev" and "test" different columns. When a claim says a header word of the
table ("on the English out-of-domain test set") and a cell's own headers lack it, the claim
speaks of another cell, even if the word is rare enough, or the caption broad enough, for the
accounting to let it pass: the cell under "Test Set / English" is not the out-of-domain score.
The cell check (cell_check.py) then neither confirms nor contradicts through that cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from verify_claims.claims import Table

from .content import ClaimParts, own_subject_terms, part_found, passage_terms
from .passages import PassageIndex


class _Cell(Protocol):
    table: Table
    number: int
    paths: tuple[tuple[str, ...], tuple[str, ...]]


def _path_terms(paths: tuple[tuple[str, ...], tuple[str, ...]]) -> frozenset[str]:
    return passage_terms(" ".join([*paths[0], *paths[1]]))


def _table_terms(cell: _Cell, cells: Sequence[_Cell], index: PassageIndex) -> frozenset[str]:
    """The terms of every header path of the cell's table, once per table and index."""
    key = ("other_cells", cell.number)
    cached = index.prepared.get(key)
    if isinstance(cached, frozenset):
        return cached
    paths = {other.paths for other in cells if other.number == cell.number}
    terms = frozenset().union(*(_path_terms(path) for path in paths))
    index.prepared[key] = terms
    return terms


def labels_other_cells(parts: ClaimParts, cell: _Cell, cells: Sequence[_Cell],
                       index: PassageIndex, own: frozenset[str]) -> bool:
    """Whether a subject, setting or name of the claim is a header word of the cell's table
    that the cell's own terms `own` (its header paths, the caption, and the claim words they
    abbreviate) lack. Plain words ("data" of "test data" beside an "Out-of-domain data"
    group) are left to the accounting, and so is a name that is the paper's own subject
    (title and abstract words): ablation rows ("- abstract") leave the system they ablate
    unsaid. A setting ("out-of-domain") selects cells even when the abstract says it."""
    table = _table_terms(cell, cells, index)
    subject = own_subject_terms(index)
    return any((part.role == "condition"
                or ((part.role == "subject" or part.named) and not part_found(part, subject)))
               and part_found(part, table) and not part_found(part, own)
               for part in parts.parts)
