"""A sentence that turns, at a contrast word, from one direction to another subject's other one.

"Similar to compute usage, memory usage for the transformer model increases quickly with
sentence length, while the memory usage for the DAN model remains constant" (Universal Sentence
Encoder, arXiv:1803.11175, page 6) gives an increase to one model and none to the other. Its
statement is its first clause's (extract/polarity.py): an increase. The claim "the DAN model's
memory usage grows quadratically with sentence length" finds "DAN" after the "while" and
"sentence length" before it, agrees with that statement, and was confirmed, although the only
clause that names the DAN model says its memory stays constant. `direction_elsewhere`
(direction_sides.py) misses it (the clause after the turn states no direction, and the claim
has words on both sides); `straddles_contrast` (contrast_sides.py) looks at negations only.

`straddles_direction_turn` finds those sentences: a clause opened by a contrast word (while,
whereas, but, yet, unlike, in contrast) states another direction than the clauses before it
(an increase before, none or a decrease after, or the reverse), the claim states a direction,
and the claim's words (direction words left out) are found on both sides of that turn, each
side holding one the other lacks. Such a sentence decides nothing by its polarity: which half
holds the claim's subject would need a parse. A claim whose words all sit on one side is read
as before ("memory usage for the transformer model increases with sentence length").
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Sentence

from .content_words import GENERIC
from .contrast_sides import trial_outcome
from .direction_sides import _direction_terms, sentence_clauses
from .passages import content_terms

__all__ = ["EXPLANATION", "straddles_direction_turn"]

EXPLANATION = ("it turns at a contrast word (\u201cwhile\u201d, \u201cwhereas\u201d) to another "
               "direction for another subject, and the claim's words sit on both sides of the "
               "turn")

_CONTRAST = re.compile(r"(?:while|whereas|but|yet|unlike|in contrast)\b", re.IGNORECASE)
_ANY_CONTRAST = re.compile(r"\b(?:while|whereas|but|yet|unlike|in contrast)\b", re.IGNORECASE)


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


def _turn(text: str, clauses: list[tuple[int, int, str | None]]) -> int | None:
    """The start of the first clause ((start, end, direction)) opened by a contrast word whose
    direction differs from the directions stated before it (a stated one before and another or
    none after, or none before and one after)."""
    seen = False
    stated: set[str] = set()
    for start, end, direction in clauses:
        opened = text[start:end].lstrip(" ,;:(")
        if seen and _CONTRAST.match(opened) and (
                (stated and direction not in stated) or (not stated and direction is not None)):
            return start
        seen = True
        if direction is not None:
            stated.add(direction)
    return None


@lru_cache(maxsize=16384)
def _contrasts(text: str) -> bool:
    """Whether the text prints a contrast word (remembered per sentence: every claim with a
    direction asks it of each sentence it reads)."""
    return _ANY_CONTRAST.search(text) is not None


def straddles_direction_turn(claim_text: str, direction: str | None,
                             sentence: Sentence | str) -> bool:
    """True when the sentence turns at a contrast word to another direction and the claim,
    which states a direction, has words on both sides of the turn (module docstring)."""
    if direction is None:
        return False
    text = sentence if isinstance(sentence, str) else sentence.text
    if not _contrasts(text):
        return False
    text, clauses = sentence_clauses(sentence)
    turn = _turn(text, clauses)
    if turn is None or trial_outcome(text, turn):  # "we tried X, but it hurt": X's result
        return False
    claim = _terms(claim_text) - _direction_terms()
    before, after = claim & _terms(text[:turn]), claim & _terms(text[turn:])
    return bool(before - after) and bool(after - before)
