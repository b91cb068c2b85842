"""Words that order a claim's numbers, and whether two cells bear them out (issue 11, round 13).

A claim that gives two names a number each often also orders them: "AMDCN's 290.82 is well
below MCNN's 377.60", "the figure class has 932,150 tokens, fewer than the 20,630,188 of the
paragraph class". Two cells that hold the two numbers confirm the numbers, not the order: the
claim "932,150 tokens, more than the 20,630,188 of the paragraph class" has both numbers right
and is false, and the cell lookup confirmed it (found probing round 13's pair reading on
arXiv:2106.00676).

Words that order two numbers as numbers ("below", "more", "exceeds") are checked on the cells'
numbers; words that rank by quality ("better", "ahead", "outperforms") need to know whether
lower is better, and "best" or "second" speak of rows the claim does not name: the cells
confirm neither. A ratio ("more than twice", "an order of magnitude below") is more than an
order, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify_claims.claims.models import Quantity

# Words that order the names or state a change.
ORDER = re.compile(
    r"\b(?:ahead|behind|trail\w*|lead\w*|edg(?:e|es|ed|ing)|tops?|topp\w*|best|worst|highest"
    r"|lowest|second|third|rank\w*|beat\w*|outperform\w*|underperform\w*|better|worse|higher"
    r"|lower|more|less|fewer|than|exceed\w*|surpass\w*|overtak\w*|improv\w*|drop\w*|gain\w*"
    r"|los(?:e|es|t|ing)|reduc\w*|increas\w*|decreas\w*|superior|inferior|beyond|below|above)\b",
    re.IGNORECASE)
# Words of `ORDER` that only order two numbers: whether the first is the smaller (True) or
# the larger (False), whatever the measure.
_NUMERIC = {
    **dict.fromkeys(("below", "lower", "less", "fewer"), True),
    **dict.fromkeys(("above", "higher", "more", "exceeds", "exceeded", "exceeding"), False)}
# Words that order two numbers only where they stand between them ("MCNN's 377.60 is under
# AMDCN's 290.82"); elsewhere they say something else ("averaged over all tasks", "under
# the same budget"), so `ORDER` leaves them out. Read as `ORDER` left them, "377.60 is under
# 290.82" was confirmed by the two cells that print those numbers (probe 14).
_BETWEEN = re.compile(r"\b(?:over|under)\b", re.IGNORECASE)
_BETWEEN_SMALLER = {"under": True, "over": False}
# Words that liken two numbers ("290.82 equals 377.60", "is on par with", "is close to", "is
# comparable to"): more than an order, and with a tolerance nobody states, so two cells that
# print the two numbers confirm neither the likeness nor its absence. Unread, they left the
# claim a plain pairing, and "AMDCN's 290.82 is the same as MCNN's 377.60" was confirmed by
# the two cells (probe 14). "matched" and "mismatched" are splits (MNLI), not likenesses.
_LIKENESS = re.compile(
    r"\b(?:equal(?:s|led|ling|ly)?|match(?:es|ing)?|same|identical(?:ly)?|similar(?:ly)?"
    r"|on\s+par|par\s+with|parity|close\s+to|closely|comparabl[ey]|alike|within|ti(?:e|es|ed)"
    r"|tying|level\s+with|mirror(?:s|ed|ing)?|resembl\w*|akin|rival\w*|as\s+\w+\s+as)\b",
    re.IGNORECASE)
_RATIO = re.compile(r"\b(?:twice|double[sd]?|triple[sd]?|thrice|half|halved|times|\w*fold|order)\b",
                    re.IGNORECASE)


def _between(text: str, spans: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The words of `_BETWEEN` standing between the first and the last of `spans`."""
    if len(spans) < 2:
        return []
    start, end = min(span[1] for span in spans), max(span[0] for span in spans)
    return [match for match in _BETWEEN.finditer(text, start, end) if match.start() >= start]


def orders(text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the claim orders, ranks or likens anything: a word of `ORDER` or `_LIKENESS`,
    or one of `_BETWEEN` between the first and last of its numbers' `spans`."""
    return ORDER.search(text) is not None or _LIKENESS.search(text) is not None \
        or bool(_between(text, spans))


def numeric_order(text: str, first: Quantity, second: Quantity,
                  values: tuple[float, float]) -> str:
    """", and 290.82 is below 377.60" when the claim's only ordering words order its two
    numbers `first` and `second` (in the claim's order) as numbers, all printed between them,
    and the cells' `values` stand in that order; "" otherwise (module docstring)."""
    if _RATIO.search(text) or _LIKENESS.search(text):
        return ""
    between = (first.span[1], second.span[0])
    smaller = set()
    for match in ORDER.finditer(text):
        word = match.group().lower()
        if word == "than":
            continue  # "lower than": the order is its other word's
        if word not in _NUMERIC or not between[0] <= match.start() < between[1]:
            return ""
        smaller.add(_NUMERIC[word])
    for match in _between(text, (first.span, second.span)):
        smaller.add(_BETWEEN_SMALLER[match.group().lower()])
    if len(smaller) != 1 or values[0] == values[1] or (values[0] < values[1]) != smaller.pop():
        return ""
    return f", and {first.text} is {'below' if values[0] < values[1] else 'above'} {second.text}"
