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

The operators and relations (probe35b, round 35): ASM's typesetter (XPP) embeds Mathematical
Pi as "Universal-GreekwithMathPi" and "MathematicalPi-One" subsets, codes 1 to 12, with the
glyph names in the encoding's differences. Hu et al. (Appl. Environ. Microbiol. 77:7469,
2011) were read "(R \ufffd 0.86; P \ufffd 0.001)", "1.41 \ufffd 10^2 copies ng
DNA\ufffd1", "the MLD ... (\ufffd75 m)", "the \ufffdt" (sigma-t), "(\ufffd100 m)": every
p value, range and power of ten of the paper was lost. Each name is placed by where the paper
prints it ("R2 = 0.86; P < 0.001", "1.3 x 10^28", "copies ng DNA-1", "P > 0.1", "(<=100 m)",
"deep clade (>=150 m)", "H'" of a diversity table, "MGI-gamma", "sigma-t (kg m-3)") and agrees
with the GLIA paper's set (H11001 "+" to H11006 "+-" at codes 49 to 54, pdfwords._MARK_FONTS)
and with the Greek order (H9253 gamma, H9268 sigma).
"""

from __future__ import annotations

MATH_PI_GREEK = {"H9251": "\u03b1", "H9252": "\u03b2", "H9262": "\u00b5",
                 "H9253": "\u03b3", "H9268": "\u03c3"}
MATH_PI_SIGNS = {"H11001": "+", "H11002": "\u2212", "H11003": "\u00d7", "H11004": "\u00f7",
                 "H11005": "=", "H11006": "\u00b1", "H11011": "~", "H11021": "<", "H11022": ">",
                 "H11032": "\u2032", "H11349": "\u2264", "H11350": "\u2265"}
"""The operators and relations of Mathematical Pi by glyph name (module docstring)."""


def teach_pdfminer() -> None:
    """Add the Mathematical Pi names to pdfminer's glyph list (once; idempotent)."""
    from pdfminer import glyphlist  # noqa: PLC0415 - only PDF reading needs pdfminer

    for name, text in {**MATH_PI_GREEK, **MATH_PI_SIGNS}.items():
        glyphlist.glyphname2unicode.setdefault(name, text)
