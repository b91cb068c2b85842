"""Precision guard: two numbers that a claim gives to two names the other way round than its
passage.

"Participants scored 3.50 on comprehension with Paper Plain, and 3.67 with the PDF reader" was
confirmed by Paper Plain's sentence (arXiv 2203.00130, page 25) "Participants scored no worse
on the comprehension questions with Paper Plain (mu = 3.67, sigma = 1.78) compared to the PDF
reader (mu = 3.50, sigma = 1.31)": both numbers are printed, every word is there, and the
sentence check compares numbers as a set, so the claim's swap of the two scores went unseen.

The general fact: a text that sets two things side by side ("A ..., and B ...", "A ... against
B ...", "A ... compared to B ...", "A ... while B ...") gives each part's number to the names
of that part. When the claim and the passage each split so, each claimed number in a part of
its own with names both texts print, and the claim's part of one number holds the names the
passage's part of the other holds (and the reverse), while neither number keeps any of its
names, the passage gives the claim's numbers to the other things: it never supports the claim
(`guard_crossed_numbers`). Parts holding two claimed numbers, or none of the shared names, bind
nothing, so a claim worded otherwise is left to the other checks.

Round 33 (probe33a, Rahimi et al. 2019, Massively Multilingual Transfer for NER, appendix
A.2): "RaRe ... averages 76.9 F1 with dictionary-trained embeddings, against 77.9 with string
identity" (false: 77.9 with a dictionary, 76.9 with string identity) was confirmed by "running
RaRe over 40 source languages achieves an average F1 of 77.9 when using embeddings trained
with a dictionary, versus 76.9 using string identity instead". The two sides were told apart
by lowercase words ("dictionary", "string identity"), not by capitalised names. When the names
cross nothing, the same reading is made with the content words both texts print (four letters
or more, no function word, a hyphenated word read as its pieces): each number must still keep
none of its own part's words and take the other part's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Quantity

from .undecided import supporting_sources, undecide

# What sets two parts side by side (a bare "and" joins names as often as parts: not one).
_SIDE_BY_SIDE = re.compile(r",?\s+(?:against|compared\s+(?:to|with)|versus|vs\.?|while|whereas|"
                           r"but|than)\s+|,\s+and\s+|;\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _names(text: str) -> set[str]:
    """Words printed with a capital, except a sentence's first word ("Participants")."""
    found = set()
    for match in _WORD.finditer(text):
        before = text[:match.start()].rstrip()
        if any(letter.isupper() for letter in match.group()) and before \
                and not before.endswith((".", "!", "?")):
            found.add(match.group().casefold())
    return found


# Words too common to tell two sides apart.
_FUNCTION = frozenset((
    "with", "when", "than", "that", "this", "these", "those", "from", "into", "over", "under",
    "using", "used", "uses", "use", "only", "also", "both", "each", "their", "there", "they",
    "which", "while", "were", "have", "been", "being", "such", "then", "more", "less", "most",
    "least", "much", "very", "about", "after", "before", "between", "against", "versus",
    "compared", "instead", "whereas", "other", "same", "score", "scores", "scored", "scoring",
    "achieves", "achieved", "achieve", "reaches", "reached", "reach", "gives", "gave", "give",
    "obtains", "obtained", "obtain", "gets", "got", "average", "averages", "averaged",
))


def _content(text: str) -> set[str]:
    """Lowercase-folded content words of four letters or more (hyphenated words as pieces)."""
    return {piece for match in _WORD.finditer(text)
            for piece in match.group().casefold().split("-")
            if len(piece) >= 4 and piece.isalpha() and piece not in _FUNCTION}


def _printed(quantity: Quantity) -> str | None:
    found = _DIGITS.search(quantity.text)
    return found.group() if found else None


def _bindings(text: str, numbers: list[str], shared: set[str],
              words=_names) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each number printed once in `text`, to the shared names of its part and the other
    `numbers` its part prints (parts without shared names left out)."""
    bound: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    parts = _SIDE_BY_SIDE.split(text)
    for number in numbers:
        pattern = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)")
        holding = [part for part in parts if pattern.search(part)]
        if len(holding) != 1 or len(pattern.findall(text)) != 1:
            continue
        part = holding[0]
        others = frozenset(other for other in numbers if other != number and re.search(
            rf"(?<![\d.,]){re.escape(other)}(?![\d]|[.,]\d)", part))
        names = frozenset(words(part) & shared)
        if names:
            bound[number] = names, others
    return bound


def crossed(claim: Claim, passage: str) -> tuple[str, str] | None:
    """Two claimed numbers the passage gives to each other's names, or else to each other's
    content words (module docstring)."""
    numbers = list(dict.fromkeys(number for quantity in claim.quantities
                                 if (number := _printed(quantity))))
    if len(numbers) < 2 or not _SIDE_BY_SIDE.search(claim.text) \
            or not _SIDE_BY_SIDE.search(passage):
        return None
    return _crossed_by(claim.text, passage, numbers, _names) \
        or (content_words_cross and _crossed_by(claim.text, passage, numbers, _content))


content_words_cross = True
"""Whether content words, not only capitalised names, tell the two sides apart (round 33;
a planted-bug test switches it off)."""


def _crossed_by(claim: str, passage: str, numbers: list[str], words) -> tuple[str, str] | None:
    shared = words(claim) & words(passage)
    if len(shared) < 2:
        return None
    mine = _bindings(claim, numbers, shared, words)
    theirs = _bindings(passage, numbers, shared, words)
    for first in numbers:
        for second in numbers:
            if first == second or not {first, second} <= mine.keys() & theirs.keys():
                continue
            (my_first, with_first), (my_second, with_second) = mine[first], mine[second]
            (their_first, by_first), (their_second, by_second) = theirs[first], theirs[second]
            # A part that holds both numbers, or a third number that does not travel with the
            # words ("over 40 languages" beside either score in both texts), binds nothing.
            if {first, second} & (with_first | with_second | by_first | by_second) \
                    or with_first != by_second or with_second != by_first:
                continue
            if my_first & my_second:
                continue  # the claim gives both numbers to one name: no sides to cross
            if my_first & their_second and my_second & their_first \
                    and not my_first & their_first and not my_second & their_second:
                return first, second
    return None


def guard_crossed_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage gives two claimed numbers to each
    other's names (module docstring). In place."""
    if len(claim.quantities) < 2:
        return
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            if evidence.quote and (pair := crossed(claim, evidence.quote)):
                undecide(check, f"Not confirmed: the passage gives {pair[0]} to what the claim "
                                f"gives {pair[1]} to, and the reverse")
                break
