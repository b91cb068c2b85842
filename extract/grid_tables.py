"""Tables of typeset PDF papers read as grids, from words with their positions.

Why positions and not text: in a two-column paper a line of text holds a line of each column,
so a table inside one column shares its lines with prose from the other; and LaTeX sets the
numbers of a table row closer together than a space, so text extraction runs them into one
token. Here every table is found from its caption and read from the glyph boxes of its words:

1. The page's columns come from the whole document: the gutter is the band near the middle of
   the page that no body word covers (`_layout`).
2. A table is anchored on its caption, a line opening with "Table N:" (or "Table N." or
   "Table N (continued)", or IEEE's "TABLE IV"; grid_captions.py). A caption crossing the
   gutter belongs to a table spanning both
   columns; otherwise the table lies in the caption's column. From the caption the table
   region grows, above and below, over lines and ruling lines of that span until prose, another
   caption, or a large vertical gap; the side that holds more table (rules, lines of several
   cells) is the table (`_region`). Body text of two columns never becomes a table, since no
   caption anchors it.
3. Inside the region words are clustered into lines, and each line into segments at gaps wider
   than a space; two numbers are never one segment, so run-together numbers stay apart, while
   "71.2 ± 0.3" and "46.9/63.8" stay whole (`grid_lines.segments`).
4. The header is what lies above the rule under the header (booktabs `\\midrule`), or else the
   lines above the first line holding a number. Columns are the x-ranges that the body's cells
   cover; header cells are assigned to the columns they cover, a spanning header to the columns
   under its `\\cmidrule` or else to those it is centred over (`grid_cells`).
5. A table continuing with the same label (or "(continued)") on a later page or column, and a
   table broken at a page end whose rows go on at the top of the next page, are one table.
6. A body cut into groups, each opened by its own label line and header row, is read group by
   group (`table_groups`); labels side by side over runs of columns, a multirow label between
   two rows and a sub-table's own label column set right of the first are read in `grid_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from verify_claims.claims import Region, Table

from .aligned_values import ends_in_value_column
from .block_titles import first_block_title
from .code_lines import all_codes
from .direction_marks import marked_header
from .grid_captions import _PAGE_NUMBER, _ROMAN_NAME, _captions, _is_caption, vocabulary_of
from .grid_cells import build_grid
from .grid_lines import Line, _is_value, lines_of
from .gutter_rows import covers_gutter, row_across_gutter
from .gutters import find_gutter
from .headings import heading_title
from .link_footnotes import lone_link
from .margin_tables import margin_parts
from .mark_columns import mark_conditions
from .page_lines import body_size
from .pair_cells import split_pair_cells
from .prose_values import prose_citing_values
from .repeated_headers import repeated_header_lines
from .ruled_cells import Post, posts_of
from .side_tables import split_side_tables, split_sides
from .sideways_headers import sideways_headers
from .size_rows import lift_size_row
from .spanning_values import spanning_values
from .table_groups import grouped_grid
from .table_layout import _gutter, _Layout, _layouts, _Span
from .wrapped_tables import band_words

if TYPE_CHECKING:
    from .grid_rows import Grid
    from .pdfwords import PageWords, Rule, Word

MAX_GAP_EM = 2.6  # a larger vertical gap (in font sizes) between lines ends a table region
MAX_REGION_LINES = 4000  # a table is cut (not hung on) past this many lines
FIGURE_TEXT = 0.6
"""A line set below this share of the table's first line's size ends its region: a plot's
tick labels and legend (3.5 pt under a 9 pt table, arXiv:1504.06236 p. 5: Figure 2 right
below Table 1) had become seventeen rows of the table, and the table's number columns, half
empty, were read as row labels (reader15, round 15)."""


# ---------------------------------------------------------------------------------------------
# Table regions


@dataclass
class _Part:
    """A table, or the part of one, in one column or page."""

    page: int
    label: str | None
    caption: str | None
    continued: bool
    span: _Span
    lines: list[Line]
    rules: list[Rule]
    walls: list[float] = field(default_factory=list)  # x of vertical rules in the region
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    grid: object = field(default=None)
    closed: bool = False  # ended by its own bottom rule: never continued (margin_tables.py)
    posts: list[Post] = field(default_factory=list)  # vertical rules, with their extents


def _is_prose(line: Line, span: _Span, share: float = 0.55) -> bool:
    """A line of running text: many words at plain word spacing across most of the span (or,
    for a full span over two columns, across most of either column); `share` is how much of
    the span "most" is."""
    if span.gutter is not None and covers_gutter(line.words, span.gutter):
        return _is_prose(line, _Span(span.x0, span.x1, True), share)  # one line across the page
    if span.gutter is not None:
        middle = (span.gutter[0] + span.gutter[1]) / 2
        sides = ([w for w in line.words if w.x1 <= middle], [w for w in line.words
                                                              if w.x0 >= middle])
        columns = (_Span(span.x0, span.gutter[0], False), _Span(span.gutter[1], span.x1, False))
        if row_across_gutter(sides):
            return False  # a long row label beside the row's values (extract/gutter_rows.py)
        return any(words and _is_prose(Line(words, line.top, line.bottom), column, share)
                   for words, column in zip(sides, columns, strict=True))
    words: list[Word] = []
    for word in line.words:  # touching words are one (small capitals: "R E V ERB")
        if words and word.x0 - words[-1].x1 < 0.08 * line.size:
            words[-1] = replace(words[-1], text=words[-1].text + word.text, x1=word.x1)
        else:
            words.append(word)
    if len(words) < 5 or marked_header(words):
        return False  # few words; or "Jaccard ↑ DDI ↓ PRAUC ↑": a header (direction_marks.py)
    if sum(_is_value(word.text) for word in words) >= 3:
        # a row of numbers, however tightly set; or two columns of prose that cite numbers,
        # or one line of prose that cites them (prose_values.py)
        return _two_columns_of_prose(words, line, span, share) or prose_citing_values(
            words, line.size, line.x1 - line.x0, span.x1 - span.x0, share)
    if all_codes(word.text for word in words):
        return False  # a header line of codes, "DE-EN EN-FI RO-EN" (code_lines.py)
    gaps = sorted(b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False))
    # Justified text stretches every space alike; one gap far wider than the others is a
    # column boundary ("7%   Other, including POS/chunking errors").
    if gaps[-1] > 2.2 * max(gaps[len(gaps) // 2], 0.1 * line.size):
        return _two_columns_of_prose(words, line, span, share)
    return gaps[-1] < 0.8 * line.size and line.x1 - line.x0 > share * (span.x1 - span.x0)


def _two_columns_of_prose(words: list[Word], line: Line, span: _Span, share: float) -> bool:
    """A line of two columns of running text on a page whose gutter is not known (its tables
    hide it): the widest gap stands in the middle of the span, and each side is a line of
    running text across its half. Without this, the prose under a table with no rules between
    its rows was read as more rows, down to the foot of the page (round 29: Keenan and Shaw,
    MMWR Supplement 2011, Tables 2 and 5)."""
    if span.gutter is not None or not span.full or span.x1 - span.x0 <= 0:
        return False
    cut = max(range(1, len(words)), key=lambda index: words[index].x0 - words[index - 1].x1)
    middle = (words[cut - 1].x1 + words[cut].x0) / 2
    if not 0.4 <= (middle - span.x0) / (span.x1 - span.x0) <= 0.6:
        return False
    halves = ((words[:cut], _Span(span.x0, middle, False)),
              (words[cut:], _Span(middle, span.x1, False)))
    return all(_is_prose(Line(half, line.top, line.bottom), column, share)
               for half, column in halves)


def _paragraph_tail(lines: list[Line], position: int, span: _Span) -> bool:
    """The short last line of a paragraph above a table: words at plain word spacing, starting
    where the prose line above it starts. A paragraph ends wherever its last word falls, so
    its last line is prose however short; read upwards from a caption below the table, it is
    where the table's region ends, not its header."""
    if position < 1:
        return False
    line, above = lines[position], lines[position - 1]
    return _is_prose(line, span, share=0.0) and _is_prose(above, span) \
        and abs(line.x0 - above.x0) < line.size


