"""What is not running text among a page's lines: footnotes and small print (`mark_footnotes`,
per page), running headers, footers and page numbers (`mark_furniture`) and captions
(`mark_captions`), the last two over the whole document. Everything else stays running text.

Split from `layout.py`, which puts the lines in reading order and then calls these.
"""

from __future__ import annotations

import re
from collections import Counter

from .apa_captions import mark_table_notes, titled_below
from .mixed_roman_captions import CAPTION_LINE
from .page_lines import BARE_NUMBER, MARGIN_BAND, SMALL, Line, PageLayout
from .pdfwords import PageWords, Word
from .small_abstracts import keep_small_abstract
from .small_capital_headings import is_small_capital_heading
from .small_sections import keep_small_section

# "Exhibit 2.2." and chapter-numbered labels: grid_captions._LABEL_NUMBER (probe30b).
_CAPTION = re.compile(r"^(?:Table|Exhibit|Figure|Fig\.|Tab\.|Algorithm|Listing)\s*(?:[A-Z]-?)?\d+"
                      r"(?:\.\d{1,2})?[a-z]?\s*[:.|]",
                      re.IGNORECASE)


def mark_footnotes(lines: list[Line], size: float, page: PageWords) -> None:
    """Mark footnotes at the foot of each column and small print (captions are marked over
    the whole document afterwards, by `mark_captions`); everything else stays running text."""
    by_column: dict[str, list[Line]] = {}
    for line in lines:
        by_column.setdefault(line.column, []).append(line)
    for column_lines in by_column.values():
        # Footnotes: below a footnote rule (a short line on its own at the column's left edge
        # in the lower half of the page; LaTeX draws 0.4 of the column width), and the run of
        # small lines at the foot of a column.
        texts = [line for line in column_lines if line.kind == "text"]
        if texts:
            left = min(line.x0 for line in texts)
            width = max(line.x1 for line in texts) - left
            rules = [rule.top for rule in page.rules
                     if rule.horizontal and rule.top > page.height * 0.5
                     and abs(rule.x0 - left) < 12
                     and 0.15 * width < rule.x1 - rule.x0 < 0.45 * width
                     and not any(other is not rule and abs(other.top - rule.top) < 2
                                 for other in page.rules)  # a table's rules come in rows
                     and not heads_a_section(rule.top, texts, size)]
            if rules:
                separator = min(rules)
                for line in texts:
                    if line.top > separator and line.x0 < left + width:
                        line.kind = "footnote"
        for line in reversed(column_lines):
            if line.kind != "text":
                continue
            if is_small_capital_heading(line.text, line.words, size):
                break  # a heading ends the run of footnotes at the column's foot
            if line.top > page.height * 0.45 and (
                    line.size < SMALL * size
                    or (line.size < 0.95 * size and _after_mark(line, page.words, size))):
                line.kind = "footnote"
            else:
                break
    for line in lines:
        if line.kind == "text" and line.size < SMALL * size \
                and not is_small_capital_heading(line.text, line.words, size):
            line.kind = "small"
    keep_small_abstract(lines, page.number)  # "ABSTRACT: ..." in 8 pt (round 25)
    keep_small_section(lines, size)  # "2. Experimental procedures" in 6.4 pt (probe32a)


def heads_a_section(top: float, texts: list[Line], size: float) -> bool:
    """Whether the first line below a short rule at `top` is set larger than the body (`size`):
    a heading, so the rule is a section's ornament, not a footnote rule. JAMA draws a short bar
    at the column's left edge over every section heading; the one over "Results" in the lower
    half of a page (Won et al., JAMA Neurology 2024, p. 386; probe36b) made the whole Results
    column below it "footnotes", and its 569 patients, 301 men and 127 surgical cases were never
    read. A footnote never opens with a line larger than the body."""
    below = [line for line in texts if line.top > top]
    return bool(below) and min(below, key=lambda line: line.top).size > 1.05 * size


def _after_mark(line: Line, words: list[Word], size: float) -> bool:
    """Does a raised footnote number sit right before the line? Footnotes set only a little
    smaller than the body (9 pt under 10 pt, a URL in typewriter type) are told from running
    text by the mark that opens each one."""
    marks = [word for word in line.words if word.size < SMALL * size]
    if marks and min(line.words, key=lambda word: word.x0) in marks:
        return marks[0].text.strip().isdigit()  # the mark was read into the line
    first = min(line.words, key=lambda word: word.x0)
    return any(word.size < SMALL * size and word.text.strip().isdigit()
               and 0 <= first.x0 - word.x1 < 0.5 * size
               and abs(word.top - first.top) < 0.6 * line.size
               for word in words)


_SENTENCE_END = re.compile(r"[.!?:;][\"')\]\u201d\u2019]*$")


