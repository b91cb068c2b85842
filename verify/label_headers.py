"""The headers of a row's label columns speak for the row's labels (round 27, probe27a).

A table of experiments names each row by several label columns: "Entry", "IL", "Base (mol%)",
"T (°C)" (the ESI of Chen and Wang, RSC Advances 2016, Table S2: "S11 / [C2mim][Et2PO4] / - /
80 × Mn (kDa) = 16.1"). A claim says the setting with its unit, "At 80 °C, [C2mim][Et2PO4] gave
an Mn of 16.1 kDa": its "°C" is said by the header of the column that prints the row's "80",
which is no header of the value's cell, and the claim stayed unverified for want of "C".

`label_headers` gives the column headers of a row's label cells (the leading cells whose text
is the row's own header path), for the cell check's terms only: words the claim may be
accounted by, never words it must say. A label cell that prints a dash (no base added) lends
nothing: "with a base" is not said by a row whose base is "-".
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Cell, Table

_DASHES = frozenset(("", "-", "\u2013", "\u2014", "\u2212"))


def label_headers(table: Table, row: Sequence[Cell], rows: Sequence[str]) -> str:
    """The headers of the label columns of `row` whose cells print a label (module
    docstring); "" for a row of fewer than two label columns."""
    count = 0
    for cell, name in zip(row, rows, strict=False):
        if cell.text != name:
            break
        count += 1
    if count < 2:
        return ""
    lent = []
    for column in range(count):
        if row[column].text.strip() in _DASHES:
            continue
        headers = row[column].column_headers or (
            [table.header[column]] if column < len(table.header) else [])
        lent += [header for header in headers if any(char.isalpha() for char in header)]
    return " ".join(lent)
