"""Words with their positions, and drawn rules, from the pages of a PDF.

Real papers are two-column LaTeX with dense tables: their text layer places glyphs by
coordinates and rarely carries a space between two numbers of adjacent table columns, so a
reader that trusts the text stream alone (pypdf's plain or layout mode) runs "66.30" and
"61.44" together. Everything layout-aware in `extract/` (columns and reading order in
`layout.py`, tables as grids in `grid_tables.py`) therefore starts from glyphs: each glyph's
box, baseline, font and size, grouped here into words by the gaps between glyphs.

Two backends give the glyphs, chosen by measurement (README, "Reading PDFs"):
- `pdfplumber` (pdfminer.six; MIT licence), the default: pure Python, installs everywhere;
- `pymupdf` (MuPDF; AGPL licence, so optional and never a dependency): about 6x faster, used
  only when asked for.
Both feed one word builder, so a difference between them is a difference of glyphs, not of
grouping rules.

pypdf stays the reader of record for the checks a file must pass first (encryption, a
corrupt file, no text layer): `extract.readers.read_pdf` runs before this module is used.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from .form_clips import clip_of, drawn, shown
from .layer_cache import RawChar, RawPage, RawShape, kept
from .math_digit_groups import joins_digit_group
from .math_pi_glyphs import teach_pdfminer
from .stacked_signs import merged_plus_minus, merged_ring_a
from .type3_fonts import flipped, flipped_size, line_sizes, resource_manager, tex_codes

Backend = Literal["pdfplumber", "pymupdf"]
BACKENDS: tuple[Backend, ...] = ("pdfplumber", "pymupdf")

# A gap between two glyphs wider than this share of the font size starts a new word. Inter-word
# spaces in justified 10 pt Times are about 0.17-0.33 em; glyphs inside a word touch (kerning
# moves them by at most about 0.05 em), so 0.1 em separates the two with margin on either side.
WORD_GAP_EM = 0.1
# Glyphs whose baselines differ by more than this share of the font size are on different lines.
LINE_TOLERANCE_EM = 0.3
# A drawn rectangle thinner than this (points) is a rule (booktabs draws \toprule as a filled
# rectangle 0.4-0.8 pt high).
RULE_THICKNESS = 2.0
# Bounds that keep a hostile PDF from making a page cost unbounded time.
MAX_GLYPHS_PER_PAGE = 200_000

# Compatibility characters that typesetting leaves in the text layer: ligatures and the
# mathematical alphanumeric symbols (math italic x is U+1D465). NFKC maps both to plain
# letters; it is applied to these ranges only, because elsewhere it would also flatten
# superscript digits and fractions that carry meaning.
_COMPAT = re.compile("[\ufb00-\ufb06\U0001d400-\U0001d7ff]")
_DEGREE_ORDINAL = re.compile(r"(?<=\d)\u00ba")  # "0.007º": a degree sign (`normalise_glyphs`)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|medi(?:um)?\b|-medi|cmbx|cmb\d|\.b\b|"
                   r"rtxb|bx\d", re.IGNORECASE)
_ITALIC = re.compile(r"ital|oblique|cmti|cmmi|cmsl|-it\b|rtxmi", re.IGNORECASE)


# A glyph whose font has no Unicode map comes out of pdfminer as "(cid:N)". TeX's math
# fonts use fixed encodings, so the codes that matter for numbers are resolved by font family:
# in the symbol fonts (CMSY and its clones: MathTime's MT2SY*, newtx's txsy) code 0 is the
# minus sign and 6 is "±", which every negative delta and every "71.2 ± 0.3" cell depends on.
# Any other unmapped glyph becomes U+FFFD (as pymupdf reports them) rather than "(cid:N)"
# text inside a word.
_CID = re.compile(r"\(cid:(\d+)\)")
_SYMBOL_FONT = re.compile(r"cmsy|mt2sy|txsy|msbm", re.IGNORECASE)
_SYMBOL_CODES = {0: "\u2212", 1: "\u00b7", 2: "\u00d7", 3: "\u2217", 6: "\u00b1",
                 20: "\u2264", 21: "\u2265", 48: "\u2032"}
_MATH_ITALIC_FONT = re.compile(r"cmmi|mt2mi", re.IGNORECASE)
_MATH_ITALIC_CODES = {15: "\u03f5", 96: "\u2113"}
# Check marks, which ablation tables print in "with/without" columns: amssymb's \checkmark is
# code 88 of the AMS symbol font A (msam), and pifont's \ding marks are codes of Zapf
# Dingbats (51/52 check marks, 55/56 ballot crosses).
_MARK_FONTS = ((re.compile(r"msam", re.IGNORECASE), {88: "\u2713"}),
               (re.compile(r"dingbat|pzdr", re.IGNORECASE),
                {51: "\u2713", 52: "\u2714", 55: "\u2717", 56: "\u2718"}),
               # Linotype's Mathematical Pi, which journal typesetters (Wiley, Elsevier) embed
               # without a Unicode map: its glyphs are named H11001 (+) to H11006 (±) at codes
               # 49 to 54, the Greek by their Symbol-font letters (H9251 alpha at "a", H9004
               # Delta at "D"). "Ca2+", "n = 12" and "5.43 ± 1.01" came out as "Ca2\ufffd",
               # "n\ufffd12" and "5.43 \ufffd 1.01" (Charles, GLIA 24:39-49, 1998; round 23).
               (re.compile(r"mathematicalpi-?one|mathpi-?one", re.IGNORECASE),
                {49: "+", 50: "\u2212", 51: "\u00d7", 52: "\u00f7", 53: "=", 54: "\u00b1",
                 68: "\u0394", 97: "\u03b1"}),
               # Its fourth set prints the bold plus of headings ("Ca2+ Waves") at code 49.
               (re.compile(r"mathematicalpi-?four", re.IGNORECASE), {49: "+"}))

# The base PostScript fonts as LaTeX's psnfss embeds them (Times, Helvetica, Courier and their
# URW clones) carry TeXBase1 (8r) encoding, which puts the ligatures "fi" and "fl" at codes 2 and 3
# and the en and em dashes at 150 and 151. A PDF whose font has no Unicode map of its own is
# read by those codes: "\ufffdnish" for "finish", "shuf\ufffding" for "shuffling" (Dean and
# Ghemawat, MapReduce, OSDI 2004: "All of the writes finish about 850 seconds" never matched a
# claim's "finish", round 20). TeX's own fonts (CM, OT1) put other glyphs there, so only the
# base fonts' names are read this way.
_BASE_FONT = re.compile(r"times|helvetica|courier|nimbus(?:rom|san|mon)|palatino|palladio",
                        re.IGNORECASE)
_BASE_FONT_CODES = {2: "\ufb01", 3: "\ufb02", 150: "\u2013", 151: "\u2014"}

# TeX's math italic font (CMMI) sets the comma and the full stop of math mode at codes 59 and 58,
# where ASCII has ";" and ":". A PDF whose CMMI carries no Unicode map of its own is read by
# that code: "$10,304$" came out as "10; 304" and "$\alpha(t) = 0.5$" as "0:5" (van der Maaten
# and Hinton, t-SNE, JMLR 2008, pages 2588 and 2589: its image sizes and momentum settings
# were never read as numbers, round 20). CMMI has no semicolon or colon; math mode takes them
# from the roman font.
_MATH_ITALIC_PUNCTUATION = {";": ",", ":": "."}


# Advent's typesetting (BMJ, Elsevier) embeds small symbol fonts that map their glyphs to
# Latin letters. Their names are hashes of the glyph set, so one name is one set: "AdvP4C4E74"
# sets "=" at "\u00bc" and the minus at an unmapped code 2 ("p = 0.51" read "p\u00bc0.51",
# "CI -0.40" read "CI \ufffd0.40"), "AdvPS3F4C13" the micro sign at "m" ("\u00b5g/l" read
# "mg/l"), "AdvPS44A44B" the en dash at "e" ("2\u201376 years" read "2e76 years") (Huang et
# al., Postgrad Med J 2010; round 24: every p value of the paper was lost). Only these named
# fonts are read this way: other fonts of the family, named by hashes too ("AdvPS6F00"), set
# a paper's body text (Lane et al., J Hydrology 2005), and the same letters mean other
# symbols in other sets.
# Round 27 (Wang, Shen and Duan, Quantum Computation under Micromotion in a Planar Ion
# Crystal, Sci. Rep. 5:8555, 2015): "N 5 127" was read as the spaced number "5 127",
# "U0 5 21.1 V" as 21.1, "2q/2 3 52 < 1.4 mm" lost its minus, times, "≈" and "µ". Each set
# below is read from that paper's own formulas, where the glyphs of a set stand in known places
# ("Φ(x, y, z) = Φ_DC + Φ_AC", "[(1 + γ)x² + (1 − γ)y² − 2z²]", "171Yb+ ion", "F > 99.99%").
_ADVENT_FONTS = {"AdvP4C4E74": {"\u00bc": "=", "(cid:2)": "\u2212", "\u00f0": "(",
                                "\u00de": ")"},
                 "AdvPS3F4C13": {"m": "\u00b5"},
                 "AdvPS44A44B": {"e": "\u2013"},
                 "AdvP414BFB": {"5": "=", "1": "+", "2": "\u2212", "3": "\u00d7"},
                 "AdvP40798": {"~": "=", "z": "+", "{": "\u2212", "|": "\u00d7"},
                 "AdvP7DB7": {"<": "\u2248"},
                 "AdvP7DA6": {",": "<", ".": ">", "#": "\u2264"},
                 "AdvP3EAA99": {"W": "\u03a6", "V": "\u03a9", "D": "\u0394", "Y": "\u03a8",
                                "m": "\u00b5", "p": "\u03c0"},
                 "AdvP43B38B": {"a": "\u03b1", "b": "\u03b2", "c": "\u03b3", "d": "\u03b4",
                                "m": "\u00b5", "n": "\u03bd", "p": "\u03c0", "r": "\u03c1",
                                "s": "\u03c3", "t": "\u03c4", "v": "\u03c9", "w": "\u03c6",
                                "x": "\u03c7"},
                 # Round 28 (probe28b: Wilson et al., Shift work interventions for reduced
                 # work-family conflict, Employee Relations 29(2), 2007, Emerald): "t(162) =
                 # -5.714, p < 0.01" was read "\u00f0t \u00f0162\u00de \u00bc 25:714; p , 0:01",
                 # a MANOVA "3 \u00d7 2 \u00d7 3" as "3 \u00a3 2 \u00a3 3", and every change
                 # of Table III ("\u22125.4%", "+12%") lost its sign: "25.4%", "\u00fe 12%".
                 "AdvMathSymb": {"\u00bc": "=", "\u00f0": "(", "\u00de": ")", "\u00fe": "+"},
                 "AdvPS7CFD": {"\u00a3": "\u00d7"},
                 "AdvPS7DA6": {",": "<", "2": "\u2212"},
                 "AdvP4C4E51": {":": ".", ";": ","}}


def glyph_text(text: str, font: str) -> str:
    """The text of a glyph, with unmapped codes resolved where the font family tells them."""
    if text in _MATH_ITALIC_PUNCTUATION and _MATH_ITALIC_FONT.search(font):
        return _MATH_ITALIC_PUNCTUATION[text]
    advent = _ADVENT_FONTS.get(font.split("+")[-1])
    if advent is not None and text in advent:
        return advent[text]
    if not text.startswith("(cid:"):
        return text
    match = _CID.fullmatch(text)
    if match is None:
        return text
    code = int(match.group(1))
    if _SYMBOL_FONT.search(font):
        return _SYMBOL_CODES.get(code, "\ufffd")
    if _MATH_ITALIC_FONT.search(font):
        return _MATH_ITALIC_CODES.get(code, "\ufffd")
    for family, codes in _MARK_FONTS:
        if family.search(font):
            return codes.get(code, "\ufffd")
    if _BASE_FONT.search(font):
        return _BASE_FONT_CODES.get(code, "\ufffd")
    return "\ufffd"


def normalise_glyphs(text: str) -> str:
    """Ligatures and math alphanumerics as plain letters ("ﬁ" -> "fi", math italic x -> "x");
    the ordinal indicator set after a number as a degree sign, which it stands for ("0.007º",
    Solis et al., Biomed. Opt. Express 2012: read as no number at all, round 26)."""
    text = _COMPAT.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return _DEGREE_ORDINAL.sub("\u00b0", text) if "\u00ba" in text else text


def font_style(font: str) -> tuple[bool, bool]:
    """(bold, italic) from a font name such as "TODTMI+NimbusRomNo9L-Medi" or "CMBX10"."""
    name = font.split("+", 1)[-1]
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph as a backend reports it, in PDF points with the origin at the top left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str
    upright: bool = True
    # A glyph set at a quarter turn (a table set sideways on a portrait page): 90 when its
    # text runs up the page (the page is read turned a quarter clockwise), 270 when it runs
    # down; 0 upright or any other angle. For such a glyph `baseline` is the x of its
    # baseline, a vertical line (sideways_tables.py turns it upright).
    turn: int = 0


@dataclass(frozen=True, slots=True)
class Word:
    """A run of glyphs with no gap between them, on one baseline, in one font size.

    A footnote mark set smaller and raised ("81.1M" followed by a superscript "1") is a word of
    its own, because a change of size ends a word; `layout.py` tells it apart by its size and
    baseline."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str
    bold: bool = False
    italic: bool = False
    tracking: float = 0.0  # letter-spacing of its line, in points (see `_tracking`)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn line or thin rectangle (table rules, footnote separators), top-left origin."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(slots=True)
