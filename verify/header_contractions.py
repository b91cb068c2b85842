"""How a claim says a header word that a table shortens without a full stop: a contraction of
a place or site name ("Pine Ck"), or a number the claim prints as an ordinal ("the 20th
percentile" of the column "20"). Both met on Lane et al. (J. Hydrology 2005), whose Tables 2-4
list catchments as "Pine Ck" and "Stewarts Ck 5" under the columns "Percentile / 10 ... 100";
a claim about "Pine Creek" and "the 10th percentile" named neither. Read by
verify/header_words.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .header_vocabulary import HeaderWord

_VOWELS = frozenset("aeiouy")

ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
"""The endings of an ordinal printed in digits ("10th", "21st", "2nd", "3rd")."""
ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
"""An ordinal printed in digits, its number the first group."""


def in_order(short: str, long: str) -> bool:
    """Whether the letters of `short` stand in `long` in the same order (a contraction's or
    a dotted abbreviation's letters)."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def contraction(header: HeaderWord, claimed: str) -> bool:
    """A capitalised contraction without a full stop, as place and site names print them in
    tables: its first and last letters the claim word's, the consonants between kept in
    order ("Ck" of "Creek", "Mt" of "Mount", "Rd" of "Road"). Only two to four letters, all
    but the first consonants, and at least two letters fewer than the word: "Pk" is no
    contraction of "Pika". Printed with a capital and then small letters only: an acronym in
    capitals ("RCNN") is a name of its own, not "RecursiveNN" contracted (Lai et al. 2015,
    Table 2, where both are rows)."""
    word = header.word
    return header.capital and not header.upper and 2 <= len(word) <= 4 and word.isalpha() \
        and not _VOWELS & set(word[1:]) and len(claimed) >= len(word) + 2 \
        and claimed[:1] == word[:1] and claimed[-1:] == word[-1:] \
        and in_order(word, claimed)


def ordinal_of(word: str, text: str) -> bool:
    """Whether `text` prints the whole number `word` as an ordinal in digits ("20th", "1st",
    "2nd", "3rd"): an ordinal is no quantity of the claim, so it is not among the numbers a
    header number is compared with."""
    number = word.strip()
    return number.isdigit() and any(
        match[1] == number for match in re.finditer(rf"(?<![\w.]){ORDINAL.pattern}\b", text))
