"""A section set in small print is running text, not small print (probe32a).

Ashuri and Hassani (J. Alloys Compd. 617, 2014, page 2) set their experimental section in
6.4 pt under an 8 pt body, its bold numbered heading "2. Experimental procedures" too. Every
line under 0.88 of the body size is marked small print (line_kinds.mark_footnotes), those low
on the page footnotes, and those in the page's top or bottom band running heads and feet
(line_kinds.mark_furniture), so the whole section was dropped: the milling time, the
ball-to-powder ratio, the extrusion speed and the wear test's load were never read.

`keep_small_section` gives a run of small lines back to the running text when it opens right
after a numbered section heading ("2. Experimental procedures", at most eight words, set in
the body size or in bold; not "References", "Acknowledgements", "Notes" or "Appendix", whose
small print is no running text). The run goes on, in reading order and so into the next
column, over small or footnote lines of the size of its first line, and ends at a line of
another size or kind; it is given back only when it reads as prose, five lines or more of six
words a line or more on average (a figure's axis labels or a table's cells set small under a
heading are not: "4.2. Proof of Corollary 2" over a plot's "*", "5.2 Non feasibility of on-line
algorithm" over a diagram's "1R 1R"). Its lines are flagged (`Line.small_section`), so
that the running-head rule does not take those in the page's top or bottom band for
furniture; a line repeated on other pages, or a bare page number, still is. A numbered
footnote ("1 Available at ...") is neither bold nor in the body size, and opens no run.
"""

from __future__ import annotations

import re

from .page_lines import SMALL, Line

_SMALL_KINDS = frozenset(("small", "footnote"))
# A section's prose: five lines or more, of six words a line or more on average.
_LEAST_LINES, _LEAST_WORDS = 5, 6
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z][A-Za-z-]+")
# Bold by the font's name: `pdfwords.font_style`, or the "-B" of a family that names its
# weights by one letter ("AdvGulliv-R", "AdvGulliv-B", "AdvGulliv-I").
_LETTER_BOLD = re.compile(r"-B(?:d|old)?$")
_NOT_RUNNING = re.compile(r"\b(?:references?|bibliography|acknowledge?ments?|notes?|appendix)\b",
                          re.IGNORECASE)


def _bold(word) -> bool:
    return word.bold or bool(_LETTER_BOLD.search(getattr(word, "font", "") or ""))


def _heading(line: Line, size: float) -> bool:
    words = [word for word in line.words if word.text.strip()]
    return (line.kind in ("text", *_SMALL_KINDS) and bool(words)
            and (line.size >= 0.95 * size or all(_bold(word) for word in words))
            and len(line.text.split()) <= 8 and bool(_NUMBERED_HEADING.match(line.text))
            and not _NOT_RUNNING.search(line.text))


def keep_small_section(lines: list[Line], size: float) -> None:
    """Mark back as running text the small lines of a section opened by a numbered heading
    (module docstring). In place."""
    for at, line in enumerate(lines):
        if not _heading(line, size):
            continue
        following = [other for other in lines[at + 1:] if other.kind != "furniture"]
        if not following or following[0].kind not in _SMALL_KINDS \
                or following[0].size >= SMALL * size:
            continue
        small = following[0].size
        run = []
        for other in following:
            if other.kind not in _SMALL_KINDS or abs(other.size - small) > 0.3:
                break
            run.append(other)
        if len(run) < _LEAST_LINES or \
                sum(len(other.text.split()) for other in run) < _LEAST_WORDS * len(run):
            continue  # a figure's labels or a table's cells under a heading: no prose
        if line.kind in _SMALL_KINDS:
            line.kind = "text"
        for other in run:
            other.kind, other.small_section = "text", True
