"""A claim that copies a paper's sentence with one thing changed says the opposite of it.

Claims are often written by copying a sentence of the cited paper. When the copy differs from
the sentence in exactly one place, and that place is

- a number ("a precision of 0.24" for the paper's "a precision of 0.34", "respectively 0.41 and
  0.50" for "0.41 and 0.72"),
- a word replaced by its opposite ("performs worst" for "performs best", "raises the missing
  area" for "reduces the missing area", "less accurate" for "more accurate"), or
- a negation put in or left out ("were not due to the heuristics" for "were due to the
  heuristics", "does benefit" for "does not benefit"),

then the claim has the sentence's subject, measure and conditions word for word (every other
word is the paper's own, in the paper's order) and says another value or the opposite of it:
the strictest form of a contradiction. The rest of the source check reads a claim part by part
and needs the changed part to be bound to the same names and measure; a copy needs no such
reading, since the slot is the same by construction.

What is not a flip: a bound changed ("under 130" for "under 100": both may hold), a number that
only refers to a table, figure or section, a year, "not only" (which negates nothing), or any
second difference between the texts besides a leading reporting phrase the claim drops ("We
find that", "In Table 4, we observe that"), which states nothing itself. A claim's leading
condition ("On both data sets, ...") is no reporting phrase: dropping it is a second difference.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from verify_claims.claims import Claim, Outcome
from verify_claims.claims.vocabulary import (
    ANTONYM_PAIRS,
    DECREASE_WORDS,
    INCREASE_WORDS,
    SETTING_OPPOSITES,
)

MIN_TOKENS = 8
"""A copy shorter than this (in words and numbers) is too short to carry its own context."""

_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+|[<>=~%\u2264\u2265]")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_NEGATIONS = frozenset(("not", "no", "never"))
# Words after which a negation negates nothing: "not only", "no longer", "no more than".
_NOT_NEGATING_BEFORE = frozenset(("only", "just", "merely", "longer", "more", "less", "fewer",
                                  "doubt"))
# Superlatives, comparatives and quantity words that say the opposite of each other.
_OPPOSITE_PAIRS = (
    ("best", "worst"), ("highest", "lowest"), ("largest", "smallest"), ("most", "least"),
    ("more", "less"), ("more", "fewer"), ("faster", "slower"), ("fastest", "slowest"),
    ("denser", "sparser"), ("easier", "harder"), ("stronger", "weaker"),
    ("above", "below"), ("over", "under"), ("strongest", "weakest"),
    *SETTING_OPPOSITES, *ANTONYM_PAIRS,
)
# Before a number, a word that makes it a bound ("under 100", "more than 2", "p < 0.01") or
# hedges it; before a number, a word that makes it a reference ("Table 4").
_BOUND_BEFORE = frozenset(("than", "to", "least", "most", "under", "over", "above", "below",
                           "beyond", "exceeding", "within", "<", ">", "\u2264", "\u2265", "~",
                           "about", "around", "approximately", "roughly", "nearly", "almost"))
_REFERENCE_BEFORE = frozenset(("table", "tables", "figure", "figures", "fig", "section",
                               "sections", "sec", "equation", "eq", "appendix", "algorithm",
                               "step", "chapter", "footnote", "line", "page", "system", "task",
                               "experiment", "exp"))
# Words of a leading reporting phrase a claim may drop ("In Table 4, we find that").
_REPORTING = frozenset((
    "we", "find", "found", "that", "show", "shows", "showed", "observe", "observed", "note",
    "noted", "see", "saw", "in", "table", "tables", "figure", "fig", "section", "finally",
    "also", "further", "furthermore", "moreover", "thus", "hence", "overall", "our", "results",
    "the", "this", "these", "experiments", "indicate", "demonstrate", "fact", "addition",
    "particular", "as", "shown", "can", "be", "it", "is", "and")) | {str(n) for n in range(10)}


def _opposites() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    pairs = [*_OPPOSITE_PAIRS,
             *((up, down) for up in INCREASE_WORDS for down in DECREASE_WORDS)]
    for one, other in pairs:
        found.setdefault(one, set()).add(other)
        found.setdefault(other, set()).add(one)
    return {word: frozenset(others) for word, others in found.items()}


OPPOSITES = _opposites()
"""Each word and the words that say its opposite."""


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    """The words, numbers and comparison signs of `text`, lower-case, "n't" and "cannot"
    read as "not", a hyphen between letters dropped ("regret-based" is "regretbased": a
    hyphen at a line end is kept or dropped by the reader as the paper's other words say,
    and a copy of the sentence must not differ from it there). Remembered per text: a claim
    is compared with each of its candidate sentences, and a sentence with the claims that
    find it."""
    text = _WORD_HYPHEN.sub("", text.casefold().replace("\u2019", "'"))
    text = re.sub(r"n't\b", " not", text.replace("cannot", "can not"))
    return tuple(_TOKEN.findall(text))


@lru_cache(maxsize=16384)
def _counts(tokens: tuple[str, ...]) -> dict[str, int]:
    """How often each token occurs (remembered like `_tokens`; never changed by callers)."""
    return dict(Counter(tokens))


def _one_change_apart(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """A cheap necessary condition for `flip_of`, read before aligning the two texts: one
    change puts at most one word of the claim outside the words they share, and at most one of
    the sentence's besides its reporting words. Most candidate sentences fail it."""
    my_counts, their_counts = _counts(mine), _counts(theirs)
    extra = 0  # tokens of the claim beyond the sentence's
    for word, count in my_counts.items():
        if count > their_counts.get(word, 0):
            extra += count - their_counts.get(word, 0)
            if extra > 1:
                return False
    lacking = 0  # tokens of the sentence beyond the claim's, reporting words aside
    for word, count in their_counts.items():
        if count > my_counts.get(word, 0) and word not in _REPORTING:
            lacking += count - my_counts.get(word, 0)
            if lacking > 1:
                return False
    return True