class PageWords:
    """The words and rules of one page (1-based `number`), in points, top-left origin.
    `rotated` counts the glyphs that are not upright (a page turned 90 degrees, a rotated
    table), which are left out of `words`; those set at a quarter turn are kept, in the page's
    own coordinates, in `sideways` (read as tables by sideways_tables.py, never as text)."""

    number: int
    width: float
    height: float
    words: list[Word]
    rules: list[Rule]
    rotated: int = 0
    truncated: bool = False
    sideways: list[Glyph] = field(default_factory=list)


def words_from_glyphs(glyphs: list[Glyph]) -> list[Word]:
    """Group glyphs into words: sort into lines by baseline, then split each line where the gap
    between two glyphs exceeds `WORD_GAP_EM` of the font size, at a space glyph, or where the
    font size changes (a superscript or subscript)."""
    glyphs = [glyph for glyph in glyphs if glyph.upright]
    glyphs.sort(key=lambda glyph: (glyph.baseline, glyph.x0))
    lines: list[list[Glyph]] = []
    for glyph in glyphs:
        if lines:
            last = lines[-1][-1]
            if abs(glyph.baseline - last.baseline) <= LINE_TOLERANCE_EM * max(glyph.size, 1.0):
                lines[-1].append(glyph)
                continue
        lines.append([glyph])
    words: list[Word] = []
    for line in lines:
        line.sort(key=lambda glyph: glyph.x0)
        tracking = _tracking(line)
        current: list[Glyph] = []
        for index, glyph in enumerate(line):
            if current and _breaks(current[-1], glyph, tracking) \
                    and not joins_digit_group(line, index, _MATH_ITALIC_FONT):
                words.append(_word(current, tracking))
                current = []
            if glyph.text.isspace() or not glyph.text:
                if current:
                    words.append(_word(current, tracking))
                    current = []
                continue
            current.append(glyph)
        if current:
            words.append(_word(current, tracking))
    return [word for word in words
            if not _CONTROL.search(word.text) and not _PRIVATE.fullmatch(word.text)]


