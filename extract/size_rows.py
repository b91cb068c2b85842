"""A first row of growing sizes under a word is a header line, not a row of results.

Scaling tables set the size they sweep as the first line of the body, labelled like a row:
"computers | 10 20 50 100 100" over "runtime (hours) | 17.2 9.0 4.1 2.8 12.5" and
"throughput (documents/hour) | 47.6K ..." (Smola and Narayanamurthy 2010, arXiv:1004.4820,
Table 2, under a header line of groups "pubmed ... news"). Read as a row, its numbers named no
cell: "20 computers" was a cell of its own, "45.9K" was "throughput (documents/hour)" alone,
and no claim that says how many computers was decided.

`lift_size_row` tells that line by how it is typeset: the first body row, its label a word
(letters, no digit) and its cells at least three whole sizes (`size_value`: "10", "10k", "1m")
that never shrink from left to right (but where a label of the header line opens a group), no
other row a line of sizes too, and some cell below printing a number. Its cells then name the
columns: each size is added to the column path of every cell below it and to the header, after
the label of its group (a group label is set over the first column of its group and names the
blank columns after it: "pubmed" over 10, 20, 50 and 100), its label becomes the stub when the
stub is empty (the stub heads the row labels), and the row is dropped. One pass over the rows
of a table, at reading time.
"""

from __future__ import annotations

import re

from verify_claims.claims import Cell

MIN_SIZES = 3
_SIZE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*([kKmMB]?)")
_SCALE = {"": 1, "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "B": 10**9}


def size_value(label: str) -> float | None:
    """The size a label prints ("41", "10k", "1m", "1,000"); None for anything else."""
    matched = _SIZE.fullmatch(label.strip())
    if matched is None:
        return None
    return float(matched[1].replace(",", "")) * _SCALE[matched[2]]


def _size_row(row: list[Cell], header: list[str]) -> bool:
    """Whether a row is a line of sizes: a word label and at least three whole sizes that
    never shrink from left to right, except where a label of the header line above opens a
    group of its own ("pubmed 10 20 50 | news 10 20 50")."""
    if len(row) < MIN_SIZES + 1:
        return False
    label = row[0].text.strip()
    # Its label a word; or none, under a header line whose stub heads the row labels
    # ("Site | Percentile" over " | 10 20 30 ... 100", Lane et al. 2005, J. Hydrology).
    headed = not label and bool(header) and bool(re.search(r"[A-Za-z]{3}", header[0]))
    if not headed and (not re.search(r"[A-Za-z]{3}", label) or re.search(r"\d", label)):
        return False
    sizes = [(column, size_value(cell.text)) for column, cell in enumerate(row)
             if column and cell.text.strip()]
    if len(sizes) < MIN_SIZES or any(size is None for _, size in sizes):
        return False
    pairs = zip(sizes, sizes[1:], strict=False)
    # A header label excuses a drop only as a group's label, over blank columns of its group:
    # under a header that labels every column ("Item | Yes (%) | No (%) | Respondents"), the
    # first row "Privacy given | 99 | 1 | 97" is a row of results (Agyeman-Duah et al., BMC
    # Health Services Research 2014, Table 1; round 25).
    grouped = _grouped(header, [column for column, _ in sizes])
    return all(later >= earlier  # type: ignore[operator]
               or (grouped and column < len(header) and header[column].strip())
               for (_, earlier), (column, later) in pairs)


def _grouped(header: list[str], columns: list[int]) -> bool:
    """Whether the header line leaves a blank over some of `columns`: its labels are groups'
    (each over the first column of its group), not every column's own."""
    return any(not (column < len(header) and header[column].strip()) for column in columns)


def _spread_groups(header: list[str], columns: list[int]) -> dict[int, str]:
    """The group label over each size column: a label of the header line set over the first
    column of its group ("pubmed" over 10, blank over 20, 50 and 100, "news" over the last
    100) names the blank columns after it up to the next label (`_size_row` has checked that
    the sizes never shrink inside a group)."""
    found: dict[int, str] = {}
    current = ""
    for column in columns:
        label = header[column].strip() if column < len(header) else ""
        current = label or current
        if current:
            found[column] = current
    return found


def lift_size_row(rows: list[list[Cell]], header: list[str]
                  ) -> tuple[list[list[Cell]], list[str]]:
    """The rows and header with a first row of growing sizes read as a header line (module
    docstring); unchanged otherwise."""
    if len(rows) < 2 or not _size_row(rows[0], header):
        return rows, header
    first, below = rows[0], rows[1:]
    # The rows below hold results: none of them is a line of sizes too, and some cell
    # under a size prints a number.
    if any(_size_row(row, header) for row in below) or not any(
            cell.value is not None for row in below for cell in row[1:]):
        return rows, header
    names = {column: cell.text.strip() for column, cell in enumerate(first)
             if column and cell.text.strip()}
    groups = _spread_groups(header, sorted(names))
    stub = header[0].strip() if header and header[0].strip() else first[0].text.strip()
    lifted = []
    for row in below:
        cells = []
        for column, cell in enumerate(row):
            name = names.get(column)
            if column == 0 and not any(path.strip() for path in cell.column_headers):
                # The row labels stand under the stub, as a stub header's rows do.
                cells.append(cell.model_copy(update={"column_headers": [stub]}))
                continue
            if name is None or (cell.column_headers and cell.column_headers[-1] == name):
                cells.append(cell)
                continue
            paths = [path for path in cell.column_headers if path.strip()]
            if not paths and column in groups:
                paths = [groups[column]]
            cells.append(cell.model_copy(update={"column_headers": [*paths, name]}))
        lifted.append(cells)
    header = list(header) + [""] * max(0, len(first) - len(header))
    for column, name in names.items():
        header[column] = f"{header[column].strip() or groups.get(column, '')} {name}".strip()
    header[0] = stub
    return lifted, header
