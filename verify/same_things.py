"""What a sentence calls "the same" is what it speaks of (round 25, probe25b: Golubchik et al.,
Approximation Algorithms for Data Placement on Parallel Disks).

"In a uniform ratio storage system all disks have the same storage capacity" (false: in such a
system only the ratio of load to storage capacity is the same; the disks' capacities differ,
page 2) was confirmed by "We ensure that disks have the same uniform ratio." (page 20), with
"storage" and "capacity" found in its neighbour: the claim's words are nearly all there, but
the one thing the claim says is equal across the disks is not the thing the sentence says is.

The general fact: "the same X" (also "identical X", "equal X") names what two things share.
When the claim and the sentence both say what is the same, and the claim's X shares no word
with the sentence's (words compared by their first five letters: "ordering" is "order")
while some word of it is nowhere in the sentence, the sentence speaks of another shared thing
and decides nothing (`other_same`; withheld, not contradicted). "at the same time" is an
idiom of time, never read; "the same as" names no object.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .verb_objects import cut_phrases

__all__ = ["EXPLANATION", "other_same"]

EXPLANATION = "what it says is the same is another thing than what the claim says is the same"

_SAME = re.compile(r"\b(?:same|identical|equal)\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)",
                   re.IGNORECASE)
_IDIOM = re.compile(r"\bat\s+the\s+same\s+time\b", re.IGNORECASE)
_STOP = frozenset(("on", "in", "with", "for", "of", "to", "by", "at", "from", "as", "using",
                   "via", "and", "or", "is", "are", "was", "were", "that", "which", "who", "be",
                   "than", "but", "while", "whereas", "when", "if", "has", "have", "had", "can",
                   "could", "will", "would", "may", "across", "between", "among", "per", "each",
                   "every", "all", "the", "a", "an", "this", "these", "its", "their", "way",
                   "time", "times"))


def _singular(word: str) -> str:
    """The word's stem as compared here: its first five letters ("ordering" and "order"
    are one word; "capacities", "capacity")."""
    return word.casefold()[:5]


@lru_cache(maxsize=16384)
def _shared_things(text: str) -> tuple[frozenset[str], ...]:
    """The words of each thing the text calls the same ("the same storage capacity for" ->
    storage, capacity), each cut at its first function word; remembered per text."""
    return cut_phrases(_SAME.finditer(_IDIOM.sub(" ", text)), _STOP, _singular)


def other_same(claim_text: str, sentence_text: str) -> bool:
    """True when the claim and the sentence each call something the same, the claim's thing
    shares no word with the sentence's, and some word of it is nowhere in the sentence
    (module docstring)."""
    claim = _shared_things(claim_text)
    if not claim:
        return False
    sentence = _shared_things(sentence_text)
    if not sentence:
        return False
    said = frozenset().union(*sentence)
    words = {_singular(word) for word in re.findall(r"[A-Za-z][\w-]*", sentence_text)}
    return any(not own & said and own - words for own in claim)
