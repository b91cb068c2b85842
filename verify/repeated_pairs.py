"""Two tables that print the claim's pair of cells the same way decide the claim's order.

"On DocBank, H-VILA (Text Block) beats H-VILA (Text Line) in Macro F1" names two rows of VILA's
Table 3 (arXiv:2106.00676, page 7: 87.78 and 91.27 under "DocBank / Macro F1"), and the
appendix's DocBank breakdown table prints the same two results again in its "Macro F1" column.
The order reading (cell_arithmetic._order) asked that the claim name exactly one pair of cells
in the whole paper, so the result printed twice left the claim undecided, true or false.

That rule comes from differences ("A beats B by 2.1"): two pairs with other numbers may each be
what the claim meant, and only one can agree with its number. An order has no number: when
every pair the claim names would decide alone (each pair's headers and caption hold nearly all
the claim says, the claim points at no other line of its table, the measure is not one judged
the other way, the rounding leaves no doubt) and all of them order the cells the same way, the
verdict is the same whichever pair the claim meant. Pairs that disagree, or one that would not
decide alone, still decide nothing; so do more than `MAX_AGREEING` pairs (a claim that names
a line of many tables is not pinned down by its words).
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_AGREEING = 3
"""Pairs of cells a claim's order may be read from at most."""


def repeated_order(gaps: Sequence[float]) -> bool:
    """Whether the signed leads of the pairs (the first cell's over the second, in the claim's
    direction; one per pair) all say the same thing: all positive or all negative."""
    return bool(gaps) and (all(gap > 0 for gap in gaps) or all(gap < 0 for gap in gaps))