def _sentence_over_rule(line: Line, table_top: float, rules: list[Rule]) -> bool:
    """A line above a table's top rule that is one run of words ending a sentence ("columns
    for four requirements."): the short last line of the paragraph the table follows, which,
    read upwards from a caption under the table, became its header. A header row has gaps
    between its cells, and a header cell never ends a sentence (a group label over a rule
    may end with a colon: "Baseline word-alignment:")."""
    text = line.text.rstrip()
    return (_cells_in(line) == 1 and _SENTENCE_END.search(text)
            is not None and any(line.bottom - 1 <= rule.top <= table_top + 1 for rule in rules))


_SENTENCE_END = re.compile(r"[a-z]{2}\.$")


def _running_head(lines: list[Line], position: int, table_top: float,
                  rules: list[Rule]) -> bool:
    """Line `position` is the page's running head over a table at the top of the page: the
    first line of the page in the table's span, one run of words, with a rule between it and
    the table (the head's own underline or the table's top rule) and none over it. Read
    upwards from a caption under the table, it had become a header ("Linear Adversarial
    Concept Erasure" over every column of arXiv:2201.12091's Table 2). A boxed table at the
    top of a page has its one-cell header under the box's top rule (fader11's "REVERB -
    Incorrect Extractions"), so that header stays."""
    line = lines[position]
    return position == 0 and _cells_in(line) == 1 \
        and any(line.bottom - 1 <= rule.top <= table_top + 1 for rule in rules) \
        and not any(line.top - 1.5 * line.size <= rule.top <= line.top + 1 for rule in rules)


