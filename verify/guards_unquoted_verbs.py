"""A claim's verb found only in a sentence the evidence does not show (round 27).

"Annihilation effects were included in the model" (false: "Annihilation effects have been
neglected", page 33 of Zeng, Van Orden and Roberts, Heavy Mesons In A Relativistic Model,
hep-ph/9412269) was confirmed at match score 0.64 by two sentences of page 15: "... we expect the
annihilation effects on QQ spectra to be small" and the next. Neither says "included": the
match took it from a third sentence of the window, "One may also include an annihilation term in
the hamiltonian", which says what one may do, and which the evidence did not show.

A claim without a number that states what was done to its subject ("were included", "is
trained", "was removed") asserts that verb. A passage of several sentences supports it only
when one of the sentences it shows prints the verb (in any form: "include", "including"); a
verb lent by an unshown neighbour is no part of the evidence a reader can check
(`guard_unquoted_verbs`). Claims with a number are decided by their numbers. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, decided, undecide

__all__ = ["claimed_verb", "guard_unquoted_verbs"]

_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?"
                      r"([a-z]{4,}(?:ed|en))\b")
_STEM = 5


def claimed_verb(text: str) -> str | None:
    """The participle the claim asserts of its subject ("were included": "included"), else
    None."""
    match = _PASSIVE.search(text.casefold())
    return match.group(1) if match else None


def guard_unquoted_verbs(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check of several passages none of which prints the
    claim's verb (module docstring). In place."""
    if claim.quantities:
        return
    verb = claimed_verb(claim.text)
    if verb is None:
        return
    stem = re.compile(r"\b" + re.escape(verb[:_STEM]))  # "included": "inclu"
    for check in list(decided(checks, CheckKind.source, SUPPORTING)):
        if len(check.evidence) < 2:
            continue
        if any(stem.search((evidence.quote or "").casefold()) for evidence in check.evidence):
            continue
        undecide(check, f"Not decided: no sentence the evidence shows says \u201c{verb}\u201d; "
                        f"the match took it from a neighbour sentence not shown")
