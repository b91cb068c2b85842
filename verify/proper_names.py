"""Which capitalised first words of a claim are names: the paper's own printing decides.

A claim's part is a name (`content.Part.named`) when it is printed with a capital after the
claim's first character ("On Yelp, ..."). The first word of a claim carries a capital whatever
it is, so "Yelp ratings range from 1 to 10" made "Yelp" a plain word, whose absence weighs
little when the paper says "Yelp" often; a sentence of the IMDB paragraph ("The ratings range
from 1 to 10", Yang et al. 2016, N16-1174 page 4; Yelp's ratings are 1 to 5) then confirmed
the claim with "Yelp" left out, while "On Yelp, the ratings range from 1 to 10" was rightly
left undecided for lacking its name.

The paper settles what such a word is: a word it prints capitalised inside a sentence and
never in lower case ("from Yelp 2013", "on Yelp") is a proper name, and a claim that opens
with it names it as much as one that says it later. A first word the paper prints in lower case
("Moving", "Adding", "Table" beside "table") stays a plain word.
"""

from __future__ import annotations

import re

from .passages import PassageIndex

__all__ = ["proper_names"]

_WORD = re.compile(r"[^\W\d_][\w\-]*")


def proper_names(index: PassageIndex) -> frozenset[str]:
    """The words (case-folded) the paper prints with a capital first letter inside a sentence
    and never entirely in lower case. Computed once per index."""
    key = ("proper_names", -1)
    cached = index.prepared.get(key)
    if isinstance(cached, frozenset):
        return cached
    capitalised: set[str] = set()
    lowered: set[str] = set()
    for sentence in index.sentences:
        for number, match in enumerate(_WORD.finditer(sentence.text)):
            word = match.group()
            if word.islower():
                lowered.add(word)
            elif number and word[0].isupper():
                capitalised.add(word.casefold())
    cached = frozenset(capitalised - lowered)
    index.prepared[key] = cached
    return cached
