"""Signs set as two stacked glyphs: a "+" with a "−" under it (one "±"), and an "A" with a
ring over it (one "Å").

Some typesetters have no "±" in the text font and draw it from the math font's "+" and "−",
the minus lowered by about half an em under the plus (Douglas et al., Clin Sci 2014, every
"11.21 ± 0.74" of its Table 4 and its "means ± S.E.M."). Each glyph sits on a baseline of its
own, about one point above and three below the digits', so the plus joined one line and the
minus another, or both were read as "+−", and a cell "60 826 ± 9 175" became four columns.
A "+" and a "−" (or "-") of one size whose left and right edges agree to a tenth of the size,
the minus lower than the plus by 0.2 to 0.8 of the size, are one "±" (`merged_plus_minus`):
it spans both, on the baseline midway between theirs. A "+" and a "−" set side by side in
one line ("+−" as an operator pair, "C++−") are never stacked so, and stay as they are.

The same paper sets the ångström as an "A" and a spacing ring accent ("˚", U+02DA) drawn over
it, so "2.2 Å" read "2.2 A ˚" and Table 2's "Resolution (Å)" read "Resolution (A˚)": no claim
saying "Å" found its unit. A ring ("˚" or "°") of about the A's size whose left and right edges
lie within the A's, raised above it by less than half the size, is the A's ring: the two are
one "Å" ("å" over an "a") (`merged_ring_a`). A degree sign after a digit is never inside an
A's width, and stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Glyph

_MINUS = frozenset("\u2212-\u2013")
_RINGS = frozenset("\u02da\u00b0")
_RINGED = {"A": "\u00c5", "a": "\u00e5"}


def merged_plus_minus(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` with each stacked "+" over "−" pair read as one "±" (module docstring)."""
    pluses = [index for index, glyph in enumerate(glyphs) if glyph.text == "+" and glyph.upright]
    if not pluses:
        return glyphs
    minuses: dict[tuple[int, int], list[int]] = {}
    for index, glyph in enumerate(glyphs):
        if glyph.text in _MINUS and glyph.upright:
            minuses.setdefault((round(glyph.x0), round(glyph.size)), []).append(index)
    merged: dict[int, Glyph] = {}
    dropped: set[int] = set()
    for index in pluses:
        plus = glyphs[index]
        size = max(plus.size, 1.0)
        for key in {(round(plus.x0) + step, round(plus.size)) for step in (-1, 0, 1)}:
            for other in minuses.get(key, ()):
                minus = glyphs[other]
                drop = minus.baseline - plus.baseline
                if other in dropped or abs(minus.size - plus.size) > 0.05 * size \
                        or abs(minus.x0 - plus.x0) > 0.1 * size \
                        or abs(minus.x1 - plus.x1) > 0.1 * size \
                        or not 0.2 * size <= drop <= 0.8 * size:
                    continue
                merged[index] = replace(plus, text="\u00b1", top=min(plus.top, minus.top),
                                        bottom=max(plus.bottom, minus.bottom),
                                        baseline=(plus.baseline + minus.baseline) / 2)
                dropped.add(other)
                break
            if index in merged:
                break
    if not merged:
        return glyphs
    return [merged.get(index, glyph) for index, glyph in enumerate(glyphs)
            if index not in dropped]


def merged_ring_a(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` with each "A" under a ring accent read as one "Å" (module docstring)."""
    rings = [index for index, glyph in enumerate(glyphs)
             if glyph.text in _RINGS and glyph.upright]
    if not rings:
        return glyphs
    letters: dict[int, list[int]] = {}
    for index, glyph in enumerate(glyphs):
        if glyph.text in _RINGED and glyph.upright:
            letters.setdefault(round(glyph.x0), []).append(index)
    merged: dict[int, Glyph] = {}
    dropped: set[int] = set()
    for index in rings:
        ring = glyphs[index]
        for key in range(round(ring.x0) - 3, round(ring.x0) + 1):
            letter_index = next((other for other in letters.get(key, ())
                                 if other not in merged and _over(ring, glyphs[other])), None)
            if letter_index is not None:
                letter = glyphs[letter_index]
                merged[letter_index] = replace(letter, text=_RINGED[letter.text],
                                               top=min(letter.top, ring.top))
                dropped.add(index)
                break
    if not merged:
        return glyphs
    return [merged.get(index, glyph) for index, glyph in enumerate(glyphs)
            if index not in dropped]


def _over(ring: Glyph, letter: Glyph) -> bool:
    """Whether `ring` sits over `letter` as its accent (module docstring)."""
    size = max(letter.size, 1.0)
    return abs(ring.size - letter.size) <= 0.1 * size \
        and ring.x0 >= letter.x0 - 0.05 * size and ring.x1 <= letter.x1 + 0.05 * size \
        and 0 < letter.top - ring.top < 0.5 * size
