"""Numbers a joint support finds in two sentences, each given there to the other side of the
claim (probe38b, round 38: Ussher et al., Physical activity for smoking cessation in pregnancy,
BMJ 2015;350:h2145, page 3).

"The trial anticipated a cessation rate of 23% in the control group and 15% in the treatment
group" (false: the groups are swapped) was CONFIRMED "in 2 passages" by "We anticipated a
cessation rate of 15% in the control group, ..." and "Based on pilot work, we projected a
cessation rate of 23% in the treatment group.": when no single sentence prints every claimed
number, the source check lets neighbouring sentences each lend one (source_check.
_joint_support), and each sentence agrees with a number, but gives it to the other group.

The rule (`other_sides_number`): in a support quoting two or more sentences, each lending a
claimed number, the words the claim prints right after each number (up to the next number, a
comma, "and", "versus", a bracket) name its side ("in the control group"). When the words after
the number in its lending sentence hold a word that only another number's side of the claim
has ("treatment") and none that only the number's own side has ("control"), the sentence gives
the number to the other side, and the support is withheld. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import supporting_sources, undecide
from .wording import plain

__all__ = ["guard_joint_owners", "other_sides_number", "side_after"]

enabled = True
"""Whether the rule runs (a planted-bug test switches it off)."""

_SIDE_END = re.compile(r"[,;:()\[\]]|\s(?:and|or|versus|vs\.?|v|while|whereas|but|than)\s|\d"
                       r"|\.(?:\s|$)", re.IGNORECASE)
_SIDE_WORDS = 5


def side_after(text: str, end: int) -> frozenset[str]:
    """The content words `text` prints right after position `end` (a number's end), up to the
    next number, comma, bracket, "and" or "versus", at most `_SIDE_WORDS`: whose the number is."""
    rest = text[end:]
    stop = _SIDE_END.search(rest)
    rest = rest[:stop.start()] if stop else rest
    return frozenset(plain(term) for term in content_terms(rest)[:_SIDE_WORDS]
                     if not term[0].isdigit())


def _printed_end(quote: str, printed: str) -> int | None:
    """The end of `printed` (a number as the claim prints it) in `quote`, once alone."""
    found = [match.end() for match in re.finditer(
        rf"(?<![\d.]){re.escape(printed)}(?![\d])", quote)]
    return found[0] if len(found) == 1 else None


def other_sides_number(claim: Claim, quote: str, claimed: float) -> tuple[str, str] | None:
    """(the number as printed, a word of another number's side) when `quote` gives the claimed
    number `claimed` to another side of the claim than the claim does; else None."""
    sides = []
    own = None
    for quantity in claim.quantities:
        side = side_after(claim.text, quantity.span[1])
        sides.append(side)
        if quantity.value == claimed and own is None:
            own = (quantity, side)
    if own is None or not own[1]:
        return None
    quantity, side = own
    others = frozenset().union(*(other for other in sides if other is not side)) - side
    only_own = side - frozenset().union(*(other for other in sides if other is not side))
    if not others or not only_own:
        return None
    end = _printed_end(quote, quantity.text.strip())
    if end is None:
        return None
    printed = side_after(quote, end)
    if printed & only_own:
        return None
    swapped = sorted(printed & others)
    return (quantity.text.strip(), swapped[0]) if swapped else None


def guard_joint_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each support that several sentences give jointly when one of them gives its
    number to another side of the claim (module docstring). In place."""
    if not enabled or len(claim.quantities) < 2:
        return
    for check in list(supporting_sources(checks)):
        lending = [evidence for evidence in check.evidence
                   if evidence.claimed is not None and evidence.quote]
        if len({evidence.quote for evidence in lending}) < 2:
            continue
        for evidence in lending:
            found = other_sides_number(claim, evidence.quote, evidence.claimed)
            if found:
                undecide(check, f"Not confirmed: the sentence lending {found[0]} gives it to "
                                f"\u201c{found[1]}\u201d, another side of the claim")
                break
