"""The gutter of a two-column page under a full-width title block that hides it.

`gutters.find_gutter` allows full-width rows across the gutter up to a tenth of the page's
rows, and the document's usual gutter stands in for it only when a third of the pages show
one. CDC's MMWR report (Inadequate and Unhealthy Housing, MMWR Suppl. 60, 2011; round 29,
probe29a) opens with eight centred or full-width rows (title, three authors, affiliation, the
corresponding author's address) over two columns of 10-point text, and of its other five pages
four are tables: no gutter was found, no usual one stood in, and page 1 was read row by row
across both columns ("Other householders were significantly more likely than non-Hispanic
white indicators of unhealthy housing, such as poor air quality from mold female householders
..."), which made a sentence of the right column contradict a true claim.

Here the gutter is looked for again in the page's rows from its first two-column row down:
the rows above it (a title block printed before the columns start) are left out of the search
only, and are still read as full-width rows by the layout (they cross the gutter). A row is
a two-column row when, in the middle stretch of the page where a gutter is searched, it has a
gap of at least a word space and a half between its words, with words on both sides. A
one-column page shows no gutter below its title either.
"""

from __future__ import annotations

from .gutters import GUTTER_SEARCH, find_gutter
from .page_lines import baseline_rows
from .pdfwords import PageWords, Word

_GAP_EM = 1.5  # a gutter is wider than one and a half spaces of the body's size


def _two_columns(row: list[Word], low: float, high: float, size: float) -> bool:
    """Does `row` stand in two parts with a gap in the middle stretch of the page?"""
    ordered = sorted(row, key=lambda word: word.x0)
    return any(low <= (left.x1 + right.x0) / 2 <= high and right.x0 - left.x1 >= _GAP_EM * size
               for left, right in zip(ordered, ordered[1:], strict=False))


def gutter_below_title(page: PageWords, size: float, words: list[Word]) -> float | None:
    """The gutter of `page` found among its rows from the first two-column row down (module
    docstring); None when there is no such row above the page's last third or no gutter."""
    rows = baseline_rows([word for word in words if word.text.strip()], size)
    low, high = page.width * GUTTER_SEARCH[0], page.width * GUTTER_SEARCH[1]
    first = next((index for index, row in enumerate(rows) if _two_columns(row, low, high, size)),
                 None)
    if not first or rows[first][0].top > page.height / 3:
        return None  # nothing to leave out, or a title block too long to be one
    below = [word for row in rows[first:] for word in row]
    return find_gutter(page, size, below)
