"""Which capitalised first words of a claim are names: the paper's own printing decides.

A claim's part is a name (`content.Part.named`) when it is printed with a capital after the
claim's first character ("On Yelp, ..."). The first word of a claim carries a capital whatever
it is, so "Yelp ratings range from 1 to 10" made "Yelp" a plain word, whose absence weighs
little when the paper says "Yelp" often; a sentence of the IMDB paragraph ("The ratings range
from 1 to 10", Yang et al. 2016, N16-1174 page 4; Yelp's ratings are 1 to 5) then confirmed
the claim with "Yelp" left out, while "On Yelp, the ratings range from 1 to 10" was rightly
left undecided for lacking its name.

The paper settles what such a word is: a word it prints capitalised inside a sentence and
never with a lower-case first letter ("from Yelp 2013", "on Yelp") is a proper name, and a
claim that opens with it names it as much as one that says it later. A first word the paper
prints in lower case ("Moving", "Adding", "Table" beside "table") stays a plain word.
`run_in_heads` reads the paper's names with the same `proper_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Sentence

from .passages import PassageIndex

__all__ = ["proper_names", "proper_words"]

_WORD = re.compile(r"[^\W\d_][\w\-]*")


def proper_words(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The words (case-folded) `sentences` print with a capital first letter inside a sentence
    and never with a lower-case one ("Yelp", "IMDB"; not "Speedup", which the text also writes
    "speedup")."""
    capitalised: set[str] = set()
    lowered: set[str] = set()
    for sentence in sentences:
        for number, match in enumerate(_WORD.finditer(sentence.text)):
            word = match.group()
            if not word[0].isupper():
                lowered.add(word.casefold())
            elif number:
                capitalised.add(word.casefold())
    return frozenset(capitalised - lowered)


def proper_names(index: PassageIndex) -> frozenset[str]:
    """`proper_words` of the paper's sentences, computed once per index."""
    key = ("proper_names", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        cached = proper_words(index.sentences)
        index.prepared[key] = cached
    return cached
