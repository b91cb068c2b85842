"""A claim's word that the quoted sentence says only after "than": the sentence's number is
the other side's (probe24c, round 24: Douglas et al., Clin Sci 2014).

"33RE had a C-domain Ki of 10,395 nM" (true: Table 4 and the text's "C-domain ... compound
33RE (Ki = 10 395 ± 593 nM)") was contradicted, while that sentence's "±" was unread, by the
abstract's "compound 33RE ... displayed potent inhibition (Ki = 11.21 ± 0.74 nM) and was
927-fold more selective for the N-domain than the C-domain": the claim's "C-domain" is
printed there only as what the compound is compared against, and the Ki is the N-domain's.

The general fact: a sentence "A ... x ... more than B" gives its numbers to A. When a claim
that compares nothing (no "than" of its own) says a content word that the quoted sentence
prints only in its "than" argument, and that argument prints no number, the sentence's
numbers are not about the claim's thing: each decisive source check on it decides nothing
(`guard_than_only`). The argument runs from "than" to the next clause break or the end,
brackets included: "higher than that of a negative pair by a margin (set to .85)" gives its
number to the argument, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .passages import content_terms
from .undecided import DECIDING, decided, undecide

# From "than" to the next clause break, brackets included ("higher than that of a negative
# pair by a margin (set to .85)" holds its number).
_THAN = re.compile(r"\bthan\b(?P<argument>[^;:,]*)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Words of a sentence's frame, not of its subject ("20 times less than under nls").
_FRAME = frozenset(content_terms("under over after before above below about using within "
                                 "without between among across through during"))


def than_only_term(claim_text: str, quote: str) -> str | None:
    """A content term of the claim that `quote` prints only in a number-free "than" argument;
    else None."""
    if _THAN.search(claim_text) or not _THAN.search(quote):
        return None
    arguments, rest, last = [], [], 0
    for match in _THAN.finditer(quote):
        if _DIGIT.search(match.group("argument")):
            return None
        arguments.append(match.group("argument"))
        rest.append(quote[last:match.start()])
        last = match.end()
    rest.append(quote[last:])
    inside = set(content_terms(" ".join(arguments)))
    outside = set(content_terms(" ".join(rest)))
    return next((term for term in content_terms(claim_text)
                 if term in inside and term not in outside and not _DIGIT.search(term)
                 and term not in _FRAME), None)


def guard_than_only(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence says a word of the claim only as
    what it compares against (module docstring). In place."""
    if not claim.quantities:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            term = than_only_term(claim.text, evidence.quote or "")
            if term is not None:
                undecide(check, f"Not decided: the sentence says the claim's “{term}” only "
                                "after “than”, as what its numbers are compared against")
                break
