"""The total of "K out of N" is no count of what the sentence asserts (held out 19, round 19).

"On the mismatched setting, CAFE outperforms ESIM in 12 out of 13 categories, losing only in
one percentage point in Active/Passive category" (Tay et al., CAFE, arXiv:1801.00102, page 8)
confirmed "CAFE outperforms ESIM in all 13 linguistic categories on the mismatched setting":
the claim's only number, 13, is printed, with the claim's names and verb around it. But 13 is
the total the sentence counts against; what it asserts holds for 12 of them.

The general fact about how papers write proportions: in "K out of N", "K of N", "K of the N"
(whole numbers), N counts the whole set and K the part the statement is about. A claim that
prints N but not K speaks of the whole set ("all 13", "the 13 categories"), which the sentence
never asserts anything of: the sentence decides nothing for it (`total_only`; withheld, not a
contradiction). A claim that prints K too ("12 of the 13 categories") is read as before.
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Sentence

__all__ = ["EXPLANATION", "total_only"]

EXPLANATION = ("the claim's number is the total of a proportion (\u201cK out of N\u201d) in the "
               "passage, which states its result for the part, not for all of them")

_PROPORTION = re.compile(r"\b(\d{1,6})\s+(?:out\s+of|of)\s+(?:the\s+|all\s+)?(\d{1,6})\b",
                         re.IGNORECASE)


def total_only(claim: Claim, sentence: Sentence) -> bool:
    """Whether the sentence prints "K out of N" (K < N) and the claim prints N but not K
    (module docstring)."""
    text = sentence.text
    if " of " not in text:
        return False
    claimed = {quantity.value for quantity in claim.quantities}
    if not claimed:
        return False
    for match in _PROPORTION.finditer(text):
        part, whole = int(match.group(1)), int(match.group(2))
        if part < whole and whole in claimed and part not in claimed:
            return True
    return False
