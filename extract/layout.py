"""Reading order of typeset pages: columns, full-width blocks, and what is not running text.

A two-column LaTeX page is read column by column, and a full-width block (the title and
authors, a table or figure spanning both columns) is read where it stands, so a sentence that
runs from the foot of the left column to the head of the right one stays whole and no
sentence ever takes words from both columns. Kept out of the running text, because none of it
is part of a sentence: running headers and footers, page numbers, line numbers in the margins,
footnotes at the foot of a column, captions, the small print of figures, and the words of
tables (whose regions `grid_tables` finds; they are passed in as boxes to leave out).
Footnote marks set as superscripts are dropped from the words they follow ("81.1M" with a
raised "1" reads 81.1M), while a raised exponent after 10 is kept as "10^6".

Input is the word layer of `pdfwords`; output is `Line`s in reading order, each with its page,
which `paper.py` walks as it walks the lines of a text file.

The column model is the one of nearly every paper: one column, or two columns separated by a
gutter that no running-text word crosses. The gutter is found per page from where words are,
not from fixed margins, so it holds for A4 and US letter and for any template's widths.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .band_rules import band_separators
from .mixed_roman_captions import CAPTION_LINE
from .pdfwords import PageWords, Word
from .small_capital_headings import is_small_capital_heading
from .small_columns import one_sided

# A box to leave out of the running text: (page, x0, top, x1, bottom) in points.
Box = tuple[int, float, float, float, float]

# Text within this share of the page height from the top or bottom edge may be a running
# header or footer.
MARGIN_BAND = 0.075
# A word set at most this share of the body size is small print (footnotes, figure labels,
# table notes, superscripts).
SMALL = 0.88
# The gutter: searched in this middle stretch of the page width.
GUTTER_SEARCH = (0.3, 0.7)
_CAPTION = re.compile(r"^(?:Table|Figure|Fig\.|Tab\.|Algorithm|Listing)\s*[A-Z]?\d+[a-z]?\s*[:.|]",
                      re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"^[,;]?[\d*\u2020\u2021\u00a7\u00b6\u2217\u22c6]{1,3}[,;]?$")
_BARE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6}|page \d+(?: of \d+)?)$", re.IGNORECASE)


@dataclass
class Line:
    """One line of text on a page, in one column (or across the page for a full-width block)."""

    page: int
    words: list[Word]
    column: str = "full"  # "left", "right" or "full"
    text: str = ""
    kind: str = "text"  # text, furniture, footnote, caption, small, table
    size: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    baseline: float = 0.0

    def finish(self) -> Line:
        self.words.sort(key=lambda word: word.x0)
        self.x0 = min(word.x0 for word in self.words)
        self.x1 = max(word.x1 for word in self.words)
        self.top = min(word.top for word in self.words)
        self.bottom = max(word.bottom for word in self.words)
        sizes: Counter[float] = Counter()
        for word in self.words:
            sizes[round(word.size, 1)] += len(word.text)
        self.size = sizes.most_common(1)[0][0]
        main = [word for word in self.words if word.size >= 0.9 * self.size] or self.words
        self.baseline = Counter(round(word.baseline, 1) for word in main).most_common(1)[0][0]
        self.text = line_text(self.words, self.size, self.baseline)
        return self


@dataclass
class PageLayout:
    """A page's lines in reading order and the gutter that splits its columns (None: one
    column)."""

    number: int
    lines: list[Line] = field(default_factory=list)
    gutter: float | None = None
    band_starts: list[Line] = field(default_factory=list)  # first lines below a band rule


def line_text(words: list[Word], size: float, baseline: float) -> str:
    """The words of a line joined by spaces, superscripts resolved: a footnote mark (a raised,
    smaller digit, star or dagger) is dropped, an exponent after "10" becomes "10^N", and a
    raised or lowered fragment that touches the word before it (an index, an ordinal) is
    joined to it without a space."""
    parts: list[str] = []
    previous: Word | None = None
    for word in words:
        small = word.size < SMALL * size
        raised = word.baseline < baseline - 0.2 * size
        lowered = word.baseline > baseline + 0.1 * size
        touching = previous is not None and word.x0 - previous.x1 < 0.15 * size
        if small and raised:
            if parts and parts[-1].endswith("10") and re.fullmatch(r"[\u2212-]?\d{1,3}",
                                                                    word.text):
                parts[-1] += "^" + word.text.replace("\u2212", "-")
            elif _FOOTNOTE_MARK.match(word.text):
                pass  # a footnote mark
            elif touching and parts:
                parts[-1] += word.text
            else:
                parts.append(word.text)
        elif small and lowered and touching and parts:
            parts[-1] += word.text  # a subscript: F_1 reads "F1"
        elif previous is not None and touching and previous.size != word.size and parts:
            parts[-1] += word.text  # a word split only by a change of size
        else:
            parts.append(word.text)
        previous = word
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# The document's body size and its furniture


def body_size(pages: list[PageWords]) -> float:
    """The font size most of the document's characters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for word in page.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def _rows(words: list[Word], size: float) -> list[list[Word]]:
    """Words grouped into rows by baseline, page-wide, top to bottom. A row starts at its first
    word's baseline, so rows never chain downwards."""
    rows: list[list[Word]] = []
    start = None
    for word in sorted(words, key=lambda word: (word.baseline, word.x0)):
        if start is not None and word.baseline - start <= 0.35 * max(size, word.size):
            rows[-1].append(word)
        else:
            rows.append([word])
            start = word.baseline
    return rows


