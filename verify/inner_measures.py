"""The measure a number names inside its own unit: "0.5 BLEU points", "3 F1 points".

Papers print a score change with the metric between the number and its unit word ("another
0.5 BLEU points", "gains 3 F1 points"); the quantity parser reads the whole as one quantity
whose unit is "points", so the words after it ("(test-crawl11)", "over the baseline") name no
measure, and the number was read as measuring nothing, while a claim printing "0.9 BLEU on
test-crawl11" measures BLEU. The metric inside the quantity is its measure: two such numbers
of one metric are of the same measure, and of different metrics ("BLEU points", "TER points")
are not. A word that only qualifies the unit ("absolute points", "percentage points") is no
measure (`_NOT_MEASURE`).
"""

from __future__ import annotations

from verify_claims.claims import Quantity

from .content_words import _MEASURE_SKIP, _NOT_MEASURE, _TOKEN
from .passages import content_terms


def inner_measure(quantity: Quantity) -> tuple[str, ...]:
    """The metric printed between a number and its unit word, as index terms (module
    docstring): "0.5 BLEU points" → ("bleu",); "2.1 absolute points" → ()."""
    if quantity.unit not in ("points", "percentage points"):
        return ()
    words = [match.group() for match in _TOKEN.finditer(quantity.text)]
    inner = [word for word in words[1:] if word.casefold() not in _MEASURE_SKIP]
    terms: list[str] = []
    for word in inner:
        stems = content_terms(word)
        if not stems or word[0].isdigit() or stems[0] in _NOT_MEASURE:
            return ()
        terms.append(stems[0])
    return tuple(terms[-2:])
