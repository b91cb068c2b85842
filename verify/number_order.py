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

from .content import passage_terms
from .order_words import BETWEEN, BETWEEN_SMALLER, LIKENESS, NUMERIC_ORDER, ORDER, RATIO


def _between(text: str, spans: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The words of `BETWEEN` standing between the first and the last of `spans`."""
    if len(spans) < 2:
        return []
    start, end = min(span[1] for span in spans), max(span[0] for span in spans)
    return [match for match in BETWEEN.finditer(text, start, end) if match.start() >= start]


def orders(text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the claim orders, ranks or likens anything: a word of `ORDER` or `LIKENESS`,
    or one of `BETWEEN` between the first and last of its numbers' `spans`."""
    return ORDER.search(text) is not None or LIKENESS.search(text) is not None \
        or bool(_between(text, spans))


def numeric_order(text: str, first: Quantity, second: Quantity,
                  values: tuple[float, float]) -> str:
    """", and 290.82 is below 377.60" when the claim's only ordering words order its two
    numbers `first` and `second` (in the claim's order) as numbers, all printed between them,
    and the cells' `values` stand in that order; "" otherwise (module docstring)."""
    if RATIO.search(text) or LIKENESS.search(text):
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
    for match in _between(text, (first.span, second.span)):
        smaller.add(BETWEEN_SMALLER[match.group().lower()])
    if len(smaller) != 1 or values[0] == values[1] or (values[0] < values[1]) != smaller.pop():
        return ""
    return f", and {first.text} is {'below' if values[0] < values[1] else 'above'} {second.text}"


# What may stand between the numbers of a plain pairing, besides the names and labels of the
# cells read: "A reaches 70.1, against 68.2 for B", "70.1 on A and 68.2 on B", "the F1 is 70.1
# for A and 68.2 for B", "A's 70.1 is well below B's 77.5" (its order read by
# `numeric_order`).
_CONNECTORS = frozenset((
    "and", "against", "versus", "vs", "while", "whereas", "compared", "with", "to", "for",
    "of", "the", "a", "an", "by", "at", "on", "in", "its", "their", "it", "is", "are", "was",
    "were", "be", "s", "than", "reaches", "reach", "reached", "reaching", "scores", "score",
    "scored", "scoring", "gets", "get", "got", "achieves", "achieve", "achieved", "achieving",
    "obtains", "obtain", "obtained", "obtaining", "attains", "attained", "yields", "yielded",
    "gives", "gave", "records", "recorded", "posts", "posted", "has", "have", "had", "well",
    "far", "much", "slightly", "considerably", "substantially", "clearly", "somewhat",
    "markedly", "one", "ones", "that", "those", "which", "whose", "who", "contains",
    "contain", "contained", "holds", "hold", "held", "includes", "include", "included",
    "comprises", "comprise", "comprised", "totals", "counts", "numbers", "stands", "sits",
    "lands", "comes")) \
    | frozenset(NUMERIC_ORDER) | frozenset(BETWEEN_SMALLER)


def read_words(accounting) -> frozenset[str]:
    """The claim's words, lower case, that a reading's `accounting` (content.Accounting)
    accounted for, found in the cells or not."""
    return frozenset(word.casefold() for part in (*accounting.matched, *accounting.missing)
                     for word in part.text.split())


def unpaired_word(text: str, spans: Sequence[tuple[int, int]], labels: str,
                  read: frozenset[str]) -> str | None:
    """The first word between the first and the last of the claim's numbers (`spans`) that is
    no stop word, no connector of a plain pairing (`_CONNECTORS`), no word or term of the
    cells' names, labels and caption (`labels`, "ESIM" of "ESIM+ELMo") and none of the claim's
    words that the reading accounted for, found or not (`read`: "baseline" in "the SGD
    baseline scores 26.42"); None when there is none.

    Such a word relates the two numbers otherwise than a pairing does: "290.82 is a quarter
    of 377.60", "is indistinguishable from", "is roughly", "is just shy of", "differs little
    from". Two cells that print the two numbers confirm the numbers, not that relation, which
    no list of words names in full: the pair reading confirmed each of these of AMDCN's 290.82
    and MCNN's 377.60 (probe 14)."""
    if len(spans) < 2:
        return None
    start, end = min(span[1] for span in spans), max(span[0] for span in spans)
    terms = passage_terms(labels)
    printed = {word.casefold() for word in re.findall(r"[^\W_]+", labels)}
    for word in re.findall(r"(?<![\w.\-])[^\W\d_][\w\-]*", text[start:end]):
        folded = word.casefold()
        if folded in _CONNECTORS or folded in read or folded in printed:
            continue
        own = passage_terms(word)
        if own and not own & terms:
            return word
    return None
