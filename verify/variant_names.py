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
    names = [name for name in quantity.attaches_to if name]
    for start in starts:
        end = start + len(quantity.text)
        if re.match(r"[\w.,]\d", text[end:end + 2]):
            continue  # "140K" of "140K1" or "14" of "14.5" is not the number printed
        for name in names:
            # The name right before the number, or one space or hyphen before it.
            for gap in (0, 1):
                begin = start - gap - len(name)
                if begin < 0 or (gap and not (text[start - 1].isspace()
                                              or text[start - 1] == "-")):
                    continue
                if text[begin:begin + len(name)] != name:
                    continue
                before = text[begin - 1] if begin else ""
                if not before or not (before.isalnum() or before in "_-"):
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
