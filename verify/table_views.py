"""A paper's tables read both ways (as printed and transposed), for the table check.

Each table becomes a `_Source` (its name, its words for `mentions`, its parsed cells) and two
`_View`s that see its rows, then its columns, as the entities a claim names, with the baseline
row, the average column and the delta columns found by their labels. `_index` builds them once
per paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from verify_claims.claims import (
    Cell,
    Entity,
    Paper,
    Table,
)

from .passages import PassageIndex
from .shared_headers import inner_header, shared_top
from .table_labels import _Labels, _name_forms, _Printed, _printed_cell, _stem, _tokens

# Words of labels that carry meaning here (see table_check.py's docstring).
_AVERAGE_WORDS = frozenset({"average", "averages", "averaged", "avg", "mean"})
_DELTA_WORDS = frozenset({"gain", "gains", "improvement", "improvements", "delta", "diff",
                          "difference", "change"})
_BASELINE_LABELS = frozenset({"none", "nointermediatetask", "nointermediate"})


# ---------------------------------------------------------------------------------------------
# Tables, read both ways


_TABLE_NAME = re.compile(r"^\s*((?:Table|Tab\.|Exhibit)\s+(?:[A-Z]-?)?\d+(?:\.\d{1,2})?[a-z]?)",
                         re.I)


def _table_name(table: Table, number: int) -> str:
    """ "Table 2" from the caption; failing that the caption itself, or the table's place."""
    caption = " ".join((table.caption or "").split())
    match = _TABLE_NAME.match(caption)
    if match:
        return match[1]
    if caption:
        return caption if len(caption) <= 60 else caption[:57] + "..."
    return f"table {number + 1} (no caption)"


@dataclass
class _Source:
    """One table of the paper and what every reading of it needs."""

    number: int
    table: Table
    name: str
    words: str  # " token token ... " of caption, header and row labels, for `mentions`
    _mentioned: dict[tuple[str, str], bool] = field(default_factory=dict)
    _printed: dict[tuple[int, int], _Printed | None] = field(default_factory=dict)

    @property
    def page(self) -> int | None:
        return self.table.pages[0] if self.table.pages else None

    def printed(self, row: int, col: int) -> _Printed | None:
        """The number in cell `col` (after the label) of row `row`, parsed once."""
        key = (row, col)
        if key not in self._printed:
            cells = self.table.rows[row]
            self._printed[key] = _printed_cell(cells[col + 1] if col + 1 < len(cells) else None)
        return self._printed[key]

    def mentions(self, entity: Entity) -> bool:
        """Whether the caption, header or row labels name the entity anywhere."""
        key = (entity.name, entity.text)
        if key not in self._mentioned:
            self._mentioned[key] = any(f" {' '.join(tokens)} " in self.words
                                       for tokens in _name_forms(*key) if tokens)
        return self._mentioned[key]


@dataclass
class _View:
    """A table seen with entities as rows: as printed, or transposed."""

    source: _Source
    transposed: bool
    row_labels: list[str]
    col_labels: list[str]
    rows: _Labels
    cols: _Labels
    baseline: int | None
    average: int | None
    deltas: list[int]
    row_stems: list[list[str]]  # the row labels' tokens, plurals cut
    col_stems: list[set[str]]  # the column headers' tokens, plurals cut

    def cell(self, row: int, col: int) -> Cell | None:
        r, c = (col, row) if self.transposed else (row, col)
        cells = self.source.table.rows[r]
        return cells[c + 1] if c + 1 < len(cells) else None

    def printed(self, row: int, col: int) -> _Printed | None:
        return self.source.printed(*((col, row) if self.transposed else (row, col)))

    def where(self, row: int, col: int) -> str:
        """ "row MNLI, column TyDiQA" in the table's printed orientation."""
        r, c = self.row_labels[row], self.col_labels[col]
        if self.transposed:
            r, c = c, r
        return f"row {r}, column {c}"

    def numeric_columns(self) -> list[int]:
        """Columns of measurements: with a number somewhere, and not an average or a delta."""
        return [col for col in range(len(self.col_labels))
                if col != self.average and col not in self.deltas
                and any(self.printed(row, col) for row in range(len(self.row_labels)))]


def _unique(indexes: list[int]) -> int | None:
    return indexes[0] if len(indexes) == 1 else None


def _inner_headers(table: Table, header: list[str]) -> list[str]:
    """The column headers a claim's names are matched to: each column's header, less a
    spanning header over every value column (shared_headers.py). Left on every column's
    label it hid the column's own name from the match ("QNLI" no longer named "Dev Set QNLI
    (Acc)" in arXiv:1810.04805 Table 5). It still counts as a word the table mentions
    (`_Source.words`)."""
    top = shared_top(table)
    if top is None:
        return header
    return [inner_header(table, column, text, top) for column, text in enumerate(header)]


def _views(source: _Source) -> list[_View]:
    table = source.table
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    if width < 2 or not table.rows:
        return []
    header = _inner_headers(table, [*table.header, *[""] * (width - len(table.header))])
    labels = [row[0].text if row else "" for row in table.rows]
    views = []
    for transposed in (False, True):
        row_labels, col_labels = (header[1:], labels) if transposed else (labels, header[1:])
        row_tokens = [_tokens(label) for label in row_labels]
        col_tokens = [_tokens(label) for label in col_labels]
        views.append(_View(
            source=source, transposed=transposed, row_labels=row_labels, col_labels=col_labels,
            rows=_Labels(row_labels), cols=_Labels(col_labels),
            baseline=_unique([i for i, tokens in enumerate(row_tokens)
                              if "baseline" in tokens or "".join(tokens) in _BASELINE_LABELS]),
            average=_unique([i for i, tokens in enumerate(col_tokens)
                             if _AVERAGE_WORDS & set(tokens) and not _DELTA_WORDS & set(tokens)]),
            deltas=[i for i, (label, tokens) in enumerate(zip(col_labels, col_tokens,
                                                               strict=True))
                    if _DELTA_WORDS & set(tokens) or "\u0394" in label or "\u2206" in label],
            row_stems=[[_stem(token) for token in tokens] for tokens in row_tokens],
            col_stems=[{_stem(token) for token in tokens} for tokens in col_tokens],
        ))
    return views


@dataclass
class _Index:
    paper: Paper
    tables: tuple[int, ...]  # ids of the paper's tables when indexed, to notice a change
    sources: list[_Source]
    views: list[_View]
    passages: PassageIndex | None = None  # built on first need, for the weights of words


_CACHE: dict[int, _Index] = {}
_CACHE_SIZE = 64


def _index(paper: Paper) -> _Index:
    """Views of a paper's tables, built once per paper object: a report cites the same paper
    for many claims. The cache holds the paper itself, so its id is not reused while cached;
    a paper whose list of tables changed is indexed again."""
    cached = _CACHE.get(id(paper))
    tables = tuple(map(id, paper.tables))
    if cached is not None and cached.paper is paper and cached.tables == tables:
        return cached
    sources = []
    for number, table in enumerate(paper.tables):
        words = [*_tokens(table.caption or ""), *(t for h in table.header for t in _tokens(h))]
        words += [t for row in table.rows if row for t in _tokens(row[0].text)]
        sources.append(_Source(number, table, _table_name(table, number),
                               " " + " ".join(words) + " "))
    index = _Index(paper, tables, sources, [view for source in sources for view in _views(source)])
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(paper)] = index
    return index


