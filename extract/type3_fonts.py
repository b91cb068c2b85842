"""Type 3 fonts that TeX papers embed as bitmaps, drawn through a flipping font matrix: their
glyphs read upright, at their size, with their text.

Old TeX-to-PDF paths set every glyph in a bitmap Type 3 font whose font matrix turns the glyph
upside down and draw it with a text matrix that turns it back ([1 0 0 -1 x y]), at a font size
of a fraction of a point. pdfminer reads the text matrix alone: it calls every such glyph not
upright and gives it that fraction of a point as its height and size, so the page reads as a
page turned sideways and every glyph as a word of its own ("T A B L E I I"). No library reads
these glyphs' size: pdfminer and pdfium both report the fraction of a point. Two kinds are read
here, in this order (`pdfwords._type3_glyphs`); they differ in what tells a glyph's text.

1. dvips code-named fonts (`resource_manager`, `flipped_size`). dvips with bitmap (pk) fonts,
   then Ghostscript, names every glyph by its code in base 36: code 65 ("A") is "/BT"
   (1 x 36 + 29), code 99 ("c") is "/CR", code 2 ("fi" in TeXBase1) is "/A2". Ghostscript's
   Unicode map reads the few names that happen to be Adobe glyph names: "CR" as a carriage
   return, "CL" as U+2104, "AU" as U+A736, "BS" as a backspace; pdfminer gave every "c" as "\\r"
   ("Spee\\rh"), quotes and ligatures as "(cid:N)" (Rayner et al., ISCA SLaTE 2010; round 27,
   probe27a: 0 of 55 claims decided, the paper read as one sentence of "/C5/D9..." names).
   Such a font is known by its names alone: every name of its encoding spells its own code.
   Its characters are read from the codes: in TeXBase1 (8r, the encoding of psnfss's PostScript
   fonts: fi and fl at 2 and 3, quotes at 147 and 148) when the font uses those codes, in OT1
   (Computer Modern: ligatures at 11 to 15) when it uses those, as ASCII otherwise. Its size is
   two digit widths (a digit is half an em in Times, Computer Modern and most text fonts), or
   its mean width / 0.45 where it has no digits.

2. Other unnamed flipped fonts (`flipped`, `line_sizes`, `tex_codes`): no names, no Unicode map
   (Zeng, Van Orden and Roberts, Heavy Mesons In A Relativistic Model, hep-ph/9412269, size
   0.24: 14 sentences and no table from 18 pages, 1 of 50 claims decided). A text matrix that
   flips the glyph and keeps its width ([a 0 0 d], a > 0 > d) sets no text of a typeset paper
   upside down in practice; it is this pairing. The glyph is read upright on its own baseline;
   its size is twice the median advance of the digits and lower-case letters on its baseline
   (each is half an em in Computer Modern, on the median; a superscript on its own raised
   baseline gets its own, smaller size). Its text is its code in the standard encoding. TeX's
   math italic font sets its period at the colon's code, its comma at the semicolon's and its
   slash at the equals sign's: "approximately 0:9 GeV" is 0.9 GeV, "1=mQ" is 1/mQ. The text
   font's colon, semicolon and equals sign stand with space around them in mathematics
   ("1 : 2", "b = 0"), while the math period and slash stand glued between their neighbours, so
   `tex_codes` reads a colon or semicolon glued between two digits, and an equals sign glued
   between a digit and a letter, as the math font's. Codes 11 to 15 of TeX's text font are its
   ligatures ff, fi, fl, ffi and ffl ("(cid:12)rst", "e(cid:11)ective"); glued before a
   lower-case letter they are read as the ligature, elsewhere they stay unknown (in the math
   italic font the same codes are Greek letters).

Both are read only in the documents this package opens (`resource_manager`): pdfminer itself is
left as it was.
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from functools import cache
from statistics import median

from . import unicode_maps

PREFIX = "DvipsType3"
"""The font name given to such a font: `PREFIX-em<units>-<id>` (the em in glyph units)."""
_NAME = re.compile(r"^[A-Z][0-9A-Z]$")
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# What Ghostscript's Unicode map gives for the dvips names that are also Adobe glyph names
# ("CL" is U+2104, "AU" U+A736; "CR" and "BS" are control characters, never printable).
_NAME_COLLISIONS = frozenset("\u2104\ua736")
# TeXBase1 (8r) below 32; 127 to 159 and above follow Windows-1252.
_8R_LOW = {1: "\u02d9", 2: "fi", 3: "fl", 4: "\u2044", 5: "\u02dd", 6: "\u0141", 7: "\u0142",
           8: "\u02db", 9: "\u02da", 11: "\u02d8", 12: "\u2212", 14: "\u017d", 15: "\u017e",
           16: "\u02c7", 17: "\u0131", 18: "\u0237", 19: "ff", 20: "ffi", 21: "ffl",
           30: "`", 31: "'"}
# OT1 (Computer Modern text) where it differs from ASCII.
OT1 = {11: "ff", 12: "fi", 13: "fl", 14: "ffi", 15: "ffl", 16: "\u0131", 17: "\u0237",
        18: "`", 19: "\u00b4", 20: "\u02c7", 21: "\u02d8", 22: "\u00af", 23: "\u02da",
        24: "\u00b8", 25: "\u00df", 26: "\u00e6", 27: "\u0153", 28: "\u00f8", 29: "\u00c6",
        30: "\u0152", 31: "\u00d8", 34: "\u201d", 60: "\u00a1", 62: "\u00bf", 92: "\u201c",
        123: "\u2013", 124: "\u2014", 125: "\u02dd", 126: "~", 127: "\u00a8"}


def base36(name: str) -> int:
    """The code a dvips glyph name spells ("BT" -> 65)."""
    return (ord(name[0]) - ord("A")) * 36 + _DIGITS.index(name[1])


def dvips_codes(differences: list) -> list[int] | None:
    """The codes of an encoding's Differences array when every name in it spells its own code
    in base 36 (a dvips bitmap font), else None."""
    codes: list[int] = []
    code = None
    for item in differences:
        if isinstance(item, int):
            code = item
            continue
        name = getattr(item, "name", item)
        name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        name = name.lstrip("/")
        if code is None or not _NAME.match(name) or base36(name) != code:
            return None
        codes.append(code)
        code += 1
    return codes if len(codes) >= 2 else None


def character(code: int, codes: frozenset[int]) -> str:
    """The text of `code` in a dvips font that uses `codes`."""
    ot1 = bool(codes & {11, 12, 13, 14, 15})
    if codes & {2, 3} or max(codes) >= 128 or (min(codes) < 32 and not ot1):
        if code in _8R_LOW:
            return _8R_LOW[code]
        if code >= 128:
            return bytes([code]).decode("cp1252", "replace")
    elif ot1 and code in OT1:
        return OT1[code]
    return chr(code) if 32 <= code < 127 else "\ufffd"


def em_units(widths: dict[int, float]) -> float | None:
    """A font's em in its glyph units: twice its digits' width, else its mean width / 0.45."""
    digits = [widths[code] for code in range(48, 58) if widths.get(code)]
    if digits:
        return 2 * sorted(digits)[len(digits) // 2]
    letters = [width for code, width in widths.items() if 97 <= code <= 122 and width]
    return sum(letters) / len(letters) / 0.45 if letters else None


@cache
def _aware_class():
    """pdfminer's Type 3 font, reading a dvips one by its codes (module docstring)."""
    from pdfminer.pdffont import PDFType3Font
    from pdfminer.pdftypes import dict_value, list_value, resolve1

    class DvipsAwareType3Font(PDFType3Font):
        """A Type 3 font; a dvips one reads its codes (see the module's docstring)."""

        def __init__(self, rsrcmgr, spec) -> None:
            super().__init__(rsrcmgr, spec)
            try:
                encoding = resolve1(spec.get("Encoding"))
                differences = list_value(dict_value(encoding).get("Differences", []))
                codes = dvips_codes([resolve1(item) for item in differences])
                matrix = self.matrix
            except Exception:  # noqa: BLE001 - a damaged font dictionary stays as it was
                return
            if codes is None or len(matrix) != 6 or matrix[3] >= 0 or matrix[0] <= 0:
                return
            used = frozenset(codes)
            self.dvips_text = {code: character(code, used) for code in codes}
            widths = {code: float(width) for code, width in self.widths.items()
                      if isinstance(code, int) and code in used}
            em = em_units(widths)
            self.fontname = f"{PREFIX}-em{em:.1f}-{id(self):x}" if em else self.fontname

        def to_unichr(self, cid: int) -> str:
            text = getattr(self, "dvips_text", {}).get(cid)
            if text is None:
                return super().to_unichr(cid)
            mapped = None
            if self.unicode_map is not None:
                with contextlib.suppress(KeyError):
                    mapped = self.unicode_map.get_unichr(cid)
            # A Unicode map of the font's own wins, but for the names it read as Adobe names.
            return mapped if mapped and mapped.isprintable() and not (
                set(mapped) & _NAME_COLLISIONS) else text

    return DvipsAwareType3Font


