"""A claim that joins one case of a passage to what the passage says of the contrary case
(round 28).

"Adebayo (2005) showed that employees are least motivated when fairness is observed in a
workplace by the leadership" (false) was confirmed at match score 1.00 by "The study conducted
by Adebayo (2005) showed that when fairness is observed in a workplace by the leadership,
employees are motivated by this, and where it is the contrary, employees are least motivated"
(Odeku, Mediterranean Journal of Social Sciences 4(13), 2013, page 3). Every word of the claim
is printed, but the sentence says two things: what holds in one case, and then, after "where it
is the contrary", what holds in the reverse case. The claim takes the first case's condition
("fairness is observed") and the reverse case's outcome ("least").

The shape (`reversed_case`): the passage holds a marker that turns to the contrary case ("the
contrary", "the opposite", "the reverse", "otherwise", "conversely", "if not", "not the case")
after a clause break, and the claim says a content word printed only before the marker and a
content word printed only after it. A claim that restates either case alone keeps to its side;
one that restates the reverse case in words of its own ("when fairness is not observed, employees
are least motivated") is set aside too, which costs a confirmation but never makes a wrong one.

Claims with a number are left to the number checks (round 26's lesson). It only withholds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import CheckKind, Claim

from .guards_swapped_words import COPY_WORD
from .undecided import SUPPORTING, undecide_by_evidence

__all__ = ["guard_reversed_cases", "reversed_case"]

# A turn to the contrary case, after a clause break (a comma, semicolon, "and", "but").
_REVERSAL = re.compile(
    r"(?:[,;]|\b(?:and|but))\s+(?:(?:where|when|if|in case|whereas)\s+(?:it|this|that|the "
    r"\w+)\s+(?:is|are|was|were)\s+(?:not\s+)?(?:the\s+)?(?:contrary|opposite|reverse|not the "
    r"case)|(?:on the contrary|otherwise|conversely|if not|in the opposite case|in the reverse "
    r"case))\b", re.IGNORECASE)
_FUNCTION = frozenset((
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "but", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "as", "than", "their", "they", "them", "which", "who", "when", "where", "if",
    "not", "no", "has", "have", "had", "will", "would", "can", "could", "should", "may"))


def _content(word: str) -> bool:
    return len(word) >= 3 and word not in _FUNCTION and not word[0].isdigit()


@lru_cache(maxsize=8192)
def reversed_case(claim_text: str, quote: str) -> str | None:
    """The passage's marker of the contrary case when the claim joins words of both of its
    cases (module docstring), or None."""
    marker = _REVERSAL.search(quote)
    if marker is None:
        return None
    before = set(COPY_WORD.findall(quote[:marker.start()].casefold()))
    after = set(COPY_WORD.findall(quote[marker.end():].casefold()))
    said = {word for word in COPY_WORD.findall(claim_text.casefold()) if _content(word)}
    if said & (before - after) and said & (after - before):
        return " ".join(marker.group(0).lstrip(",;").split())
    return None


def guard_reversed_cases(claim: Claim, checks) -> None:
    """Undecide each supporting source check whose passage the claim joins across a turn to
    the contrary case (module docstring). Claims without a number only. In place."""
    if claim.quantities:
        return

    def why(evidence) -> str | None:
        marker = reversed_case(claim.text, evidence.quote or "")
        if marker is None:
            return None
        return (f"The claim joins what the passage says of one case to what it says of the "
                f"contrary case, after \u201c{marker}\u201d")
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