RULED_LABEL_OFF_EM = 2
"""How far off the rows' centre (in ems) a group label with a rule right over it may sit."""


def _centred_group_label(lines: list[Line], position: int, taken: list[Line],
                         rules: list[Rule]) -> bool:
    """Line `position`, read upwards over table lines `taken`, is the label of a group of rows
    centred over the table under a rule ("Top Leaderboard Systems (Dec 10th, 2018)" under the
    header rule of BERT's SQuAD tables, arXiv:1810.04805), not prose, which it resembles by
    its words at plain spacing: prose is set from the column's left edge, and a paragraph
    above a table has no rule between it and the line above it."""
    if not taken or position < 1:
        return False
    line, above = lines[position], lines[position - 1]
    left = min(other.x0 for other in taken)
    right = max(other.x1 for other in taken)
    ruled = any(above.bottom - 1 <= rule.top <= line.top + 1 for rule in rules)
    # A label with a rule right over it may sit up to two ems off the rows' centre: a table
    # whose last column's bold values the reader sets apart ends short of the label's right
    # end ("Cross Sentence Attention (Ensemble Models)" over CAFE's Table 1, arXiv:1801.00102,
    # page 6; heldout19), and the whole table was read as its last block of four rows.
    off = (RULED_LABEL_OFF_EM if ruled else 1) * line.size
    centred = abs((line.x0 + line.x1) / 2 - (left + right) / 2) < off \
        and line.x0 - left > 2 * line.size
    # Or no rule the reader kept, but a row of the table right above the line: a section of
    # rows under its centred label ("Trained on (BookCorpus + UMBC) data, from scratch and
    # using pre-trained word vectors" between two blocks of Table 1 of arXiv:1803.02893, a
    # boxed table whose rules are not read; heldout17).
    return centred and (ruled or _row_over_label(above, left, right))


def _row_over_label(above: Line, left: float, right: float) -> bool:
    """Line `above` is a row of the table that spans `left` to `right`: three cells or more,
    not prose (the row over a centred label of the next block of rows)."""
    return _cells_in(above) >= 3 and not _is_prose(above, _Span(left, right, False))


