"""Comparatives of one dimension that say the opposite: "denser" / "sparser", "faster" /
"more slowly", "more" / "fewer".

The comparison reader (verify/comparisons.py) knows the comparatives of quality ("better",
"higher", "outperforms" and their opposites). Papers compare things along many other
dimensions, each with its own pair of words: a claim "the positive bags of A are denser in
positive sentences than those of B" is the opposite of the paper's "the positive bags in A are
significantly sparser in real positive instances than the positive bags in B". Two
comparatives say opposite things only along one dimension, so each is read only against its
own word and its antonym (`DIMENSIONS`): "A is faster than B" says nothing of "A is larger
than B".

A sentence contradicts the claim's comparison when it compares the claim's two arguments
along the claim's dimension the other way: the antonym with the arguments in the claim's
order, or the claim's word with them swapped; and not also the claim's way (a sentence saying
both is about several settings). The arguments are read as `comparisons.comparison_argument`
reads them (next to the comparative, up to a preposition or punctuation) by the terms that tell
them apart. The caller asks the passage to hold all else the claim says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from verify_claims.claims import Claim, Sentence

from .comparisons import comparison_argument
from .content import Accounting, ClaimParts, account
from .passages import PassageIndex, content_terms

_PAIRS = (
    ("denser", "sparser"), ("faster", "slower"), ("larger", "smaller"), ("bigger", "smaller"),
    ("longer", "shorter"), ("stronger", "weaker"), ("easier", "harder"), ("wider", "narrower"),
    ("deeper", "shallower"), ("heavier", "lighter"), ("earlier", "later"),
    ("more", "fewer"), ("more", "less"),
)
# Comparatives whose dimension is the word after them: "more errors", "fewer parameters".
_QUANTIFIERS = frozenset(("more", "less", "fewer"))
# "more slowly" reads as "slower", "more quickly" as "faster".
_ADVERBS = {"quickly": "faster", "rapidly": "faster", "slowly": "slower"}


def _dimensions() -> dict[str, tuple[int, int]]:
    """Each comparative word: (its dimension, +1 or -1 along it)."""
    found: dict[str, tuple[int, int]] = {}
    for dimension, (up, down) in enumerate(_PAIRS):
        found.setdefault(up, (dimension, 1))
        found.setdefault(down, (dimension, -1))
    # "less" is the opposite of "more" as "fewer" is ("less likely than" against "more likely
    # than"; the MMWR housing report, probe29a): one dimension, told apart by what follows.
    found["less"] = (found["more"][0], -1)
    return found


DIMENSIONS = _dimensions()
"""Comparative word -> (dimension, sign)."""

# A comparative, up to four words, then "than": "denser in real positive sentences than",
# "more slowly than", "fewer errors than".
_COMPARED = re.compile(
    r"\b(?:more\s+(?P<manner>quickly|rapidly|slowly)|(?P<word>"
    + "|".join(sorted(DIMENSIONS, key=len, reverse=True)) + r"))\b"
    r"(?P<between>(?:\s+[\w\-\u2019']+){0,4}?)\s+than\b", re.I)


# A factor before the comparative ("is approximately 1.5\u00d7 slower", "trains about 1.5 times
# faster"): it says how much, and the left argument is read before it.
_FACTOR_TAIL = re.compile(r"(?:\s+(?:about|approximately|roughly|nearly|almost|around|some))?"
                          r"\s+\d+(?:\.\d+)?\s*(?:times|x|\u00d7|-fold|fold)\s*$", re.I)
# A degree before the comparative ("is at least exponentially more succinct", "is much
# larger", "is significantly sparser"): it says how much, like a factor, and names neither
# argument. Left in, its words stand on the claim's left side and on the sentence's left side
# alike, so a sentence that swaps the two arguments ("1-HMC is at least exponentially more
# succinct than TLMC" against the claim "TLMC is at least exponentially more succinct than
# 1-HMC"; Benedikt et al., VLDB 2010, p.6) shared a word with the claim's left side on its own
# left and was read as no swap (probe23b).
_DEGREE_TAIL = re.compile(r"(?:\s+(?:at\s+(?:least|most)|much|far|even|still|by\s+far"
                          r"|(?-i:[a-z]+ly)))+\s*$", re.I)


_NUMBER_ASIDE = re.compile(r"\(\s*[^()A-Za-z]*\d[^()A-Za-z]*\)")


def _left_side(text: str) -> str:
    """The text before a comparative without the factor or degree that qualifies it."""
    return _DEGREE_TAIL.sub("", _FACTOR_TAIL.sub("", text))


def _comparatives(text: str) -> Iterator[tuple[int, int, tuple[str, ...], tuple[str, ...],
                                               tuple[str, ...]]]:
    """(dimension, sign, left argument, right argument, the words between comparative and
    "than") of each comparison of the lexicon in `text`."""
    # A number in brackets beside an argument ("Hispanic female householders (7.4%) were
    # less likely than Hispanic male householders (8.1%)") is said of it, and no stop.
    text = _NUMBER_ASIDE.sub(lambda match: " " * len(match.group()), text)
    for match in _COMPARED.finditer(text):
        manner = match.group("manner")
        word = _ADVERBS[manner.casefold()] if manner else match.group("word").casefold()
        dimension, sign = DIMENSIONS[word]
        left = comparison_argument(_left_side(text[:match.start()]), left=True,
                                   wide=True)
        right = comparison_argument(text[match.end():], left=False, wide=True)
        between = tuple(match.group("between").casefold().split())
        yield dimension, sign, left, right, between


def opposite_comparison(claim: str, sentence: str) -> tuple[str, ...] | None:
    """The claim's words of its comparative (to be left out of the accounting) when the
    sentence compares the claim's two arguments along the claim's dimension the other way
    round (module docstring); else None."""
    claimed = list(_comparatives(claim))
    if len(claimed) != 1:
        return None
    dimension, sign, left, right, between = claimed[0]
    own_left, own_right = set(left) - set(right), set(right) - set(left)
    if not own_left or not own_right:
        return None
    opposite = kept = False
    for other, their_sign, said_left, said_right, their_between in _comparatives(sentence):
        if other != dimension or (_PAIRS[dimension][0] in _QUANTIFIERS
                                  and _head(between) != _head(their_between)):
            continue  # "more errors" and "fewer parameters" are two dimensions
        # The words that tell the sentence's two arguments apart ("person-birthplace" and
        # "corporate acquisition" of "the positive bags in A ... than the positive bags in B").
        their_left = set(said_left) - set(said_right)
        their_right = set(said_right) - set(said_left)
        ordered = _apart(own_left, own_right, their_left, their_right)
        swapped = _apart(own_left, own_right, their_right, their_left)
        if (their_sign != sign and ordered) or (their_sign == sign and swapped):
            opposite = True
        elif (their_sign == sign and ordered) or (their_sign != sign and swapped):
            kept = True
    if not opposite or kept:
        return None
    word = next(word for word, (other, their_sign) in DIMENSIONS.items()
                if other == dimension and their_sign == sign)
    return (word, "more", "less", "slowly", "quickly", "rapidly", "than")


def _apart(own_left: set[str], own_right: set[str], first: set[str], second: set[str]) -> bool:
    """Whether `first` holds the claim's left argument and `second` its right one: each shares
    a word that tells it apart, and neither holds a word of the other."""
    return bool(own_left & first) and bool(own_right & second) \
        and not own_left & second and not own_right & first


def _head(words: tuple[str, ...]) -> str | None:
    """The first content term of the words after "more" / "fewer": what is counted."""
    terms = content_terms(" ".join(words[:1]))
    return terms[0] if terms else None


def comparison_flip(claim: Claim, parts: ClaimParts | None, sentence: Sentence,
                    passage: Callable[[], frozenset[str]],
                    index: PassageIndex | None) -> Accounting | None:
    """The accounting of the passage when `sentence` compares the claim's arguments along its
    dimension the other way round and the passage (its terms from `passage()`, built only
    when asked for) holds all else the claim says (its comparative aside), neither text
    negated; else None. For the source check."""
    if parts is None or index is None or claim.negated or sentence.negated:
        return None
    words = opposite_comparison(claim.text, sentence.text)
    if words is None:
        return None
    rest = replace(parts, parts=tuple(part for part in parts.parts
                                      if part.text.casefold() not in words), comparison=None)
    found = account(rest, passage(), index, [sentence], relation=False)
    return found if found.contradicts and not found.unseen else None
