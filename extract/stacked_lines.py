"""A table cell whose text is set on two lines inside one row, read line by line.

An ablation table names each row by what it adds, a long name wrapped onto two lines set close
together, the row's numbers (and the "+" that opens the name) on the baseline midway between
them: "+ New trainer, YAML," over "img resize, Qwen 2.5 VL" and "+ Synth data," over "RLVR,
souping" (Poznanski et al., olmOCR 2, AI2 report of October 2025, Table 3; round 34, probe34b).
The two lines lie 8.6 points apart in 9-point type, so each overlaps the numbers' line by half
its height and both joined the row's line; its words, ordered left to right, interleaved the
two lines word by word: "+ Newimg resize,trainer,QwenYAML,2.5 VL", "+ SynthRLVR,data,souping",
and no claim naming the row's additions found its row.

One line of type never sets two words over each other: a cell's words that overlap in their
horizontal extents lie on two lines. So the words of a cell are grouped into lines, top to
bottom (a word joins a line it overlaps by half its height, as `grid_lines.lines_of` groups a
table's words), and, when two words of different lines overlap horizontally, read line by line,
each left to right (`in_reading_order`). A cell of one line, or whose lines' words stand side by
side (a raised or lowered word after another), keeps its left-to-right order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Word

enabled = True
"""Switch for the planted-bug test (tests/test_probe34b_regressions.py)."""

OVERLAP = 0.5  # a word joins a line it overlaps by this share of its height
ABOVE = 1.0  # points of horizontal overlap that put two words over each other


def _lines(words: list[Word]) -> list[list[Word]]:
    """`words` grouped into lines, top to bottom."""
    lines: list[tuple[float, float, list[Word]]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        if lines:
            top, bottom, members = lines[-1]
            if min(bottom, word.bottom) - max(top, word.top) >= OVERLAP * height:
                members.append(word)
                lines[-1] = (min(top, word.top), max(bottom, word.bottom), members)
                continue
        lines.append((word.top, word.bottom, [word]))
    return [members for _, _, members in lines]


def _stacked(lines: list[list[Word]]) -> bool:
    """Two words of different lines set over each other."""
    return any(min(a.x1, b.x1) - max(a.x0, b.x0) > ABOVE
               for index, line in enumerate(lines) for other in lines[index + 1:]
               for a in line for b in other)


def in_reading_order(words: list[Word]) -> list[Word]:
    """The words of one cell in reading order: line by line when the cell is set on two lines
    or more whose words lie over each other, else left to right (module docstring)."""
    ordered = sorted(words, key=lambda w: w.x0)
    if not enabled or len(words) < 3:
        return ordered
    lines = _lines(words)
    if len(lines) < 2 or not _stacked(lines):
        return ordered
    return [word for line in lines for word in sorted(line, key=lambda w: w.x0)]
