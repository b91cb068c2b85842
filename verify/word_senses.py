"""Words that say the same thing of what they bear on, for the negation guard
(verify/guards_wording.py; heldout15's first run, round 15).

"Simply stacking biLSTM layers is enough to handle a complex task like Multi-NLI" was confirmed
by arXiv:1708.02312's "simply stacking the biLSTM layers is not sufficient to handle a complex
task like Multi-NLI" (match score 0.90): every other word of the claim is in the sentence, and
the guard that blocks a confirmation when one text negates a word the other asserts compared the
words by their spelling, so "not sufficient" never met "enough".

The general fact: a negation denies the sense of the word it bears on, whichever of its usual
synonyms the other text prints. The guard counts a word's plain uses with its synonyms here
(small groups of words a paper and a paraphrase use for one another). A group only ever makes
the guard block a confirmation; it decides nothing by itself.
"""

from __future__ import annotations

from functools import cache

_GROUPS = (
    "enough sufficient sufficiently adequate adequately",
    "necessary needed required",
    "able capable",
    "possible feasible",
    "useful helpful",
    "similar comparable",
    "same identical",
)
_SENSE: dict[str, frozenset[str]] = {}
for _group in _GROUPS:
    for _word in _group.split():
        _SENSE[_word] = frozenset(_group.split())


@cache
def same_sense(word: str) -> frozenset[str]:
    """`word` and the words that say the same of what they bear on ("sufficient": "enough",
    "adequate", ...); the word alone when it has none here."""
    return _SENSE.get(word, frozenset((word,)))
