"""A sentence about the sibling of the claim's thing named by another letter before one head
word: "N-domain" for "C-domain" (probe24c, round 24: Douglas et al., Clin Sci 2014).

"The crystal structure of 33RE bound to the C-domain was solved at 2.5 Å" (the paper solved
no C-domain structure) was contradicted by "The co-crystal structure of N-domain ACE was solved
at 2.2 Å in complex with compound 33RE". Papers name the two parts, ends or kinds of one thing
by a short capital prefix before a shared head word: "N-domain" and "C-domain", "N-terminal"
and "C-terminal", "T-cell" and "B-cell", "x-axis" and "y-axis". The variants of a model
("ARC-I", "ARC-II") are `guards_sibling_variants`'s; these put the letter first.

The general fact: when the claim names "<prefix>-<head>" and the quoted sentence names the
same head after another prefix of one to three letters, and never the claim's own, the
sentence speaks of the sibling, and its number neither confirms nor contradicts the claim:
each decisive source check on it decides nothing (`guard_prefix_siblings`). A sentence that
names both ("more selective for the N-domain than the C-domain") is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

_PREFIXED = re.compile(r"(?<![\w\-])([A-Za-z]{1,3})-([a-z]{3,})\b")


def _named(text: str) -> dict[str, set[str]]:
    """Each head word of `text` printed after a short prefix, with its prefixes (folded)."""
    found: dict[str, set[str]] = {}
    for prefix, head in _PREFIXED.findall(text):
        if prefix.isupper() or len(prefix) == 1:
            found.setdefault(head.casefold(), set()).add(prefix.casefold())
    return found


def sibling_of(claim_text: str, quote: str) -> tuple[str, str] | None:
    """(the claim's name, the sentence's sibling) when the sentence names the claim's head
    after other prefixes only; else None."""
    mine = _named(claim_text)
    if not mine:
        return None
    theirs = _named(quote)
    for head, prefixes in sorted(mine.items()):
        other = theirs.get(head, set())
        if other and not other & prefixes:
            return (f"{sorted(prefixes)[0]}-{head}", f"{sorted(other)[0]}-{head}")
    return None


def guard_prefix_siblings(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence names a prefix sibling of the
    claim's thing and not the thing itself (module docstring). In place."""
    if "-" not in claim.text:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            pair = sibling_of(claim.text, evidence.quote or "")
            if pair is not None:
                undecide(check, f"Not decided: the sentence speaks of the {pair[1]}, not of "
                                f"the claim's {pair[0]}")
                break
