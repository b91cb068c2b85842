"""Glyphs of a Type 3 font drawn through a flipping font matrix: upright text, and its size.

Papers typeset with TeX and converted by old dvips set every glyph in a bitmap Type 3 font whose
font matrix turns the glyph upside down ([s 0 0 -s 0 0]) and draw it with a text matrix that
turns it back ([1 0 0 -1 x y]), at a font size of a fraction of a point (Zeng, Van Orden and
Roberts, Heavy Mesons In A Relativistic Model, CEBAF-TH-94-08, hep-ph/9412269: size 0.24).
pdfminer reads the text matrix alone: it calls every such glyph not upright, and gives it that
fraction of a point as its height and size. The page then read as a page turned sideways, and
every glyph as a word of its own ("T A B L E I I"): 14 sentences and no table were read from the
paper's 18 pages, and 1 of 50 claims about it was decided.

A text matrix that flips the glyph and keeps its width ([a 0 0 d], a > 0 > d) sets no text of a
typeset paper upside down in practice; it is this pairing. `unflipped` reads such a glyph as
upright, on its own baseline, with a size found from its advance widths: in Computer Modern
every digit is half an em wide and lower-case letters are half an em on the median, so the size
of a line's glyphs is twice the median advance of its digits and lower-case letters (per
baseline: a superscript on its own raised baseline gets its own, smaller size). No library
reads these glyphs' size: pdfminer and pdfium both report the fraction of a point.

Such a font has no Unicode map, so a glyph's text is its code in the standard encoding. TeX's
math italic font sets its period at the colon's code, its comma at the semicolon's and its slash
at the equals sign's: "approximately 0:9 GeV" is 0.9 GeV (page 20), "1=mQ" is 1/mQ. In the text
font those codes are the colon, semicolon and equals sign, which TeX sets with space around
them in mathematics ("1 : 2", "b = 0"), while the math period and slash stand glued between
their neighbours. `math_punctuation` reads a colon or semicolon glued between two digits, and an
equals sign glued between a digit and a letter, as the math font's. Codes 11 to 15 of TeX's text
font are its ligatures ff, fi, fl, ffi and ffl, which pdfminer leaves as "(cid:11)" ...
"(cid:15)": glued before a lower-case letter ("(cid:12)rst", "e(cid:11)ective"), they are read
as the ligature (`tex_codes`); elsewhere they stay unknown (in the math italic font the same codes
are Greek letters).
"""

from __future__ import annotations

from collections import defaultdict
from statistics import median

from .type3_fonts import OT1

__all__ = ["flipped", "line_sizes", "tex_codes"]

_HALF_EM_GLYPHS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_FALLBACK_SIZE = 10.0
_FLAT = 1e-6


def flipped(matrix: tuple[float, ...]) -> bool:
    """Whether a glyph's text matrix keeps its width and flips its height (a > 0 > d, b = c = 0):
    the pairing of a flipping Type 3 font (module docstring)."""
    a, b, c, d = matrix[:4]
    return a > 0 > d and abs(b) < _FLAT and abs(c) < _FLAT


def line_sizes(glyphs: list[tuple[str, float, float]]) -> list[float]:
    """The size in points of each flipped glyph, given as (text, baseline, advance): twice the
    median advance of the digits and lower-case letters on its baseline (rounded to the point),
    else on the page, else 10 points."""
    by_line: dict[int, list[float]] = defaultdict(list)
    page: list[float] = []
    for text, baseline, advance in glyphs:
        if text in _HALF_EM_GLYPHS and advance > 0:
            by_line[round(baseline)].append(advance)
            page.append(advance)
    fallback = 2 * median(page) if page else _FALLBACK_SIZE
    sizes = {line: 2 * median(advances) for line, advances in by_line.items()}
    return [sizes.get(round(baseline), fallback) for _, baseline, _ in glyphs]


_MATH_CODES = {":": ".", ";": ","}
_GLUED_EM = 0.08  # a gap under this share of the size is no space


# OT1's ligatures ff, fi, fl, ffi, ffl at codes 11 to 15 (type3_fonts reads OT1 by code).
_LIGATURES = {f"(cid:{code})": OT1[code] for code in range(11, 16)}


def tex_codes(texts: list[str], x0s: list[float], x1s: list[float],
              baselines: list[float], sizes: list[float]) -> list[str]:
    """The texts of a page's flipped glyphs, in the order drawn, with the math italic font's
    period, comma and slash and the text font's ligatures read where they stand glued to their
    neighbours on their baseline (module docstring)."""
    def glued(one: int, two: int) -> bool:
        if not 0 <= one < len(texts) or not 0 <= two < len(texts):
            return False
        size = sizes[one]
        return abs(x0s[two] - x1s[one]) < _GLUED_EM * size \
            and abs(baselines[one] - baselines[two]) < 0.1 * size

    read = list(texts)
    for index, text in enumerate(texts):
        before = texts[index - 1] if index and glued(index - 1, index) else ""
        after = texts[index + 1] if glued(index, index + 1) else ""
        if text in _LIGATURES and after.isascii() and after.islower() \
                and (not before or before.isascii() and before.isalpha()):
            read[index] = _LIGATURES[text]
        elif text in _MATH_CODES and before.isdigit() and after.isdigit():
            read[index] = _MATH_CODES[text]
        elif text == "=" and before.isdigit() and after.isascii() and after.isalpha():
            read[index] = "/"
    return read
