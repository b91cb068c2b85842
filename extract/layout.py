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

The column model (one column, or two split by a gutter) is `gutters.py`'s; the lines and the
body size are built in `page_lines.py`; what is running text is told in `line_kinds.py`.
"""

from __future__ import annotations

from .band_rules import band_separators
from .gutters import confirm_gutter, find_gutter
from .line_kinds import mark_captions, mark_footnotes, mark_furniture
from .page_lines import SMALL, Line, PageLayout, baseline_rows, body_size
from .pdfwords import PageWords, Word

# A box to leave out of the running text: (page, x0, top, x1, bottom) in points.
Box = tuple[int, float, float, float, float]


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
                                                                      usual_gutter,
                                                                      page.height):
        gutter = usual_gutter
    layout = PageLayout(number=page.number, gutter=gutter)
    if not words:
        return layout
    if gutter is None:
        layout.lines = [Line(page=page.number, words=row, column="full").finish()
                        for row in _attach_raised(baseline_rows(words, size), size)]
        mark_footnotes(layout.lines, size, page)
        return layout
    # Rows across the page; a row with a word over the gutter is full width.
    segment: dict[str, list[Line]] = {"left": [], "right": []}
    ordered: list[Line] = []
    separators = band_separators(page, gutter, words)  # rules across both columns
    starts: list[int] = []
    for row in _attach_raised(baseline_rows(words, size), size):
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
    mark_footnotes(layout.lines, size, page)
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
    mark_furniture(layouts, pages, size)
    mark_captions(layouts, size)
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
