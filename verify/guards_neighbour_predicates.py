"""A claim whose subject only a neighbouring sentence names, while the sentence that says its
predicate says it of other things, is not supported (probe31a: Vos et al., IMTC 1996).

"Yellow and cyan closely resemble a grey tint" (false) was confirmed "in a sentence and its
neighbours" by "Furthermore, red/ magenta, blue and green closely resemble a grey tint (the
centre of the graph)." and the next sentence, "Yellow and cyan lie farthest apart, providing
the best distinction ...". The predicate is the first sentence's, said of red, magenta, blue
and green; the claim's subject is the next sentence's, of which that sentence says the
contrary. `guard_neighbour_subjects` reads this shape through numbers; this claim has none.

`guard_neighbour_predicates` undecides each supporting source check quoting two or more
sentences when the claim opens with a pair "A and B" (its subject: "yellow", "cyan") that
one quoted sentence names, while the quoted sentence that holds the most of the claim's other
content words (at least two of them) names neither and says the claim's next word after a
pair of its own ("blue and green closely ..."). A first version, on any first two content
words, withheld four right confirmations of the corpora of record (a subject named by the
neighbour and referred to by "it" or "the sources": "Unsupervised training data ... drawn
from Wikipedia"); the pair replaced by another pair is what this claim shows. It only
withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_neighbour_predicates"]

_WORD = re.compile(r"[^\W\d_]{3,}")
_PAIR = re.compile(r"([^\W\d_]{3,})\s+and\s+([^\W\d_]{3,})\s")
_STOP = frozenset(["the", "and", "for", "with", "that", "this", "are", "was", "were", "its",
                   "their", "from", "into", "which", "both", "all", "our", "than", "also"])


def _words(text: str) -> list[str]:
    return [word for word in (match.casefold() for match in _WORD.findall(text))
            if word not in _STOP]


def _moved_subject(claim_text: str, quotes: list[str]) -> tuple[str, str] | None:
    words = list(dict.fromkeys(_words(claim_text)))
    if len(words) < 4 or len(quotes) < 2:
        return None
    subject, rest = set(words[:2]), set(words[2:])
    said = [set(_words(quote)) for quote in quotes]
    holder = max(range(len(quotes)), key=lambda at: len(rest & said[at]))
    if len(rest & said[holder]) < 2 or subject & said[holder]:
        return None
    if not any(subject <= said[at] for at in range(len(quotes)) if at != holder):
        return None
    # the claim's subject is a pair "A and B", and the predicate's sentence says its first
    # word after a pair of its own ("blue and green closely ...")
    pair = _PAIR.match(claim_text.strip())
    if pair is None or {pair[1].casefold(), pair[2].casefold()} != subject:
        return None
    own = re.search(rf"\band\s+([^\W\d_]+)\s+{re.escape(words[2])}\b", quotes[holder], re.I)
    if own is None or own[1].casefold() in subject:
        return None
    return " and ".join(words[:2]), quotes[holder]


def guard_neighbour_predicates(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quoted sentence with the claim's predicate
    names none of the claim's subject, which a neighbouring quoted sentence names (module
    docstring). In place."""
    for check in list(supporting_sources(checks)):
        moved = _moved_subject(claim.text, [evidence.quote or "" for evidence in check.evidence])
        if moved is not None:
            subject, quote = moved
            undecide(check, f"Not decided: the sentence that says the claim's predicate "
                            f"(“{quote[:60]}…”) says it of other things; “{subject}” are "
                            "named only by a neighbouring sentence")
