"""Two tables printed side by side in one float are two tables, not one wide one.

A paper may set two small tables next to each other under one caption. The grid reader reads a
region line by line, so it meets them in two ways, each read here:

1. Rows that share baselines (`split_side_tables`, on the table read). Seo et al.,
arXiv:1611.01603, Table 1 (page 6) prints "(a) Results on the SQuAD test set" (eight systems,
single model and ensemble EM/F1) left of "(b) Ablations on the SQuAD dev set" (seven ablations,
EM/F1), the caption saying "(1a) ... on the SQuAD test set ... (1b) ... on the SQuAD dev set".
The grid reader joins the lines of the two, so each row of the left table went on with a row of
the right one ("Logistic Regression Baseline 40.4 51.0 - - No char embedding 65.0 75.4"), and
every cell of the right table took the left row's name: the logistic regression baseline's "F1"
became 75.4 (the ablation's), and "The logistic regression baseline reaches only 51.0 F1 on
SQuAD test" was contradicted; the caption's "dev set" spoke for the test cells too, and "The
R-Net ensemble reaches 72.1 EM on the SQuAD dev set" (a test cell) was confirmed (heldout17,
round 17).

It cuts such a table in two: a column other than the first and the last whose header is empty
and whose body prints a name (a cell with letters and no number) in three rows or more, never a
number, with numbers on both sides of it, opens a second table. Its rows are the rows whose cell
there holds a name, each cell named by it; its header is the header from that column on. When
the caption has a part for each ("(1a) ... (1b) ...", "(a) ... (b) ..."), each table keeps the
caption's opening ("Table 1:") with its own part; otherwise both keep the whole caption.

2. Rows on different baselines (`split_sides`, on the region's lines, before any grid), as in
Kiros et al., Skip-Thought Vectors, Table 3 ("Left: ... Right: ...": SICK results on the left,
MSRP results on the right). When two such tables have the same row height and start together,
their rows share baselines (case 1, or `grid_rows.side_labels` when the second half repeats a
row-label column's header). When they do not (here the right table's rows sit half a row lower),
a left row and the right row below it overlap by half their height, so `grid_lines.lines_of`
chained every row of both tables into one line, and the region was read as a single row of
run-together labels and numbers ("0.7993 0.8070 0.8268 0.8414").

`split_sides` finds that case from the words: a vertical strip of the region that no word
crosses, with the lines of each side on baselines the other side does not use, and each side
holding rows of a label and numbers. Each side's words are then grouped into lines of their own,
and each is read as a table (the caller appends the second side's rows to the first's, as for a
continuation). An ordinary table, whose label and value columns share baselines, is never split,
nor one whose wrapped labels sit between the baselines of their values (the side of labels holds
no rows of numbers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify_claims.claims import Cell, Table

from .grid_lines import Line, lines_of

if TYPE_CHECKING:
    from .pdfwords import Rule, Word

__all__ = ["split_side_tables", "split_sides"]

# --------------------------------------------------------------------------------------------
# 1. Rows that share baselines: a column of names with an empty header opens a second table

MIN_NAMES = 3
"""Least rows whose cell in the column prints a name for the column to open a second table."""

_LETTER = re.compile(r"[A-Za-z]{2}")
# "(1a)" / "(1b)" or "(a)" / "(b)" opening each table's part of a shared caption.
_PART = re.compile(r"\((\d*)([ab])\)\s")


def _is_name(cell: Cell) -> bool:
    return cell.value is None and _LETTER.search(cell.text) is not None


def _is_number(cell: Cell) -> bool:
    return cell.value is not None


def _second_label_column(table: Table) -> int | None:
    """The column that opens a second table beside the first (module docstring), or None."""
    width = len(table.header)
    rows = [row for row in table.rows if len(row) == width]
    if len(rows) != len(table.rows) or width < 5 or not rows:
        return None
    if sum(_is_name(row[0]) for row in rows) < MIN_NAMES:
        return None
    for column in range(2, width - 1):
        if table.header[column].strip():
            continue
        cells = [row[column] for row in rows]
        if any(_is_number(cell) for cell in cells) or sum(map(_is_name, cells)) < MIN_NAMES:
            continue
        named = [row for row in rows if _is_name(row[column])]
        left = any(_is_number(cell) for row in named for cell in row[1:column])
        right = all(any(_is_number(cell) for cell in row[column + 1:]) for row in named)
        if left and right:
            return column
    return None


def _caption_parts(caption: str | None) -> tuple[str | None, str | None]:
    """The caption of the left table and of the right one: the opening and its own part each
    when the caption has an "(a)" part then a "(b)" part of the same number, else the whole."""
    if not caption:
        return caption, caption
    parts = list(_PART.finditer(caption))
    first = next((match for match in parts if match[2] == "a"), None)
    second = next((match for match in parts if match[2] == "b" and first is not None
                   and match.start() > first.start() and match[1] == first[1]), None)
    if first is None or second is None:
        return caption, caption
    opening = caption[:first.start()].rstrip()
    left = f"{opening} {caption[first.start():second.start()].strip()}".strip()
    right = f"{opening} {caption[second.start():].strip()}".strip()
    return left, right


def split_side_tables(table: Table) -> list[Table]:
    """The table, or the two tables printed side by side that were read as it (module
    docstring)."""
    column = _second_label_column(table)
    if column is None:
        return [table]
    left_caption, right_caption = _caption_parts(table.caption)
    left_rows = [row[:column] for row in table.rows]
    right_rows = []
    for row in table.rows:
        if not _is_name(row[column]):
            continue
        name = row[column].text
        right_rows.append([cell.model_copy(update={"row_headers": [name]})
                           for cell in row[column:]])
    left = table.model_copy(update={"caption": left_caption, "header": table.header[:column],
                                    "rows": left_rows})
    right = table.model_copy(update={"caption": right_caption, "header": table.header[column:],
                                     "rows": right_rows, "pages": list(table.pages),
                                     "regions": list(table.regions)})
    return [left, right]


# --------------------------------------------------------------------------------------------
# 2. Rows on different baselines: the region is parted at a strip no word crosses

MIN_GAP = 6.0
"""The narrowest strip (points) that may part two tables."""
SHARED_BASELINES = 0.2
"""The largest share of either side's lines whose baseline the other side also uses."""
MIN_ROWS = 3
"""Each side holds at least this many lines of a label followed by a number."""
BASELINE_TOLERANCE = 1.0
"""Baselines closer than this (points) are one."""

