"""Section headings set in small capitals after a Roman numeral, as the IEEE templates print
them: "IV. RESULTS", where the numeral and each word's first capital stand at the body's
size and the other capitals at the small-capital size (about 0.8 of it). Counted by
characters, such a line's size is the small capitals' size, so the layout reader
(line_kinds.mark_footnotes) had marked it small print and dropped it, and every sentence
after it stayed in the section before (Kowalczuk et al., IEEE 2013,
tests/real/papers/stereo_ieee13.pdf: pages 4-5 all in "III. METHOD"; "III. METHOD" itself, with
more body-size letters, was kept).

Kept apart from line_kinds.py, which decides what is running text, so that the one shape read
here stays narrow: a Roman numeral I..XX and a full stop at the body's size, then upper-case
words only (no digits, no lower case, at most six words), one of them with a body-size
capital."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .table_numbers import roman_value

if TYPE_CHECKING:
    from .pdfwords import Word

_HEADING = re.compile(r"^(?P<numeral>[IVX]{1,5})\. (?P<title>[A-Z][A-Z&'\- ]*[A-Z])$")
_MAX_WORDS = 6


def is_small_capital_heading(text: str, words: list[Word], size: float) -> bool:
    """Is the line of `words` (read as `text`) a Roman-numbered small-capital heading in a body
    set at `size` points?"""
    match = _HEADING.match(text)
    if not match or roman_value(match["numeral"]) is None or not words:
        return False
    if len(match["title"].split()) > _MAX_WORDS:
        return False
    first = min(words, key=lambda word: word.x0)
    full = [word for word in words if word.size >= 0.95 * size]
    return first.size >= 0.95 * size and len(full) >= 2
