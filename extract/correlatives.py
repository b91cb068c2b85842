"""Correlative comparatives: "the higher the threshold, the fewer clusters are detected".

Such a sentence states how one quantity moves with another. Its direction is the product of its
two comparatives: the same way when both point the same way ("the more data, the better the
parser"), the opposite way when they differ ("the higher the threshold the less spatial cluster
detected"). Read as a plain statement, its first direction word ("higher") would give its
direction, so "the higher the threshold, the more clusters" and "the higher the threshold, the
fewer clusters" would read alike, and one could confirm the other. `correlative_direction`
reads the pair instead; extract/polarity.py uses it for the statement as a whole.

Only the two-part form "the X-er ..., the Y-er ..." is read, with X and Y from the closed list
below (comparatives of amount, size, degree and speed, whose direction is not in doubt), the
first opening the sentence or a clause, the second at most eight words later with no direction
word between them: "the better model outperforms the weaker one" compares, it correlates
nothing.
"""

from __future__ import annotations

import re
from typing import Literal

from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS

Direction = Literal["increase", "decrease"]

_UP = frozenset({
    "more", "higher", "larger", "greater", "bigger", "longer", "stronger", "better", "faster",
    "wider", "deeper", "heavier", "broader", "richer",
})
_DOWN = frozenset({
    "less", "fewer", "lower", "smaller", "shorter", "weaker", "worse", "slower", "narrower",
    "shallower", "lighter", "poorer",
})
_COMPARATIVE = re.compile(
    r"\bthe\s+(" + "|".join(sorted(_UP | _DOWN)) + r")\b", re.IGNORECASE
)
# What may come right before the first comparative: the start, a clause break, or a verb of
# saying and "that" ("we find that the larger the model, ...").
_CLAUSE_START = re.compile(r"(?:^|[,;:(\u2014]|\bthat|\bas)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_MOST_WORDS_BETWEEN = 8


def correlative_direction(text: str) -> Direction | None:
    """"increase" when the two comparatives of "the X-er ..., the Y-er ..." point the same way,
    "decrease" when they point opposite ways, None when the text has no such pair.

    >>> correlative_direction("The higher the threshold, the fewer clusters are detected.")
    'decrease'
    >>> correlative_direction("The more data we add, the better the parser gets.")
    'increase'
    >>> correlative_direction("The higher threshold gives better precision.") is None
    True
    """
    found = list(_COMPARATIVE.finditer(text))
    if len(found) != 2:  # one comparative is a plain statement; three or more, unclear
        return None
    opening, closing = found
    if not _CLAUSE_START.search(text[:opening.start()]):
        return None
    between = [word.lower() for word in _WORD.findall(text[opening.end():closing.start()])]
    if len(between) > _MOST_WORDS_BETWEEN \
            or any(word in INCREASE_WORDS or word in DECREASE_WORDS for word in between):
        return None
    first, second = (match.group(1).lower() in _UP for match in found)
    return "increase" if first == second else "decrease"
