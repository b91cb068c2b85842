"""The page frame a table is read in: the text block's extent and its column gutter.

Split from grid_tables.py along its seam: a table spans one column or the full text width
(`_Span`), and which one is decided from the document's own column layout (`_layouts`): the
gutter is the band near the middle of the page that no body word covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .mirrored_margins import facing_extents

if TYPE_CHECKING:
    from .pdfwords import PageWords, Word

OVERHANG_PT = 12.0  # how far a full-width table may reach past the text block


@dataclass
class _Span:
    """The horizontal extent a table may occupy: one column or the full text width."""

    x0: float
    x1: float
    full: bool
    gutter: tuple[float, float] | None = None  # of a full span over two columns
    wrapped: bool = False  # a band beside wrapped prose: its lines' runs only (wrapped_tables)

    def holds(self, x0: float, x1: float) -> bool:
        # A table across the whole text width may overhang it a little (a wide last column set
        # into the margin); margin furniture such as line numbers stands much further out.
        slack = OVERHANG_PT if self.full else 3
        return x0 >= self.x0 - slack and x1 <= self.x1 + slack


@dataclass
class _Layout:
    """Text extent of the document, and the gutter between its two columns (None: one)."""

    x0: float
    x1: float
    gutter: tuple[float, float] | None

    def spans(self) -> tuple[_Span, ...]:
        if self.gutter is None:
            return (_Span(self.x0, self.x1, True),)
        return (_Span(self.x0, self.gutter[0], False), _Span(self.gutter[1], self.x1, False))

    def full(self) -> _Span:
        return _Span(self.x0, self.x1, True, self.gutter)


def _gutter(words: Sequence[Word], x0: float, x1: float, width: float
            ) -> tuple[float, float] | None:
    """The least covered band of the middle of the text, if far below the coverage inside the
    columns: full-width blocks (title, abstract, wide tables) cross the gutter too."""
    # Text may run past the page's width (a newsletter's bleed, PyMuPDF's test_2904.pdf): the
    # band measured covers the text as well as the page.
    cover = [0] * (int(max(width, x1)) + 2)
    for word in words:
        for x in range(max(0, int(word.x0)), min(len(cover), int(word.x1) + 1)):
            cover[x] += 1
    middle = range(int(x0 + 0.35 * (x1 - x0)), int(x0 + 0.65 * (x1 - x0)))
    inside = sorted(cover[int(x0):int(x1)])
    typical = inside[len(inside) // 2] if inside else 0
    if not middle or typical < 10:
        return None
    lowest = min(middle, key=lambda x: cover[x])
    if cover[lowest] > 0.2 * typical:
        return None
    ceiling = cover[lowest] + 0.05 * typical
    left = right = lowest
    while left - 1 in middle and cover[left - 1] <= ceiling:
        left -= 1
    while right + 1 in middle and cover[right + 1] <= ceiling:
        right += 1
    if right - left < 4 or not _justified_left_column(words, left):
        return None
    return float(left), float(right + 1)


def _justified_left_column(words: Sequence[Word], gutter: int) -> bool:
    """Do at least five lines of six words or more end together at the gutter, as justified
    text of a left column does? (A wide table on a one-column page can leave a gap in the
    middle too, but its rows are a few cells, not lines of words.)"""
    lines: dict[int, list[float]] = {}
    for word in words:
        if word.x1 <= gutter + 1:
            lines.setdefault(round(word.bottom), []).append(word.x1)
    ends = [max(x1s) for x1s in lines.values() if len(x1s) >= 6]
    return sum(gutter - 4 <= end <= gutter + 1 for end in ends) >= 5


def _layouts(pages: Sequence[PageWords]) -> list[_Layout]:
    """Per page: the document's text extent and the page's column gutter (a page without a
    clear one of its own, in a document whose pages mostly have one, takes the usual one)."""
    words = [word for page in pages for word in page.words]
    if not words:
        return [_Layout(0.0, 0.0, None) for _ in pages]
    lefts = sorted(word.x0 for word in words)
    rights = sorted(word.x1 for word in words)
    x0, x1 = lefts[len(lefts) // 50], rights[-1 - len(rights) // 50]
    sides = facing_extents(pages)  # recto and verso text blocks apart (mirrored_margins.py)
    frames = [sides[page.number % 2] if sides else (x0, x1) for page in pages]
    gutters = [_gutter(page.words, a, b, page.width)
               for page, (a, b) in zip(pages, frames, strict=True)]
    found = sorted(gutter for gutter in gutters if gutter is not None)
    usual = found[len(found) // 2] if len(found) * 2 >= len(pages) else None
    return [_Layout(a, b, gutter or usual)
            for (a, b), gutter in zip(frames, gutters, strict=True)]
