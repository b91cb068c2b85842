"""A statement of how one thing moves with another, said with one of its two directions turned.

Papers state how a quantity moves with a change in one sentence with two direction words:
"the embedding norm decreases as sentences grow longer" (Adi et al., arXiv:1608.04207, p.6),
"when we increase the sampling weight of augmented data from (1:1:1) to (1:2:1), the EM/F1
performance drops by 0.5/0.3" (QANet, arXiv:1804.09541, p.9). A report that turns one of the
two round ("the embedding norm increases as sentences grow longer", "increasing the sampling
weight ... from 1:1:1 to 1:2:1 improves EM and F1") states the opposite relation. One that
turns both round ("Y increases as X shrinks" for "Y decreases as X grows") may state the same
inverse relation, and is not read.

The statement parser reads a sentence by its first direction word (extract/polarity.py), so a
sentence that says both directions contradicts nothing (verify/flips.py `both_directions`),
and a change and its effect said the other way was withheld (verify/effect_directions.py).
This reads the pair itself: claim and sentence each print exactly two direction words, neither
is negated (no negation word on either side), exactly one of the two directions differs, and
the words around them line up: the claim's content words before its first direction word are
the sentence's before its first, those between its two direction words are among the
sentence's between its two (at least one of them), and those after its second sit after the
sentence's first. The passage must hold all else the claim says (its direction words aside),
as for any flip; the source check asks that (verify/sentence_reading.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Claim
from verify_claims.extract.polarity import direction_of, is_negation

from .passages import content_terms

__all__ = ["effect_flip"]

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*|\d[\d.,:/]*\d|\d")
# Words of the lexicon that are no surer direction here: "up"/"down" are directions only
# before "by" (extract/polarity.py), "loss" mostly names an objective, not a decrease.
_UNSURE = frozenset(("up", "down", "loss", "losses"))


@lru_cache(maxsize=16384)
def _reading(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]] | None:
    """(words, positions of the direction words, their directions) of `text`, or None when it
    prints a negation word. Remembered per text: each claim asks it of every candidate."""
    words = tuple(_WORD.findall(text.casefold()))
    if any(is_negation(word) for word in words):
        return None
    positions, directions = [], []
    for position, word in enumerate(words):
        if word in _UNSURE:
            continue
        direction = direction_of(word)
        if direction is not None:
            positions.append(position)
            directions.append(direction)
    return words, tuple(positions), tuple(directions)


def _terms(words: tuple[str, ...]) -> set[str]:
    return set(content_terms(" ".join(words)))


def effect_flip(claim: Claim, sentence_text: str) -> bool:
    """Whether the sentence states the claim's two-direction relation with exactly one of its
    directions turned, the words around them lined up (module docstring)."""
    if claim.negated:
        return False
    said, theirs = _reading(claim.text), _reading(sentence_text)
    if said is None or theirs is None or len(said[1]) != 2 or len(theirs[1]) != 2:
        return False
    if sum(mine != other for mine, other in zip(said[2], theirs[2], strict=True)) != 1:
        return False
    (words, (first, second), _), (other, (their_first, their_second), _) = said, theirs
    middle = _terms(words[first + 1:second])
    return bool(middle) \
        and _terms(words[:first]) <= _terms(other[:their_first]) \
        and middle <= _terms(other[their_first + 1:their_second]) \
        and _terms(words[second + 1:]) <= _terms(other[their_first + 1:])
