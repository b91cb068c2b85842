"""Precision guard: a passage that gives the claim's thing the opposite superlative does not
support the claim.

Round 21, own probe of Antons et al., "Did You Notice? Neuronal Processing of Multimodal Mobile
Phone Feedback" (CHI 2013 Extended Abstracts, three columns): "The visual feedback produced the
highest P300 peak of all feedbacks" (false) was confirmed by two neighbouring sentences, "the
visual feedback produced the lowest peak of all possible feedbacks" and "The Auditory-Visual-
Haptic feedback resulted in the highest P300 peak amplitude"; "The tri-modal feedback resulted in
the shortest reaction time" (false) by "The tri-modal feedback resulted in the longest reaction
time" and a neighbour's "significantly shorter reaction times for visual ... feedback". Each
sentence lends words the other lacks, and the support across sentences reads "highest" in one and
the subject in the other, though the sentence with the subject ranks it the other way.

The general fact: a superlative has an opposite along its dimension ("highest" / "lowest",
"shortest" / "longest"), and a passage that gives the opposite superlative of the same measure
(a word of what follows the superlative: "peak", "reaction time") without giving the claim's own
superlative of it speaks of the other end of the ranking. `guard_opposite_superlatives` sets
aside each supporting source check one of whose lines does so and holds more of the claim's
subject (its words before the superlative) than every line that gives the claim's own: the
lender of "highest" above speaks of another feedback, and the true "The visual feedback
produced the lowest P300 peak" is still confirmed by the same two sentences. "The lowest
error" for "the highest accuracy" shares no measure word and is left alone. It only undecides;
the passage may hold another statement that contradicts the claim, which the other checks
decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .passages import content_terms
from .undecided import SUPPORTING, decided, undecide

_PAIRS = (("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"),
          ("longest", "shortest"), ("best", "worst"), ("fastest", "slowest"),
          ("strongest", "weakest"), ("maximum", "minimum"), ("earliest", "latest"),
          ("deepest", "shallowest"), ("widest", "narrowest"), ("greatest", "smallest"))
_OPPOSITES: dict[str, set[str]] = {}
for _up, _down in _PAIRS:
    _OPPOSITES.setdefault(_up, set()).add(_down)
    _OPPOSITES.setdefault(_down, set()).add(_up)
# A superlative and the (up to three) words after it, which name what it ranks by.
_SUPERLATIVE = re.compile(rf"\b(?P<word>{'|'.join(_OPPOSITES)})\b(?P<what>(?:\s+[\w-]+){{0,3}})",
                          re.IGNORECASE)


def _ranked(text: str) -> list[tuple[str, frozenset[str], int]]:
    """Each superlative of `text` with the content terms of what it ranks by, and where."""
    return [(match["word"].casefold(), frozenset(content_terms(match["what"])), match.start())
            for match in _SUPERLATIVE.finditer(text)]


def guard_opposite_superlatives(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose lines give the opposite of a claim's
    superlative for the same measure in a line that holds more of the claim's subject than
    any line giving the claim's own (module docstring). In place."""
    said = [(word, what, frozenset(content_terms(claim.text[:start])))
            for word, what, start in _ranked(claim.text) if what]
    if not said:
        return
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        lines = [(_ranked(evidence.quote or ""), frozenset(content_terms(evidence.quote or "")))
                 for evidence in check.evidence]
        for word, what, subject in said:
            own = max((len(subject & terms) for given, terms in lines
                       if any(other == word and what & measure for other, measure, _ in given)),
                      default=-1)
            opposite = max(((len(subject & terms), other) for given, terms in lines
                            for other, measure, _ in given
                            if other in _OPPOSITES[word] and what & measure), default=None)
            if opposite is not None and opposite[0] > own:
                undecide(check, f"Not confirmed: the passage gives \u201c{opposite[1]}\u201d "
                                f"where the claim says \u201c{word}\u201d")
                break
