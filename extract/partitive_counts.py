"""A spelled count of a part of a counted whole: "eight of the 10 catchments".

Spelled counts are read only before the noun they count ("nine tasks"), so the "eight" of "the
model was able to represent flow variation ... at eight of the 10 catchments" (Lane et al.,
J. Hydrology 2005, abstract) was no number at all, and a claim that said "six of the 10
catchments" found nothing to disagree with (only the shared 10). A partitive count says how
many of the whole's things: "eight of the 10 catchments" counts catchments as 10 does, and
"three of the four datasets" datasets. `partitive_noun` reads the noun after "of", an
optional determiner and the whole's number; the spelled reader (quantity_numbers.spelled)
gives the count that noun as its unit. A number printed in digits ("7 of the 9 tasks") is
read as a number anyway, and is left as it is.
"""

from __future__ import annotations

from bisect import bisect_left

from .quantity_text import Hit, Text
from .quantity_units import COUNT_NOUNS, STOP_WORDS, hyphen_joins, looks_plural

_DETERMINERS = frozenset(("the", "these", "those", "its", "their", "our", "all", "his", "her"))
_SPELLED_WHOLES = frozenset((
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "hundred"))


def partitive_noun(doc: Text, hit: Hit) -> str | None:
    """The plural noun of "<count> of [the] <number> [modifier] <noun>", directly or after
    one modifier; None for any other text after the count."""
    tokens = doc.tokens
    index = bisect_left(doc.starts, hit.number_end)
    if index >= len(tokens) or tokens[index][2] != "of":
        return None
    index += 1
    if index < len(tokens) and tokens[index][2] in _DETERMINERS:
        index += 1
    if index >= len(tokens):
        return None
    whole = tokens[index][2]
    if not (whole.isdigit() or whole in _SPELLED_WHOLES):
        return None
    index += 1
    last: str | None = None
    for _ in range(2):  # the noun, or one modifier and the noun
        if index >= len(tokens):
            break
        word = tokens[index][2]
        if not word.isalpha() or not word.islower() or word in STOP_WORDS \
                or doc.in_entity(tokens[index][0]):
            break
        if word in COUNT_NOUNS:
            return COUNT_NOUNS[word]  # "of the four corpora": datasets, as counts record it
        if looks_plural(word):
            return word
        last = word
        index += 1
        if hyphen_joins(tokens, index):
            index += 1
    # No plural "s": the noun phrase's last word is its noun, an irregular plural ("12 rare
    # phenomena") or the paper's own slip ("nine of the 10 catchment were pine species"),
    # recorded as a plural as counted nouns are.
    return None if last is None else last if last.endswith(("s", "a")) else f"{last}s"
