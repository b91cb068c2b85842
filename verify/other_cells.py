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

from .content import ClaimParts, Part, own_subject_terms, part_found, passage_terms
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
    # A name the caption mentions ("the strongest baseline (TEXTRUNNER or PL)") is still the
    # label of its own row: only the cell's paths, and what they abbreviate, say it.
    named = _path_terms(cell.paths) | (own - passage_terms(cell.table.caption or ""))
    for part in parts.parts:
        if not part_found(part, table):
            continue
        if part.role == "condition" and not part_found(part, own):
            return True
        if (part.role == "subject" or part.named) and not part_found(part, subject) \
                and not part_found(part, named) \
                and not _table_measure(part, cell, cells, parts):
            return True
    return False


_AGGREGATES = frozenset(passage_terms("macro micro average avg mean overall weighted total"))


def _table_measure(part: Part, cell: _Cell, cells: Sequence[_Cell], parts: ClaimParts) -> bool:
    """Whether `part` is the measure of the whole table rather than the label of other cells:
    the caption says it ("Prediction F1 breakdown for all models") and every header path of
    the table that holds it qualifies it with an aggregate word the claim does not say ("Macro
    F1", "Avg. F1" beside one column per class). A per-class score is that measure too, so
    "F1 on authors" speaks of the cell under "Author", not of the "Macro F1" column."""
    if not part_found(part, passage_terms(cell.table.caption or "")):
        return False
    said = {term for other in parts.parts for term in passage_terms(other.text)}
    if not _AGGREGATES.isdisjoint(said):
        return False
    holding = [path for path in {other.paths for other in cells if other.number == cell.number}
               if part_found(part, _path_terms(path))]
    return bool(holding) and all(not _AGGREGATES.isdisjoint(_path_terms(path))
                                 for path in holding)
