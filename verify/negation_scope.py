"""Whether a sentence's negation reaches the numbers a claim shares with it.

"We see in Figure 2 that because the UCF dataset has over 1000 people on average in each
image, the shapes output by the network in the density map are not as well defined or
separated as in the UCSD dataset" (arXiv:1804.07821) is negated as a whole, so the claim "UCF
images contain more than 1000 people on average", which has every word and number of its
first part, was contradicted as a negation flip. The negation denies the shapes' quality,
said after the comma; the count sits in the "because" part before it.

The general fact: a negation scopes over its own phrase, not over a number set off from it by
a comma, semicolon, colon or bracket. When the claim's statement has no direction word, a
negation flip contradicts it only if some negation word of the sentence stands in the same
punctuation-bounded segment as a number the claim shares with the sentence
(`negation_reaches_numbers`). A claim that shares no number with the sentence is left as it
was: then the flip is all the sentence and the claim have in common to compare.
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Sentence

_NEGATION = re.compile(r"\b(?:not|never|no|none|neither|nor|cannot|without|fails?|failed)\b"
                       r"|n't\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:()\[\]\u2014]| [\u2013-] ")


def _segment(text: str, position: int) -> tuple[int, int]:
    """The punctuation-bounded stretch of `text` around `position`."""
    start = max((match.end() for match in _BOUNDARY.finditer(text, 0, position)), default=0)
    end = next((match.start() for match in _BOUNDARY.finditer(text, position)), len(text))
    return start, end


def negation_reaches_numbers(claim: Claim, sentence: Sentence) -> bool:
    """False when the sentence shares numbers with the claim and none of them stands in a
    segment with one of its negation words (module docstring); True otherwise."""
    shared = [quantity for quantity in sentence.quantities
              if any(abs(quantity.value - claimed.value) < 1e-9 for claimed in claim.quantities)]
    if not shared:
        return True
    for quantity in shared:
        start, end = _segment(sentence.text, quantity.span[0])
        if _NEGATION.search(sentence.text, start, end):
            return True
    return False
