"""A place in a ranking said wrong: "ranked first" where the paper says "reached the second place".

Shared tasks and leaderboards rank systems, and papers state their own system's place with an
ordinal: "we could reach the second place", "our system ranked third", "placed fourth in the
joint task". A claim giving another place for the same ranking says what the paper denies: a
system holds one place in one ranking. Only a place the statement gives its subject counts
(after a verb of ranking, or as "<ordinal> place"); an ordinal that names another system ("only
0.09 points behind the first ranked system", "the first-place team") is no place of the
subject. The claim must state exactly one place, the sentence must state one place, another
one, and the passage must hold all else the claim says (its rank words aside): the subtask,
the system, the task. A rank among causes is a place too: "the third leading cause of death",
"the second most common cause" (a claim of "the second leading cause" against it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from verify_claims.claims import Claim, Sentence

from .content import Accounting, ClaimParts, account
from .passages import PassageIndex

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# "ranked first", "placed 2nd", "came third", "finished fourth", "ranks first";
# "reached the second place", "took second place", "the fourth place in the joint task".
_PLACE = re.compile(
    rf"\b(?:rank(?:s|ed)?|plac(?:es|ed)|came|finish(?:es|ed)|end(?:s|ed))\s+(?:as\s+)?"
    rf"(?:the\s+)?(?P<after>{_ORDINAL})\b(?![\s-]+(?:ranked|placed)\b)"
    rf"|\b(?P<before>{_ORDINAL})\s+(?:place|position)\b"
    rf"|\b(?P<lead>{_ORDINAL})[\s-]+(?:most\s+(?:common|frequent|important)|leading|commonest"
    rf"|largest|biggest)\s+(?:cause|reason|source|contributor|killer)s?\b", re.I)
_WORDS = frozenset(("rank", "ranks", "ranked", "place", "placed", "places", "position", "came",
                    "finished", "finishes", "ended", "ends", "reach", "reached", "took",
                    "take", "takes", *_ORDINALS))


def places(text: str) -> list[int]:
    """The places a text states for its subject (module docstring)."""
    found = []
    for match in _PLACE.finditer(text):
        word = (match.group("after") or match.group("before")
                or match.group("lead")).casefold()
        found.append(_ORDINALS[word])
    return found


def rank_flip(claim: Claim, parts: ClaimParts | None, sentence: Sentence,
              passage: Callable[[], frozenset[str]],
              index: PassageIndex | None) -> Accounting | None:
    """The passage's accounting when the sentence gives the claim's subject another place in
    the same ranking and the passage holds all else the claim says; else None."""
    if parts is None or index is None or claim.negated or sentence.negated:
        return None
    mine, theirs = places(claim.text), places(sentence.text)
    if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
        return None
    rest = replace(parts, parts=tuple(part for part in parts.parts
                                      if part.text.casefold() not in _WORDS))
    found = account(rest, passage(), index, [sentence], relation=False)
    return found if found.contradicts and not found.unseen else None
