"""A count the claim gives, met by one member of a set of values the passage prints.

"The regularization parameter Q is tuned over seven values" (contradicted: Li and Hovy, ACL
D14-1218, page 6, try Q on nine values, {0.01, 0.1, ..., 5.0}) was confirmed by "we tune only
two principal parameters ...: window size L (tried on {3, 5, 7}) and regularization parameter Q
(tried on": the text layer's sentence stops before Q's set, and the matcher met the claim's
"seven" by the 7 of L's set. Papers print the values they tried, the options they offer or the
sizes they compare as a set in braces or brackets ("{3, 5, 7}", "[50, 100, 200]"); a member of
such a set is one of those values, never a count of anything, so it neither confirms nor
contradicts a claim that counts things with the same number ("seven values", "four sizes", a
number word or a number before a plural noun).

`guard_set_members` undecides each decisive source check whose only agreeing numbers for such
a count are members of a set of two or more numbers in braces or brackets in the quoted
passage. It names no paper or number; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

__all__ = ["counts", "guard_set_members", "set_members"]

_SET = re.compile(r"[{\[]\s*(-?\d[\d.,eE\s\-]*?)\s*[}\]]")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")
_PLURAL = re.compile(r"^[A-Za-z]{3,}s$")


def set_members(quote: str) -> frozenset[str]:
    """The numbers printed as members of a set of two or more numbers in braces or brackets."""
    members: set[str] = set()
    for match in _SET.finditer(quote):
        numbers = _NUMBER.findall(match.group(1))
        if len(numbers) >= 2 and "," in match.group(1):
            members.update(numbers)
    return frozenset(members)


def counts(claim: Claim) -> frozenset[str]:
    """The claim's numbers that count things: a number word ("seven") or a number before a
    plural noun ("4 values")."""
    found = set()
    for quantity in claim.quantities:
        unit = quantity.unit or ""
        whole = quantity.value == int(quantity.value)
        if quantity.text.isalpha() or (_PLURAL.match(unit) and whole):
            found.add(quantity.text)
    return frozenset(found)


def guard_set_members(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose agreeing numbers for a count of the claim are
    all members of a printed set of values (module docstring). In place."""
    counted = counts(claim)
    if not counted:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            pairs = [pair for pair in evidence.numbers if pair.agree and pair.claimed in counted]
            if not pairs or "{" not in evidence.quote and "[" not in evidence.quote:
                continue
            members = set_members(evidence.quote)
            if all(pair.found in members for pair in pairs):
                undecide(check, f"Not decided: the passage prints {pairs[0].found} as one of a "
                                "set of values, not as a count of anything")
                break