def resource_manager():
    """A pdfminer resource manager that reads dvips Type 3 fonts by their codes, and simple
    fonts by their encoding where their Unicode map misnames a glyph (`unicode_maps`), for one
    document: pdfplumber's `PDF.rsrcmgr` is replaced by it, and pdfminer's own classes are left
    alone (any other reader in the same process reads such fonts as pdfminer does)."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.psparser import literal_name

    aware = _aware_class()

    class DvipsAwareResourceManager(PDFResourceManager):
        """pdfminer's resource manager, making each Type 3 font dvips-aware."""

        def get_font(self, objid, spec):
            if objid and objid in self._cached_fonts:
                return self._cached_fonts[objid]
            try:
                subtype = literal_name(spec["Subtype"])
            except Exception:  # noqa: BLE001 - pdfminer decides about a font with no subtype
                subtype = None
            if subtype != "Type3":
                cached = bool(objid) and objid in self._cached_fonts
                font = super().get_font(objid, spec)
                if not cached and subtype in _SIMPLE:
                    unicode_maps.repair(font, spec)  # "fi" mapped to "i", "T" to "t"
                elif not cached and subtype == "Type0":
                    unicode_maps.repair_composite(font)  # the same, by glyph widths
                return font
            font = aware(self, spec)
            if objid and self.caching:
                self._cached_fonts[objid] = font
            return font

    return DvipsAwareResourceManager()


_SIMPLE = frozenset({"Type1", "MMType1", "TrueType"})
_EM = re.compile(rf"^{PREFIX}-em(?P<em>\d+(?:\.\d+)?)-")


def flipped_size(fontname: str, height: float) -> float | None:
    """The size in points of a glyph of a dvips font (None for any other font): pdfminer's
    height is the size operand, in points per glyph unit."""
    match = _EM.match(fontname)
    return float(match["em"]) * height if match else None


# Other unnamed Type 3 fonts drawn flipped (module docstring, 2).
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
