"""An ordinal the claim gives a noun, against another ordinal the passage gives that noun
(round 25, probe25a).

"This is the second report of isolation of compounds 1-3 from P. paludosa" (false) was
confirmed by "This is the first report of isolation of the compounds 1-3 and bioactivities of
P. paludosa" (Alam et al., Dhaka Univ. J. Pharm. Sci. 2009, abstract): every word but the
ordinal is there, and "first" and "second" are common words the match lets go unsaid.

`other_ordinal` reads each "<ordinal> <noun>" of the claim ("second report", "third phase");
when the passage gives that noun only other ordinals ("first report"), the passage speaks of
another one, and it confirms nothing (`guards_superlatives.guard_ranked_places` runs it). It
names no paper or noun.
"""

from __future__ import annotations

import re

__all__ = ["other_ordinal"]

_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|"
    r"[4-9]th)\s+([a-z][a-z\-]{2,})\b", re.IGNORECASE)


def _ordinals(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for match in _ORDINAL.finditer(text):
        found.setdefault(match.group(2).casefold(), set()).add(match.group(1).casefold())
    return found


def other_ordinal(claim_text: str, quote: str) -> tuple[str, str] | None:
    """(the claim's "<ordinal> <noun>", the passage's) when the passage gives a noun of the
    claim only ordinals other than the claim's; else None."""
    said = _ordinals(claim_text)
    if not said:
        return None
    given = _ordinals(quote)
    for noun, ordinals in said.items():
        if given.get(noun) and not ordinals & given[noun]:
            return (f"{sorted(ordinals)[0]} {noun}", f"{sorted(given[noun])[0]} {noun}")
    return None
