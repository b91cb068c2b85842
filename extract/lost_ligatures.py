"""Ligature glyphs whose text map drops the "f" ("identiied", "igure", "deined"; probe29b).

Some PDF producers map the "fi" and "fl" ligature glyphs of an embedded font to "i" and "l"
alone in the font's ToUnicode table (NCES's "Highlights from PIRLS 2011", Arial set through
Identity-H, round 29: "These students are identiied by IEA", "do not igure in the
calculation", "The irst method focused exclusively on the sampled schools", "a inal
response"). Every reader of the text layer, pdftotext too, prints the word without its "f",
and no claim word ("first", "final", "identified", "sufficiently") matches it.

The glyph still tells what it is by its advance: a ligature is as wide as the letters it joins
(Arial's "fi" is 500 units, "f" 278 and "i" 222), while the letter it is mapped to is much
narrower. On each page, per font, a glyph whose text is one letter X but whose width (per
point of size) is the font's usual "f" plus its usual X, and not its usual X, is read "fX";
twice "f" plus X, "ffX". Only where the page prints enough plain "f"s and Xs in that font for
their usual widths to be known.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Glyph

__all__ = ["restored_ligatures"]

_JOINED = frozenset("ilf")
"""The letters a ligature with "f" ends on: fi, fl, ff (and ffi, ffl)."""

TOLERANCE = 0.03
"""How far (in ems) a ligature's width may stand from the sum of its letters' widths."""

MIN_GAP = 0.1
"""How much wider (in ems) than the plain letter a glyph must be to be read as a ligature."""

MIN_SEEN = 3
"""How many plain glyphs of a letter a font must print on the page for its width to be known."""


def _em(glyph: Glyph) -> float | None:
    return (glyph.x1 - glyph.x0) / glyph.size if glyph.size > 0 else None


def restored_ligatures(glyphs: list[Glyph]) -> list[Glyph]:
    """`glyphs` with each ligature read as one letter given back its "f"s (module docstring)."""
    widths: dict[tuple[str, str], list[float]] = defaultdict(list)
    for glyph in glyphs:
        if glyph.text in _JOINED and glyph.upright and (em := _em(glyph)) is not None:
            widths[(glyph.font, glyph.text)].append(em)
    usual = {key: median(values) for key, values in widths.items() if len(values) >= MIN_SEEN}
    if not usual:
        return glyphs
    result = glyphs
    for index, glyph in enumerate(glyphs):
        if glyph.text not in _JOINED or not glyph.upright:
            continue
        plain, f = usual.get((glyph.font, glyph.text)), usual.get((glyph.font, "f"))
        em = _em(glyph)
        if plain is None or f is None or em is None or em - plain < MIN_GAP:
            continue
        for count in (1, 2):
            if abs(em - (count * f + plain)) <= TOLERANCE:
                if result is glyphs:
                    result = list(glyphs)
                result[index] = replace(glyph, text="f" * count + glyph.text)
                break
    return result
