"""A factor ("20 times less") is no amount ("21 Mbytes").

"Under the plinear implementation of variable projection about 21 Mbytes of vector space is
allocated in solving the example problem" (false: 12 Mbytes, page 42) was confirmed by "about .5
Mbytes of vector space is allocated, about 20 times less than under plinear on the same
problem" (Mullen and van Stokkum, TIMP, JSS 2007, page 43; probe23b): the claim's hedged 21
agreed with the hedged "20 times", the parser knowing no unit for "Mbytes" (an unknown unit
allows any other), and every word of the claim stood in the sentence.

A number read as a factor ("N times", "N x", "N-fold") multiplies another quantity; a claimed
number followed by the noun it counts or measures ("21 Mbytes", "21 papers") is that quantity
itself. A supporting source check that pairs such an amount with a factor has compared two
measures, and it decides nothing (`factor_for_amount`). A claimed factor ("20 times smaller")
and a claimed number with no word after it are left to the number readers, and so is a number
written in scientific notation ("2.44 \u00d7 10^4"): its sign multiplies by a power of ten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["factor_for_amount", "guard_factor_amounts"]

_FACTOR = re.compile(r"^\s*(?:times\b|x\b|\u00d7|-?fold\b)", re.IGNORECASE)
# A power of ten after the sign ("2.44 \u00d7 10^4") writes one number, no factor (probe35b:
# Hu et al., Appl. Environ. Microbiol. 2011, "a maximum of 2.44 \u00d7 10^4 copies ng DNA\u22121"
# was set aside as a factor against the claim's own "2.44 \u00d7 10^4 copies per ng of DNA").
_FOUND_FACTOR = re.compile(r"\d\s*(?:times\b|(?:x\b|\u00d7)(?!\s*10\s*\^)|-?fold\b)",
                           re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s*(?P<noun>[A-Za-z][A-Za-z\-]*)")


def factor_for_amount(claim: Claim, claimed: str, found: str) -> str | None:
    """The noun the claim's number `claimed` counts or measures when the passage's `found`
    is a factor and `claimed` is an amount of that noun; else None."""
    if not _FOUND_FACTOR.search(found):
        return None
    for quantity in claim.quantities:
        if quantity.text.strip() != claimed.strip() or quantity.unit == "x":
            continue
        after = claim.text[quantity.span[1]:]
        if _FACTOR.match(after):
            return None
        noun = _NOUN_AFTER.match(after)
        return noun["noun"] if noun else None
    return None


def guard_factor_amounts(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that pairs an amount of the claim with a factor
    of the passage (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            pair = next(((pair, noun) for pair in evidence.numbers
                         if (noun := factor_for_amount(claim, pair.claimed, pair.found))), None)
            if pair is not None:
                undecide(check, f"The claim's {pair[0].claimed} is an amount of {pair[1]}; the "
                                f"passage's {pair[0].found} is a factor of another quantity")
                break
