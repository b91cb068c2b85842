"""A vertical rule between two words of a line parts them: they are two cells.

Tables ruled column by column (a rule between the "EK" column of ✓ and - marks and the
"Methods" column) set a short mark close to the next column's name: in Zhang et al.,
"Knowledge-Enhanced Explainable Hypergraph Convolution Network for Medication
Recommendation" (AAAI 2026), Table 2, the ✓ of the GAMENet row stands 5.7 pt from the name,
closer than a cell gap, with the rule between. The line's words were joined into one cell
"✓ GAMENet" under "Methods"; the row's own EK cell, left empty, was then filled from the row
above with "-" (no external knowledge, the opposite of what the page prints), and the row's
name became "✓ GAMENet", which no claim says.

A vertical rule crossing the line, standing in the gap between a mark (✓, ×, a dash) and a
word, parts them (`parted`). Only marks: parting every pair of words at a rule also parted a
group label from its number ("AttentiveConvNet (advanced+intra-attention) 88.7" over the
ablation rows of red team 10's Table 4, arXiv:1710.00519), a better reading that let the full
model's 88.7 contradict a true claim about the "light" variant of another table; that needs a
rule on the verifying side first. `posts` gives each rule's x and the height it covers, so
that a rule drawn through the body only does not cut a label set over it in the header.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import PageWords, Word

__all__ = ["Post", "parted", "posts_of"]

Post = tuple[float, float, float]
"""A vertical rule: its x, top and bottom."""


def posts_of(page: PageWords, x0: float, x1: float, top: float, bottom: float) -> list[Post]:
    """The vertical rules of `page` crossing the box from (x0, top) to (x1, bottom)."""
    return sorted(((rule.x0 + rule.x1) / 2, rule.top, rule.bottom) for rule in page.rules
                  if rule.bottom - rule.top > 4 and rule.x1 - rule.x0 < 2.5
                  and rule.top < bottom and rule.bottom > top and x0 - 6 <= rule.x0 <= x1 + 6)


MARKS = frozenset(("\u2713", "\u2714", "\u2717", "\u2718", "\u00d7", "-", "\u2013", "\u2014",
                   "\u2212"))
"""Check marks, crosses and dashes: what a column of marks prints in its cells."""


def parted(previous: Word, word: Word, top: float, bottom: float,
           posts: Sequence[Post]) -> bool:
    """Whether a vertical rule covering the line from `top` to `bottom` stands between
    `previous` and `word`, one of the two a mark."""
    if previous.text not in MARKS and word.text not in MARKS:
        return False
    middle = (top + bottom) / 2
    return any(previous.x1 - 0.5 <= x <= word.x0 + 0.5 and rule_top <= middle <= rule_bottom
               for x, rule_top, rule_bottom in posts)
