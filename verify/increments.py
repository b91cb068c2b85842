"""Whether a printed number counts an increment ("nine more nodes") rather than a level.

"when we change k = 40 to k = 50, only nine more nodes got activated" (arXiv:1504.06236) gives
how many nodes the change adds, not how many nodes are active; a claim that "SIDD seeds
activate 3202 nodes with k = 50" was contradicted by it as "a different count" of nodes. A
level and the size of a change are different measures however alike their nouns (the amount a
verb adds was already kept from levels in the cell check: claimed_levels._AMOUNT_VERB).

The general fact: a number followed by "more", "fewer", "less", "additional" or "extra" ("nine
more nodes", "3 fewer errors", "two additional annotators"), or preceded by "another" or "an
additional", counts what a change adds or removes. Two numbers of which exactly one counts an
increment do not contradict each other (`increment_mismatch`).
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

_AFTER = re.compile(r"\s*(?:more|fewer|less|additional|extra)\b(?!\s+than\b)", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:another|an additional|additional|extra)\s*$", re.IGNORECASE)


def increment(text: str, quantity: Quantity) -> bool:
    """Whether `quantity`, printed in `text`, counts an increment (module docstring)."""
    start, end = quantity.span
    return bool(_AFTER.match(text, end)) or bool(_BEFORE.search(text[max(0, start - 20):start]))


def increment_mismatch(claim_text: str, claimed: Quantity, sentence_text: str,
                       found: Quantity) -> bool:
    """Exactly one of the two numbers counts an increment: they measure different things."""
    return increment(claim_text, claimed) != increment(sentence_text, found)
