"""A table set beside the running text of a one-column page, the prose wrapped around it (a
LaTeX `wraptable`; read32, round 32).

Hu et al., Convolutional Neural Network Architectures for Matching Natural Language Sentences
(NIPS 2014, arXiv:1503.03244, pages 7 and 8) set Tables 1 to 3 (P@1 of ARC-I, ARC-II and the
baselines; MSRP accuracy and F1) at the right of the text block, each with its caption under
it, and the prose runs on beside them, narrowed. Every line there holds prose and a table row
at once ("pairs), and tested on 50K positive pairs, each accompanied by   ARC-I   47.51"), so
no line opened with "Table 1:" and the caption was never found: the three tables were not read
at all, and their cells were read into the sentences ("achieving an accura- ARC-I 69.6 80.27
cy").

A caption that starts after a gap wider than `_GAP` type sizes in a line of a one-column page,
the prose before the gap, and reaches the text block's right edge, heads a table in the band
right of that prose: its span runs from just past the prose's last word to the text block's
edge (`wrapped_caption_spans`). The same, mirrored, for a caption at the left edge whose line
goes on past such a gap with prose (a table wrapped on the left). The table's region is then
grown from the caption within that band as for any caption (grid_tables._parts_of_page), and a
band that holds no table gives none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .grid_lines import Line, lines_of
from .table_layout import _Span

if TYPE_CHECKING:
    from .pdfwords import PageWords, Word

_GAP = 0.9  # a gap wider than this many type sizes parts the prose from the caption beside it
_EDGE = 2.0  # the caption's run ends within this many type sizes of the text block's edge
_PROSE_WORDS = 4  # the prose beside the caption has at least this many words

CaptionStart = Callable[[Line], "tuple[str, bool] | None"]


def _gaps(words: list[Word], size: float) -> list[int]:
    """Indexes of the words that follow a gap wider than `_GAP` type sizes."""
    return [index for index in range(1, len(words))
            if words[index].x0 - words[index - 1].x1 > _GAP * size]


def wrapped_caption_spans(page: PageWords, span: _Span, is_caption: CaptionStart
                          ) -> list[tuple[_Span, list[Line]]]:
    """A span for each table caption set beside prose on a one-column page (`span`: its text
    block), with the page's lines wholly inside it (module docstring)."""
    found: list[tuple[_Span, list[Line]]] = []
    for line in lines_of(page.words):
        words = line.words
        gaps = _gaps(words, line.size)
        if len(gaps) != 1:
            continue
        cut = gaps[0]
        left, right = words[:cut], words[cut:]
        wrapped: _Span | None = None
        if is_caption(Line(left, line.top, line.bottom)) \
                and is_caption(Line(right, line.top, line.bottom)):
            continue  # two tables' captions side by side: no prose (side_tables.py)
        if len(left) >= _PROSE_WORDS and right[-1].x1 >= span.x1 - _EDGE * line.size \
                and is_caption(Line(right, line.top, line.bottom)):
            wrapped = _Span(left[-1].x1 + 1, span.x1, False, wrapped=True)
        elif len(right) >= _PROSE_WORDS and left[0].x0 <= span.x0 + _EDGE * line.size \
                and is_caption(Line(left, line.top, line.bottom)):
            wrapped = _Span(span.x0, right[0].x0 - 1, False, wrapped=True)
        if wrapped is None:
            continue
        found.append((wrapped, lines_of(band_words(page, wrapped))))
    return found


def band_words(page: PageWords, band: _Span) -> list[Word]:
    """The words of each line that lie in `band` and stand apart from the rest of their line
    (the prose beside the table) by a gap wider than `_GAP` type sizes: a table row's cells and
    the caption, never the end of a line of prose that runs across the whole text block over or
    under the table (joined to the rest of the line by word spaces, or by a word across the
    band's edge)."""
    kept: list[Word] = []
    for line in lines_of(page.words):
        inside = [word for word in line.words if band.holds(word.x0, word.x1)]
        if not inside:
            continue
        outside = [word for word in line.words if not band.holds(word.x0, word.x1)]
        if any(word.x1 > band.x0 + 3 and word.x0 < band.x1 - 3 for word in outside):
            continue  # a word across the band's edge: a line of prose
        before = [word for word in outside if word.x1 <= inside[0].x0]
        after = [word for word in outside if word.x0 >= inside[-1].x1]
        gap = _GAP * line.size
        if before and inside[0].x0 - before[-1].x1 <= gap:
            continue
        if after and after[0].x0 - inside[-1].x1 <= gap:
            continue
        kept += inside
    return kept
