"""Unicode maps that misname a simple font's glyphs, read by the font's encoding instead.

Ghostscript, re-distilling a PDF, writes each font's Unicode map from the text it was given,
not from the glyphs; two of its errors are read here, through the glyph the encoding names
(Keenan and Shaw, Coronary Heart Disease and Stroke Deaths, MMWR Supplement 60, 2011; round
29: its Adobe Garamond body text and Myriad tables). Poppler and pdfminer both trust the map.

1. Ligatures read as their last letter. The encoding names the glyph "/fi", "/ffi" or "/T_h",
   the map gives "i" or "h": "the first and third leading causes" read "the irst and third",
   "The Healthy People 2010 objectives" read "he Healthy People", "different" "diferent", so a
   claim's "first" or "specific" matched no word of the paper. Ligature names are fixed: the
   Adobe Glyph List's "ff", "fi", "fl", "ffi", "ffl" (and "IJ", "oe", "ae" ...), and the
   "_"-joined names of its naming convention ("T_h", "f_f_i"). A code whose name is a
   ligature's, and whose mapped text is a strict ending of that ligature (or nothing), reads
   as the whole ligature; a map that gives the ligature itself, or its compatibility character
   ("\\ufb01"), is left as it is.
   A composite (CID) font names no glyph; there the same map gives two glyphs one letter ("i"
   for both "i" and "fi"), and the wider one is the ligature whose letters' widths in the
   font add up to its own (`repair_composite`): "fi" (290 + 257 units) for a glyph of 522,
   "Th" for one of 1065 where "h" is 515.
2. A letter in the wrong case. The table captions' "TABLE 1. Number of deaths" read "tABLE
   1. number of deaths" (code 84, "T" in WinAnsi, mapped to "t"), so no caption was found.
   Where the font's encoding names a letter and the map gives the same letter in the other
   case, the encoding's letter is read: a small-capital glyph has a name of its own ("t.sc"),
   so the code of a capital draws a capital.
"""

from __future__ import annotations

import re
from collections import defaultdict

# The Adobe Glyph List's names of Latin ligatures, with their letters.
_AGL_LIGATURES = {"ff": "ff", "fi": "fi", "fl": "fl", "ffi": "ffi", "ffl": "ffl",
                  "IJ": "IJ", "ij": "ij", "OE": "OE", "oe": "oe", "AE": "AE", "ae": "ae"}
# The ligatures a font may set, by their last letter (the letter a bad map gives them).
_LIGATURES_ENDING = defaultdict(list)
for _letters in ("ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "fb", "fh", "fk", "Th", "st", "ct"):
    _LIGATURES_ENDING[_letters[-1]].append(_letters)
# A ligature glyph is this much wider than its last letter alone, at the least, and as wide as
# its letters set apart within these shares (a ligature tightens the letters' joint a little).
_LIGATURE_WIDER = 1.4
_LIGATURE_FIT = (0.85, 1.08)
# AGL's convention for a ligature of named components: letters joined by "_" ("T_h", "f_f_i").
_JOINED = re.compile(r"^[A-Za-z](?:_[A-Za-z])+$")


def ligature_letters(name: str) -> str | None:
    """The letters a ligature glyph's name stands for ("T_h" -> "Th"), None for other names."""
    name = name.lstrip("/")
    if name in _AGL_LIGATURES:
        return _AGL_LIGATURES[name]
    return name.replace("_", "") if _JOINED.match(name) else None


def ligature_codes(differences: list) -> dict[int, str]:
    """The codes an encoding's Differences array gives to ligatures, with their letters."""
    codes: dict[int, str] = {}
    code = None
    for item in differences:
        if isinstance(item, int):
            code = item
            continue
        if code is None:
            continue
        name = getattr(item, "name", item)
        name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        letters = ligature_letters(name)
        if letters is not None:
            codes[code] = letters
        code += 1
    return codes


def read_glyph(mapped: str, named: str | None, ligature: str | None) -> str:
    """The text of a glyph whose Unicode map gave `mapped`, whose encoding names the
    character `named` (None where it names none) or the ligature `ligature`."""
    if ligature is not None:
        return ligature if len(mapped) < len(ligature) and ligature.endswith(mapped) else mapped
    if named is not None and len(mapped) == 1 and mapped != named and mapped.isalpha() \
            and mapped.swapcase() == named:
        return named
    return mapped


def repair(font, spec) -> None:
    """Make a simple pdfminer font with a Unicode map read its glyphs by its encoding where the
    map misnames them (see the module docstring). A font with no encoding of its own, or a
    damaged one, is left alone."""
    from pdfminer.pdftypes import dict_value, list_value, resolve1

    if getattr(font, "unicode_map", None) is None or "Encoding" not in spec:
        return
    try:
        encoding = resolve1(spec["Encoding"])
        ligatures = ligature_codes([resolve1(item) for item in list_value(
            dict_value(encoding).get("Differences", []))]) if isinstance(encoding, dict) else {}
        named = dict(font.cid2unicode)
    except Exception:  # noqa: BLE001 - a damaged encoding reads as pdfminer reads it
        return
    fixes: dict[int, str] = {}
    for cid in set(named) | set(ligatures):
        try:
            mapped = font.unicode_map.get_unichr(cid)
        except KeyError:
            continue
        text = read_glyph(mapped, named.get(cid), ligatures.get(cid))
        if text != mapped:
            fixes[cid] = text
    if fixes:
        _install(font, fixes)


def _install(font, fixes: dict[int, str]) -> None:
    """Make `font` read each code of `fixes` as its text there, every other code as before."""
    mapped_by_font = font.to_unichr

    def to_unichr(cid: int) -> str:
        text = fixes.get(cid)
        return mapped_by_font(cid) if text is None else text

    font.to_unichr = to_unichr


def composite_ligatures(mapped: dict[int, str], widths: dict[int, float]) -> dict[int, str]:
    """The glyphs of a composite font that its Unicode map gives a ligature's last letter, with
    the ligature's letters: of two glyphs mapped to one letter, the one much wider than the
    other whose width is that of a ligature's letters set apart (module docstring)."""
    letter_widths: dict[str, float] = {}
    by_letter: dict[str, list[int]] = defaultdict(list)
    for cid, text in mapped.items():
        width = widths.get(cid)
        if len(text) == 1 and text.isalpha() and width:
            by_letter[text].append(cid)
            letter_widths[text] = min(width, letter_widths.get(text, width))
    fixes: dict[int, str] = {}
    for letter, cids in by_letter.items():
        if len(cids) < 2:
            continue
        for cid in cids:
            width = widths[cid]
            if width < _LIGATURE_WIDER * letter_widths[letter]:
                continue
            fits = []
            for letters in _LIGATURES_ENDING.get(letter, ()):
                if all(each in letter_widths for each in letters):
                    apart = sum(letter_widths[each] for each in letters)
                    if _LIGATURE_FIT[0] <= width / apart <= _LIGATURE_FIT[1]:
                        fits.append((abs(width / apart - 1), letters))
            if fits:
                fixes[cid] = min(fits)[1]
    return fixes


def repair_composite(font) -> None:
    """Make a composite pdfminer font read its ligature glyphs whole where its Unicode map gives
    them their last letter only (module docstring). Any other font is left alone."""
    mapped = getattr(getattr(font, "unicode_map", None), "cid2unichr", None)
    widths = getattr(font, "widths", None)
    if not mapped or not isinstance(widths, dict):
        return
    fixes = composite_ligatures(mapped, widths)
    if fixes:
        _install(font, fixes)
