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

from verify_claims.claims.models import Quantity

from .order_words import NUMERIC_ORDER, ORDER, RATIO


def orders(text: str) -> bool:
    """Whether the claim orders or ranks anything (a word of `ORDER`)."""
    return ORDER.search(text) is not None


def numeric_order(text: str, first: Quantity, second: Quantity,
                  values: tuple[float, float]) -> str:
    """", and 290.82 is below 377.60" when the claim's only ordering words order its two
    numbers `first` and `second` (in the claim's order) as numbers, all printed between them,
    and the cells' `values` stand in that order; "" otherwise (module docstring)."""
    if RATIO.search(text):
        return ""
    between = (first.span[1], second.span[0])
    smaller = set()
    for match in ORDER.finditer(text):
        word = match.group().lower()
        if word == "than":
            continue  # "lower than": the order is its other word's
        if word not in NUMERIC_ORDER or not between[0] <= match.start() < between[1]:
            return ""
        smaller.add(NUMERIC_ORDER[word])
    if len(smaller) != 1 or values[0] == values[1] or (values[0] < values[1]) != smaller.pop():
        return ""
    return f", and {first.text} is {'below' if values[0] < values[1] else 'above'} {second.text}"
