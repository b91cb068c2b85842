"""A condition the paper makes necessary, which the claim says is not needed.

Papers state that something holds only under a condition: "Feature templates such as rule
n-grams and rule shapes only work if iterative mixing (algorithm 3) or feature selection
(algorithm 4) are used", "X helps only when Y". A claim that says the same thing holds without
that condition ("rule n-gram and rule shape templates work well even without iterative mixing
or feature selection") denies it in other words: "only if C" entails "not without C". Neither
text carries a negation the statement parser reads as a flip, and the claim's words are nearly
all in the sentence, so only this reading tells them apart.

The sentence must print "only" before the condition's connective ("if", "when", "with"), the
claim "without" before the condition, the condition's words must be the sentence's condition's
(all of them, read by their index terms), and the passage must hold all else the claim says
(its condition and "without" aside). "If and only if" is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from verify_claims.claims import Claim, Sentence

from .content import Accounting, ClaimParts, account
from .content_words import GENERIC
from .passages import PassageIndex, content_terms

_WITHOUT = re.compile(r"\b(?:even\s+)?without\s+(?P<condition>[^,.;:()]+)", re.I)
_ONLY_IF = re.compile(r"\bonly\b(?:\s+[\w\-]+){0,3}?\s+(?:if|when|with)\s+(?P<condition>[^.;:]+)",
                      re.I)


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text) if term not in GENERIC}


def condition_flip(claim: Claim, parts: ClaimParts | None, sentence: Sentence,
                   passage: Callable[[], frozenset[str]],
                   index: PassageIndex | None) -> Accounting | None:
    """The passage's accounting when the sentence makes necessary the condition the claim
    says is not needed, and the passage holds all else the claim says (module docstring);
    else None."""
    if parts is None or index is None or "only" not in sentence.text.casefold():
        return None
    without = _WITHOUT.search(claim.text)
    only = _ONLY_IF.search(sentence.text)
    if without is None or only is None:
        return None
    wanted = _terms(without.group("condition"))
    if not wanted or not wanted <= _terms(only.group("condition")):
        return None
    dropped = set(without.group(0).casefold().split())
    rest = replace(parts, parts=tuple(part for part in parts.parts
                                      if part.text.casefold() not in dropped))
    found = account(rest, passage(), index, [sentence], relation=False)
    return found if found.contradicts and not found.unseen else None
