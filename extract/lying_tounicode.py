"""A Type 1 font whose Unicode map (/ToUnicode) contradicts its own encoding's glyph names,
read by the glyph names where the map is lossy in two known ways.

CDC's MMWR (Raymond, Wheeler and Brown, Inadequate and Unhealthy Housing, MMWR Suppl. 60,
2011; round 29, probe29a) embeds Adobe Garamond Pro and Myriad Pro as Type 1 fonts whose
/Encoding names every glyph truly (/Differences [25 /lessequal /greaterequal /fl /fi /ff /ffi
/T_h]) while the /ToUnicode CMap that pdfminer (and pdftotext) trust first maps

- each ligature to its last letter: fi and ffi to "i", fl to "l", ff to "f", Th to "h". The text
  read "deined", "signiicantly", "conidence", "he indings" for "The findings", so no claim with
  "defined", "significantly" or a sentence opening with "The" found its passage;
- the semibold capitals T, O and N to lower case: the table captions read "tABLE 1.", the
  column headings "total", "no." and "Unadjusted oR". No caption was found, and none of the
  report's three tables was read (20 of its 59 probe claims are table cells).

A Type 1 font draws the glyph its encoding names (a simple font's code selects a glyph by
name), so where the two disagree in these ways the name is what the page shows:

1. the name is a ligature of two or more letters and the map gives a proper tail of it (never
   right: a ligature stands for all its letters);
2. the name is one letter and the map gives the same letter in the other case, while the map
   also gives that same text for another code whose name IS that text (the map sends two
   distinct glyphs, "T" and "t", to one character: it has lost one of them).

Only a /Type1 font with an explicit /Encoding is read this way (a TrueType or Type 0 font's
codes do not name glyphs through it; a font with no /Encoding has only pdfminer's guess at its
built-in one). The mended map is the font's own copy; pdfminer's shared CMaps are left alone.
"""

from __future__ import annotations

import copy
import unicodedata


def _named(name: str) -> str:
    """The letters a glyph name stands for ("ﬁ" is "fi"; "Th" stays "Th")."""
    return unicodedata.normalize("NFKC", name)


def _tail_of_ligature(named: str, mapped: str) -> bool:
    """Rule 1: `mapped` is a proper tail of the ligature `named` ("i" of "fi", "h" of "Th")."""
    return len(named) >= 2 and named.isascii() and named.isalpha() \
        and 0 < len(mapped) < len(named) and named.endswith(mapped)


def _case_lost(named: str, mapped: str, code: int, mapping: dict, names: dict) -> bool:
    """Rule 2: one letter read in the other case, while another code named `mapped` maps to
    `mapped` too."""
    if len(named) != 1 or len(mapped) != 1 or not named.isalpha() or named == mapped \
            or named.casefold() != mapped.casefold():
        return False
    return any(other != code and text == mapped and names.get(other) == mapped
               for other, text in mapping.items())


def mended(font, spec) -> object:
    """`font` (a pdfminer font built from `spec`) with its Unicode map corrected where it
    contradicts the encoding's glyph names in the ways of the module docstring; the same font
    object, changed at most once."""
    from pdfminer.pdffont import PDFType1Font  # noqa: PLC0415 - only PDF reading needs it

    if type(font) is not PDFType1Font or getattr(font, "_vc_mended", False):
        return font
    font._vc_mended = True  # noqa: SLF001 - a mark on pdfminer's font object, read above
    umap = getattr(font, "unicode_map", None)
    names = getattr(font, "cid2unicode", None)
    try:
        explicit = spec is not None and "Encoding" in spec
    except TypeError:
        explicit = False
    mapping = getattr(umap, "cid2unichr", None)
    if not explicit or not names or not isinstance(mapping, dict):
        return font
    fixes = {}
    for code, mapped in mapping.items():
        name = names.get(code)
        if not isinstance(name, str) or not isinstance(mapped, str) or name == mapped:
            continue
        named = _named(name)
        if _tail_of_ligature(named, mapped) or _case_lost(named, mapped, code, mapping, names):
            fixes[code] = name
    if fixes:
        fixed = copy.copy(umap)
        fixed.cid2unichr = {**mapping, **fixes}
        font.unicode_map = fixed
    return font
