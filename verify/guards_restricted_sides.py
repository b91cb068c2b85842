"""A comparison whose restricted side ("only at the input", "just the last layer", "X alone")
the passage puts on the other side (red team 12, round 21).

"For SQuAD, including ELMo only at the input beats including it at input and output" (false:
85.1 against 85.6) was confirmed by "As shown in Table 3, including ELMo at both the input and
output layers for SNLI and SQuAD improves over just the input layer" (Peters et al.,
arXiv:1802.05365, page 6): the same words and the same direction word, the two arguments the
other way round. Papers compare a restricted variant with a fuller one ("using all layers
improves over just the last layer", "GloVe alone", "only the input"), and both arguments then
share their words ("input"), so word matching cannot tell which side is which; the restricting
word can. When the claim prints a restricting word (only, just, alone, solely) on one side of
its comparison (better than, beats, outperforms, improves over, exceeds, ...) and the passage
prints one only on the other side of its own, the passage compares the other way round and
supports nothing (`restricted_swap`). "Not only" restricts nothing. Each side is read within
its clause (from the last comma before the comparison word to the first comma after it).
It only withholds, and names no paper or system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_restricted_sides", "restricted_swap"]

_COMPARISON = re.compile(
    r"\b(?:beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed)?|exceed(?:s|ed)?|"
    r"improves?\s+(?:over|on|upon)|improved\s+(?:over|on|upon)|(?:better|worse|higher|lower)"
    r"\s+than)\b", re.IGNORECASE)
_RESTRICTION = re.compile(r"(?<!\bnot )\b(?:only|just|alone|solely)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.]\s")


def _sides(text: str) -> tuple[str, str] | None:
    """The clause before the first comparison word of `text` and the clause after it."""
    match = _COMPARISON.search(text)
    if match is None:
        return None
    before = re.split(r"[,;:]\s", text[:match.start()])[-1]
    after = text[match.end():]
    end = _CLAUSE_END.search(after)
    return before, after[:end.start()] if end else after


def _restricted(side: str) -> bool:
    return _RESTRICTION.search(side) is not None


def restricted_swap(claim_text: str, quote: str) -> bool:
    """True when the claim's comparison has its restricting word on one side only and the
    passage's has one only on the other side (module docstring)."""
    claim_sides = _sides(claim_text)
    if claim_sides is None:
        return False
    claim_left, claim_right = map(_restricted, claim_sides)
    if claim_left == claim_right:
        return False
    quote_sides = _sides(quote)
    if quote_sides is None:
        return False
    quote_left, quote_right = map(_restricted, quote_sides)
    return quote_left != quote_right and quote_left == claim_right


def guard_restricted_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quoted sentence (its first quote; the
    neighbours beside it are not read) compares with the restricted side turned (module
    docstring). In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        if quotes and restricted_swap(claim.text, quotes[0]):
            undecide(check, "Not confirmed: the passage compares the other way round (its "
                            "restricted side, 'only' or 'just', is the claim's other side)")
