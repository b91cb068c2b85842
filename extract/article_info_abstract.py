"""An abstract set beside an "article info" column under one letter-spaced banner.

Elsevier's journals (the Brazilian Journal of Microbiology among them) open a paper with two
columns under one banner line, "a r t i c l e i n f o" over a narrow left column (the article
history, the editor, the keywords) and "a b s t r a c t" over a wide right one. The page's
gutter is elsewhere, so the layout reader ran the two columns together where their lines share
a baseline ("Received 22 August 2016 sis in l-aspartic acid ..."), marked the abstract's lower
lines footnotes (the rule under the article history stands in the left column's lower half),
and no heading "Abstract" was read: the whole abstract was dropped as front matter, its "around
30 years" with it (Cachumba et al., Braz. J. Microbiol. 2016; round 27, probe27b).

Here, on the first two pages, a banner line of single letters that spells "article info" and
then "abstract" splits the lines after it at the left edge of the "a" that opens "abstract":
what lies right of it, up to the first heading below (the introduction) or to a line opening
with the copyright sign, is the abstract, read under a heading "Abstract"; what lies left of it
is the article information, front matter the parser leaves out. A banner that spells anything
else, or no banner, changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .headings import heading_title
from .page_lines import Line

if TYPE_CHECKING:
    from .page_lines import PageLayout
    from .pdfwords import Word

MAX_PAGE = 2
_LEFT = "articleinfo"
_RIGHT = "abstract"
_SLACK = 1.0  # points left of the banner's "a" that a word of the abstract may start at
_END = ("\u00a9", "Copyright")


def _split_at(line: Line) -> float | None:
    """The left edge of the "abstract" of an "a r t i c l e i n f o a b s t r a c t" banner
    line, or None when `line` is no such banner."""
    words = sorted(line.words, key=lambda word: word.x0)
    if not words or sum(len(word.text.strip()) <= 1 for word in words) < 0.8 * len(words):
        return None
    letters = "".join(word.text.strip() for word in words).casefold()
    if letters != _LEFT + _RIGHT:
        return None
    seen = ""
    for word in words:
        if seen == _LEFT:
            return word.x0
        seen += word.text.strip().casefold()
    return None


def _ends(line: Line) -> bool:
    return heading_title(line.text) is not None


def split_article_info(layout: PageLayout) -> list[tuple[Line, bool]] | None:
    """The lines of `layout` in reading order, with the banner and the lines under it rewritten
    (module docstring), each with whether it is the "Abstract" heading; None when the page has
    no such banner."""
    if layout.number > MAX_PAGE:
        return None
    for position, banner in enumerate(layout.lines):
        split = _split_at(banner)
        if split is None:
            continue
        out: list[tuple[Line, bool]] = [(line, False) for line in layout.lines[:position]]
        heading = Line(page=banner.page, words=list(banner.words), kind="text").finish()
        heading.text = "Abstract"
        out.append((heading, True))
        ended = False
        rest = layout.lines[position + 1:]
        for index, line in enumerate(rest):
            if line.kind == "text" and _ends(line):
                out += [(later, False) for later in rest[index:]]
                return out
            if ended or line.kind in ("furniture", "caption", "table"):
                continue
            right: list[Word] = [word for word in line.words if word.x0 >= split - _SLACK]
            if not right:
                continue
            piece = Line(page=line.page, words=right, column=line.column, kind="text").finish()
            if piece.text.lstrip().startswith(_END):
                ended = True
                continue
            out.append((piece, False))
        return None  # no heading closed the abstract: the banner is no front matter's
    return None
