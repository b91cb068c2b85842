"""A number glued to what it measures: "a 100-dimensional vector", "10-fold", "3-layer"
(probe 15).

"Each word is composed into a 100-dimensional vector with a LSTM layer" (false: 50; the 100 is
the BiLSTM hidden size) was confirmed by "We set the hidden size as 100 for all BiLSTM layers"
(Wang et al. 2017, BiMPM, arXiv:1702.03814), the claim's other words found in the sentence
before ("... compose each word into a 50-dimensional vector with a LSTM layer"). A number
hyphenated to a word says what it measures in that word; a sentence that prints the number
with no form of that word anywhere ("100" as a "hidden size") gives another quantity. A
decisive source check decides nothing when the claim glues a matched number to a word whose
stem (its first five letters, or the whole of a shorter word) the passage's own sentence does
not print (`guard_glued_units`); a neighbour sentence cannot lend it. (Asking for the word
within a few words of the number lost "PRIMERA's 647-word" summaries, printed "average length
of 647" after "416 words", on redteam2.)

It names no paper or unit; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence

from .guards_passages import printed_at
from .undecided import DECIDING, undecide_by_evidence

# "100-dimensional", "10-fold", "3-layer": a number, a hyphen, a word of letters.
_GLUED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)-([^\W\d_]{3,})\b")
_STEM = 5


def glued_words(text: str) -> dict[str, str]:
    """Each number the claim glues to a word -> the word's stem, folded ("100" ->
    "dimen")."""
    return {match[1]: match[2].casefold()[:_STEM] for match in _GLUED.finditer(text)}


def prints_stem(quote: str, number: str, stem: str) -> bool:
    """Whether the sentence `quote`, which prints `number`, prints `stem` too."""
    return next(printed_at(quote, number), None) is not None and stem in quote.casefold()


def guard_glued_units(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose passage prints a number the claim glues to
    a word with no form of that word near it (module docstring). In place."""
    glued = glued_words(claim.text)
    if not glued:
        return

    def why(evidence: Evidence) -> str | None:
        quote = evidence.quote or ""
        for pair in evidence.numbers:
            stem = glued.get(pair.claimed)
            if stem and not prints_stem(quote, pair.found, stem):
                return (f"Not decided: the claim's {pair.claimed} measures “{stem}…”, and "
                        f"the passage prints {pair.found} with no such word")
        return None

    undecide_by_evidence(checks, CheckKind.source, DECIDING, why)