_NUMBER = re.compile(r"^[-+\u2212\u2013(]?\d[\d.,]*%?\)?$")


def _gaps(words: list[Word]) -> list[tuple[float, float]]:
    """The vertical strips no word crosses, between the leftmost and rightmost word, widest
    first."""
    spans = sorted((word.x0, word.x1) for word in words)
    gaps: list[tuple[float, float]] = []
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= MIN_GAP:
            gaps.append((right, x0))
        right = max(right, x1)
    return sorted(gaps, key=lambda gap: gap[0] - gap[1])


def _baselines(lines: list[Line]) -> list[float]:
    """Each line's baseline: that of its words in the line's largest type, so that a
    subscript ("[C2mim][OAc]", set lower and smaller) does not move a row's baseline off its
    neighbour's across the gap (the ESI of Chen and Wang, RSC Advances 2016, Table S2 going on
    over page 4 was split into its labels and its values; round 27, probe27a)."""
    bases = []
    for line in lines:
        size = max(word.size for word in line.words)
        bases.append(max(word.baseline for word in line.words if word.size >= size - 0.5))
    return bases


def _shared(mine: list[float], theirs: list[float]) -> float:
    """The share of `mine` that `theirs` also uses."""
    if not mine:
        return 0.0
    return sum(any(abs(base - other) <= BASELINE_TOLERANCE for other in theirs)
               for base in mine) / len(mine)


def _rows(lines: list[Line]) -> int:
    """Lines that open with a label and hold a number after it."""
    return sum(1 for line in lines if not _NUMBER.match(line.words[0].text)
               and any(_NUMBER.match(word.text) for word in line.words[1:]))


def split_sides(lines: list[Line], rules: list[Rule]
                ) -> list[tuple[list[Line], list[Rule]]] | None:
    """The region's two tables, each with its lines and the rules over it, left first, when
    the region holds two tables side by side on different baselines (module docstring);
    else None."""
    words = [word for line in lines for word in line.words]
    if len(lines) < 2 or len(words) < 4 * MIN_ROWS:
        return None
    for left_end, right_start in _gaps(words):
        middle = (left_end + right_start) / 2
        left = lines_of([word for word in words if word.x1 <= middle])
        right = lines_of([word for word in words if word.x0 >= middle])
        if _rows(left) < MIN_ROWS or _rows(right) < MIN_ROWS:
            continue
        left_bases, right_bases = _baselines(left), _baselines(right)
        if max(_shared(left_bases, right_bases), _shared(right_bases, left_bases)) \
                > SHARED_BASELINES:
            continue
        return [(left, [rule for rule in rules if rule.x1 <= middle]),
                (right, [rule for rule in rules if rule.x0 >= middle])]
    return None
