"""An outer row label printed as a stack of lines, centred on the block of rows it names.

CVPR-style results tables name each block of rows by a label of several lines in the first
column ("CIFAR-10" / "For" / "ResNet-20" / "(FP:94.03)", LaTeX's \\multirow with line breaks),
centred vertically on the block's eleven rows. Round 36 (probe36a, Fan et al., CVPR 2024,
"Data-Free Quantization via Pseudo-label Filtering", Tables 1-4 and 6): each line of the stack
fell into whichever row it shared a baseline with, or stood as a lone line between two rows, so
the block's rows read "CIFAR-10 / ARC[6]", "For / ResNet-20 / ARC+AIT[48]", "For / (FP:94.03)
/ Ours": no row carried the data set and the model together, the rows above the stack carried
nothing, and a lone line ("For", "Cifar100") became a group label heading every row below it,
into the next block (Table 6's ImageNet rows read "Cifar100 / ImageNet / GDFQ[42]+L").

Here such a stack is one label: its lines are joined in reading order and set in the block's
first row, which the grid's block fill (`grid_rows.rows_of`) gives to every row of the block.
A stack qualifies only when its lines follow one another with no row between them, none is a
number, it is centred on its block (blocks bounded by the rules that reach over the label
column; a rule under the method column only, \\cmidrule, leaves the block whole), and rows of
values without a first-column label stand both above and below it, each with a label of its
own in the next column (so the first column is an outer one, printed once per block).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cell_values import parse_cell
from .grid_lines import Segment

if TYPE_CHECKING:
    from .grid_lines import Line
    from .pdfwords import Rule

stacked_labels_joined = True
"""Whether a centred stack of first-column lines is read as one block label (a planted-bug
test switches it off)."""


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _blocks(rows: list[int], body_lines: list[Line], rules: list[Rule]) -> list[list[int]]:
    """The non-empty body lines `rows` cut into blocks at rules that reach over the label
    column: those that start at the table's left edge (a \\cmidrule under the columns right
    of it starts further right)."""
    if not rules:
        return [rows]
    edge = min(rule.x0 for rule in rules)
    crossing = [rule for rule in rules if rule.x0 <= edge + 2]
    blocks: list[list[int]] = [[rows[0]]]
    for upper, lower in zip(rows, rows[1:], strict=False):
        if any(_middle(body_lines[upper]) < rule.top < _middle(body_lines[lower])
               for rule in crossing):
            blocks.append([lower])
        else:
            blocks[-1].append(lower)
    return blocks


def _stack(block: list[int], cells: list[dict[int, Segment]]) -> list[int] | None:
    """The block's lines with a first-column label, when they follow one another and rows of
    values without one, each labelled in the next column, stand above and below them."""
    labelled = [n for n, index in enumerate(block) if 0 in cells[index]]
    if len(labelled) < 2 or labelled != list(range(labelled[0], labelled[-1] + 1)):
        return None
    if any(parse_cell(cells[block[n]][0].text)[0] is not None for n in labelled):
        return None
    for index in block:
        row = cells[index]
        values = [c for c in row if c >= 1]
        if values and 1 not in row:
            return None
    above = [block[n] for n in range(labelled[0]) if cells[block[n]]]
    below = [block[n] for n in range(labelled[-1] + 1, len(block)) if cells[block[n]]]
    if not above or not below:
        return None
    return [block[n] for n in labelled]


def join_stacked_labels(cells: list[dict[int, Segment]], body_lines: list[Line],
                        rules: list[Rule]) -> None:
    """Join each block's centred stack of first-column lines into one label set in the
    block's first row (see the module docstring)."""
    if not stacked_labels_joined:
        return
    rows = [n for n, row in enumerate(cells) if row]
    if len(rows) < 5 or sum(0 in cells[n] for n in rows) < 2:
        return
    for block in _blocks(rows, body_lines, rules):
        stack = _stack(block, cells)
        if stack is None:
            continue
        size = max(body_lines[n].bottom - body_lines[n].top for n in block)
        stacked = (body_lines[stack[0]].top + body_lines[stack[-1]].bottom) / 2
        spanned = (body_lines[block[0]].top + body_lines[block[-1]].bottom) / 2
        if abs(stacked - spanned) > 1.5 * size:
            continue
        parts = [cells[n][0] for n in stack]
        text = parts[0].text
        for part in parts[1:]:
            if text.endswith("-") and part.text[:1].islower():
                text = text[:-1] + part.text
            else:
                text = f"{text} {part.text}"
        for n in stack:
            del cells[n][0]
        cells[block[0]][0] = Segment(text, min(p.x0 for p in parts), max(p.x1 for p in parts),
                                     [flag for p in parts for flag in p.flags])
