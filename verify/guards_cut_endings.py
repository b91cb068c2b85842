"""A claim that ends on a word no statement ends on has lost what it asserts (round 22, own
probe of Futoma et al., MLHC 2017).

"The overall rate of sepsis in the dataset was" (a claim cut short) was confirmed by page 7's
"The overall rate of sepsis in the dataset was 21.4%, ...": every word of the claim is the
paper's, in the paper's order, so the passage matched it with score 1.00. But the claim stops
before its value: it asserts nothing that could be true or false.

English statements do not end on a closed-class word that asks for what follows: a copula or
auxiliary ("was", "has"), an article ("the"), a preposition that takes an object ("of",
"than", "with") or a word of degree ("about", "approximately"). A claim that ends on one, with
no sentence-final punctuation after it, was cut before its complement, and whatever the
complement was is unknown; no passage or cell can decide it (`guard_cut_endings`). A claim
that ends on a particle that may close a clause ("trained on", "fed in") is left alone.
It names no paper, word of one or number; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim
from verify_claims.extract.truncation import ends_like_sentence

from .undecided import DECIDING, decided, undecide

# Words that ask for a complement: copulas and auxiliaries, articles, prepositions that take
# an object, words of degree and of coordination.
_OPEN = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "a", "an", "the",
    "of", "to", "by", "with", "than", "from", "into", "between", "among", "about",
    "approximately", "roughly", "nearly", "almost", "around", "and", "or", "nor", "that",
    "which", "whose", "its", "their", "his", "her", "our", "as", "at"))
_LAST = re.compile(r"([A-Za-z]+)\W*$")


def open_ending(text: str) -> str | None:
    """The word a claim ends on when it asks for a complement and no sentence-final
    punctuation follows it ("was" of "The overall rate ... was"); else None."""
    match = _LAST.search(text.rstrip()[-40:])  # the last word only: no scan of a long claim
    if match is None or match[1].casefold() not in _OPEN or ends_like_sentence(text):
        return None
    return match[1]


def guard_cut_endings(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source or table check of a claim that ends on a word asking for
    a complement (module docstring). In place."""
    word = open_ending(claim.text)
    if word is None:
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, DECIDING)):
            undecide(check, f"Not decided: the claim ends on \u201c{word}\u201d, cut before "
                            "what it asserts")
