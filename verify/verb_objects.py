"""What a sentence trains (or tunes, evaluates) is what its numbers are about.

"Training the auxiliary task classifiers takes approximately 10 days" (Adi et al.,
arXiv:1608.04207) was confirmed by "Based on the tuned parameters, we trained the
encoder-decoder models on a single GPU ...; training takes approximately 10 days" (page 11):
every word of the claim is in that sentence or in the paper's title and abstract ("auxiliary",
"task", "classifier") but "classifiers", one word missing out of many, which the accounting
forgives. The word it forgives is the one that tells what was trained: the sentence trains the
encoder-decoder models, the claim the classifiers.

`other_object` finds those readings: both texts name the object of a verb of training,
tuning, fine-tuning, pre-training, evaluating or testing after a determiner ("training the
auxiliary task classifiers", "we trained the encoder-decoder models", each cut at its first
preposition or verb), the claim's object shares no word with the sentence's (plurals read as
singulars), and some word of it is nowhere in the sentence. Such a sentence speaks of another
thing; it decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

__all__ = ["EXPLANATION", "other_object"]

EXPLANATION = "it says this of another thing than the one the claim trains or evaluates"

_VERB = re.compile(
    r"\b(?:(?:pre-?|re-?)?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|tun(?:e|es|ed|ing)"
    r"|evaluat(?:e|es|ed|ing)|test(?:s|ed|ing)?)\s+(?:the|our|all|each|these|those|both|its|"
    r"their)\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)", re.IGNORECASE)
_STOP = frozenset(("on", "in", "with", "for", "of", "to", "by", "at", "from", "as", "using",
                   "via", "and", "or", "is", "are", "was", "were", "that", "which", "who", "be",
                   "take", "takes", "took", "require", "requires", "required", "need", "needs",
                   "use", "uses", "used", "reach", "reaches", "achieve", "achieves", "has",
                   "have", "had", "can", "could", "will", "would", "may"))


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


@lru_cache(maxsize=16384)
def _objects(text: str) -> tuple[frozenset[str], ...]:
    """The words of the objects of the text's verbs of training or evaluating, each cut at
    its first preposition or verb ("the auxiliary task classifiers takes" -> auxiliary, task,
    classifier). Remembered per text: a claim meets the same sentences again and again."""
    return cut_phrases(_VERB.finditer(text), _STOP, _singular)


def cut_phrases(matches: Iterable[re.Match[str]], stop: AbstractSet[str],
                normal: Callable[[str], str]) -> tuple[frozenset[str], ...]:
    """The words of each match's first group up to its first `stop` word, each made `normal`;
    a match whose first word stops gives nothing (shared with same_things.py)."""
    phrases = []
    for match in matches:
        kept: list[str] = []
        for word in match.group(1).split():
            if word.casefold() in stop:
                break
            kept.append(normal(word))
        if kept:
            phrases.append(frozenset(kept))
    return tuple(phrases)


def other_object(claim_text: str, sentence_text: str) -> bool:
    """True when the claim and the sentence train or evaluate things with different head
    nouns and the claim's is nowhere in the sentence (module docstring)."""
    claim = _objects(claim_text)
    sentence = _objects(sentence_text)
    if not claim or not sentence:
        return False
    said = frozenset().union(*sentence)
    words = {_singular(word) for word in re.findall(r"[A-Za-z][\w-]*", sentence_text)}
    return any(not own & said and own - words for own in claim)