def _attach_raised(rows: list[list[Word]], size: float) -> list[list[Word]]:
    """Rows made only of small words a fraction of a line from the next row (a superscript
    set higher than the row tolerance, such as an exponent or a footnote mark) join that row,
    so `line_text` can read them as what they are; the same for a subscript and the row
    above it."""
    merged: list[list[Word]] = []
    for index, row in enumerate(rows):
        small = all(word.size < SMALL * size for word in row) and len(row) <= 3
        if small and index + 1 < len(rows) and \
                0 < rows[index + 1][0].baseline - row[0].baseline < 0.6 * size and \
                any(word.size >= SMALL * size for word in rows[index + 1]):
            rows[index + 1] = row + rows[index + 1]
            continue
        if small and merged and 0 < row[0].baseline - merged[-1][0].baseline < 0.4 * size and \
                any(word.size >= SMALL * size for word in merged[-1]):
            merged[-1] = merged[-1] + row
            continue
        merged.append(row)
    return merged


def _in_box(word: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    middle_x, middle_y = word.middle, (word.top + word.bottom) / 2
    return any(x0 - 1 <= middle_x <= x1 + 1 and top - 1 <= middle_y <= bottom + 1
               for x0, top, x1, bottom in boxes)


# ---------------------------------------------------------------------------------------------
# Columns


def find_gutter(page: PageWords, size: float, words: list[Word] | None = None) -> float | None:
    """The x of the gutter between two columns, or None for a one-column page.

    Running-text words (body size, upright) are projected onto the x axis in 1-point bins; the
    gutter is the emptiest stretch of the middle of the page, accepted when almost no word
    crosses it while both sides hold a good share of the words. Full-width lines (the title, a
    spanning table) cross it and are allowed for, up to a tenth of the lines."""
    every = _without_page_numbers(page, page.words if words is None else words)
    words = [word for word in every if word.size >= SMALL * size and word.text.strip()]
    if len(words) < 40:
        return None
    width = int(page.width) + 2
    cover = [0] * width
    for word in words:
        for x in range(max(0, int(word.x0)), min(width, int(word.x1) + 1)):
            cover[x] += 1
    low, high = int(page.width * GUTTER_SEARCH[0]), int(page.width * GUTTER_SEARCH[1])
    least = min(cover[low:high])
    rows = len(_rows(words, size))
    crossing = max(2, rows // 10)  # full-width lines (title, spanning float) allowed across
    if least > crossing:
        return None
    # The widest run of bins at the least cover, and its middle. A full-width float that the
    # table finder did not box (a table's header row, a long caption) crosses the gutter with a
    # few words that leave one or two bins emptier than the rest: the run is then taken at the
    # cover those crossing lines allow instead.
    best, best_start = _widest_run(cover, low, high, least)
    if best < 4 and least < crossing:
        best, best_start = _widest_run(cover, low, high, crossing)
    if best_start is None or best < 4:
        return None
    gutter = best_start + best / 2
    if not (_shared(words, gutter) or _shared(
            [word for word in every if word.text.strip()], gutter, crossing)):
        # Body words alone may crowd one side: a column of references set small beside the
        # last body text. Then the small words count too, and must not cross the gutter.
        return None
    if not _columns_of_text(every, size, gutter):
        return None
    return gutter


def _widest_run(cover: list[int], low: int, high: int, most: int) -> tuple[int, int | None]:
    """The widest run of bins in `cover[low:high]` covered by at most `most` words: its
    width and first bin (None when there is none)."""
    best, best_start, start = 0, None, None
    for x in range(low, high + 1):
        if x < high and cover[x] <= most:
            start = x if start is None else start
            continue
        if start is not None and x - start > best:
            best, best_start = x - start, start
        start = None
    return best, best_start


def _without_page_numbers(page: PageWords, words: list[Word]) -> list[Word]:
    """The words without the page number: a bare number ("709", "iv") alone in its row in the
    top or bottom margin band. Page numbers are centred on the page, so on a two-column page
    they stand right over the gutter (large, in a proceedings style that sets them in the body
    size or larger) and would fill the one stretch no running-text word crosses."""
    band = MARGIN_BAND * page.height
    marginal = [word for word in words
                if word.top < band or word.bottom > page.height - band]
    if not marginal:
        return words
    alone = set()
    for word in marginal:
        if _BARE_NUMBER.match(word.text.strip()) and not any(
                other is not word and other.bottom > word.top and other.top < word.bottom
                for other in words):
            alone.add(id(word))
    return [word for word in words if id(word) not in alone] if alone else words


def _shared(words: list[Word], gutter: float, crossing: int | None = None) -> bool:
    """Do both sides of `gutter` hold a fifth of `words` or more (and, when `crossing` is
    given, do no more than that many words cross it)?"""
    left = sum(1 for word in words if word.x1 <= gutter)
    right = sum(1 for word in words if word.x0 >= gutter)
    if crossing is not None and len(words) - left - right > crossing:
        return False
    return min(left, right) >= 0.2 * len(words)


def _columns_of_text(words: list[Word], size: float, gutter: float) -> bool:
    """Whether both sides of `gutter` read as columns of running text: in most rows, the words
    on each side are only word spaces apart. The columns of a table on a one-column page leave
    an empty stretch too, but a table's row has wide gaps between its cells. All words count
    here, small ones too: small capitals ("TEXTRUNNER") would leave gaps otherwise."""
    sides = {"left": [0, 0], "right": [0, 0]}
    for row in _rows(words, size):
        if any(word.x0 < gutter < word.x1 for word in row):
            continue
        for side, part in (("left", [w for w in row if w.x1 <= gutter]),
                           ("right", [w for w in row if w.x0 >= gutter])):
            if len(part) < 3:
                continue
            part.sort(key=lambda word: word.x0)
            widest = max(b.x0 - a.x1 for a, b in zip(part, part[1:], strict=False))
            sides[side][0] += widest < 1.2 * size
            sides[side][1] += 1
    return all(total >= 5 and prose >= 0.6 * total for prose, total in sides.values())


# ---------------------------------------------------------------------------------------------
# Reading order


def _classify(lines: list[Line], size: float, page: PageWords) -> None:
    """Mark footnotes at the foot of each column and small print (captions are marked over
    the whole document afterwards, by `_captions`); everything else stays running text."""
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
                                 for other in page.rules)]  # a table's rules come in rows
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


