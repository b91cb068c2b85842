"""A number printed for another species than the one the claim names ("P. polymorpha" for "C.
utilis").

A review of microbial enzymes gives each organism's constants in sentences of their own, the
organisms named by abbreviated binomials: "l-asparaginase of P. polymorpha showed a kM value
of 13.7 mM and optimum pH 6.7. On the other hand, the enzyme produced by C. utilis has kM
value of 77 µM." The sentence before names both yeasts in full ("the yeasts Pichia polymorpha
and Candida utilis"), so the passage of the first spoke of everything "The enzyme produced by
C. utilis has a kM value of 13.7 mM" says, and confirmed it (false: 13.7 mM is P. polymorpha's;
Cachumba et al., Braz. J. Microbiol. 2016; round 27, probe27b).

A deciding source check is set aside when the claim names an organism by an abbreviated
binomial ("C. utilis", "E. coli"), and every quote of the check names one or more organisms so
(`P. polymorpha`) but none whose species the claim names, nor prints the claim's species
anywhere. The quote's number then belongs to the organism it names. Read for claims with a
number and without one alike: the binomials, not the number, say whose the quote is; the rule
only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

# "P. polymorpha", "E.coli": a capital's initial with its full stop, then a lower-case epithet.
_BINOMIAL = re.compile(r"\b[A-Z]\.\s?(?P<species>[a-z]{3,})\b")



def _species(text: str) -> set[str]:
    return {match["species"] for match in _BINOMIAL.finditer(text)}


def other_species(claim_text: str, quote: str) -> str | None:
    """The organism the quote names instead of the claim's (its binomial as printed), or None
    when the quote names none so, or names the claim's species (module docstring)."""
    claimed = _species(claim_text)
    if not claimed:
        return None
    printed = list(_BINOMIAL.finditer(quote))
    if not printed or any(match["species"] in claimed for match in printed):
        return None
    words = set(re.findall(r"[a-z]+", quote))
    if claimed & words:
        return None
    return printed[0].group()


def guard_species_owners(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding source check whose every quote names another organism than the
    claim's (module docstring). In place."""
    if not _BINOMIAL.search(claim.text):
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        quotes = [evidence.quote for evidence in check.evidence if evidence.quote]
        if not quotes:
            continue
        others = [other_species(claim.text, quote) for quote in quotes]
        if all(others):
            undecide(check, f"The passage gives its number to {others[0]}, an organism the "
                            "claim does not name; the claim's is named elsewhere")
