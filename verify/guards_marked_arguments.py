"""A comparison whose marked argument ("only the input", "just the last layer", "the first
layer") the passage puts on the other side (red team 12, round 21).

- "For SQuAD, including ELMo only at the input beats including it at input and output" (false:
  85.1 against 85.6) was confirmed by "As shown in Table 3, including ELMo at both the input
  and output layers for SNLI and SQuAD improves over just the input layer" (Peters et al.,
  arXiv:1802.05365, page 6).
- "Belinkov et al. (2017) found the second layer of a 2-layer LSTM encoder better at
  predicting POS tags" (false) was confirmed by "Belinkov et al. (2017) showed that the
  representations learned at the first layer in a 2-layer LSTM encoder are better at
  predicting POS tags then second layer" (page 2; "then" is the paper's spelling of "than").

Papers compare a restricted or ranked variant with another ("using all layers improves over
just the last layer", "GloVe alone", "the first layer is better than the second"); both
arguments then share their words ("input", "layer"), and the same direction word reads the
same, so word matching cannot tell which side is which. The marking word can: a restricting
word (only, just, alone, solely: one class) or an ordinal (first, second, third, last, top,
bottom: each its own). When the claim prints a marker on one side of its comparison only and
the passage prints it only on the other side of its own, the passage compares the other way
round and supports nothing (`turned_marker`). Sides: a comparison word (better, worse, higher,
lower, beats, outperforms, improves over, exceeds, ...) splits a clause (from the last comma
before it to the first after it), and a "than" (or "then") after a comparative starts the
other side. "Not only" restricts nothing. It only withholds, and names no paper or system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_marked_arguments", "turned_marker"]

_COMPARISON = re.compile(
    r"\b(?:beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed)?|exceed(?:s|ed)?|"
    r"improves?\s+(?:over|on|upon)|improved\s+(?:over|on|upon)|better|worse|higher|lower|"
    r"greater|smaller|larger)\b", re.IGNORECASE)
_THAN = re.compile(r"\b(?:than|then)\b", re.IGNORECASE)
_RESTRICTION = re.compile(r"(?<!\bnot )\b(?:only|just|alone|solely)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(first|second|third|fourth|last|top|bottom)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]\s|\.\s|\.$")
_RESTRICTED = "(restricted)"


def _sides(text: str) -> tuple[str, str] | None:
    """The clause before the first comparison word of `text` and the clause after it (after
    a "than" that follows the comparative within the clause, when there is one)."""
    match = _COMPARISON.search(text)
    if match is None:
        return None
    before = re.split(r"[,;:]\s", text[:match.start()])[-1]
    after = text[match.end():]
    end = _CLAUSE.search(after)
    after = after[:end.start()] if end else after
    than = _THAN.search(after)
    return before, after[than.end():] if than else after


def _markers(side: str) -> frozenset[str]:
    found = {word.casefold() for word in _ORDINAL.findall(side)}
    if _RESTRICTION.search(side):
        found.add(_RESTRICTED)
    return frozenset(found)


def turned_marker(claim_text: str, quote: str) -> str | None:
    """The marker the claim prints on one side of its comparison only and the passage only on
    the other side of its own (module docstring); else None."""
    claim_sides = _sides(claim_text)
    if claim_sides is None:
        return None
    claim_left, claim_right = map(_markers, claim_sides)
    if not claim_left ^ claim_right:
        return None
    quote_sides = _sides(quote)
    if quote_sides is None:
        return None
    quote_left, quote_right = map(_markers, quote_sides)
    turned = ((claim_left - claim_right) & (quote_right - quote_left)) | \
        ((claim_right - claim_left) & (quote_left - quote_right))
    return min(turned) if turned else None


def guard_marked_arguments(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quoted sentence (its first quote; the
    neighbours beside it are not read) compares with a marked argument turned (module
    docstring). In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        marker = turned_marker(claim.text, quotes[0]) if quotes else None
        if marker is not None:
            shown = "only/just" if marker == _RESTRICTED else marker
            undecide(check, f"Not confirmed: the passage compares the other way round (its "
                            f"'{shown}' argument is the claim's other side)")