def _row_above(lines: list[Line], position: int, span: _Span) -> bool:
    """The line above line `position` is a row of a table (two cells or more, not prose): the
    line between is a group label inside the table ("Science-art." over its block of rows, a
    rule under it, arXiv:2201.12091 Table 1), not the last line of a paragraph, which has
    prose above it."""
    if position < 1:
        return False
    above = lines[position - 1]
    return _cells_in(above) >= 2 and not _is_prose(above, span)


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s")


def _opens_section(line: Line, span: _Span) -> bool:
    """Whether `line` starts a numbered section ("4.2. Experimental settings"), in the first
    column when the table spans two: a heading follows a table's closing rule, and the body
    text beside it (a run-in paragraph title of the other column) does not read as prose, so
    without this the next section's first line became the table's last row. Paper templates
    set section headings in bold; a row that starts with a number in plain type ("0.25 The
    last preposition is in", a weight and its feature) or that holds values is table."""
    words = line.words
    if span.gutter is not None:
        words = [word for word in words if word.x1 <= (span.gutter[0] + span.gutter[1]) / 2]
    if not words or not all(word.bold for word in words):
        return False
    text = Line(words, line.top, line.bottom).text
    if not _SECTION_NUMBER.match(text) or sum(_is_value(word.text) for word in words) > 1:
        return False
    return heading_title(text) is not None


def _cells_in(line: Line) -> int:
    """How many cells a line appears to hold: runs of words split at gaps wider than a space."""
    words = line.words
    return 1 + sum(b.x0 - a.x1 > 0.8 * line.size for a, b in zip(words, words[1:], strict=False))


# A note under a table: a footnote mark before the note's first word ("1 The simple group
# classifier fails …", "*Results", "\u2020 Trained").
_TABLE_NOTE = re.compile(r"^[\d*\u2020\u2021\u00a7]{1,2} ?[A-Z][a-z]")


def _grow(lines: list[Line], rules: list[Rule], start: int, step: int, edge: float,
          span: _Span, taken_boxes: Sequence[Region] = ()) -> tuple[list[Line], list[Rule], int]:
    """Lines (and rules) of a table from line `start` on, going by `step` (-1 up, +1 down),
    beginning next to the caption edge `edge`; and how much table they hold."""
    taken: list[Line] = []
    position = start
    last = edge
    size = lines[start].size if 0 <= start < len(lines) else 9.0
    while 0 <= position < len(lines) and len(taken) < MAX_REGION_LINES:
        line = lines[position]
        if step < 0 and not taken and _TABLE_NOTE.match(line.text):
            # The table's notes, set between its body and a caption below it ("1The simple
            # group classifier fails to converge …"): prose, but the table goes on above.
            last = line.top
            position += step
            continue
        if taken and line.size < FIGURE_TEXT * size:
            break  # a figure's tick labels and legend, set below it (module constant)
        if _is_caption(line) or lone_link([word.text for word in line.words]) or (
                _is_prose(line, span) and not (
                step < 0 and _centred_group_label(lines, position, taken, rules))
                and not ends_in_value_column(line, taken)) \
                or _opens_section(line, span) or (
                step < 0 and _paragraph_tail(lines, position, span)) or (
                step < 0 and taken and _sentence_over_rule(line, last, rules)
                and not _row_above(lines, position, span)) or (
                step < 0 and taken and _running_head(lines, position, last, rules)) or any(
                box.top - 1 < line.bottom and line.top < box.bottom + 1
                and box.x0 - 1 < line.x1 and line.x0 < box.x1 + 1 for box in taken_boxes):
            break
        low, high = (line.bottom, last) if step < 0 else (last, line.top)
        bridged = [rule for rule in rules if low - 1 <= rule.top <= high + 1]
        gap_rules = sorted([low, high] + [rule.top for rule in bridged])
        widest = max(b - a for a, b in zip(gap_rules, gap_rules[1:], strict=False))
        if widest > MAX_GAP_EM * max(size, line.size):
            break
        taken.append(line)
        last = line.top if step < 0 else line.bottom
        position += step
    if step < 0:
        taken.reverse()
    if not taken:
        return [], [], 0
    top, bottom = taken[0].top, taken[-1].bottom
    # Rules just outside the lines (booktabs top and bottom rules) belong to the table too.
    margin = 1.2 * size
    inside = [rule for rule in rules if top - margin <= rule.top <= bottom + margin]
    score = len(inside) + sum(_cells_in(line) >= 2 for line in taken)
    return taken, inside, score