# Control characters in a glyph's text: the raw two-byte codes of a font with no Unicode map
# (a figure's labels embedded as "\x00F\x00P"), never readable text. Such a word is dropped
# whole rather than read into a sentence or a table as garbage.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A word of Unicode private-use characters only: a font's own symbol with no standard meaning
# (VILA's "Macro F1 \uf8ff", an arrow), which no reader of the text can tell apart.
_PRIVATE = re.compile(r"[\ue000-\uf8ff]+")


def _breaks(previous: Glyph, glyph: Glyph, tracking: float = 0.0) -> bool:
    size = max(min(previous.size, glyph.size), 1.0)
    if abs(previous.baseline - glyph.baseline) > 0.15 * size:  # raised or lowered in the line
        return True
    gap = glyph.x0 - previous.x1
    if abs(previous.size - glyph.size) > 0.15 * size and not (
            # Small capitals faked from capitals set smaller keep hyphens, lower case, digits
            # and an accent used as apostrophe at full size on the same baseline
            # ("DEMENTIA-FREE", "p-VALUE", "ALZHEIMER´S").
            tracking and abs(previous.baseline - glyph.baseline) < 0.05 * size
            and gap <= WORD_GAP_EM * size + tracking):
        return True
    return gap > WORD_GAP_EM * size + tracking


