"""Tables captioned in the page's outer margin, beside them (Emerald journals; probe28b, round 28).

Emerald sets each table across the text block between horizontal rules and its caption in the
outer margin, level with the table's middle: a label in its own face alone on its line
("Table I.", "Table III."), and the caption's text on the lines below it ("MANOVA: effect of /
work-life training and / family involvement on / WFC"); on even pages the margin is left of the
text, on odd pages right of it (Wilson et al., Shift work interventions for reduced
work-family conflict, Employee Relations 29(2) 2007, pages 170-172). The grid reader looks for
a caption in the text block and grows its table above or below it, so it read none of the
paper's four tables (their F ratios and comment counts): the label shares its baseline with a
row of the table ("Table I. df = 1 df = 1"), and a mixed-case Roman label opens a caption only
as "Table I: Capitalised" (mixed_roman_captions.py).

`margin_parts` finds such a caption from the words outside the page's text block (the x extent
most of its long lines share): a line of the margin that is only "Table" and a label with a
full stop ("I.", "12."), the label's face not the page's body face. Its table is the part of
the text block between the horizontal rules around the caption's line: the first rule below
it, and above it the rules up to the last one no line of running text separates from the
caption (a rule under the header, the rule over it). A caption with no rule on either side is
no table's. Each part is read by the grid reader as any other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from .grid_lines import Line, lines_of

if TYPE_CHECKING:
    from .pdfwords import PageWords, Rule, Word

_LABEL = re.compile(r"^([IVX]{1,5}|\d{1,3})\.$")
# A line of statistics' annotations under a row's values ("df = 1   df = 1"): part of the
# cells above, not a row (the grid reader took it for a header block and lost the table's own
# header); and the table's notes ("Notes: *p < 0.05"), set above its bottom rule.
_ANNOTATION = re.compile(r"(?:\s*[A-Za-z]{1,3}\s*=\s*\d+(?:\.\d+)?)+\s*")
_NOTES = re.compile(r"^Notes?\b")
MIN_BLOCK_LINES = 8
"""Lines a page needs to tell its text block from its margin."""


def _block(page: PageWords) -> tuple[float, float] | None:
    """(x0, x1) of the page's text block: the left and right edges most of its long lines
    share; None on a page with too few."""
    lines = [line for line in lines_of(page.words) if len(line.words) >= 8]
    if len(lines) < MIN_BLOCK_LINES:
        return None
    lefts = Counter(round(line.x0) for line in lines).most_common(1)[0]
    rights = Counter(round(line.x1) for line in lines).most_common(1)[0]
    if lefts[1] * 3 < len(lines) or rights[1] * 3 < len(lines):
        return None
    return float(lefts[0]), float(rights[0])


def _body_face(page: PageWords) -> str | None:
    counts: Counter[str] = Counter()
    for word in page.words:
        counts[word.font] += len(word.text)
    return counts.most_common(1)[0][0] if counts else None


def _caption_text(lines: list[Line], start: int) -> str:
    """The caption from its label line on: the margin lines under it, closely set."""
    taken = [lines[start]]
    for line in lines[start + 1:]:
        previous = taken[-1]
        if line.top - previous.bottom > 0.8 * previous.size or line.words[0].text in (
                "Table", "Figure") or len(taken) >= 10:
            break
        taken.append(line)
    return " ".join(line.text for line in taken)


def _rules_across(page: PageWords, x0: float, x1: float) -> list[Rule]:
    """The horizontal rules that cross most of the text block."""
    width = x1 - x0
    return sorted((rule for rule in page.rules
                   if rule.bottom - rule.top < 3
                   and min(rule.x1, x1 + 3) - max(rule.x0, x0 - 3) >= 0.8 * width),
                  key=lambda rule: rule.top)


def _prose(line: Line, x0: float, x1: float) -> bool:
    """A line of running text across the block: most of its width, at word spacing."""
    if line.x1 - line.x0 < 0.8 * (x1 - x0) or len(line.words) < 8:
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
    return max(gaps) < 1.5 * line.size


def margin_parts(page: PageWords, make: Callable[..., object]) -> list[object]:
    """The page's tables captioned in its margin, each made by `make(label, caption, x0, x1,
    lines, rules)` (the grid reader's part of a table)."""
    if not page.rules or not any(word.text == "Table" for word in page.words):
        return []
    block = _block(page)
    if block is None:
        return []
    x0, x1 = block
    margin: list[Word] = [word for word in page.words if word.x1 < x0 - 3 or word.x0 > x1 + 3]
    inside = [word for word in page.words if word.x0 >= x0 - 3 and word.x1 <= x1 + 3]
    body = _body_face(page)
    lines = lines_of(margin)
    rules = _rules_across(page, x0, x1)
    block_lines = lines_of(inside)
    parts = []
    for number, line in enumerate(lines):
        words = line.words
        if len(words) != 2 or words[0].text != "Table" or not _LABEL.match(words[1].text) \
                or any(word.font == body for word in words):
            continue
        below = [rule for rule in rules if rule.top > line.bottom]
        above = [rule for rule in reversed(rules) if rule.bottom < line.top]
        if not below or not above:
            continue
        bottom, top, edge = below[0].top, None, line.top
        for rule in above:
            if any(_prose(other, x0, x1) for other in block_lines
                   if rule.top < other.top and other.bottom < edge):
                break
            top = edge = rule.top
        if top is None:
            continue
        taken = [other for other in block_lines if top < other.top and other.bottom < bottom
                 and not _ANNOTATION.fullmatch(other.text) and not _NOTES.match(other.text)]
        if len(taken) < 2:
            continue
        label = f"Table {_LABEL.match(words[1].text)[1]}"
        held = [rule for rule in rules if top - 1 <= rule.top <= bottom + 1]
        parts.append(make(label, _caption_text(lines, number), x0, x1, taken, held))
    return parts
