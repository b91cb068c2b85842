"""The stub header of a table with a header of several lines speaks for every cell.

The top-left cell of a table with a two-level header names what its header lines are: "Test
Settings" over "P@N(%)", beside "One", "Two", "All" over "100 200 300 Mean" (Lin et al. 2016,
P16-1200, Table 2). A claim "PCNN+ONE's mean P@N in the All setting is 68.7" says "setting"
because the table does, but the word stood in no cell's row or column path, only in the stub,
so every such claim stayed unverified for a plain word.

`stub_header` gives that text to a cell's passage as its caption is given: for plain words
only (it joins the words the cell check accounts for, not the cell's own labels), and only
for cells under a header of two levels or more. A one-line header's stub is as often a row
label the reader took for header ("BERT" over the rows of other models), which must never
account for a claim's subject."""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Table


def stub_header(table: Table, columns: Sequence[str]) -> str:
    """The table's stub header when the cell's column path has two levels or more; ""."""
    if len(columns) < 2 or not table.header:
        return ""
    stub = table.header[0].strip()
    return stub if any(char.isalpha() for char in stub) else ""
