"""A sentence that prints a claim's words in the claim's order states its comparison that way.

A claim with "than" whose comparative is not one the comparison grammar reads (verify/
comparisons.py: "more than one sense", "in different ways than intended", "sparser in real
positive instances than ...") is never decided on its wording, because "A is easier than B"
and "B is easier than A" share every word and say opposite things. What tells them apart is
the order of the words. So when a sentence prints the content words of the claim as one run,
in the claim's order (it may say more before or after: the claim leaves out a lead clause,
"In order to disambiguate, we ..."), the two arguments stand on the same sides of "than" as
in the claim, and the comparison is the claim's. Every word must be there, the comparative
included, and no content word between them: "more than one hundred senses" does not hold
"more than one sense", and a sentence that says "harder" for "easier" is left to the rest of
the checks, which do not decide such a claim. (Negation words are not content words; a
negation the claim drops is read by the polarity checks before this.)
"""

from __future__ import annotations

from functools import lru_cache

from .content_words import CITATION
from .passages import content_terms
from .wording import plain


def _terms(text: str) -> tuple[str, ...]:
    return tuple(plain(term) for term in content_terms(text))


@lru_cache(maxsize=8192)
def prints_in_order(claim: str, sentence: str) -> bool:
    """Whether `sentence` prints the content words of `claim` (citations left out) as one
    run, in the claim's order. A claim of fewer than three content words is too short to be
    sure of."""
    wanted = _terms(CITATION.sub(" ", claim))
    if len(wanted) < 3:
        return False
    held = _terms(sentence)
    return any(held[start:start + len(wanted)] == wanted
               for start in range(len(held) - len(wanted) + 1))
