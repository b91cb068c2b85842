"""Precision guard: a number printed inside a compound label ("2-way", "5-fold") that the cell's
headers print too names the column; it is no value of the cell.

"None has the highest Acc. (↑) (2-way) in Table 5" was contradicted by the cell None × Acc.
(↑) / (2-way), 93%: "the claim says 2" (2023.eacl-main.121, found by the mutation benchmark's
"rank" claims). The header reader keeps "way" of "(2-way)" and drops its digit, so the claimed
2 was not known as a header number and became the claim's only value.

The general fact: a claim's number joined by a hyphen to the word after it ("2-way",
"10-fold", "top-5" the other way round) is part of a label when the cell's own headers print
the same compound; such a number is what the claim names the cell by, and a cell's value
never contradicts it (`guard_compound_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import decided, undecide

_COMPOUND = r"[^\W\d_][\w]*"


@lru_cache(maxsize=8192)
def compound(text: str, span: tuple[int, int]) -> str | None:
    """The compound label the number at `span` of `text` is part of ("2-way", "top-5"),
    case-folded; None when it stands alone."""
    after = re.match(rf"[-\u2010\u2011]({_COMPOUND})", text[span[1]:])
    if after:
        return f"{text[span[0]:span[1]]}-{after.group(1)}".casefold()
    before = re.search(rf"({_COMPOUND})[-\u2010\u2011]$", text[:span[0]])
    if before:
        return f"{before.group(1)}-{text[span[0]:span[1]]}".casefold()
    return None


def _printed(label: str, text: str) -> bool:
    shown = re.sub(r"[\u2010\u2011]", "-", text.casefold())
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", shown) is not None


def guard_compound_labels(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting table check whose claimed number is part of a compound
    label its cell's headers print (module docstring). In place."""
    labels = {quantity.value: label for quantity in claim.quantities
              if (label := compound(claim.text, quantity.span)) is not None}
    if not labels:
        return
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            label = labels.get(evidence.claimed) if evidence.claimed is not None else None
            if label is not None and _printed(label, evidence.location or ""):
                undecide(check, f"Not contradicted: the claim's {label} names the cell's "
                                "column; it is no value of the cell")
                break
