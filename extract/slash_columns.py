"""A column whose header names two or more parts joined by slashes, over cells that print one
number per part joined the same way, is that many columns.

GLUE tables print MNLI's matched and mismatched accuracies in one column headed "MNLI-(m/mm)",
each cell "84.6/83.4" (arXiv:1810.04805 Table 1); SQuAD tables print "EM/F1" over "84.1/90.9".
Read as one cell, the pair holds no number: no claim about either half can be checked, and the
check could only say that the cell prints something else. Here the column is cut in as many
columns as its header names parts, each headed by the header with its part in place of the
list ("MNLI-m", "MNLI-mm") and each cell holding its own number.

Only a header that names as many parts as every filled cell of its column prints numbers is
read so: a slash between two numbers is also a ratio ("2/44" papers under "# papers"), which a
header naming no parts leaves whole.
"""

from __future__ import annotations

import re

from verify_claims.claims import Cell, Table

from .cell_values import _DASHES, make_cell, parse_cell

# A list of short parts joined by slashes, bracketed or not ("(m/mm)", "EM/F1", "P/R/F1").
_PARTS = re.compile(r"(?P<open>\(?)(?P<parts>[A-Za-z][\w.\-]{0,11}(?:/[A-Za-z][\w.\-]{0,11})+)"
                    r"(?P<close>\)?)")


# A list of parts wrapped after its slash over two header lines: "(ABSOLUTE/" over
# "RELATIVE)" (ELMo, arXiv:1802.05365, Table 1: "INCREASE (ABSOLUTE/ RELATIVE)" over cells
# "4.7 / 24.9%"), joined with a space, or kept as two levels of a cell's header path.
_WRAPPED_SLASH = re.compile(r"(?<=[A-Za-z])/\s+(?=\(?[A-Za-z])")


def _unwrapped(headers: list[str]) -> list[str]:
    """A header path with each level that ends in a slash joined to the level under it."""
    joined: list[str] = []
    for text in headers:
        if joined and joined[-1].rstrip().endswith("/") and text.strip()[:1].isalpha():
            joined[-1] = joined[-1].rstrip() + text.strip()
        else:
            joined.append(text)
    return joined


def _named_parts(text: str) -> tuple[str, list[str], str] | None:
    """(before, parts, after) of the one list of parts a header text names, or None when it
    names none or more than one (a bracket opened is closed: "MNLI-(m/mm)")."""
    text = _WRAPPED_SLASH.sub("/", text)
    found = [match for match in _PARTS.finditer(text)
             if bool(match["open"]) == bool(match["close"])]
    if len(found) != 1:
        return None
    match = found[0]
    return text[:match.start()], match["parts"].split("/"), text[match.end():]


def _renamed(text: str, part: int) -> str:
    """`text` with its list of parts replaced by part number `part` ("MNLI-(m/mm)", 1 ->
    "MNLI-mm")."""
    named = _named_parts(text)
    if named is None:
        return text
    text = _WRAPPED_SLASH.sub("/", text)
    before, parts, after = named
    return " ".join(f"{before}{parts[part]}{after}".split())


def _pieces(cell: Cell) -> list[str] | None:
    """The numbers a cell prints joined by slashes ("84.6/83.4"), or None."""
    pieces = cell.text.replace(" ", "").split("/")
    if len(pieces) < 2 or any(parse_cell(piece)[0] is None for piece in pieces):
        return None
    return pieces


def _path_parts(cell: Cell, header: str) -> int:
    """How many parts the cell's column header names: its own header path's one element that
    names parts, or else the table header over its column; 0 when none does."""
    texts = [text for text in _unwrapped(cell.column_headers) if _named_parts(text)] \
        if cell.column_headers else [header]
    named = [_named_parts(text) for text in texts]
    named = [found for found in named if found is not None]
    return len(named[0][1]) if len(named) == 1 else 0


def _split_column(table: Table, column: int) -> int:
    """How many parts column `column` is cut into: its header's number of parts when every
    filled cell of the column prints that many numbers, one at least; else 0."""
    header = table.header[column] if column < len(table.header) else ""
    counts = set()
    filled = 0
    summaries = 0
    for row in table.rows:
        if column >= len(row):
            continue
        if summary_row(row):
            summaries += 1
            continue
        cell = row[column]
        text = cell.text.strip()
        if text in _DASHES:
            continue
        pieces = _pieces(cell)
        parts = _path_parts(cell, header)
        if pieces is None or parts != len(pieces):
            return 0
        counts.add(parts)
        filled += 1
    if summaries and filled < 2:
        return 0
    return counts.pop() if filled and len(counts) == 1 else 0


def summary_row(row: list[Cell]) -> bool:
    """A row that prints one number per column where the others print pairs: the change from
    the first part to the second ("Change in %" under "Site A before/after", each cell
    "\u22125.4%" beside rows of "224/212"; Wilson et al., Employee Relations 2007, Table III;
    probe28b, round 28). It says nothing of either part alone: its cells stay whole in each
    part's column (as a dash does), and the pairs of the other rows are cut."""
    values = row[1:]
    return bool(values) and all(_pieces(cell) is None for cell in values) and all(
        _ONE_NUMBER.match(cell.text) for cell in values if cell.text.strip() not in _DASHES)


# One signed number, a share or not: "\u22125.4%", "+ 12%", "+/\u2212 0%" (no change).
_ONE_NUMBER = re.compile(r"^\s*(?:\+\s*/\s*[-\u2212]|[-+\u2212\u00b1])?\s*\d[\d,]*(?:\.\d+)?"
                         r"\s*%?\s*$")


def _cut(cell: Cell, part: int) -> Cell:
    """Part number `part` of a cell of a column being cut: its own number, or the cell's text
    again where it prints none (a dash)."""
    pieces = _pieces(cell)
    new = make_cell(pieces[part] if pieces else cell.text)
    new.row_headers = list(cell.row_headers)
    new.column_headers = [_renamed(text, part) for text in _unwrapped(cell.column_headers)]
    new.flags = list(cell.flags)
    return new


def split_slash_columns(table: Table) -> Table:
    """`table` with each column of slash-joined numbers under a header naming as many parts cut
    into one column per part (module docstring); the table itself when it has none."""
    width = max((len(row) for row in table.rows), default=0)
    cuts = {column: parts for column in range(1, width)
            if (parts := _split_column(table, column))}
    if not cuts:
        return table
    header: list[str] = []
    for column, text in enumerate(table.header):
        header += ([_renamed(text, part) for part in range(cuts[column])] if column in cuts
                   else [text])
    rows: list[list[Cell]] = []
    for row in table.rows:
        cells: list[Cell] = []
        for column, cell in enumerate(row):
            cells += ([_cut(cell, part) for part in range(cuts[column])]
                      if column in cuts else [cell])
        rows.append(cells)
    return table.model_copy(update={"header": header, "rows": rows})