def _captions(layouts: list[PageLayout], size: float) -> None:
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
        for line in layout.lines:
            if line.kind != "text":
                if line.kind != "furniture":
                    caption = None
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


def _furniture(layouts: list[PageLayout], pages: list[PageWords], size: float) -> None:
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
            if _BARE_NUMBER.match(line.text.strip()) and (
                    line.top > page.height * 0.85 or line.bottom < page.height * 0.1):
                line.kind = "furniture"  # a page number, wherever the template puts it
                continue
            if not _in_margin(line, page):
                continue
            if ((_furniture_key(line.text) in repeated and id(line) in apart)
                    or _BARE_NUMBER.match(line.text.strip()) or line.size < 0.95 * size):
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


def _line_numbers(page: PageWords, words: list[Word], size: float) -> list[Word]:
    """Words without the line numbers of a review copy: a column of bare numbers in a margin,
    outside the span where the running text is."""
    numbers = [word for word in words if word.text.isdigit() and len(word.text) <= 4]
    if len(numbers) < 15:
        return words
    body = [word for word in words if not word.text.isdigit() and word.size >= SMALL * size]
    if not body:
        return words
    left = min(word.x0 for word in body)
    right = max(word.x1 for word in body)
    margin = {id(word) for word in numbers if word.x1 < left - 2 or word.x0 > right + 2}
    if len(margin) < 15:
        return words
    return [word for word in words if id(word) not in margin]


def confirm_gutter(every: list[Word], size: float, gutter: float) -> bool:
    """Whether the document's usual gutter splits this page too: most of its rows lie wholly
    on one side of it, with a fair share on each side. Pages with a full-width title block or
    a spanning float (a table whose columns look like anything but running text) hide the
    gutter from `find_gutter` but pass this test."""
    words = [word for word in every if word.size >= SMALL * size and word.text.strip()]
    rows = _rows(words, size)
    if len(rows) < 10 or one_sided(rows, gutter, lambda word: word.x0, lambda word: word.x1):
        # A page of small print only (the end of the references), or body text on one side
        # with small print beside it (small_columns.py), is judged on all its words.
        rows = _rows([word for word in every if word.text.strip()], size)
    if len(rows) < 10:
        return False
    left = right = crossing = 0
    for row in rows:
        if any(word.x0 < gutter < word.x1 for word in row):
            crossing += 1
            continue
        left += any(word.x1 <= gutter for word in row)
        right += any(word.x0 >= gutter for word in row)
    return crossing < 0.5 * len(rows) and min(left, right) >= 0.25 * len(rows)


