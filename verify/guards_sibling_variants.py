"""A number in the clause of a sibling variant of the claim's model ("ARC-II" for "ARC-I"; red
team 10, round 19).

"ARC-I models have eight layers" was confirmed by "ARC-II models for all tasks have eight
layers (three for convolution, three for pooling, and two for MLP), while ARC-I performs
better with less layers (two for convolution, ...)" (Hu et al., arXiv:1503.03244, page 6).
The entity tagger reads both names as "ARC", so the claim's name was found and the number
agreed; but the sentence gives "eight" to ARC-II, and turns ("while") to ARC-I.

Papers name the variants of one model by a base and a numbered suffix ("ARC-I" / "ARC-II",
"GPT-2" / "GPT-3", "ResNet-50" / "ResNet-101"), and a sentence that compares two of them gives
each clause to one. The general rule: split the quote into clauses at ";" and at a contrast
word (while, whereas, but, although); when the clause that prints the number the check read
names a sibling of the claim's variant (the same base, another suffix) and not the claim's
variant itself, the number is the sibling's, and the check decides nothing either way
(`sibling_clause`). A claim naming the base alone, or both variants, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

_VARIANT = re.compile(r"(?<![\w\-])([A-Z][A-Za-z]*)-([IVX]{1,4}|\d{1,4})(?![\w\-])")
_TURN = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\s+", re.IGNORECASE)


def variants(text: str) -> set[tuple[str, str]]:
    """The (base, suffix) names of `text` with a numbered suffix ("ARC-II" -> ("ARC", "II"))."""
    return {(match.group(1), match.group(2)) for match in _VARIANT.finditer(text)}


def sibling_clause(claim_text: str, quote: str, found: str) -> str | None:
    """The sibling variant ("ARC-II") named by the clause of `quote` that prints `found`, when
    that clause does not name the claim's own variant; else None."""
    claimed = variants(claim_text)
    if not claimed or len(claimed) > 1:
        return None
    base, suffix = next(iter(claimed))
    if base.casefold() not in quote.casefold():
        return None  # no sibling of the base is printed: no pattern is built for `found`
    number = re.compile(rf"(?<![\w.]){re.escape(found)}(?![\w])", re.IGNORECASE)
    for clause in _TURN.split(quote):
        if not number.search(clause):
            continue
        named = variants(clause)
        if (base, suffix) in named:
            return None
        siblings = sorted(f"{b}-{s}" for b, s in named if b == base and s != suffix)
        return siblings[0] if siblings else None
    return None


def guard_sibling_variants(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding source check whose number sits in a clause of a sibling variant
    of the claim's model and not of the claim's variant. In place."""
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            hit = next((sibling for pair in evidence.numbers
                        if (sibling := sibling_clause(claim.text, evidence.quote, pair.found))),
                       None)
            if hit is not None:
                undecide(check, f"The passage gives the number to \u201c{hit}\u201d, a sibling "
                                f"of the variant the claim names")
                break
