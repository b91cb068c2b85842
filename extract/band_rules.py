"""A rule drawn across both columns ends a band of the page: what is above it is read first.

Journals set the abstract of a two-column page in its own two columns, boxed or closed by a
horizontal rule across the page, and begin the body's two columns under it: Annals of Internal
Medicine prints its structured abstract ("Background:", "Purpose:", ..., "Conclusions:") that
way above the introduction (Bravata et al., Ann Intern Med 2004, p. 910). The layout reader
split a two-column page only at full-width rows of text, so it read the abstract's left column,
then the introduction's left column, then the abstract's right column and the introduction's
right column: sentences ran from one into the other ("... 115 systems that collect various
surveillance he anthrax attacks of 2001 ..."), and neither was read as written.

A horizontal rule that crosses the gutter and spans most of the page's width separates bands,
as a full-width row of text does: the reader finishes the left and then the right column of the
band above it before it reads on below. Only a rule with two-column text on both sides counts
(a rule at the top or bottom of the page orders nothing); a column's own rules (a footnote
separator, a boxed note in one column, a one-column table) never cross the gutter.
"""

from __future__ import annotations

from collections.abc import Sequence

from .pdfwords import PageWords, Word

__all__ = ["band_separators"]

MIN_SHARE = 0.6
"""A separating rule spans at least this share of the page's width."""


def band_separators(page: PageWords, gutter: float, words: Sequence[Word]) -> list[float]:
    """The heights of the rules across both columns of `page` that have words of both columns
    above and below them, top to bottom."""
    if not page.rules or not words:
        return []
    found = sorted({round(rule.top, 1) for rule in page.rules
                    if rule.horizontal and rule.bottom - rule.top < 3
                    and rule.x1 - rule.x0 >= MIN_SHARE * page.width
                    and rule.x0 < gutter < rule.x1})
    separators = []
    for top in found:
        sides = [{word.middle < gutter for word in words if (word.bottom <= top) == above}
                 for above in (True, False)]
        if all(side == {True, False} for side in sides):
            separators.append(top)
    return separators
