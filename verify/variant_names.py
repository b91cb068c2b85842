"""Numbers that are part of a name: "QQP 140K", "WMT 14", "ResNet 50".

Papers name variants of a dataset, model or benchmark by a number printed after the name:
"Quora Question Pairs 140K split (QQP 140K)" beside "QQP 50K". A claim that says "the QQP
140K training split holds 134,206 pairs" uses 140K as part of the name, not as a measured
value, and a sentence about "QQP 50K" is about another variant, never a contradiction of it.
The paper itself shows which numbers are names: it prints the number right after the same
name (`names_variant`). A number the claim measures with ("the language filter removed 41.3M
records") is never printed glued to a name, so it is still compared as before.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

from .passages import PassageIndex

_KEY = ("variant_names", -1)  # one entry per index: the joined text


def _paper_text(index: PassageIndex) -> str:
    """The paper's sentences joined once per index (whitespace collapsed)."""
    text = index.prepared.get(_KEY)
    if not isinstance(text, str):
        text = " ".join(" ".join(sentence.text.split()) for sentence in index.sentences)
        index.prepared[_KEY] = text
    return text


def names_variant(quantity: Quantity, index: PassageIndex) -> bool:
    """Whether the paper prints the claimed number right after a name it attaches to in the
    claim ("QQP 140K", "QQP-140K"): the number then names a variant of that name."""
    if not quantity.attaches_to or not quantity.text:
        return False
    number = re.escape(quantity.text)
    text = _paper_text(index)
    return any(re.search(rf"(?<![\w-]){re.escape(name)}[\s-]?{number}(?![\w.,]\d)", text)
               for name in quantity.attaches_to if name)
