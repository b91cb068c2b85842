"""A change the claim calls large that the paper calls slight (or the reverse) is not its change.

"Replacing each word by a random word leads to a large drop in CBOW length accuracy" against
"As Figure 2a shows, this only leads to a slight decrease in accuracy" (Adi et al.,
arXiv:1608.04207, page 6): both say a decrease, and the sentence holds the claim's words, so it
confirmed the claim, although the paper's point is that the drop is slight. Degree words
("substantially", "slightly") are generic (content_words.GENERIC), left out of the match so a
paraphrase is not missed for them; that is safe only while the two sides do not grade the
change in opposite ways.

`degree_clash` finds those readings: the words that grade a change (a direction word of
claims/vocabulary.py within a few words) are all of the large kind on one side (large,
substantial, dramatic, sharp, considerable, ...) and all of the small kind on the other
(slight, small, minor, marginal, modest, negligible, ...). Such a sentence decides nothing: it
is withheld, not read as a contradiction (the claim's "large" may be the reader's paraphrase
of a number the paper gives elsewhere).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS

__all__ = ["EXPLANATION", "degree_clash"]

EXPLANATION = ("it grades the change the other way (\u201cslight\u201d against the claim's "
               "\u201clarge\u201d, or the reverse)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LARGE = _words(
    "large larger big bigger huge substantial substantially considerable considerably dramatic "
    "dramatically sharp sharply major massive drastic drastically steep steeply sizable "
    "sizeable great greatly strong strongly remarkable remarkably")
_SMALL = _words(
    "slight slightly small smaller minor marginal marginally modest modestly negligible tiny "
    "minimal mild mildly little")
_CHANGE = frozenset(INCREASE_WORDS | DECREASE_WORDS)
_WORD = re.compile(r"[a-z]+")
_BEFORE, _AFTER = 3, 2  # words a grade may stand from its change word: "a slight decrease"


@lru_cache(maxsize=8192)
def _grades(text: str) -> frozenset[str]:
    """The kinds ("large", "small") of the words grading a change word in the text."""
    words = _WORD.findall(text.casefold())
    kinds: set[str] = set()
    for at, word in enumerate(words):
        if word not in _CHANGE:
            continue
        for near in words[max(0, at - _BEFORE):at] + words[at + 1:at + 1 + _AFTER]:
            if near in _LARGE:
                kinds.add("large")
            elif near in _SMALL:
                kinds.add("small")
    return frozenset(kinds)


def degree_clash(claim_text: str, sentence_text: str) -> bool:
    """True when the claim grades its change only one way and the sentence only the other
    (module docstring)."""
    claim, sentence = _grades(claim_text), _grades(sentence_text)
    return len(claim) == 1 and len(sentence) == 1 and claim != sentence