# Letter-spaced type (small capitals tracked out in a table header: "A L L  D E M E N T I A")
# sets every glyph of a word apart by one fixed gap, wider than WORD_GAP_EM, so each letter
# became a word and a header "ALL DEMENTIA" a row of letters. A line whose gaps between
# glyphs mostly agree on such a gap (in points: tracking is one amount for every size on the
# line, "HR (95% CI)" in small capitals and text figures alike) is tracked by it; words there
# break at gaps wider than WORD_GAP_EM plus the tracking (inter-word spaces of tracked type
# are about 0.6 em). Ordinary type sets glyphs touching, so its typical gap is 0 and nothing
# changes.
MAX_TRACKING_EM = 0.3
MIN_TRACKED_GAPS = 6


def _tracking(line: list[Glyph]) -> float:
    """The letter-spacing (in points) that most glyphs of the line are set apart by, or 0."""
    gaps = [glyph.x0 - previous.x1 for previous, glyph in zip(line, line[1:], strict=False)
            if glyph.text.strip() and previous.text.strip()
            and glyph.x0 - previous.x1 < MAX_TRACKING_EM * max(glyph.size, 1.0) * 2]
    if len(gaps) < MIN_TRACKED_GAPS:
        return 0.0
    gaps.sort()
    typical = gaps[len(gaps) // 2]
    size = sorted(glyph.size for glyph in line)[len(line) // 2]
    if not WORD_GAP_EM * size < typical <= MAX_TRACKING_EM * size:
        return 0.0
    agreeing = sum(abs(gap - typical) <= 0.1 * typical for gap in gaps)
    return typical if agreeing * 3 >= len(gaps) * 2 else 0.0


def _word(glyphs: list[Glyph], tracking: float = 0.0) -> Word:
    font = max(glyphs, key=lambda glyph: len(glyph.text)).font
    bold, italic = font_style(font)
    return Word(
        text=normalise_glyphs("".join(glyph.text for glyph in glyphs)),
        x0=min(glyph.x0 for glyph in glyphs), x1=max(glyph.x1 for glyph in glyphs),
        top=min(glyph.top for glyph in glyphs), bottom=max(glyph.bottom for glyph in glyphs),
        baseline=glyphs[0].baseline, size=max(glyph.size for glyph in glyphs), font=font,
        bold=bold, italic=italic, tracking=tracking)


def _rule(x0: float, top: float, x1: float, bottom: float) -> Rule | None:
    """A rule when the shape is a thin line or rectangle, else None (a figure's box)."""
    if min(x1 - x0, bottom - top) > RULE_THICKNESS:
        return None
    return Rule(x0=x0, top=top, x1=x1, bottom=bottom)


# ---------------------------------------------------------------------------------------------
# Backends


def _pdfminer_objects(layout) -> tuple[list, list]:
    """The glyphs and drawn shapes of a pdfminer page layout, inside figures (form XObjects)
    too. Walked directly: pdfplumber's own object dictionaries resolve every colour and
    attribute of every glyph, which costs more than parsing the page (measured: 60 %)."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTFigure

    glyphs, shapes = [], []
    stack = [(layout, None)]  # a node, and the clip of the forms it stands in (form_clips.py)
    while stack:
        node, clip = stack.pop()
        for item in node:
            if isinstance(item, LTChar):
                if shown(item, clip):
                    glyphs.append(item)
            elif isinstance(item, LTCurve):  # LTLine and LTRect are LTCurves
                if drawn(item, clip):
                    shapes.append(item)
            elif isinstance(item, LTFigure):
                stack.append((item, clip_of(item, clip)))
            elif isinstance(item, LTContainer):
                stack.append((item, clip))
    return glyphs, shapes


SUNK_DESCENT = 0.5
"""A glyph box reaching below its baseline by more than this share of its size comes from a
font whose declared descent is implausibly deep (module docstring of `sunk_box`)."""


def sunk_box(glyph: Glyph) -> Glyph:
    """`glyph` with its box set back on its baseline when the font's declared descent sank it.

    pdfminer boxes a glyph from its font's descent: the bottom is the baseline plus the
    descent, the top a font size above it. TeX's math symbol font (CMSY) declares a descent of
    almost a whole em (for its tall delimiters), so its "±", "×" and "−" are boxed
    from their baseline down to a size below it: in ELMo's Table 1 (arXiv:1802.05365, page 5)
    "88.7 ± 0.17" put its "±" half a row low, read as a line of its own between two
    rows and taken as a group label ("±") over the four rows under it. A glyph whose box
    reaches more than half its size below its baseline is moved up, its height kept, to reach
    a quarter of its size below the baseline, as text glyphs do. Only upright glyphs: a
    sideways glyph's baseline is an x. Only symbols: the same font's calligraphic capitals
    stand in a label's raised index ("Text Block G^(B)", VILA, arXiv:2106.00676, Table 4),
    where the sunk box is what keeps the index in its line; set back on its baseline, the
    "(B)" read as a raised mark of its own and was dropped from the header."""
    size = max(glyph.size, 1.0)
    if glyph.turn or not glyph.upright or glyph.bottom - glyph.baseline <= SUNK_DESCENT * size \
            or any(char.isalnum() for char in glyph.text):
        return glyph
    shift = glyph.bottom - (glyph.baseline + 0.25 * size)
    return replace(glyph, top=glyph.top - shift, bottom=glyph.bottom - shift)


def _upright_glyph(char, text: str, size: float, left: float, top_edge: float) -> Glyph:
    """A glyph drawn through a flipping font matrix, set upright on its baseline at `size`
    (pdfminer's box for it is a fraction of a point high)."""
    baseline = top_edge - char.matrix[5]
    return Glyph(text=text, x0=char.x0 - left, x1=char.x1 - left, top=baseline - 0.75 * size,
                 bottom=baseline + 0.25 * size, baseline=baseline, size=size,
                 font=char.fontname or "")


def _flipped_glyph(char, left: float, top_edge: float) -> Glyph | None:
    """A glyph of a dvips bitmap font (`type3_fonts.py`, 1), upright at its size, else None."""
    if char.upright or not flipped(char.matrix):  # most glyphs: before the font name's pattern
        return None
    size = flipped_size(char.fontname or "", char.size)
    return None if size is None else _upright_glyph(char, char.get_text(), size, left, top_edge)


def _flipped_type3(char) -> bool:
    """A glyph of a Type 3 font with no name (no font descriptor: a bitmap font) drawn through
    a flipping font matrix (`type3_fonts.py`, 2). A named font's flipped glyphs are something
    else: the upside-down spaces of a hidden text layer (Cachumba et al., Braz. J. Microbiol.
    2016, every page: read upright, they cut its bold headings apart)."""
    return not char.upright and flipped(char.matrix) and not char.get_text().isspace() \
        and (char.fontname or "unknown") == "unknown"


def _type3_glyphs(chars: list, left: float, top_edge: float) -> list[Glyph | None]:
    """Each glyph of a page set upright when it is one of a flipped Type 3 font, else None (read
    as pdfminer gives it): dvips fonts named by their codes first, then other unnamed flipped
    fonts, whose sizes and TeX codes are read line by line (`type3_fonts.py`)."""
    read: list[Glyph | None] = [_flipped_glyph(char, left, top_edge) for char in chars]
    flips = [index for index, (char, found) in enumerate(zip(chars, read, strict=True))
             if found is None and _flipped_type3(char)]
    if not flips:
        return read
    turned = [chars[index] for index in flips]
    texts = [char.get_text() for char in turned]
    baselines = [top_edge - char.matrix[5] for char in turned]
    sizes = line_sizes(list(zip(texts, baselines, [char.adv for char in turned], strict=True)))
    codes = tex_codes(texts, [char.x0 for char in turned], [char.x1 for char in turned],
                      baselines, sizes)
    for index, char, text, size in zip(flips, turned, codes, sizes, strict=True):
        read[index] = _upright_glyph(char, glyph_text(text, char.fontname or ""), size, left,
                                     top_edge)
    return read


def _pdfminer_layers(path: Path) -> list[RawPage]:
    """Every page's pdfminer layer: the glyphs shown and the shapes drawn, read through our
    glyph names and font repairs (`_LAYER_CODE`)."""
    import pdfplumber  # imported here: only PDF papers need it, and it costs start-up time

    teach_pdfminer()  # Mathematical Pi's Greek by glyph name (math_pi_glyphs.py)

    pages: list[RawPage] = []
    with pdfplumber.open(path) as pdf:
        pdf.rsrcmgr = resource_manager()  # dvips bitmap fonts read by their codes
        for page in pdf.pages:
            layout = page.layout
            chars, shapes = _pdfminer_objects(layout)
            pages.append(RawPage(
                width=float(page.width), height=float(page.height), left=float(layout.x0),
                top_edge=float(layout.y1), chars=[RawChar.of(char) for char in chars],
                shapes=[RawShape(float(shape.x0), float(shape.y0), float(shape.x1),
                                 float(shape.y1)) for shape in shapes]))
            page.flush_cache()  # pdfplumber keeps every parsed page otherwise
    return pages


def _layer_code() -> list:
    """The code of ours that shapes `_pdfminer_layers`, as bound now (`layer_cache.kept`)."""
    from . import form_clips, math_pi_glyphs, type3_fonts, unicode_maps

    this = sys.modules[__name__]
    return [(this, ("teach_pdfminer", "resource_manager", "shown", "drawn", "clip_of",
                    "_pdfminer_objects", "_pdfminer_layers")),
            form_clips, math_pi_glyphs, type3_fonts, unicode_maps]


def _pdfplumber_pages(path: Path) -> list[PageWords]:
    import pdfminer
    import pdfplumber

    kind = f"pdfminer-{pdfminer.__version__}-pdfplumber-{pdfplumber.__version__}"
    layers = kept(kind, path, lambda: _pdfminer_layers(path), _layer_code())
    pages: list[PageWords] = []
    for number, layer in enumerate(layers, start=1):
        left, top_edge = layer.left, layer.top_edge
        chars = layer.chars
        truncated = len(chars) > MAX_GLYPHS_PER_PAGE
        glyphs = []
        chars = chars[:MAX_GLYPHS_PER_PAGE]
        for char, upright in zip(chars, _type3_glyphs(chars, left, top_edge), strict=True):
            if upright is not None:
                glyphs.append(upright)
                continue
            turn = 0 if char.upright else quarter_turn(*char.matrix[:4])
            glyphs.append(sunk_box(Glyph(
                text=glyph_text(char.get_text(), char.fontname or ""),
                x0=char.x0 - left, x1=char.x1 - left,
                top=top_edge - char.y1, bottom=top_edge - char.y0,
                baseline=(char.matrix[4] - left if turn else top_edge - char.matrix[5]),
                size=char.x1 - char.x0 if turn else char.size,
                font=char.fontname or "", upright=bool(char.upright), turn=turn)))
        rules = [rule for shape in layer.shapes
                 if (rule := _rule(shape.x0 - left, top_edge - shape.y1, shape.x1 - left,
                                   top_edge - shape.y0))]
        pages.append(_page(number, layer.width, layer.height, glyphs, rules, truncated))
    return pages


def _pymupdf_pages(path: Path) -> list[PageWords]:
    import pymupdf  # optional: AGPL, installed only by users who choose it

    pages: list[PageWords] = []
    with pymupdf.open(path) as pdf:
        for number, page in enumerate(pdf, start=1):
            glyphs: list[Glyph] = []
            raw = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_LIGATURES)
            for block in raw.get("blocks", []):
                for line in block.get("lines", []):
                    upright = abs(line["dir"][1]) < 1e-3 and line["dir"][0] > 0
                    # dir is (cos, sin) with y down: (0, -1) runs up the page
                    turn = 0 if upright or abs(line["dir"][0]) > 1e-3 else (
                        90 if line["dir"][1] < 0 else 270)
                    for span in line.get("spans", []):
                        for char in span.get("chars", []):
                            x0, top, x1, bottom = char["bbox"]
                            glyphs.append(Glyph(
                                text=char["c"], x0=x0, x1=x1, top=top, bottom=bottom,
                                baseline=char["origin"][0 if turn else 1], size=span["size"],
                                font=span["font"], upright=upright, turn=turn))
            truncated = len(glyphs) > MAX_GLYPHS_PER_PAGE
            rules: list[Rule] = []
            for drawing in page.get_drawings():
                for item in drawing.get("items", []):
                    if item[0] == "l":
                        start, end = item[1], item[2]
                        shape = (min(start.x, end.x), min(start.y, end.y),
                                 max(start.x, end.x), max(start.y, end.y))
                    elif item[0] == "re":
                        rect = item[1]
                        shape = (rect.x0, rect.y0, rect.x1, rect.y1)
                    else:
                        continue
                    if rule := _rule(*shape):
                        rules.append(rule)
            pages.append(_page(number, float(page.rect.width), float(page.rect.height),
                               glyphs[:MAX_GLYPHS_PER_PAGE], rules, truncated))
    return pages


def _page(number: int, width: float, height: float, glyphs: list[Glyph], rules: list[Rule],
          truncated: bool) -> PageWords:
    rotated = sum(1 for glyph in glyphs if not glyph.upright and not glyph.text.isspace())
    # "+" over "−": one "±"; "˚" over "A": one "Å" (extract/stacked_signs.py)
    glyphs = merged_ring_a(merged_plus_minus(glyphs))
    words, dotted = [], []
    for word in words_from_glyphs(glyphs):
        if _DOTTED_RULE.match(word.text):
            middle = (word.top + word.bottom) / 2
            dotted.append(Rule(x0=word.x0, top=middle, x1=word.x1, bottom=middle + 0.4))
        else:
            words.append(word)
    return PageWords(number=number, width=width, height=height, words=words,
                     rules=rules + dotted, rotated=rotated, truncated=truncated,
                     sideways=[glyph for glyph in glyphs if glyph.turn])


def quarter_turn(a: float, b: float, c: float, d: float) -> int:
    """90 when a glyph's text matrix (a b c d) runs its text up the page (b > 0, c < 0), 270
    when down, 0 for any other angle (upright, upside down, slanted)."""
    scale = max(abs(b), abs(c), 1e-9)
    if abs(a) > 0.02 * scale or abs(d) > 0.02 * scale:
        return 0
    if b > 0 > c:
        return 90
    if b < 0 < c:
        return 270
    return 0


# A long run of full stops is a dotted rule typeset as text (some journals rule off a table's
# header with a line of periods), not a word: read as a word it became a row label, and a
# header prefix of every cell below it. It is a horizontal rule at its height instead.
_DOTTED_RULE = re.compile(r"^\.{12,}$")


def available_backends() -> list[Backend]:
    """The backends importable here (pymupdf only when the user installed it)."""
    import importlib.util

    return [name for name in BACKENDS if importlib.util.find_spec(name) is not None]


def read_pages(path: Path | str, backend: Backend = "pdfplumber") -> list[PageWords]:
    """The words and rules of every page of the PDF at `path`.

    The file is expected to have passed `readers.read_pdf` (which names a corrupt or encrypted
    file); a backend failure here raises the backend's own error for the caller to report."""
    path = Path(path)
    if backend == "pdfplumber":
        return _pdfplumber_pages(path)
    if backend == "pymupdf":
        return _pymupdf_pages(path)
    raise ValueError(f"unknown PDF backend {backend!r}; expected one of {', '.join(BACKENDS)}")
