"""The side of a contrast a claim's words sit on, read for its own negation and judgement; found
by the second probe of the tenth blind corpus (tests/real/heldout10, round 11).

"Statistical learning theory suggests that such heavily over-parameterised networks generalise
poorly without further regularisation, yet empirical studies consistently find that increasing
the size of networks ... does not impede their ability to generalise well, even without any
explicit regularisation" (arXiv:1906.08632, page 1) supported both "Increasing network size
impedes the ability of networks to generalise well" and "Statistical learning theory suggests
that heavily over-parameterised networks generalise well without regularisation". A sentence's
statement is read from its first main clause, and its judgement from all of it ("poorly" and
"well" cancel out); but each claim takes its words from one side of the "yet": the first from
the side after it, which denies what the claim asserts, the second from the side before it,
which judges "poorly" where the claim says "well".

Rule (`guard_turned_sides`): when a supporting quote turns at a contrast word (", yet", ",
but", "whereas", "while", "although", "though") and the claim's words that only one side prints
all sit on the same side, that side must have the claim's negation words ("without" aside: it
restricts more often than it denies) and must not judge the other way (verify/wording.py
`quality`, or a judgement word of the claim the side lacks while it prints its opposite: "well"
against "poorly"); otherwise the passage does not support the claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .content_words import GENERIC
from .passages import content_terms
from .undecided import decided, undecide
from .wording import quality

_TURN = re.compile(r"[,;]\s+(?:yet|but|whereas|while|although|though)\b|\s(?:whereas|although)\b",
                   re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|none|neither|nor|cannot)\b|n't\b", re.IGNORECASE)
# Judgement words and their opposites, as a side may print them against the claim's.
_OPPOSITES = {"well": ("poorly", "badly"), "good": ("poor", "bad"), "easy": ("hard", "difficult"),
              "strong": ("weak",), "large": ("small",), "fast": ("slow",),
              "simple": ("complex", "complicated"), "high": ("low",)}
_OPPOSITES.update({word: (key,) for key, words in list(_OPPOSITES.items()) for word in words})
_WORD = re.compile(r"[a-z]+")


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


def _negations(text: str) -> frozenset[str]:
    return frozenset(match.group(0).casefold().replace("n't", "not")
                     for match in _NEGATION.finditer(text))


def claims_side(claim_text: str, quote: str) -> str | None:
    """The side of the quote's first contrast turn that holds every claim word only one side
    prints; None without a turn, or when such words sit on both sides or on neither."""
    turn = _TURN.search(quote)
    if turn is None:
        return None
    before, after = quote[:turn.start()], quote[turn.start():]
    claim = _terms(claim_text)
    only_before = (claim & _terms(before)) - _terms(after)
    only_after = (claim & _terms(after)) - _terms(before)
    if only_before and not only_after:
        return before
    if only_after and not only_before:
        return after
    return None


def side_disagrees(claim_text: str, quote: str) -> str | None:
    """Why the side of the quote the claim sits on does not say what the claim does (its
    negation words differ, or it judges the other way); None when it agrees or no side holds
    the claim."""
    side = claims_side(claim_text, quote)
    if side is None:
        return None
    if _negations(claim_text) != _negations(side):
        return "negates otherwise"
    said, theirs = quality(claim_text), quality(side)
    if said is not None and theirs is not None and said != theirs:
        return "judges otherwise"
    claimed, printed = set(_WORD.findall(claim_text.casefold())), \
        set(_WORD.findall(side.casefold()))
    if any(word not in printed and printed & set(_OPPOSITES[word])
           for word in claimed & _OPPOSITES.keys()):
        return "judges otherwise"
    return None


def guard_turned_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote turns at a contrast word and whose
    side holding the claim's words negates or judges otherwise (module docstring). In place."""
    for check in list(decided(checks, CheckKind.source)):
        for evidence in check.evidence:
            why = side_disagrees(claim.text, evidence.quote)
            if why is not None:
                undecide(check, f"The claim's words are on one side of a contrast in the "
                                f"passage, and that side {why} than the claim", joint=": ")
                break
