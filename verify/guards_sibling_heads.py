"""A cell whose row names another thing of the claim's kind: "Kaweah River" for "Kings River"
(probe31b: an ecology report on alien plants in national parks, Table 1).

"Kings River is in cluster 12" (true: the row "UCA6754 Kings River" of Table 1's cluster 12)
was contradicted by the cell "RNF1726 North Fork of Kaweah River / Riparian / DAS1605 ×
Cluster: 5": the row's "River" said the claim's "River", and the caption, "Interpretation of
Sequoia-Kings Canyon National Parks cluster analysis", said its "Kings". Every word of the claim
was printed somewhere around the cell, but not its name: "Kings" belongs to the parks.

Places, rivers, sites and agencies are named by a proper word before a shared head noun ("Kings
River", "Kaweah River", "Yucca Creek", "Sycamore Creek"). The general fact: when the claim prints
such a two-word name (two capitalised words, the first no function word) and a deciding table
check's cell path (its location and quote, without the caption) prints the head noun after
another capitalised word and never the claim's name, the cell speaks of a sibling of the claim's
named thing, and it decides nothing (`guard_sibling_heads`). It names no table, paper or word
list beyond function words; it only withholds. (verify/guards_sibling_names.py reads the other
order, a shared first word: "Google Analytics" for "Google Finance".)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .guards_sibling_names import _FUNCTION, _NAME
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_sibling_heads", "sibling_head"]

# Words that open a phrase, not a name: "Without NSP" is no sibling of the row "No NSP" (BERT's
# ablation table, tests/test_variant_codes.py).
_NOT_NAMES = _FUNCTION | frozenset(["Without", "No", "Not", "Than", "Under", "Over", "After",
                                    "Before", "Between", "Per", "Via", "Only", "Also", "Then",
                                    "With", "Within", "Across", "Using"])


def sibling_head(first: str, second: str, text: str) -> str | None:
    """A name "X second" that `text` prints, X another capitalised word than `first`, when
    `text` never prints "first second"; else None."""
    if re.search(rf"\b{re.escape(first)} {re.escape(second)}\b", text):
        return None
    for match in re.finditer(rf"\b([A-Z][A-Za-z]+) {re.escape(second)}\b", text):
        if match.group(1) != first and match.group(1) not in _NOT_NAMES:
            return match.group()
    return None


def guard_sibling_heads(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding table check whose cell path names a sibling of the claim's
    two-word name, and never the name (module docstring). In place."""
    names = [match.groups() for match in _NAME.finditer(claim.text)
             if match.group(1) not in _NOT_NAMES and match.group(2) not in _NOT_NAMES]
    if not names:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        path = " ".join(filter(None, (piece for evidence in check.evidence
                                      for piece in (evidence.quote, evidence.location))))
        for first, second in names:
            other = sibling_head(first, second, path)
            if other is not None:
                undecide(check, f"Not decided: the cell's row speaks of {other}, not of "
                                f"{first} {second}")
                break