def _horizontal_rules(page: PageWords, span: _Span) -> list[Rule]:
    return [rule for rule in page.rules
            if rule.bottom - rule.top < 2.5 and rule.x1 - rule.x0 > 4
            and min(rule.x1, span.x1 + 6) - max(rule.x0, span.x0 - 6)
            >= 0.9 * (rule.x1 - rule.x0)]


def caption_order(caption) -> tuple[bool, bool]:
    """The order in which captions take their table regions: tables spanning both columns
    first, then tables' captions before figures' (see `_parts_of_page`)."""
    return (not caption.span.full, caption.label.startswith("Figure"))


def _parts_of_page(page: PageWords, layout: _Layout, votes: list[int],
                   prefer_above: bool | None = None,
                   vocabulary: frozenset[str] = frozenset(),
                   size: float | None = None) -> list[_Part]:
    """The captioned tables of a page. A caption with table-like lines on both sides (a table
    above it, and below it another table whose caption follows it) takes the side the
    document's unambiguous captions take (`prefer_above`); `votes` counts those, [above,
    below]."""
    parts: list[_Part] = []
    captions = _captions(page, layout, vocabulary, size)
    # Captions end every table region; tables spanning both columns go first, since their words
    # must not be read again from a column. A figure's caption goes after the tables' (round
    # 24): it opens a table only over a grid of numbers, and had taken the lines of Dean and
    # Ghemawat's Table 1, set between Figure 4's caption and its own, before that table's caption
    # could; the figure's region was then dropped and the table lost.
    boxes: list[Region] = [Region(page=page.number, x0=min(line.x0 for line in c.lines),
                                  top=c.top, x1=max(line.x1 for line in c.lines),
                                  bottom=c.bottom) for c in captions]
    for caption in sorted(captions, key=caption_order):
        span = caption.span
        words = band_words(page, span) if span.wrapped else [
            word for word in page.words if span.holds(word.x0, word.x1)]
        lines = lines_of(words)
        rules = _horizontal_rules(page, span)
        first = next((n for n, line in enumerate(lines)
                      if abs(line.top - caption.top) < 1 and line.x0 <= caption.lines[0].x0 + 1),
                     None)
        if first is None or _runs_on_from_prose(lines, first, span):
            continue
        last = first
        while last + 1 < len(lines) and lines[last + 1].top < caption.bottom - 1:
            last += 1
        others = [box for box in boxes if abs(box.top - caption.top) > 0.5]
        below = _grow(lines, rules, last + 1, 1, caption.bottom, span, others)
        if _ROMAN_NAME.match(caption.label) and below[2]:
            # IEEE and APS templates set a "TABLE IV" caption over its table: lines above it
            # are the end of the table before, or prose; only a caption with no table under
            # it (a template that sets captions below) takes the lines above.
            above: tuple[list[Line], list[Rule], int] = ([], [], 0)
        else:
            above = _grow(lines, rules, first - 1, -1, caption.top, span, others)
        figure = caption.label.startswith("Figure")  # votes are the tables' captions' own
        if above[2] and not below[2] and not figure:
            votes[0] += 1
        elif below[2] and not above[2] and not figure:
            votes[1] += 1
        if above[2] and below[2] and prefer_above is not None:
            taken, inside, score = above if prefer_above else below
        else:
            taken, inside, score = above if above[2] >= below[2] else below
        if score == 0 or not taken:
            continue
        boxes.append(Region(page=page.number, x0=min(line.x0 for line in taken),
                            top=min(line.top for line in taken),
                            x1=max(line.x1 for line in taken),
                            bottom=max(line.bottom for line in taken)))
        parts.append(_Part(page.number, caption.label, caption.text, caption.continued, span,
                           taken, inside, _walls(page, span, taken),
                           posts=posts_of(page, span.x0, span.x1, taken[0].top,
                                          taken[-1].bottom)))
    if not parts:  # captions in the page's margin, beside their tables (margin_tables.py)
        parts = margin_parts(page, lambda label, text, x0, x1, taken, held: _Part(
            page.number, label, text, False, _Span(x0, x1, True), taken, held,
            _walls(page, _Span(x0, x1, True), taken), closed=True))
    return parts


