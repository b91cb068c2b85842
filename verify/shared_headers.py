"""A spanning header over every value column of a table: it names the whole table, not a column.

"Dev Set" spans all five value columns of arXiv:1810.04805 Table 5 (MNLI-m, QNLI, MRPC, SST-2,
SQuAD). Like a caption, it says what the whole table holds and picks out no column. The table
check matches a claim's names to column headers without it (table_views.py), and writes its
evidence with those headers; the guards that find a check's cell again from its evidence
(cells_read.py) read the column the same way.
"""

from __future__ import annotations

from verify_claims.claims import Table


def shared_top(table: Table) -> str | None:
    """The top header element every named value column's header path opens with, when each
    of those paths has more under it; None when the columns do not share one."""
    paths: dict[int, list[str]] = {}
    for row in table.rows:
        for column, cell in enumerate(row):
            if column and column not in paths and cell.column_headers:
                paths[column] = cell.column_headers
    named = [column for column in range(1, len(table.header)) if table.header[column].strip()]
    if len(named) < 2 or any(len(paths.get(column, [])) < 2 for column in named):
        return None
    tops = {paths[column][0] for column in named}
    return tops.pop() if len(tops) == 1 else None


def inner_header(table: Table, column: int, header: str, top: str | None) -> str:
    """Column `column`'s header less the table's shared top header `top` (`shared_top`, read
    once per table by the caller), or `header` as given when there is none or the column's
    path does not open with it."""
    if top is None or column == 0:
        return header
    for row in table.rows:
        if column < len(row) and row[column].column_headers:
            path = row[column].column_headers
            return " ".join(path[1:]) if path[0] == top and len(path) > 1 else header
    return header
