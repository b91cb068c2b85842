"""A comparison of two shares that the paper states by giving both numbers.

Papers rarely write "A makes up a larger share than B"; they give the two shares, "biomedical
(42.7%) and computer science (7.2%) papers", "the most populated category is Neoplasms with
5.4K instances (23.3% of the total dataset) while ... Hepatitis (1.7% of the total dataset)".
A claim that compares the two shares ("Biomedical papers make up a smaller share of the corpus
than computer science papers") is then decided by the two numbers: each percentage belongs to
the argument last named before it, and the claim's comparative says which must be larger.

Only shares are read (a comparative followed by "share", "proportion", "fraction", "part",
"percentage" or "portion", against numbers printed with "%"): a percentage is what a share is
stated as, so the measure is the same on both sides. The source check decides with it only
when the passage holds all else the claim says (verify/source_check.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from verify_claims.claims import Sentence

from .comparisons import comparison_argument
from .content import ClaimParts
from .passages import content_terms
from .wording import one_word, plain

_SHARE_COMPARISON = re.compile(
    r"\b(?:(?P<up>larger|bigger|greater|higher)|(?P<down>smaller|lower))\s+"
    r"(?P<share>share|proportion|fraction|part|percentage|portion)s?\b"
    r"(?P<rest>(?:\s+[\w-]+){0,6}?)\s+than\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _terms(text: str) -> set[str]:
    return {plain(term) for term in content_terms(text)}


@lru_cache(maxsize=16384)
def share_comparison(text: str) -> tuple[frozenset[str], frozenset[str], bool,
                                         frozenset[str]] | None:
    """The claim's comparison of two shares: the words that tell its first argument from the
    second, those of the second, whether the first is claimed the larger, and the claim words
    that state the comparison itself (the comparative and the share word, found in no
    passage). None when the claim compares no shares. Memoised: every candidate sentence of
    every cited paper asks for it."""
    text = one_word(text)  # "make up" is "comprise"; no particle is an argument's word
    match = _SHARE_COMPARISON.search(text)
    if match is None:
        return None
    left = set(comparison_argument(text[:match.start()], left=True, wide=True))
    right = set(comparison_argument(text[match.end():], left=False))
    first = frozenset(plain(term) for term in left - right)
    second = frozenset(plain(term) for term in right - left)
    if not first or not second:
        return None
    wording = frozenset(word.casefold() for word in _WORD.findall(
        match.group()[:match.start("rest") - match.start()]))
    return first, second, match.group("up") is not None, wording


def shares_compared(text: str, sentence: Sentence) -> bool | None:
    """True when the sentence's two percentages bear the claim's comparison of shares out,
    False when they say the opposite, None when the sentence does not give exactly one
    percentage for each argument (module docstring)."""
    claimed = share_comparison(text)
    if claimed is None:
        return None
    first, second, larger, _ = claimed
    shares = [quantity for quantity in sentence.quantities if quantity.unit == "%"]
    if len(shares) < 2:
        return None
    mentions: list[tuple[int, int]] = []  # (offset, side) of each argument word
    for match in _WORD.finditer(sentence.text):
        terms = _terms(match.group())
        if terms & first and not terms & second:
            mentions.append((match.start(), 0))
        elif terms & second and not terms & first:
            mentions.append((match.start(), 1))
    bound: dict[int, list[float]] = {0: [], 1: []}
    for quantity in shares:
        before = [side for offset, side in mentions if offset < quantity.span[0]]
        if before:
            bound[before[-1]].append(quantity.value)
    if len(bound[0]) != 1 or len(bound[1]) != 1 or bound[0][0] == bound[1][0]:
        return None
    return (bound[0][0] > bound[1][0]) == larger


def without_comparison_words(parts: ClaimParts, text: str) -> ClaimParts:
    """The claim's parts less the words that state its comparison of shares ("smaller",
    "share"): the two numbers state it in the passage."""
    claimed = share_comparison(text)
    if claimed is None:
        return parts
    wording = claimed[3]
    return replace(parts, parts=tuple(part for part in parts.parts
                                      if part.text.casefold() not in wording), comparison=None)