def _runs_on_from_prose(lines: list[Line], first: int, span: _Span) -> bool:
    """Is the caption line `lines[first]` the next line of a sentence of running text: the
    line right above it is prose in the same type, starting where it starts, at the leading of
    running text, and ends with no stop? "... We report the error rates of different methods
    in" / "Table 1. The first highlight for this Table is ..." (Le and Mikolov,
    arXiv:1405.4053, page 5; read32, round 32) is a reference that wrapped to a line's start,
    and read as Table 1's caption its region was the prose above it, whose words made a bogus
    table and joined the rows of the real Table 1."""
    if first < 1:
        return False
    line, above = lines[first], lines[first - 1]
    return (line.top - above.bottom < 0.5 * line.size
            and abs(line.size - above.size) < 0.3 and abs(line.x0 - above.x0) < line.size
            and not above.text.rstrip().endswith((".", ":", "!", "?"))
            and (_is_prose(above, span) or _full_line_of_words(above, span)))


def _full_line_of_words(line: Line, span: _Span) -> bool:
    """Five words or more, none a number, across the whole span: a justified line of prose,
    though a run-in heading ("Results:") sets one gap wider than the rest."""
    words = line.words
    return (len(words) >= 5 and not any(_is_value(word.text) for word in words)
            and line.x1 - line.x0 > 0.9 * (span.x1 - span.x0))


def _walls(page: PageWords, span: _Span, taken: list[Line]) -> list[float]:
    """x of the vertical rules crossing the lines `taken` of a table in `span`."""
    top, bottom = taken[0].top, taken[-1].bottom
    return sorted({round((rule.x0 + rule.x1) / 2) for rule in page.rules
                   if rule.bottom - rule.top > 4 and rule.x1 - rule.x0 < 2.5
                   and rule.top < bottom and rule.bottom > top
                   and span.x0 - 6 <= rule.x0 <= span.x1 + 6})


def _head_in_left_column(page: PageWords, layout: _Layout, part: _Part) -> _Part | None:
    """The first rows of `part`, a table at the top of the right column with its caption
    under it, when they stand at the bottom of the left column: a long table set where it
    falls runs over the column break, header and first rows on the left, the rest and the
    caption on the right. Read alone, the right part had no header and the left part no
    caption, so no cell had a column. Taken when nothing but the table stands above the part
    in its column, and the left column ends in lines of as many cells as the part's first
    line."""
    if layout.gutter is None or part.span.full or part.span.x0 < layout.gutter[0]:
        return None
    if any(part.span.holds(word.x0, word.x1) and word.bottom < part.lines[0].top - 1
           for word in page.words):
        return None
    left = layout.spans()[0]
    lines = [line for line in lines_of([word for word in page.words
                                        if left.holds(word.x0, word.x1)])
             if not _PAGE_NUMBER.match(line.text)]
    if not lines or _cells_in(lines[-1]) < 2 or _cells_in(lines[-1]) != _cells_in(
            part.lines[0]):
        return None
    taken, inside, score = _grow(lines, _horizontal_rules(page, left), len(lines) - 1, -1,
                                 lines[-1].bottom, left)
    if not taken or score == 0:
        return None
    return _Part(page.number, part.label, part.caption, False, left, taken, inside,
                 _walls(page, left, taken))


