"""An order written with ">" or "<" is read in its order.

"Figure 2 further shows that the improvements by different architectures are in the following
order: T-A > T-B > T-C" (Yang et al., arXiv:1703.06345, page 8) confirmed the claim "the
improvements by the architectures follow the order T-C > T-B > T-A": the same names, the same
words, and ">" is no word of the direction lexicon, so nothing told the two orders apart.

The general fact: a chain of names joined by ">" (or "<", read backwards) states an order.
When the claim and the sentence both print such a chain over the same names (two or more in
common), the names they share must come in the same order; otherwise the sentence states
another order and decides nothing (`chain_reordered`; withheld rather than contradicted: a
chain may rank other things than the claim's, "T-A > T-B" by parameters shared).
"""

from __future__ import annotations

import re

__all__ = ["EXPLANATION", "chain_reordered"]

EXPLANATION = "it orders the names the claim chains with \u201c>\u201d in another order"

_ITEM = r"[A-Za-z0-9][\w\-.+/]*"
_CHAIN = re.compile(rf"{_ITEM}(?:\s*[<>]\s*{_ITEM})+")


def _chains(text: str) -> list[list[str]]:
    """Each chain of the text, its names from greatest to least."""
    found = []
    for match in _CHAIN.finditer(text):
        chain = match.group()
        items = [item.strip().rstrip(".").casefold() for item in re.split(r"[<>]", chain)]
        if ">" in chain and "<" in chain:
            continue  # "a < b > c" states no one order
        found.append(items[::-1] if "<" in chain else items)
    return found


def chain_reordered(claim_text: str, sentence_text: str) -> bool:
    """True when a chain of the claim and a chain of the sentence share two names or more in
    different orders (module docstring)."""
    if ">" not in claim_text and "<" not in claim_text:
        return False
    if ">" not in sentence_text and "<" not in sentence_text:
        return False
    for claimed in _chains(claim_text):
        for printed in _chains(sentence_text):
            shared = [item for item in claimed if item in printed]
            if len(shared) >= 2 and shared != [item for item in printed if item in shared]:
                return True
    return False
