"""A degree said the other way: "more effective" against "less effective", "fewer errors"
against "more errors", with no "than" after it.

Papers judge a method along some dimension with "more" / "less" / "fewer" and a plain word,
with no comparison of two named things: "Soft-debiasing was less effective in removing gender
bias" (Bolukbasi et al. 2016, arXiv:1607.06520, p.8). A report that turns it round writes
"Soft-debiasing was more effective in removing gender bias": every other word is the paper's,
the match scores 0.98, and none of the lexicon's direction words ("improves", "higher";
claims/vocabulary.py) is on either side, so the source check read the same direction and
confirmed it (text20's probe, first run). The quantifier is the statement's direction, read
only against the same word after it: "more effective" says nothing of "less training time".

A phrase followed by "than" later in its text compares two things (verify/comparative_antonyms.py
reads those, where the order of the two arguments decides); "more than 100B words" and "less
than 5%" are bounds. Neither is read here. A negation up to two words before the quantifier
turns it round ("not more effective"), and "more or less", "no more" and "any more" are no
degree at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .passages import content_terms

_QUANTIFIERS = {"more": 1, "less": -1, "fewer": -1}
_PHRASE = re.compile(r"\b(more|less|fewer)\s+([a-z][a-z\-]*)", re.I)
_DENIALS = frozenset(("not", "never", "no", "hardly", "neither", "nor", "cannot", "any"))
# Words after a quantifier that make no degree of a dimension: "more or less", "more than",
# "less and less", "more so", "more of the same".
_NOT_DIMENSIONS = frozenset(("or", "than", "and", "so", "of", "the", "a", "an", "to", "in",
                             "on", "for", "with", "by", "at", "as", "it", "this", "that"))


@lru_cache(maxsize=16384)
def degrees(text: str) -> frozenset[tuple[str, int]]:
    """(term of the word after the quantifier, +1 for "more", -1 for "less"/"fewer") of each
    degree phrase of `text` that is no comparison (no "than" after it) and no bound; a
    negation up to two words before the quantifier turns the sign round."""
    found: set[tuple[str, int]] = set()
    lowered = text.casefold()
    for match in _PHRASE.finditer(lowered):
        word = match.group(2)
        if word in _NOT_DIMENSIONS or re.search(r"\bthan\b", lowered[match.end():]):
            continue
        before = re.findall(r"[a-z]+(?:['\u2019]t)?", lowered[max(0, match.start() - 30):
                                                              match.start()])[-2:]
        sign = _QUANTIFIERS[match.group(1)]
        if any(word in _DENIALS or word.endswith(("n't", "n\u2019t")) for word in before):
            sign = -sign
        terms = content_terms(word)
        if terms:
            found.add((terms[0], sign))
    return frozenset(found)


def degree_flip(claim: str, sentence: str) -> str | None:
    """The term of the dimension the claim and the sentence state with opposite degrees
    ("effective" of "more effective" / "less effective"), when none is stated the same way by
    both; else None."""
    said, theirs = degrees(claim), degrees(sentence)
    if not said or not theirs or said & theirs:
        return None
    return next((term for term, sign in sorted(said) if (term, -sign) in theirs), None)


def degree_words(text: str, term: str) -> str:
    """The phrase of `text` ("less effective") whose word has the term `term`, for an
    explanation; the term itself when none is found."""
    for match in _PHRASE.finditer(text):
        terms = content_terms(match.group(2).casefold())
        if terms and terms[0] == term:
            return match.group()
    return term
