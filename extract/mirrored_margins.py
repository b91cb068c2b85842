"""Facing pages whose text blocks stand at different places: a book's or report's recto and
verso pages (probe29b, issue 11).

A printed report bound as a book mirrors its margins: the odd pages' text block stands further
right than the even pages' (NCES's "Highlights from PIRLS 2011", round 29: 18 points). The
table reader frames every table in the document's text extent (`table_layout._layouts`), taken
over all pages; on the odd pages of such a report the frame cut off the last column of Tables
A-1 and A-2 (continued), and its header lines with it, so those continued tables lost their
last column and their bottom header line was read as a row.

When the odd and the even pages, each read on its own, have text blocks of the same width
shifted by the same amount, each page is framed by its own side's extent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import PageWords

__all__ = ["extent", "facing_extents"]

MIN_SHIFT = 6.0
"""The least shift (points) of the text block between facing pages that is read as mirrored."""

SAME_WIDTH = 4.0
"""How much (points) the two sides' text blocks may differ in width and still be one block."""


def extent(pages: Sequence[PageWords]) -> tuple[float, float] | None:
    """The text extent of `pages`: the 2nd percentile of the words' left edges and the 98th of
    their right edges, None without words."""
    words = [word for page in pages for word in page.words]
    if not words:
        return None
    lefts = sorted(word.x0 for word in words)
    rights = sorted(word.x1 for word in words)
    return lefts[len(lefts) // 50], rights[-1 - len(rights) // 50]


def facing_extents(pages: Sequence[PageWords]) -> dict[int, tuple[float, float]] | None:
    """Per page parity (page number mod 2), that side's text extent, when the document's odd
    and even pages set one block at two places (module docstring); else None."""
    sides = [[page for page in pages if page.number % 2 == parity] for parity in (0, 1)]
    if any(len(side) < 2 for side in sides):
        return None
    even, odd = extent(sides[0]), extent(sides[1])
    if even is None or odd is None:
        return None
    left, right = odd[0] - even[0], odd[1] - even[1]
    if abs(left) < MIN_SHIFT or abs(left - right) > SAME_WIDTH:
        return None
    return {0: even, 1: odd}
