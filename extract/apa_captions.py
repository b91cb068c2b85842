"""Table captions in the style of the American Psychological Association (probe37b, round 37:
Mausbach et al., Health Psychology 31:4 (2012), pp. 437-438).

APA journals label a table "Table 1" alone on its line, in the body's roman face and size,
flush left, and print its title on the next line in italics ("Characteristics of the Sample",
"Model Predicting FMD Over Time"); the table runs across both columns under a rule that spans
the page, while the caption sits in the left column. Neither table of that paper was read:
the label has no colon, full stop, bold, other face or smaller type (grid_captions'
`_caption_start`), so its rows of means, counts, coefficients and p values ran into the prose
of the column ("... years caregiving, B = -0.36, Table 1 Characteristics of the Sample Variable
Baseline (N = 116) ...").

`titled_below`: a line that is only "Table <number>", whose next line, close below and flush
with it, is set wholly in italics and starts with a capital, opens a caption. A reference in
prose never leaves "Table 1" alone on a line with an italic line under it.

The same line is a caption, not running text (`line_kinds.mark_captions`), and so is its
title under it; before, both were read into the sentence the table interrupts.

`table_note`: the note under an APA table, "*Note.* CVD = cardiovascular disease; ..." with
its lettered footnotes, opens with "Note." in italics in type smaller than the body; it is the
table's small print, not running text (it had split "years caregiving, B = -0.36, t(260.52) =
2.27" in two, the note between).

`spans_gutter`: such a caption's table spans both columns when the first rule under the
caption's title runs across the gutter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Line
    from .pdfwords import PageWords

__all__ = ["spans_gutter", "table_note", "titled_below"]

_LABEL = re.compile(r"^(?:Table|TABLE)$")
_NUMBER = re.compile(r"^\d{1,2}$")


def titled_below(lines: Sequence[Line], number: int) -> tuple[str, bool] | None:
    """("Table N", False) when `lines[number]` is only "Table N" and the next line, close
    under it and flush with it, is all in italics from a capital (module docstring)."""
    line = lines[number]
    words = line.words
    if len(words) != 2 or not _LABEL.match(words[0].text) or not _NUMBER.match(words[1].text):
        return None
    if number + 1 >= len(lines) or any(word.italic or word.bold for word in words):
        return None
    following = lines[number + 1]
    if any(getattr(following, key, None) != getattr(line, key, None) for key in ("page", "column")):
        return None  # the running text's lines (page_lines.Line) of another column or page
    if following.top - line.bottom > 0.6 * line.size or abs(following.x0 - line.x0) > 1:
        return None
    if not following.words[0].text[:1].isupper() \
            or not all(word.italic for word in following.words):
        return None
    return f"Table {words[1].text}", False


def spans_gutter(page: PageWords, title_bottom: float, gutter: tuple[float, float],
                 size: float) -> bool:
    """Whether the first rule under a caption's title (within three lines) runs across the
    page's gutter."""
    rules = sorted((rule for rule in page.rules
                    if title_bottom - 1 <= rule.top <= title_bottom + 3 * size),
                   key=lambda rule: rule.top)
    return bool(rules) and rules[0].x0 < gutter[0] and rules[0].x1 > gutter[1]


def table_note(line: Line, size: float) -> bool:
    """Whether a running-text line opens a table's note: "Note." in italics first, the line
    in smaller type than the body (`size`)."""
    return bool(line.words) and line.words[0].text == "Note." and line.words[0].italic \
        and line.size < size - 0.5


def mark_table_notes(lines: list[Line], size: float) -> None:
    """Mark each table note among a page's running-text lines (`table_note`) as a caption,
    with the lines that go on under it at its size and spacing, in whichever column (a note
    runs across the page; its short last lines sit in one column). In place."""
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        if line.kind != "text" or not table_note(line, size):
            continue
        line.kind = "caption"
        previous = line
        while number < len(lines):
            following = lines[number]
            step = following.baseline - previous.baseline
            if following.kind != "text" or not 0 < step < 1.6 * previous.size \
                    or abs(following.size - previous.size) >= 0.5:
                break
            following.kind, previous = "caption", following
            number += 1
