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

from .memo import Memo
from .passages import PassageIndex

_KEY = ("variant_names", -1)  # one entry per index: the joined text
_FOUND = ("variant_names_found", -1)  # one entry per index: the answers, by number and names


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
    found = index.prepared.get(_FOUND)
    if not isinstance(found, Memo):
        found = index.prepared[_FOUND] = Memo(4096)
    # Claims repeat their numbers and names: each pair is looked up once per paper.
    return found.get((quantity.text, tuple(quantity.attaches_to)),
                     lambda: _names_variant(quantity, index))


def _names_variant(quantity: Quantity, index: PassageIndex) -> bool:
    text = _paper_text(index)
    starts = _occurrences(text, quantity.text)
    if not starts:
        return False
    number = re.escape(quantity.text)
    for name in quantity.attaches_to:
        if not name:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}[\s-]?{number}(?![\w.,]\d)")
        # A match starts the name's length before a printing of the number, or one more
        # character before it (the separator): trying the pattern only there finds what
        # searching the whole paper finds (the look-behind still sees the text before),
        # without reading the whole paper once per claimed number and name.
        for start in starts:
            for begin in (start - len(name), start - len(name) - 1):
                if begin >= 0 and pattern.match(text, begin):
                    return True
    return False


def _occurrences(text: str, printed: str) -> list[int]:
    """Every position where `printed` starts in `text`, overlapping ones too."""
    found = []
    position = text.find(printed)
    while position >= 0:
        found.append(position)
        position = text.find(printed, position + 1)
    return found