def _value(token: str) -> float:
    return float(token.replace(",", ""))


def _number_changed(before: tuple[str, ...], old: str, new: str) -> bool:
    """Whether `new` replaces the value `old` (not a bound, reference or year)."""
    if not (_NUMBER.fullmatch(old) and _NUMBER.fullmatch(new)) or _value(old) == _value(new):
        return False
    if before and (before[-1] in _BOUND_BEFORE or before[-1] in _REFERENCE_BEFORE):
        return False
    return not any(re.fullmatch(r"(?:19|20)\d\d", token) for token in (old, new))


@lru_cache(maxsize=65536)
def flip_of(claim: str, sentence: str) -> str | None:
    """"number", "opposite" or "negation" when `claim` is `sentence` with exactly that one
    change (module docstring), else None."""
    mine, theirs = _tokens(claim), _tokens(sentence)
    if len(mine) < MIN_TOKENS or not _one_change_apart(mine, theirs):
        return None
    changes = [op for op in SequenceMatcher(None, theirs, mine, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    if changes and changes[0][0] == "delete" and changes[0][1] == 0 \
            and set(theirs[:changes[0][2]]) <= _REPORTING:
        changes = changes[1:]  # a leading reporting phrase the claim drops
    if len(changes) != 1:
        return None
    kind, start, end, first, last = changes[0]
    old, new = theirs[start:end], mine[first:last]
    if kind == "replace" and len(old) == len(new) == 1:
        if _number_changed(theirs[:start], old[0], new[0]):
            return "number"
        if new[0] in OPPOSITES.get(old[0], ()):
            return "opposite"
        return None
    if kind == "insert":
        negation, following, preceding = new, mine[last:last + 1], mine[max(0, first - 2):first]
    elif kind == "delete":
        negation, following, preceding = old, theirs[end:end + 1], theirs[max(0, start - 2):start]
    else:
        return None
    if len(negation) == 1 and negation[0] in _NEGATIONS \
            and not set(following) & _NOT_NEGATING_BEFORE and preceding != ("whether", "or"):
        return "negation"
    return None


_SAYS = {"number": "gives another value than", "opposite": "says the opposite word of",
         "negation": "negates or asserts what is asserted or negated by"}


def mark_copies(claim: Claim, readings: Sequence[Any], relevant: float) -> None:
    """Make each relevant reading (verify/source_check.py `_Reading`) whose sentence the claim
    copies with one change a contradiction (module docstring), unless it contradicts already.
    A cut claim is no copy: its cut end differs from the sentence already."""
    if claim.truncated:
        return
    for reading in readings:
        if reading.outcome == Outcome.contradicted:
            continue  # read as a contradiction already, with its own reason
        if reading.score >= relevant and (kind := flip_of(claim.text, reading.sentence.text)):
            reading.outcome, reading.reason, reading.culprit = \
                Outcome.contradicted, f"copied {kind}", None


def outranking_copy(claim: Claim, readings: Sequence[Any], relevant: float) -> Any | None:
    """The contradicting reading whose sentence the claim copies with one change and that
    scores higher than every supporting reading, or None (probe22c).

    The source check lets a supporting passage win over a contradicting one, because a paper
    often gives one measure for several settings. A copy has no other setting: every word of
    the claim but the changed one is the sentence's own, in its order. So a looser passage that
    seems to agree (a sentence of a page whose boxed summary was read into it, sharing the
    claim's words but not its statement) is no evidence against the copy: "Evaluations of
    event-based surveillance systems have been published" copies "No evaluations of
    event-based surveillance systems have been published" (Bravata et al., Ann Intern Med
    2004, p. 914) and was confirmed by a guideline's list that ends in "evaluations of the"
    (p. 911). Then nothing is decided (withheld, never contradicted: the looser passage may
    still be about the claim)."""
    if claim.truncated:
        return None
    supported = [reading.score for reading in readings if reading.outcome == Outcome.supported]
    if not supported:
        return None
    return next((reading for reading in readings
                 if reading.outcome == Outcome.contradicted and reading.score >= relevant
                 and reading.score > max(supported)
                 and flip_of(claim.text, reading.sentence.text) is not None), None)


def outranked_explanation(source: str, claim: Claim, copy: Any) -> str:
    """Why a looser agreement decides nothing against the copy `copy` (`outranking_copy`)."""
    said = _SAYS[flip_of(claim.text, copy.sentence.text) or "negation"]
    return (f"Not decided: the claim copies a sentence of {source} (score {copy.score:.2f}) "
            f"with one change, and {said} it; only a looser passage agrees with the claim: "
            f"\u201c{copy.sentence.text}\u201d")


def copy_explanation(source: str, reason: str, sentence: str) -> str:
    """Why a copy with one change contradicts the claim."""
    said = _SAYS[reason.removeprefix("copied ")]
    return (f"The claim copies a sentence of {source} with one change, and {said} it: "
            f"\u201c{sentence}\u201d")
