"""A multiplier of another dimension: "twice as fast" is not held by "twice as much time".

Papers state a ratio as a multiplier and the dimension it multiplies: "without direct
connections the network took twice as much time to converge (20 epochs instead of 10)"
(Bengio et al. 2003, A Neural Probabilistic Language Model, p.12 of the PDF). A report that
turns it round writes "Without direct input-to-output connections the network converged twice
as fast": the multiplier is the same number, the other words are the paper's, and the one word
that says which way the ratio goes ("fast" against "time") weighs little against them; the
sentence's neighbour even says "faster learning" of the other model. The source check
confirmed it (text20's probe, first run).

A claim's multiplier ("twice as fast", "three times more parameters", "2x faster", "10 times
slower") names its dimension by the word after it (skipping "as", "more", "much", "many",
"less", "fewer"). A supporting passage that states the same multiplier must state it of the
same dimension: when every one of its phrases with that multiplier names another dimension,
the check is set aside (`guard_multiplier_dimensions`). A passage without the multiplier is
left to the number guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import supporting_sources, undecide

_MULTIPLIER = re.compile(
    r"\b(twice|thrice|half|double|triple|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight"
    r"|nine|ten|hundred)\s*(?:-?\s*fold|times|x|\u00d7))"
    r"((?:\s+(?:as|more|much|many|less|fewer|the))*)\s+([a-z][a-z\-]*)", re.I)
_SPELLED = {"twice": "2", "double": "2", "thrice": "3", "triple": "3", "half": "0.5",
            "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9", "ten": "10", "hundred": "100"}


def _factor(words: str) -> str:
    head = re.match(r"[a-z]+|\d+(?:\.\d+)?", words.casefold())
    text = head.group() if head else words
    return _SPELLED.get(text, text)


@lru_cache(maxsize=16384)
def multipliers(text: str) -> frozenset[tuple[str, str]]:
    """(factor, term of the dimension word) of each multiplier phrase of `text`: ("2",
    "fast") of "twice as fast", ("2", "time") of "twice as much time"."""
    found = set()
    for match in _MULTIPLIER.finditer(text):
        terms = content_terms(match.group(3).casefold())
        if terms:
            found.add((_factor(match.group(1)), terms[0]))
    return frozenset(found)


def other_dimension(claim: str, quote: str) -> tuple[str, str] | None:
    """The claim's (factor, dimension) that the quote states of other dimensions only (module
    docstring); None when each is held or the quote does not state the factor."""
    theirs = multipliers(quote)
    for factor, term in sorted(multipliers(claim)):
        stated = {their_term for their_factor, their_term in theirs if their_factor == factor}
        if stated and term not in stated:
            return factor, term
    return None


def guard_multiplier_dimensions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quotes state the claim's multiplier of
    another dimension only (module docstring). In place."""
    if not multipliers(claim.text):
        return
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        clashes = [other_dimension(claim.text, quote) for quote in quotes]
        if quotes and all(clashes):
            factor, term = next(clash for clash in clashes if clash)
            undecide(check, f"The passage states the claim's multiplier ({factor}) of another "
                            f"dimension than \u201c{term}\u201d", joint=": ")
