"""A ratio is one value: its parts are no numbers of their own.

"Increasing the sampling weight of augmented data from 1:1:1 to 1:2:1 improves EM and F1"
(red team 8, about QANet, arXiv:1804.09541) prints two sampling ratios, which the quantity
parser reads as six numbers, 1, 1, 1, 1, 2 and 1. Each agreed, within its printed precision,
with the "1.5/1.1" of "our model can get significant gain 1.5/1.1 on EM/F1" (page 7), and the
claim was confirmed by a sentence that speaks of no ratio at all.

The general fact: a number written inside a ratio of colon-joined numbers ("1:2:1", "3:1")
is a part of that ratio, and only a part of a ratio printed in the passage can state it.
`ratio_mismatch` is True when a claimed ratio part agrees with a number that is no ratio part;
such a reading decides nothing (withheld).
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

__all__ = ["EXPLANATION", "ratio_mismatch", "ratio_part"]

EXPLANATION = "the claim's number is part of a ratio (\u201c1:2:1\u201d), the passage's is not"

_BEFORE = re.compile(r"\d\s?:\s?$")
_AFTER = re.compile(r"^\s?:\s?\d")


def ratio_part(text: str, quantity: Quantity) -> bool:
    """Whether the number at `quantity.span` of `text` is joined by a colon to another."""
    span = getattr(quantity, "span", None)
    if span is None:
        return False
    start, end = span
    return bool(_BEFORE.search(text[max(0, start - 3):start])
                or _AFTER.match(text[end:end + 3]))


def ratio_mismatch(claim_text: str, claimed: Quantity, sentence_text: str,
                   found: Quantity) -> bool:
    """True when the claimed number is a ratio's part and the found one is not."""
    return ratio_part(claim_text, claimed) and not ratio_part(sentence_text, found)
