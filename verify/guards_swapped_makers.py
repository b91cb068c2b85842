"""A name the claim puts before a shared name ("a Compaq Pentium 90 PC") is not met by a
passage that puts another name there ("a Dell Pentium 90 PC") (probe31a: Vos et al., IMTC
1996).

"The framegrabber is placed in a Compaq Pentium 90 PC" (false: "placed in a Dell Pentium 90
PC") was confirmed: "gives 90 in a matching passage". The passage prints every word of the
claim but one, the maker's name, in whose place it prints another capitalized name: the
claim names another thing (a maker, a model, an author before a shared surname or product).

`guard_swapped_makers` undecides each supporting source check whose quotes never print a
capitalized word of the claim (not its first word) that stands right before another
capitalized word of the claim, while a quote prints that next word right after a capitalized
word the claim does not print. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_swapped_makers"]

_PAIR = re.compile(r"(?<=\s)([A-Z][a-z]{2,})\s+([A-Z][\w-]{2,})")


def _swap(claim_text: str, quote: str) -> tuple[str, str, str] | None:
    """(the claim's name, the passage's name, the shared next word) of the first swap."""
    claim_words = {word.casefold() for word in re.findall(r"\w+", claim_text)}
    printed = {word.casefold() for word in re.findall(r"\w+", quote)}
    for match in _PAIR.finditer(claim_text):
        name, after = match[1], match[2]
        if name.casefold() in printed:
            continue
        for other in re.finditer(rf"\b([A-Z][\w-]{{2,}})\s+{re.escape(after)}\b", quote):
            if other[1].casefold() not in claim_words:
                return name, other[1], after
    return None


def guard_swapped_makers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote puts another name where the claim
    puts its own, before a shared name (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        quote = " ".join(evidence.quote or "" for evidence in check.evidence)
        swap = _swap(claim.text, quote)
        if swap is not None:
            name, other, after = swap
            undecide(check, f"Not decided: the passage names “{other} {after}”, the claim "
                            f"“{name} {after}”, which the passage never prints")
