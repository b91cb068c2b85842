"""A span "from <start> to <end>" that the supporting sentence ends elsewhere (probe36b,
round 36: Won et al., JAMA Neurology 2024, p. 386).

"The mean time from admission to discharge was 26.4 hours" (unsaid) was confirmed by "The mean
(SD) time from admission to surgery was 26.4 (31.4) hours": every other word is the
sentence's, and the passage around it lends "discharge". Clinical papers time many spans from
one event (admission to surgery, to discharge, to follow-up), and each span has its own
figures.

The rule (`other_end`): the claim says "from <word> to <word>" and the supporting sentence (its
first quote; neighbours lend no span) says "from" the same word "to" another one (or from
another one to the same), while the claim's differing word is printed nowhere in the sentence.
The sentence then gives its number for another span, and decides nothing. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_by_sentence

__all__ = ["guard_interval_ends", "other_end"]

_SPAN = re.compile(r"\bfrom\s+(?:the\s+)?(?P<start>[A-Za-z][\w\-]*)\s+to\s+(?:the\s+)?"
                   r"(?P<end>[A-Za-z][\w\-]*)", re.I)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(match["start"].casefold(), match["end"].casefold())
            for match in _SPAN.finditer(text)]


def other_end(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's word, the sentence's word in its place) when the sentence's span from the
    claim's start ends at another word, or starts at another word to the claim's end, and
    the claim's word is not in the sentence; else None."""
    printed = {word.casefold() for word in re.findall(r"[A-Za-z][\w\-]*", sentence)}
    for start, end in _spans(claim_text):
        for other_start, other_end_word in _spans(sentence):
            if start == other_start and end != other_end_word and end not in printed:
                return end, other_end_word
            if end == other_end_word and start != other_start and start not in printed:
                return start, other_start
    return None


def guard_interval_ends(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence (its first quote) gives its
    number for a span with another end than the claim's (module docstring). In place."""
    if not _SPAN.search(claim.text):
        return

    def why(quote: str) -> str | None:
        found = other_end(claim.text, quote)
        return None if found is None else (
            f"The sentence's span runs to or from \u201c{found[1]}\u201d, not "
            f"\u201c{found[0]}\u201d, which the claim names")

    undecide_by_sentence(checks, why)
