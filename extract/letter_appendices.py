"""Appendices numbered by a letter and a period, in sentence case, after the references:
"A. Partitioned vs. unpartitioned variable projection algorithms", "A.1. Empirical comparison
of ...", "B. New nls options" (the Journal of Statistical Software's style).

Mullen and van Stokkum, TIMP: An R Package for Modeling Multi-way Spectroscopic Measurements
(JSS 18(3), 2007; probe23b) puts three appendices after its references: the memory profile
that backs its main claim ("about .5 Mbytes of vector space is allocated, about 20 times less
than under plinear"), the nls options and the data formats, seven pages in all. None was read:
after the references a heading opens a section only when it reads as an appendix
(`headings.APPENDIX`: "Appendix ...", or a letter with a sub-number and no period, "A.1 Data"),
and a lone capital with a period ("A. Partitioned ...") is no heading anywhere
(`headings.heading_title`: it is the article that starts many a line, or an author's initial).

Letters in sequence tell appendices apart from both: after the references (or inside the
appendices), a short line of a capital, a period, an optional sub-number and a title that
starts with a capital word and has two words or more, with no comma, no digit, no initial
("G. Hinton") and no "et al." in it and no period at its end, opens
an appendix when its letter is the one expected: "A" for the first, then the letter of the
appendix that is open (with a sub-number, "A.1.") or the next one ("B."). A reference entry
("A. Smith, B. Jones and C. Lee. 2019. ...") has a comma or a year; a line of prose that starts
with "A." does not follow "B." (`appendix_heading`).
"""

from __future__ import annotations

import re

__all__ = ["appendix_heading", "appendix_letter"]

_LETTERED = re.compile(r"^(?P<letter>[A-Z])\.(?:(?P<sub>\d{1,2})\.?)?\s+(?P<title>[A-Z][a-z]\S*"
                       r"(?:\s+\S+){0,11})$")
_MAX_LENGTH = 90
# An initial or "et al." in the title: a reference entry wrapped before its comma ("A. Krizhevsky
# and G. Hinton").
_NAMES = re.compile(r"\b[A-Z]\.\s|\bet\s+al\b")


def appendix_heading(line: str, open_letter: str | None) -> str | None:
    """The heading `line` when it opens a lettered appendix in sequence after the appendix
    `open_letter` (None: none open yet, so it must be "A"); else None (module docstring)."""
    line = " ".join(line.split())
    match = _LETTERED.match(line)
    if match is None or len(line) > _MAX_LENGTH or "," in line or line.endswith(".") \
            or any(character.isdigit() for character in match["title"]) \
            or len(match["title"].split()) < 2 or _NAMES.search(match["title"]):
        return None
    letter, sub = match["letter"], match["sub"]
    if open_letter is None:
        expected = {"A"}
    elif open_letter == "Z":
        expected = {open_letter} if sub else set()
    else:
        following = chr(ord(open_letter) + 1)
        expected = {open_letter, following} if sub else {following}
    return line if letter in expected else None


def appendix_letter(heading: str) -> str:
    """The letter of a lettered appendix heading ("A" of "A.1. Empirical ...")."""
    return heading[0]
