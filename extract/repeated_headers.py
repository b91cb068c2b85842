"""A continuation page that prints its table's header again (probe29b, issue 11).

Tables A-1 and A-2 of NCES's "Highlights from PIRLS 2011" (round 29) go on over a page each
("—Continued"), and each continuation prints the whole header again, its stub label changed
("Benchmarking education systems" for "Education system"). Read on its own, the continuation's
header ended early (a line laid out like a row, its stub label at the body's left edge, is
taken for a row of text), so its header differed from the first page's, and the table took the
continuation for one "without a header of its own" and read all its lines under the first
page's columns: the header's lines became rows of words and "international" a group label over
every row below ("international / Alberta-CAN"), which then kept every claim about those rows
from being decided.

`repeated_header_lines` counts the continuation's leading lines that print no digit and whose
words are, nearly all, words of the header it repeats (the stub label may change); those lines
are its header, read under the known columns and never as rows. A continuation whose first
line is a row (digits in it) counts none, and reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grid_lines import Line

__all__ = ["repeated_header_lines"]

SHARE = 0.8
"""The share of a line's words that must be words of the known header."""

MAX_LINES = 6
"""The most header lines a continuation may repeat."""

_WORD = re.compile(r"[^\W\d_]+")


def _terms(text: str) -> list[str]:
    return [word.casefold().rstrip("s") for word in _WORD.findall(text)]


def repeated_header_lines(lines: Sequence[Line], known: Sequence[Sequence[str]]) -> int:
    """How many of `lines`' first lines repeat the header whose column paths are `known`
    (module docstring)."""
    vocabulary = {term for path in known for text in path for term in _terms(text)}
    if not vocabulary:
        return 0
    count = 0
    for line in lines[:MAX_LINES]:
        text = " ".join(word.text for word in line.words)
        terms = _terms(text)
        if not terms or any(char.isdigit() for char in text) \
                or sum(term in vocabulary for term in terms) < SHARE * len(terms):
            break
        count += 1
    return count if count < len(lines) else 0