def _continuation_at_top(page: PageWords, layout: _Layout, previous: _Part) -> _Part | None:
    """Rows of `previous` (a captioned table closing its page) going on at the top of this
    page, without a caption of their own."""
    span = previous.span
    words = [word for word in page.words if span.holds(word.x0, word.x1)]
    lines = [line for line in lines_of(words) if not _PAGE_NUMBER.match(line.text)]
    if not lines:
        return None
    rules = _horizontal_rules(page, span)
    start = 0
    # A running header (short line far above the rest) is not part of the table; of up to
    # three lines ("Electronic Supplementary Material (ESI) for RSC Advances." over "This
    # journal is (c) The Royal Society of Chemistry 2016": round 27, probe27a).
    while start < min(3, len(lines) - 1) and _cells_in(lines[start]) == 1:
        start += 1
    if start and lines[start].top - lines[start - 1].bottom <= 8:
        start = 0
    if start >= len(lines) or _cells_in(lines[start]) < 2:
        return None
    taken, inside, _ = _grow(lines, rules, start, 1, lines[start].top, span)
    if not taken:
        return None
    return _Part(page.number, previous.label, None, True, span, taken, inside)


def _closes_page(part: _Part, page: PageWords) -> bool:
    """Nothing but a page number below the part, in its span."""
    below = [word for word in page.words if word.top > part.lines[-1].bottom + 1
             and part.span.holds(word.x0, word.x1)]
    return all(_PAGE_NUMBER.match(word.text) for word in below)


