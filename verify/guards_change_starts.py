"""The number a change starts from ("going from 25.9 to 30.6") is the state before it; a claim
that gives that number as a plain level does not get it confirmed by the change's passage.

arXiv:1705.02364 tells its COCO results as changes: "When trained with ResNet features and 30k
more training data, the SkipThought vectors perform significantly better than the original
setting, going from 33.8 to 37.9 for caption retrieval R@1, and from 25.9 to 30.6 on image
retrieval R@1." "With ResNet-101 features, SkipThought's image retrieval R@1 is 25.9" (false:
25.9 is the original VGG19 setting's; with ResNet it is 30.6) found its words and its number
there and was confirmed (probe of heldout14). What the passage attaches to the change (ResNet
features, more data) is the condition of the number it ends at, not of the one it starts from.

`guard_change_starts` sets aside each supporting source check whose agreeing number is the
start X of a "from X to Y" in its quote when the claim gives a level: it prints neither "from"
nor Y, nor a word of the state before a change ("before", "original", "initially", "baseline",
"without"). The passage states both states; which one the claim's conditions belong to, it
does not say by X alone. It only undecides; it names no paper, system or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["change_start", "guard_change_starts"]

_NUMBER = r"[-+\u2212]?\d[\d,]*(?:\.\d+)?"
_FROM_TO = re.compile(rf"\bfrom\s+({_NUMBER})\s*%?\s+to\s+({_NUMBER})", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:from|before|original(?:ly)?|initial(?:ly)?|baselines?|without|"
                     r"prior|previous(?:ly)?)\b", re.IGNORECASE)


def _same(printed: str, number: str) -> bool:
    def plain(text: str) -> str:
        return text.lstrip("+").replace("\u2212", "-").replace(",", "")
    try:
        return float(plain(printed)) == float(plain(number))
    except ValueError:
        return False


def change_start(claim_text: str, quote: str, found: str) -> str | None:
    """The "from X to Y" of `quote` whose X is `found`, when the claim gives a plain level (no
    "from", no Y, no word of the state before a change); else None."""
    if _BEFORE.search(claim_text):
        return None
    claimed = re.findall(_NUMBER, claim_text)
    for match in _FROM_TO.finditer(quote):
        start, end = match.group(1), match.group(2)
        if _same(start, found) and not any(_same(end, number) for number in claimed):
            return match.group()
    return None


def guard_change_starts(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that agrees with the start of a change the claim
    gives as a level (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            change = next((change for pair in evidence.numbers if pair.agree
                           if (change := change_start(claim.text, evidence.quote or "",
                                                      pair.found))), None)
            if change is not None:
                undecide(check, f"Not confirmed: the passage gives the number as where a change "
                                f"starts (\u201c{change}\u201d), the state before what it "
                                f"describes, and the claim gives it as a level", joint=": ")
                break
