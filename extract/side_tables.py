"""Two tables printed side by side under one caption are two tables, not one wide one.

A paper may set two small tables next to each other and give them one caption with a part for
each: Seo et al., arXiv:1611.01603, Table 1 (page 6) prints "(a) Results on the SQuAD test set"
(eight systems, single model and ensemble EM/F1) left of "(b) Ablations on the SQuAD dev set"
(seven ablations, EM/F1), the caption saying "(1a) ... on the SQuAD test set ... (1b) ... on
the SQuAD dev set". The grid reader joins the lines of the two, so each row of the left table
went on with a row of the right one ("Logistic Regression Baseline 40.4 51.0 - - No char
embedding 65.0 75.4"), and every cell of the right table took the left row's name: the
logistic regression baseline's "F1" became 75.4 (the ablation's), and "The logistic regression
baseline reaches only 51.0 F1 on SQuAD test" was contradicted; the caption's "dev set" spoke
for the test cells too, and "The R-Net ensemble reaches 72.1 EM on the SQuAD dev set" (a test
cell) was confirmed (heldout17, round 17).

`split_side_tables` cuts such a table in two: a column other than the first and the last whose
header is empty and whose body prints a name (a cell with letters and no number) in three rows
or more, never a number, with numbers on both sides of it, opens a second table. Its rows are
the rows whose cell there holds a name, each cell named by it; its header is the header from
that column on. When the caption has a part for each ("(1a) ... (1b) ...", "(a) ... (b) ..."),
each table keeps the caption's opening ("Table 1:") with its own part; otherwise both keep the
whole caption.
"""

from __future__ import annotations

import re

from verify_claims.claims import Cell, Table

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
