"""A row's name wrapped onto lines of its own under it, in a table with its values on the
name's first line.

A table of organisms prints a long name over two or three lines, its numbers on the first:
"Yersinia" (values) over "Pseudotuberculosis" over "Q66CJ"; "Bacillus aryabhattai" (values)
over "ITBHU02" (Cachumba et al., Braz. J. Microbiol. 2016, Table 1; round 27, probe27b). Read
line by line, a wrapped piece with a capital was taken for a group label over the rows below
it ("Q66CJ" headed the row of Bacillus aryabhattai, "ITBHU02" that of Pseudomonas), and a piece
in lower case was joined to the deepest label column of the row above, which in that table was
its activity column ("168.4 U mL fluorescens"): every row after the first was named by its
neighbour's strain.

Here such a line continues the name above it: it holds one piece only, in a label column,
that starts where the name of the row above starts in that column (a group label over a block
stands out to the left of the names it heads, or is centred), it is set close under the line
above (no more than `LEADING_EM` of its type size of white space, where a group label has about
a line's space above it), and no rule lies between them. A piece that wraps a name of two
lines or more is read on the line right above it, which is itself a continuation.

A label-only line so placed may also be a row whose numbers the reader missed: the
attentive-convolution paper's Table 6 (arXiv:1710.00519, red team 10) prints
"MultichannelCNN (Kim)" between "Lin et al. CNN" and "CNN+internal attention", its accuracy
unread, and joined to the row above it, "MultichannelCNN reaches 64.62%" was contradicted by
Lin et al.'s 62.05. So the lines are read as wrapped names only in a table that wraps names
as a habit: at least `MIN_WRAPPED` rows, and at least a share `MIN_SHARE` of its rows with
values, are followed by such lines (`wrapped_name_lines`); a row left blank is one line in a
table of rows printed whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Line, Segment
    from .pdfwords import Rule

MIN_WRAPPED = 3
MIN_SHARE = 1 / 3
ALIGN = 1.0  # points between the left edges of the name and its wrapped piece
LEADING_EM = 0.6  # at most this much white space (in type sizes) between the two lines


def wrapped_name_column(row: dict[int, Segment], above: dict[int, Segment] | None,
                        line: Line, upper: Line | None, labels: int,
                        full_rules: list[Rule]) -> int | None:
    """The label column whose name the label-only line `row` (body line `line`) continues, the
    row above (its segments `above`, its last line `upper`) holding that name; None when the
    line is not such a piece (module docstring)."""
    if above is None or upper is None or len(row) != 1:
        return None
    column = next(iter(row))
    if column >= labels or column not in above:
        return None
    piece, head = row[column], above[column]
    if abs(piece.x0 - head.x0) > ALIGN or not piece.text[:1].isalnum():
        return None
    size = max(min(getattr(line, "size", 0.0) or 0.0, getattr(upper, "size", 0.0) or 0.0), 1.0)
    if line.top - upper.bottom > LEADING_EM * size or line.top < upper.bottom - 0.5 * size:
        return None
    if any(upper.bottom <= rule.top <= line.top for rule in full_rules):
        return None
    return column


def wrapped_name_lines(cells: list[dict[int, Segment]], body_lines: list[Line], labels: int,
                       full_rules: list[Rule]) -> dict[int, int]:
    """Body line index -> the label column whose name the line continues, for every wrapped
    piece of a row's name, in a table that wraps its names as a habit (module docstring);
    empty otherwise."""
    found: dict[int, int] = {}
    wrapped_rows = data_rows = 0
    above: dict[int, Segment] | None = None
    tail = -1  # the body line the last row with values ends on, its pieces included
    for number, row in enumerate(cells):
        values = [column for column in row if column >= labels]
        if values:
            above, tail = row, number
            data_rows += 1
            continue
        if not row:
            continue
        column = wrapped_name_column(row, above if tail == number - 1 else None,
                                     body_lines[number], body_lines[number - 1] if number
                                     else None, labels, full_rules)
        if column is None:
            above = None
            continue
        if tail != number - 1 or number - 1 not in found:
            wrapped_rows += 1  # the first piece under a row
        found[number] = column
        tail = number
    if wrapped_rows < MIN_WRAPPED or wrapped_rows < MIN_SHARE * data_rows:
        return {}
    return found
