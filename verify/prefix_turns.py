"""A sentence that turns, at a contrast word, to the negative-prefix form of one of its words.

"This pattern of signaling is observed frequently in co-cultures of the immortalized glial cell
line and the GT1 neuronal cell line, but infrequently (3/20 stimulations in five different
cultures) in the primary glial-neuronal cultures" (Charles, Intercellular Calcium Waves in
Glia, GLIA 24:39-49, 1998, page 2; round 23's own probe) says "frequently" of the cell lines and
"infrequently" of the primary cultures. The claim "Rapid glial-neuronal signaling was observed
frequently in the primary glial-neuronal cultures" (false) found "observed frequently" before
the "but" and "primary glial-neuronal cultures" after it, and was confirmed.
`straddles_contrast` (contrast_sides.py) reads a turn from the clauses' negations, and
"infrequently" is no negation word.

English negates many words by a prefix ("frequent" / "infrequent", "likely" / "unlikely",
"significant" / "insignificant", "stable" / "unstable", "similar" / "dissimilar"). A clause
opened by a contrast word (but, while, whereas, yet) that prints such a prefixed form of a word
printed before the turn, or the bare word of a prefixed form printed before it, turns the
sentence as a negation would (`prefix_turn`); contrast_sides then asks whether the claim's
words sit on both sides. It reads only the words; it names no paper or word.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PREFIXES = ("non-", "non", "dis", "un", "in", "im", "ir", "il")
_STEM = 5  # the least letters the bare word keeps ("stable", "likely", "frequent")
_CONTRAST = re.compile(r"\b(?:but|while|whereas|yet)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;]|\b(?:but|while|whereas|yet)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z\-]*")


def _bare(word: str) -> str | None:
    """The word a negative prefix was put on ("frequently" of "infrequently"), or None."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _STEM:
            return word[len(prefix):]
    return None


@lru_cache(maxsize=16384)
def prefix_turn(text: str) -> int | None:
    """Where the sentence turns, at a contrast word, to the prefixed opposite of a word it
    printed before (or back to the bare word of a prefixed one); None when it does not."""
    for match in _CONTRAST.finditer(text):
        before = set(_WORD.findall(text[:match.start()].casefold()))
        if not before:
            continue
        end = _CLAUSE_END.search(text, match.end())
        after = _WORD.findall(text[match.end():end.start() if end else len(text)].casefold())
        bare_before = {bare for word in before if (bare := _bare(word))}
        for word in after:
            if _bare(word) in before or (word in bare_before and word not in before):
                return match.start()
    return None
