"""A clause whose subject is quantified by "no" denies its verb (held out 19, round 19).

"The English and German strings are encoded as sequences of characters; no explicit
segmentation into words or morphemes is applied to the strings" (Kalchbrenner et al., ByteNet,
arXiv:1610.10099, page 6) says that segmentation is not applied. The polarity reader
(extract/polarity.py) found no negation in its second clause: "no" counts there only before a
direction word ("no gain"), after a verb of needing ("requires no labels") or before an effect
noun ("no significant difference"); elsewhere it describes a noun ("tasks with no training
data"). So the claim "the strings are explicitly segmented into words", every content word of
which the clause prints, was confirmed.

The general fact about how papers write a denial in the passive voice: a clause that opens on
"no" (its subject's determiner: "no segmentation is applied", "no labels were used", "no
pre-processing has been performed") and reaches a form of "be" or "have" within a few words,
with no comma between, states that the verb's action did not happen, as "segmentation is not
applied" does. `denied_subject` reads that; "no" inside a clause ("tasks with no training
data improve") is left as before.
"""

from __future__ import annotations

__all__ = ["denied_subject"]

_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"])
_REACH = 8  # words between the clause-opening "no" and its verb at most
_STOPS = frozenset([",", "(", ";", ":"])


def denied_subject(words: list[str]) -> bool:
    """Whether a clause's lower-case words (extract/polarity.py `_WORD`) open on "no" and reach
    an auxiliary ("is", "were", "has", ...) within `_REACH` words, no comma between."""
    if not words or words[0] != "no":
        return False
    for word in words[1:_REACH + 1]:
        if word in _STOPS:
            return False
        if word in _AUXILIARIES:
            return True
    return False