def is_two_column(pages: Sequence[PageWords]) -> bool:
    """Do most pages show a column gutter of their own? A page counts when either this
    module's line-end test or the reading-order gutter of `gutters.find_gutter` finds one (the
    first misses papers whose left-column lines rarely end flush at the gutter)."""
    words = [word for page in pages for word in page.words]
    if not words:
        return False
    lefts = sorted(word.x0 for word in words)
    rights = sorted(word.x1 for word in words)
    x0, x1 = lefts[len(lefts) // 50], rights[-1 - len(rights) // 50]
    size = body_size(list(pages))
    found = sum(_gutter(page.words, x0, x1, page.width) is not None
                or find_gutter(page, size) is not None for page in pages)
    return 2 * found > len(pages)


def numeric_grid(grid: Grid) -> bool:
    """Whether a region under a figure's caption reads as a table of numbers: a header of four
    columns or more over five rows or more, nearly every row a label and three numbers or more
    (grid_captions.figure_table_start). A chart's tick labels and legend make no such grid."""
    rows = grid.rows
    if len(grid.header) < 4 or len(rows) < 5:
        return False
    full = sum(1 for row in rows if row and row[0].value is None
               and sum(cell.value is not None for cell in row[1:]) >= 3)
    return full >= 0.8 * len(rows)


def _grid_of(part: _Part) -> Grid | None:
    """The grid of a region; of two tables set side by side on different baselines
    (`side_tables.split_sides`), the left one's with the right one's rows after them."""
    sides = split_sides(part.lines, part.rules) if not part.walls else None
    if sides is None:
        return (grouped_grid(part.lines, part.rules, part.walls)
                or build_grid(part.lines, part.rules, walls=part.walls, posts=part.posts,
                              caption=part.caption))
    grids = [grouped_grid(lines, rules) or build_grid(lines, rules) for lines, rules in sides]
    found = [grid for grid in grids if grid is not None]
    if not found:
        return None
    first = found[0]
    for other in found[1:]:
        first.rows.extend(other.rows)
    return first


def tables_from_pages(pages: Sequence[PageWords], layouts: Sequence[_Layout] | None = None,
                      size: float | None = None) -> list[Table]:
    """The tables of a PDF's pages (see the module docstring). `layouts` and `size` (the
    body's type size) are the pages' own unless given (pages of a table set sideways, turned
    upright: sideways_tables.py)."""
    layouts = layouts if layouts is not None else _layouts(pages)
    if size is None:
        size = body_size(list(pages)) if pages else None
    votes = [0, 0]
    for page, layout in zip(pages, layouts, strict=True):
        _parts_of_page(page, layout, votes, size=size)
    # The side the document's unambiguous captions take; with none (or as many each way),
    # each caption takes the side holding more table (an Elsevier journal's captions all
    # sit over tables with a running head or prose above them: none is unambiguous).
    prefer_above = None if votes[0] == votes[1] else votes[0] > votes[1]
    vocabulary = vocabulary_of(pages)
    parts: list[_Part] = []
    for number, page in enumerate(pages):
        layout = layouts[number]
        found = _parts_of_page(page, layout, [0, 0], prefer_above, vocabulary, size)
        if (not found and parts and number > 0 and parts[-1].page == pages[number - 1].number
                and not parts[-1].closed and _closes_page(parts[-1], pages[number - 1])):
            extra = _continuation_at_top(page, layout, parts[-1])
            if extra is not None:
                found = [extra]
        for part in list(found):
            head = _head_in_left_column(page, layout, part)
            if head is not None:
                found.insert(found.index(part), head)
                part.caption, part.continued = None, True
        parts += found
    tables: list[Table] = []
    by_label: dict[str, int] = {}
    headers: dict[int, list[list[str]]] = {}
    for part in parts:
        grid = _grid_of(part)
        if grid is None or (part.label or "").startswith("Figure") and not numeric_grid(grid):
            continue
        # Column headers turned a quarter over narrow columns (extract/sideways_headers.py).
        sideways_headers(grid, part.lines, next(
            (page for page in pages if page.number == part.page), None))
        grid.header = first_block_title(grid.rows, grid.header)  # "Potsdam" over block one
        mark_conditions(grid.rows)  # ✓/× under "G-Pooling": "G-Pooling", "w/o G-Pooling"
        spanning_values(grid.rows)  # "Vocabulary 118,497" centred under "CNN News"
        grid.rows, grid.header = split_pair_cells(grid.rows, grid.header)  # "73.6/82.7"
        grid.rows, grid.header = lift_size_row(grid.rows, grid.header)  # "computers 10 20 50"
        region = Region(page=part.page, x0=round(min(line.x0 for line in part.lines), 2),
                        top=round(min([line.top for line in part.lines]
                                      + [rule.top for rule in part.rules]), 2),
                        x1=round(max(line.x1 for line in part.lines), 2),
                        bottom=round(max([line.bottom for line in part.lines]
                                         + [rule.bottom for rule in part.rules]), 2))
        index = by_label.get(part.label) if part.label else None
        if index is not None and (part.continued or part.caption is None
                                  or tables[index].pages[-1] <= part.page):
            table = tables[index]
            if grid.header != table.header and len(headers[index]) == len(grid.header):
                # A continuation without a header of its own (its first rows were read as
                # one): its columns are those of the table it continues.
                # Its own header printed again is its header still (repeated_headers.py).
                repeated = repeated_header_lines(part.lines, headers[index])
                grid = build_grid(part.lines, part.rules, known_columns=headers[index],
                                  walls=part.walls, header_lines=repeated or None) or grid
            table.rows.extend(grid.rows)
            if part.page not in table.pages:
                table.pages.append(part.page)
            table.regions.append(region)
            continue
        table = Table(caption=part.caption, header=grid.header, rows=grid.rows,
                      pages=[part.page], label=part.label, regions=[region])
        if part.label:
            by_label[part.label] = len(tables)
        headers[len(tables)] = grid.header_lines
        tables.append(table)
    # Two tables set side by side under one caption, read as one (extract/side_tables.py).
    return [piece for table in tables for piece in split_side_tables(table)]
