"""The Greek letters of Linotype's Mathematical Pi by their glyph names.

Journal typesetters (Elsevier, Wiley) embed Mathematical Pi without a Unicode map; a subset
font names its glyphs H9251 (alpha), H9252 (beta), ... in its encoding's differences and sets
them at whatever codes the subset gives them: Cachumba et al. (Braz. J. Microbiol. 2016; round
27, probe27b) set beta at code 2 and mu at code 3, so "beta-aspartyl" and every "12.5 µM" of
the paper were read with U+FFFD. pdfminer maps a simple font's codes to text by their glyph
names when it knows the names (the Adobe glyph list): here it is taught the names of the
letters this project has seen printed, so the codes of any subset resolve. The codes of the
font read by code alone (pdfwords._MARK_FONTS) stay as they were, for fonts whose encoding
names no glyph.

Only names attested on a page are listed: H9251 alpha (Charles, GLIA 1998, round 23, at
"a"), H9252 beta and H9262 mu (Cachumba et al.). The letters run in the Greek order from
H9251, which places both.
"""

from __future__ import annotations

MATH_PI_GREEK = {"H9251": "\u03b1", "H9252": "\u03b2", "H9262": "\u00b5"}


def teach_pdfminer() -> None:
    """Add the Mathematical Pi names to pdfminer's glyph list (once; idempotent)."""
    from pdfminer import glyphlist  # noqa: PLC0415 - only PDF reading needs pdfminer

    for name, text in MATH_PI_GREEK.items():
        glyphlist.glyphname2unicode.setdefault(name, text)
