"""An item the claim names by a lettered label ("model 5a", "case 2b") that the supporting
passage never names, found by the second probe of the eleventh blind corpus
(tests/real/heldout11, round 12).

"In model 5a the deceleration parameter is negative" was confirmed by "As above, we can modify
our models in such a way that the volume deceleration parameter is negative, but again this
leads to a very large amplitude of tB." (arXiv:0807.3577, p.9), a sentence about the models of
voids and superclusters, which goes on to model 8; of model 5a the page says that "the
deceleration parameter is positive (curve 5a)". A label of digits and one letter after a noun
that names an item of the paper (a model, case, curve, experiment, variant, ...) picks one of
several items that share all the other words: the quantity parser does not read it as a
number, and the match does not weigh it. A passage that does not print the label is about
another item, or about the items in general, and does not support the claim
(`guard_unsaid_item_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_unquoted

# "model 5a", "Case 2b", "curves 6a": a noun naming an item, then digits and one letter.
_ITEM_LABEL = re.compile(r"\b(?:models?|cases?|curves?|experiments?|settings?|scenarios?|"
                         r"variants?|configurations?|runs?|conditions?|examples?|groups?|"
                         r"arms?|versions?|setups?|simulations?)\s+(\d+[a-z])\b",
                         re.IGNORECASE)


def item_labels(text: str) -> list[str]:
    """The lettered labels of items a claim names ("In model 5a ..." -> ["5a"])."""
    return [match.group(1).lower() for match in _ITEM_LABEL.finditer(text)]


def prints_label(quote: str, label: str) -> bool:
    """Whether a passage prints `label` as a word of its own ("curve 5a", "(5a)")."""
    return re.search(rf"(?<![\w.]){re.escape(label)}(?!\w)", quote, re.IGNORECASE) is not None


def guard_unsaid_item_labels(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check none of whose quotes prints a lettered item label
    the claim names (module docstring). In place."""
    labels = item_labels(claim.text)
    if not labels:
        return
    undecide_unquoted(checks, labels, prints_label,
                      lambda label: f"The passage does not name \u201c{label}\u201d, the item "
                                    "the claim speaks of")

