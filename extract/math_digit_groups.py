"""Digit groups of a number typed in math mode with a plain comma: "$31,003,946$".

TeX sets a math-mode comma as punctuation, with a thin space (1/6 em) after it, so the number
prints as "31, 003, 946" and the gap after each comma is wider than `WORD_GAP_EM`: the words
came out as "31," "003," "946" and the number was read as 946 (Gyöngyi et al., TrustRank, VLDB
2004, p. 8: "grouped the several billion pages into 31, 003, 946 sites" contradicted the true
"31,003,946 sites", and "25, 000 ... roughly 7, 900" the true "7,900 sites"). The comma there
comes from the math italic font (CMMI), never from the text font, so a comma of that font
between a digit and a run of exactly three digits (no fourth) is a thousands separator: the
gap after it joins the groups into one word. A word space (about 0.25 em or more) still breaks,
and so does a text-font comma, so a list typed in text ("50, 100, 200") keeps its items. A list
typed in math mode looks the same as a number, but is set in brackets or braces
("$[50, 100, 150]$", "$\\{100, 200\\}$"): numbers opened by one are left apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# A thin space is 1/6 em; the advance of CMMI's comma leaves about 0.11 em of it as a gap.
# Inter-word spaces of justified type are at least about 0.17 em.
THIN_SPACE_EM = 0.17
# What opens a list or set typed in math mode.
_LIST_OPENERS = frozenset("[{\u27e8")


class _Glyph(Protocol):
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    font: str


def joins_digit_group(line: Sequence[_Glyph], index: int, math_font: re.Pattern[str]) -> bool:
    """Whether `line[index]` continues the number before it across a math-mode comma: the
    glyph before it is a math-font comma after a digit, and it starts exactly three digits."""
    if index < 2:
        return False
    comma, glyph, before = line[index - 1], line[index], line[index - 2]
    if comma.text != "," or not math_font.search(comma.font) or not before.text.isdigit():
        return False
    group = line[index:index + 4]
    if len(group) < 3 or not all(item.text.isdigit() for item in group[:3]):
        return False
    if len(group) == 4 and group[3].text.isdigit():
        return False
    start = index - 2
    while start > 0 and (line[start - 1].text.isdigit() or line[start - 1].text == ","):
        start -= 1
    if start > 0 and line[start - 1].text in _LIST_OPENERS:
        return False
    size = max(glyph.size, 1.0)
    return glyph.x0 - comma.x1 < THIN_SPACE_EM * size \
        and abs(glyph.baseline - comma.baseline) < 0.15 * size
