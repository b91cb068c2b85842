"""A sentence that gives the claim's number in a place of its own, another than the claim's
(probe35b, round 35: Hu et al., Appl. Environ. Microbiol. 77 (2011), page 4).

"The crenarchaeal amoA gene abundance reached a maximum of 2.44 x 10^4 copies per ng of DNA in
the euphotic zone" (false) was confirmed by "... increased from near the detection limit in the
surface waters to a maximum of 2.44 x 10^4 copies ng DNA-1 in the upper mesopelagic zones of
both stations": every other word is the sentence's, and the passage around it lends
"euphotic". Papers state where a number holds with a phrase of place ("in the upper
mesopelagic zones", "at the surface layer", "within the euphotic zone"), and the same measure
often differs from place to place.

The rule (`other_place`): the claim says "in / at / within / below / above the <words> <noun>"
and the supporting sentence (its first quote; neighbours lend no place) says a phrase of the
same shape with the same noun (plural aside), none of whose words before the noun the claim
says, while none of the claim's words before the noun is printed anywhere in the sentence.
Then the sentence gives its number for another place, and decides nothing. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_by_sentence

__all__ = ["guard_other_places", "other_place"]

_PLACE = re.compile(r"\b(?:in|at|within|below|above)\s+the\s+"
                    r"(?P<words>[A-Za-z\-]+(?:\s+[A-Za-z\-]+){1,3})", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
# Words that end a phrase of place: what follows is no part of it.
_STOP = frozenset(("of", "and", "or", "at", "in", "on", "to", "from", "with", "by", "for",
                   "was", "were", "is", "are", "than", "but", "while", "whereas", "which",
                   "that", "as", "both"))


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _places(text: str) -> list[list[str]]:
    """The words of each phrase of place of `text` after its "the", up to a word that ends it
    (lower case, singular)."""
    found = []
    for match in _PLACE.finditer(text):
        words = []
        for word in match["words"].split():
            if word.casefold() in _STOP:
                break
            words.append(_singular(word))
        if len(words) >= 2:
            found.append(words)
    return found


def other_place(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's place, the sentence's) when the sentence states a place of the claim's
    noun with none of the claim's words for it (module docstring); else None."""
    printed = {_singular(word) for word in _WORD.findall(sentence)}
    said = {_singular(word) for word in _WORD.findall(claim_text)}
    for words in _places(claim_text):
        noun, mine = words[-1], set(words[:-1])
        if mine & printed:
            continue
        for theirs in _places(sentence):
            if noun in theirs[1:]:
                modifiers = set(theirs[:theirs.index(noun)])
                if modifiers and not modifiers & said:
                    return " ".join(words), " ".join(theirs[:theirs.index(noun) + 1])
    return None


def guard_other_places(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence (its first quote) states its
    number in another place of the claim's noun (module docstring). In place."""
    if not _PLACE.search(claim.text):
        return
    def why(quote: str) -> str | None:
        found = other_place(claim.text, quote)
        return None if found is None else (
            f"The sentence speaks of the {found[1]}, not of the {found[0]}, which the claim "
            "names")

    undecide_by_sentence(checks, why)