def mark_captions(layouts: list[PageLayout], size: float) -> None:
    """Mark captions: a "Table 2:" or "Figure 3." line and the lines that follow it in its
    column (or under a full-width caption) at its own size and spacing. A line in the body
    size that starts "Table 4." (no colon) right after a running-text line that has not ended
    its sentence ("... are given in" / "Table 4. On average ...") is that sentence going on,
    not a caption. Walked in reading order over the
    whole document, because that sentence may have begun in the other column or on the
    previous page."""
    previous: Line | None = None  # the last running-text line, in reading order
    caption: Line | None = None
    for layout in layouts:
        mark_table_notes(layout.lines, size)  # APA: "Note." under a table (apa_captions)
        for number, line in enumerate(layout.lines):
            if line.kind != "text":
                if line.kind != "furniture":
                    caption = None
                continue
            if titled_below(layout.lines, number):  # APA: "Table 1" over an italic title
                line.kind, caption = "caption", line
                continue
            match = _CAPTION.match(line.text) or CAPTION_LINE.match(line.text)
            if match:
                continues = (not match.group().rstrip().endswith(":")
                             and previous is not None and line.size >= 0.97 * size
                             and not _SENTENCE_END.search(previous.text)
                             and not _label_set_apart(line, previous))
                if not continues:
                    line.kind, caption = "caption", line
                    continue
            elif caption is not None:
                if line.page == caption.page and _beside(line, caption, size):
                    previous = line
                    continue  # running text beside a wrapped figure: its caption goes on after
                step = line.baseline - caption.baseline  # line spacing, immune to tall glyphs
                if (line.page == caption.page and caption.column in (line.column, "full")
                        and 0 < step < 1.6 * caption.size
                        and abs(line.size - caption.size) < 0.5):
                    line.kind, caption = "caption", line
                    continue
            caption = None
            previous = line


def _beside(line: Line, caption: Line, size: float) -> bool:
    """Does `line` stand wholly to one side of the caption line, a word space or more apart?
    A figure set into the text (a one-column page's "wrapfigure") has its caption beside the
    running text, their lines interleaved in reading order by baseline: Futoma et al. (MLHC
    2017, page 2) lost the rest of a paragraph ("tion, and after observing an ab- / normally
    high lactate ...", "17 hours after the model would") to Figure 1's caption, line spacing
    and size being the same. Such a line is the text's, and the caption goes on after it."""
    if line.column != "full" or caption.column != "full":
        return False  # two columns' lines are told apart by the gutter already
    gap = 0.5 * size
    return line.x1 <= caption.x0 - gap or line.x0 >= caption.x1 + gap


def _label_set_apart(line: Line, previous: Line) -> bool:
    """Is the "Table 1." opening `line` set in another font than the running text before it
    (a journal's bold sans caption label)? A sentence that goes on with a table reference
    keeps its font; a caption at the body's size after a sentence broken by the page ("...
    (see Table 1). Participants" / the table and its caption / "were randomly sampled") does
    not, and was read into that sentence, caption words and all."""
    fonts = Counter(word.font.split("+")[-1] for word in previous.words)  # subset tags aside
    return bool(line.words and fonts) and (
        line.words[0].font.split("+")[-1] != fonts.most_common(1)[0][0])


PANEL_LABELS = re.compile(r"^\([a-z]\)(?:\s*\([a-z]\))*$")
"""A line of nothing but a figure's panel labels, "(a)" or "(a) (b)" (probe28a, round 28:
Faragalla et al., Curr. Oncol. 2023, pages 5 and 8-9, set each below its panels, in the body;
read as prose, "... should be positive (Figure 2). (a) (b) Method of assessment: Visual methods
and/or automated image analysis may be used." was one sentence, and its "(b) Method" no
sentence start). A list's item opens with such a label but goes on on its line."""


def mark_furniture(layouts: list[PageLayout], pages: list[PageWords], size: float) -> None:
    """Running headers and footers: lines in the top or bottom band of a page that repeat on
    other pages (digits aside), are bare page numbers, or are set smaller than the body."""
    keys: Counter[str] = Counter()
    for layout, page in zip(layouts, pages, strict=True):
        for line in layout.lines:
            if _in_margin(line, page):
                keys[_furniture_key(line.text)] += 1
    repeated = {key for key, count in keys.items() if count >= 2 and count >= len(pages) / 3}
    for layout, page in zip(layouts, pages, strict=True):
        apart = _standing_apart(layout.lines)
        for line in layout.lines:
            if BARE_NUMBER.match(line.text.strip()) and (
                    line.top > page.height * 0.85 or line.bottom < page.height * 0.1):
                line.kind = "furniture"  # a page number, wherever the template puts it
                continue
            if PANEL_LABELS.match(line.text.strip()):
                line.kind = "furniture"  # "(a) (b)" under a figure's panels: no prose
                continue
            if not _in_margin(line, page):
                continue
            if ((_furniture_key(line.text) in repeated and id(line) in apart)
                    or BARE_NUMBER.match(line.text.strip())
                    or (line.size < 0.95 * size and not line.small_section)):
                line.kind = "furniture"


def _standing_apart(lines: list[Line]) -> set[int]:
    """The ids of lines set apart from their neighbours by more than the page's usual line
    pitch, as running headers and footers are. A repeated first or last line of the body
    ("In experiment 3 ...") is at the usual pitch and stays text."""
    baselines = sorted(line.baseline for line in lines)
    if len(baselines) < 3:
        return {id(line) for line in lines}
    pitches = [b - a for a, b in zip(baselines, baselines[1:], strict=False) if b - a > 0.5]
    if not pitches:
        return set()
    usual = sorted(pitches)[len(pitches) // 2]
    ordered = sorted(lines, key=lambda line: line.baseline)
    apart = set()
    for index, line in enumerate(ordered):
        # The nearest line above and below at another baseline (the other column's line at the
        # same height does not count), found by walking out from its place in baseline order.
        nearest = float("inf")
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(ordered) and \
                    abs(ordered[other].baseline - line.baseline) <= 0.5:
                other += step
            if 0 <= other < len(ordered):
                nearest = min(nearest, abs(ordered[other].baseline - line.baseline))
        if nearest > 1.3 * usual:
            apart.add(id(line))
    return apart


def _in_margin(line: Line, page: PageWords) -> bool:
    return line.bottom < page.height * MARGIN_BAND * 1.4 or \
        line.top > page.height * (1 - MARGIN_BAND)


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()
