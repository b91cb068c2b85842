"""A noun graded by size one way in the claim and the other way in the passage: "the largest
training sets" against "smaller training sets".

"Improvements with ELMo are largest for the largest training sets." (false, ELMo, arXiv
1802.05365, page 8) was confirmed by "Improvements with ELMo are largest for smaller training
sets and significantly reduce the amount of training data needed ...": every word but one is
the paper's, and "largest" is in both (it grades the improvements), so the match scored 1.00.
The one word that differs grades the same noun ("training") by size the other way. The
comparison readers look at comparatives followed by "than" (verify/comparative_antonyms.py)
and at "more" / "less" before a word (verify/degree_words.py); a size adjective of any
degree ("large", "larger", "largest"; "small", "smaller", "smallest"; "few", "fewer",
"fewest") right before a noun says which things the statement is about, and its opposite
makes the statement about the other things.

`guard_size_grades` undecides each confirming source check whose quoted sentence grades a
noun with the opposite size word of the claim's and never with the claim's. It only
withholds: "for smaller training sets" against "for the largest training sets" is no measured
contradiction of the claim's numbers, and which size the paper means by "smaller" is the
paper's. It names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import supporting_sources, undecide

__all__ = ["guard_size_grades", "size_flip", "sizes"]

_SIGNS = {**dict.fromkeys(("large", "larger", "largest", "big", "bigger", "biggest"), 1),
          **dict.fromkeys(("small", "smaller", "smallest", "few", "fewer", "fewest"), -1)}
_GRADED = re.compile(r"\b(" + "|".join(_SIGNS) + r")\s+([a-z][a-z\-]*)", re.IGNORECASE)
# Words after a size word that start no noun it grades: "larger than", "smaller in size".
_NOT_NOUNS = frozenset(("than", "and", "or", "of", "in", "on", "for", "to", "by", "at", "as",
                        "with", "the", "a", "an", "is", "are", "was", "were", "be", "it",
                        "this", "that", "these", "those", "number", "amount", "part"))


def sizes(text: str) -> frozenset[tuple[str, int]]:
    """(term of the noun, +1 or -1) of each size word right before a noun in `text`:
    "smaller training sets" -> ("train", -1)."""
    found: set[tuple[str, int]] = set()
    for match in _GRADED.finditer(text):
        word = match.group(2).casefold()
        if word in _NOT_NOUNS:
            continue
        terms = content_terms(word)
        if terms:
            found.add((terms[0], _SIGNS[match.group(1).casefold()]))
    return frozenset(found)


def size_flip(claim: str, sentence: str) -> str | None:
    """The term of a noun the sentence grades by size only the other way than the claim does
    ("train" of "largest training sets" / "smaller training sets"); else None."""
    said, theirs = sizes(claim), sizes(sentence)
    for term, sign in sorted(said):
        if (term, -sign) in theirs and (term, sign) not in theirs and (term, -sign) not in said:
            return term
    return None


def guard_size_grades(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each confirming source check whose quoted sentence grades one of the claim's
    nouns by size the other way (`size_flip`). Only the quoted sentence is read, not the
    neighbours quoted beside it. In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        term = next((found for quote in quotes[:1] if (found := size_flip(claim.text, quote))),
                    None)
        if term is not None:
            undecide(check, f"Not confirmed: the passage grades '{term}' by size the other way "
                            "than the claim")
