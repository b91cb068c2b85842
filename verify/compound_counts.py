"""A count of a compound noun names what it counts as surely as a name does.

A contradiction by a number needs the passage to hold nearly all the claim says besides the
number, unless something ties the two numbers to the same thing: names bound to both
(verify/source_check.py), or the same digits miscopied. A compound noun counted on both sides
is such a tie: "three rule templates" and "four rule templates", "237M entity mentions" and
"273M entity mentions" count the same kind of thing by its full name, where "3 templates" and
"4 templates" may count templates of two different kinds. So a count whose counted noun has
two words or more (`number_match.measure_after`), all of them counted by the passage's number
too, needs only that the passage may confirm the claim's other words (`Accounting.confirms`),
as a named count does. A single-word noun ("nodes", "features") does not: papers count nodes
and features of several kinds.

Only counts: whole numbers of things ("237M", "three"), never a percentage, points or a
fraction. "3.47% F1 score" and "1.48% F1 score" name one measure, which a paper reports for
each task, dataset and setting it tries; the compound names the measure, not the condition.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

from .content_words import _NOT_MEASURE, GENERIC
from .number_match import _Pair
from .number_sides import _Side
from .number_slots import found_slot
from .passages import content_terms

_RATE_UNITS = frozenset(("%", "percent", "points", "point", "pp", "pts"))


def is_count(quantity: Quantity) -> bool:
    """A number of things: a whole number, not a rate (percent, points)."""
    return quantity.value is not None and quantity.unit not in _RATE_UNITS \
        and float(quantity.value).is_integer()


def counted_noun(text: str, quantity: Quantity, measure: tuple[str, ...]) -> tuple[str, ...]:
    """The noun a count counts with its modifiers, as index terms: "three rule templates" →
    ("rule", "templ"). The quantity parser records the head noun as the unit ("templates");
    up to two words between the number and it are its modifiers. Without such a unit, the
    measure read after the number (`measure`) stands."""
    unit = quantity.unit or ""
    if not unit.isalpha():
        return measure
    found = re.match(r"\s+((?:[\w\-]+\s+){0,2}?)" + re.escape(unit) + r"\b",
                     text[quantity.span[1]:quantity.span[1] + 80], re.I)
    if found is None:
        return measure
    terms = [term for term in content_terms(found.group(1) + unit)
             if term not in _NOT_MEASURE and term not in GENERIC]
    return tuple(terms)


def compound_count(pair: _Pair, claim: _Side, sentence: _Side, claim_text: str,
                   sentence_text: str) -> bool:
    """Whether the pair's two numbers count the same compound noun (module docstring)."""
    if not pair.measured or pair.found is None or pair.claimed not in claim.quantities \
            or not (is_count(pair.claimed) and is_count(pair.found)):
        return False
    position = claim.quantities.index(pair.claimed)
    slot = found_slot(pair, sentence)
    if slot is None:
        return False
    counted = counted_noun(claim_text, pair.claimed, claim.measures[position])
    found = counted_noun(sentence_text, pair.found, sentence.measures[slot])
    return len(counted) >= 2 and set(counted) <= set(found)
