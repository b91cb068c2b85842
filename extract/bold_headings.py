"""Unnumbered section headings told only by their bold type.

A journal that numbers no section ("Reactions and mechanism", "l-asparaginase applications",
"Pharmaceutical industry: antineoplastic action", "Conclusion and future recommendations";
Cachumba et al., Braz. J. Microbiol. 2016; round 27, probe27b) sets each heading in a bold face
on a line of its own, in sentence case. The text parser knows a heading by its words (a known
section name, a number, capitals), so none of them was one: the review's eight sections were
read as one "Introduction" (then a false "OH OH" from a figure), and each heading ran into the
first sentence under it ("Reactions and mechanism The hydrolysis process occurs ...").

Here, in a paper that numbers none of its headings (a paper that numbers them sets other bold
lines, a paragraph's run-in title on a line of its own, a wrapped heading's second line: "IMDB
dataset" under "3.2. Beyond One Sentence: Sentiment Analysis with"; round 27's first benchmark
run of the rule), a line of running text is such a heading when every word of it is set in a
bold face, at the body's size or larger, it holds one to `MAX_WORDS` words with a letter, ends
on no punctuation that continues or ends a sentence (",", ";", "."), prints no figure or table
label ("Fig. 1 –"), comes after the paper's first heading known by its words (the title, the
authors and the front matter above it are set bold too), the line before it in reading order
ends a sentence or is itself a heading, and the line after it is not bold throughout (a bold
line that goes on is a paragraph, or a caption), unless set smaller (a subheading right under
its section's heading: "l-asparaginase applications" over "Pharmaceutical industry: ..."). The
line is handed to the parser as a Markdown heading ("# Reactions and mechanism"), which the
parser reads as a heading whatever its words.

In such a paper (two bold headings or more), a line that reads as a heading only by its
capitals, set smaller than the body in no bold face ("OH OH", the formulas' hydroxyl groups in
the review's Figure 1, which opened a section there), is a figure's text and is left out
(`figure_capitals`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headings import REFERENCE_TITLES, SECTION_NAMES, heading_title, section_kind

if TYPE_CHECKING:
    from .page_lines import Line

MAX_WORDS = 8
_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z]\.\d)\s")
_LABEL = re.compile(r"^(?:Fig(?:ure)?s?\.?|Table|Tab\.|Scheme|Chart|Algorithm|Source)\b",
                    re.IGNORECASE)
# A sentence's end, maybe followed by its reference marks ("characteristics.3,25–28").
_SENTENCE_END = re.compile(r"[.!?:][\"')\]\u201d\u2019\d,\u2013\-]*$")


def _numbered(title: str | None) -> bool:
    """A heading with a number ("3.2 Results", "IV. RESULTS", "A.1 Data")."""
    return title is not None and bool(_NUMBER.match(title.lstrip("# ")))


def _bold(line: Line) -> bool:
    words = [word for word in line.words if any(c.isalpha() for c in word.text)]
    return bool(words) and all(word.bold for word in words)


def bold_heading(line: Line, previous: Line | None, following: Line | None,
                 size: float, after_heading: bool = False) -> bool:
    """Is `line` (between `previous` and `following` in reading order; None at an end) a bold
    section heading in a body set at `size` points (module docstring)?"""
    text = " ".join(line.text.split())
    words = [word for word in text.split() if any(c.isalpha() for c in word)]
    if not words or len(text.split()) > MAX_WORDS or text[-1] in ",;." or _LABEL.match(text):
        return False
    if line.size < 0.98 * size or not _bold(line):
        return False
    if following is not None and _bold(following) and following.size >= line.size:
        return False  # a bold line that goes on: a bold paragraph (a smaller one: a subheading)
    return previous is None or after_heading \
        or bool(_SENTENCE_END.search(previous.text.rstrip())) \
        or heading_title(previous.text) is not None


def mark_bold_headings(lines: list[Line | None], size: float) -> set[int]:
    """The ids of the lines of `lines` (running text, in reading order over the document; None
    for a line read without its glyphs, on a page turned sideways) that are bold headings,
    after the first heading the parser knows by its words."""
    found: set[int] = set()
    for line in lines:
        title = heading_title(line.text) if line is not None else None
        if section_kind(title) in REFERENCE_TITLES:
            break  # the references' numbered entries are no headings
        if _numbered(title):
            return found  # a paper that numbers its sections: its bold lines are no headings
    started = False
    for index, line in enumerate(lines):
        if line is None:
            continue
        if not started:
            started = heading_title(line.text) is not None
            continue
        previous = lines[index - 1] if index else None
        following = lines[index + 1] if index + 1 < len(lines) else None
        if heading_title(line.text) is None and bold_heading(
                line, previous, following, size, previous is not None and id(previous) in found):
            found.add(id(line))
    return found


MIN_BOLD_HEADINGS = 2


def figure_capitals(lines: list[Line | None], size: float, bold: set[int]) -> set[int]:
    """The ids of the lines of `lines` that read as headings only by their capitals ("OH OH",
    the hydroxyl groups of a reaction scheme's formulas) in a paper whose sections are headed
    in bold (at least `MIN_BOLD_HEADINGS` found by `mark_bold_headings`, ids `bold`): set in no
    bold face and smaller than the body, they are a figure's text, no heading. None of a known
    section's name ("ABSTRACT"), nor numbered."""
    if len(bold) < MIN_BOLD_HEADINGS:
        return set()
    found = set()
    for line in lines:
        if line is None or id(line) in bold or line.size >= 0.95 * size or _bold(line):
            continue
        title = heading_title(line.text)
        if title is None or title.startswith("#") or any(c.isdigit() for c in title):
            continue
        if section_kind(title) in SECTION_NAMES or not title.isupper():
            continue
        found.add(id(line))
    return found
