"""A row's value set closer to its label than a cell gap, read as a cell of its own where it
stands in the column of values (read32, round 32).

Yin and Schütze, Attentive Convolution (arXiv:1710.00519, page 10, Table 6) set the row
"MultichannelCNN (Kim) 64.62" in italics; an italic "(Kim)" ends nearer its value than the
other rows' labels end near theirs (6 points, under the 0.6 em that parts two cells), so the
row was one cell, "MultichannelCNN (Kim) 64.62", with no value: it was read as the label of a
group of the rows under it, and its 64.62 was lost.

A segment of a line that ends in a number (its last word a value, the words before it not) is
cut before that number when the number stands in a column of values: two other lines of the
table print a value of their own (a segment that is only a value) whose left or right edge is
where the number's is, within `_ALIGN` points. Row labels that end in a number ("Layer 3",
"Top 5") stand at the left of the table, not in a column of values, and stay whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grid_lines import Line, Segment, _is_value, segments

if TYPE_CHECKING:
    from .pdfwords import Word

_ALIGN = 1.0  # points: edges this close stand in one column
_OTHERS = 2  # lines whose own value cells the number aligns with


def _same_column(one: Word | Segment, other: Word | Segment) -> bool:
    """Whether the two have a left or right edge in one place (within `_ALIGN` points)."""
    return abs(one.x0 - other.x0) <= _ALIGN or abs(one.x1 - other.x1) <= _ALIGN


def _aligned(word: Word, cells: list[Segment]) -> int:
    """How many of the value `cells` have a left or right edge where `word`'s is."""
    return sum(_same_column(cell, word) for cell in cells)


def split_aligned_values(lines: list[Line], segmented: list[list[Segment]]) -> None:
    """Cut each line read as one segment, whose last word is a value set apart by a space and
    standing in a column of values of other lines, into its label and that value (module
    docstring). Only a whole line: a header line's cells ("P@1" among "nDCG MAP") stay as they
    are. In place."""
    others = [other for row in segmented for other in row
              if other.value and len(other.words) == 1]
    for index, (line, cells) in enumerate(zip(lines, segmented, strict=True)):
        if len(cells) != 1:
            continue
        words = cells[0].words
        if len(words) < 2 or not _is_value(words[-1].text) \
                or any(_is_value(word.text) for word in words[:-1]) \
                or words[-1].x0 - words[-2].x1 < 0.15 * line.size:
            continue
        places = _decimals(words[-1].text)
        aligned = [other for other in others if other not in segmented[index]
                   and _decimals(other.text) == places]
        if _aligned(words[-1], aligned) < _OTHERS:
            continue
        label = segments(Line(words[:-1], line.top, line.bottom))
        value = segments(Line(words[-1:], line.top, line.bottom))
        if len(label) != 1 or len(value) != 1 or not value[0].value:
            continue
        cells[:] = [label[0], value[0]]


def ends_in_value_column(line: Line, rows: list[Line]) -> bool:
    """Does `line` end in a number standing in the column of values of `rows` (lines of the
    table already taken): its last word a value with as many decimals as, and an edge where, the
    last values of two of them? A row whose value is set close to its label ("APCNN (dos Santos
    et al., 2016) 83.9", arXiv:1710.00519's Table 3) runs on at word spacing across the
    column, as prose does; read as prose it ended the table's region there, and the rows above
    it were lost (read32, round 32)."""
    words = line.words
    last = _last_value(line)
    if len(words) < 2 or last is not words[-1] or _is_value(words[0].text):
        return False
    places = _decimals(last.text)
    return sum(value is not None and _decimals(value.text) == places
               and _same_column(value, last)
               for value in map(_last_value, rows)) >= _OTHERS


_MARKS = frozenset("*\u2217\u2020\u2021\u00a7")


def _last_value(line: Line) -> Word | None:
    """The line's last word when it is a value, or the value before the marks that end it
    ("87.42 \u2217"); else None."""
    words = [word for word in line.words if not set(word.text) <= _MARKS]
    return words[-1] if words and _is_value(words[-1].text) else None


def _decimals(text: str) -> int:
    """Digits after the decimal point of a number as printed ("83.9": 1)."""
    digits = text.strip("*\u2020\u2021%)").rsplit(".", 1)
    return len(digits[1]) if len(digits) == 2 and digits[1].isdigit() else 0