def _outside(page: PageWords, exclude: list[Box]) -> list[Word]:
    """The page's words that lie in none of the boxes to leave out."""
    boxes = [(x0, top, x1, bottom) for number, x0, top, x1, bottom in exclude
             if number == page.number]
    return [word for word in page.words if not _in_box(word, boxes)] if boxes else page.words


def layout_page(page: PageWords, size: float, exclude: list[Box] = (),
                usual_gutter: float | None = None) -> PageLayout:
    """The lines of one page in reading order: each band of full-width rows where it stands,
    and between two such bands the left column's lines, then the right column's."""
    words = _line_numbers(page, _outside(page, exclude), size)
    gutter = find_gutter(page, size, words)
    if gutter is None and usual_gutter is not None and confirm_gutter(words, size,
                                                                      usual_gutter):
        gutter = usual_gutter
    layout = PageLayout(number=page.number, gutter=gutter)
    if not words:
        return layout
    if gutter is None:
        layout.lines = [Line(page=page.number, words=row, column="full").finish()
                        for row in _attach_raised(_rows(words, size), size)]
        _classify(layout.lines, size, page)
        return layout
    # Rows across the page; a row with a word over the gutter is full width.
    segment: dict[str, list[Line]] = {"left": [], "right": []}
    ordered: list[Line] = []
    separators = band_separators(page, gutter, words)  # rules across both columns
    starts: list[int] = []
    for row in _attach_raised(_rows(words, size), size):
        if separators and min(word.top for word in row) >= separators[0]:
            while separators and min(word.top for word in row) >= separators[0]:
                separators.pop(0)
            ordered.extend(segment["left"] + segment["right"])  # the band above the rule
            segment = {"left": [], "right": []}
            starts.append(len(ordered))
        if _spans(row, gutter, size):
            ordered.extend(segment["left"] + segment["right"])
            segment = {"left": [], "right": []}
            ordered.append(Line(page=page.number, words=row, column="full").finish())
            continue
        for column, part in (("left", [w for w in row if w.middle < gutter]),
                             ("right", [w for w in row if w.middle >= gutter])):
            if part:
                segment[column].append(Line(page=page.number, words=part, column=column).finish())
    ordered.extend(segment["left"] + segment["right"])
    layout.lines = ordered
    layout.band_starts = [ordered[start] for start in starts if start < len(ordered)]
    _classify(layout.lines, size, page)
    return layout


def _spans(row: list[Word], gutter: float, size: float) -> bool:
    """A row is full width when a word crosses the gutter, or when its last word left of the
    gutter and its first word right of it are only a word space apart (a centred author line
    that happens to have a space where the gutter is). Two columns' lines are a gutter apart,
    wider than any word space."""
    if any(word.x0 < gutter < word.x1 for word in row):
        return True
    left = [word.x1 for word in row if word.x1 <= gutter]
    right = [word.x0 for word in row if word.x0 >= gutter]
    return bool(left and right) and min(right) - max(left) < 0.8 * size


def read_layout(pages: list[PageWords], exclude: list[Box] = ()) -> list[PageLayout]:
    """Every page's lines in reading order, each line classified (text, furniture, footnote,
    caption, small). Tables' boxes in `exclude` are left out."""
    size = body_size(pages)
    gutters = sorted(gutter for page in pages
                     if (gutter := find_gutter(page, size, _outside(page, exclude))) is not None)
    # The document's gutter, when most pages show one: a page whose floats hide it from
    # `find_gutter` is then split there as long as its rows do not cross it.
    usual = gutters[len(gutters) // 2] if len(gutters) >= max(1, len(pages) / 3) else None
    layouts = [layout_page(page, size, exclude, usual) for page in pages]
    _furniture(layouts, pages, size)
    _captions(layouts, size)
    return layouts


def text_lines(layouts: list[PageLayout]) -> list[tuple[int, str]]:
    """(page, text) of the running-text lines, in reading order."""
    return [(layout.number, line.text) for layout in layouts for line in layout.lines
            if line.kind == "text" and line.text.strip()]


def title_lines(layouts: list[PageLayout], pages: list[PageWords]) -> list[str]:
    """The title: the lines of page 1 set in its largest size (at least 1.2 times the body),
    in the top half of the page."""
    if not layouts or not layouts[0].lines:
        return []
    size = body_size(pages)
    top_half = [line for line in layouts[0].lines
                if line.top < pages[0].height / 2 and line.kind == "text"]
    if not top_half:
        return []
    largest = max(line.size for line in top_half)
    if largest < 1.2 * size:
        return []
    return [line.text for line in top_half if abs(line.size - largest) < 0.5][:4]
