"""A line of running text that cites numbers, read as prose however many numbers it cites.

`grid_tables._is_prose` takes a line with three values or more for a row of numbers (LaTeX
sets a row's numbers closer than a space, so spacing alone does not tell) unless it is two
columns of prose side by side (`_two_columns_of_prose`), which needs a page of two columns.
Under a table with no bottom rule in a one-column paper, the first line of the paragraph
below therefore went on as a row of the table: Yang et al., transfer learning for sequence
tagging (arXiv:1703.06345, ICLR 2017, page 8), Table 3: "example, as shown in Figures 2(g)
and 2(h), the improvements with 0.1 labels are 6% and 3%" was glued onto the last row's
label "Ours w/ transfer", so no claim about that row found its cells (recall37's findings).

Rule (`prose_citing_values`): many words (`MIN_WORDS`), at uniform word spacing (no gap as
wide as a cell gap, none far wider than the line's usual space), the values a minority
(`VALUE_SHARE`) and never two side by side, across most of the span: running text. A table
row has cell gaps between its label and its values, or values side by side (a row of
numbers set tight), or values as the bulk of its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grid_lines import _is_value

if TYPE_CHECKING:
    from .pdfwords import Word

enabled = True
"""Switch for the planted-bug test (tests/test_recall38b_regressions.py)."""
MIN_WORDS = 8
"""Fewer words than this is no line of running text to tell by its spacing."""
VALUE_SHARE = 1 / 3
"""At most this share of the line's words may be values."""
CELL_GAP_EM = 0.8
"""A gap this wide (in font sizes) parts two cells (as in `_is_prose`)."""
UNIFORM = 1.5
"""No gap may exceed this many times the line's median gap: justified text stretches every
space alike."""


def prose_citing_values(words: list[Word], size: float, width: float, span_width: float,
                        share: float) -> bool:
    """Whether `words` (a line's words, touching ones joined) of font `size`, `width` wide in
    a span `span_width` wide, are a line of running text that cites numbers (module
    docstring); `share` is how much of the span the line must cross."""
    if not enabled or len(words) < MIN_WORDS:
        return False
    values = [_is_value(word.text) for word in words]
    if sum(values) > VALUE_SHARE * len(words):
        return False
    if any(one and other for one, other in zip(values, values[1:], strict=False)):
        return False  # values side by side: a row of numbers
    gaps = sorted(b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False))
    usual = max(gaps[len(gaps) // 2], 0.1 * size)
    return (gaps[-1] < CELL_GAP_EM * size and gaps[-1] <= UNIFORM * usual
            and width > share * span_width)
