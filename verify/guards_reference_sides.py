"""A number printed on the reference side of "compared with", owned by what follows it.

Round 37's name-swap mutants (benchmarks/mutation_names.py) on the ACE inhibitor paper
(Clinical Science 2014, tests/real/papers/ace_clinsci14.pdf, page 3): "Compound 33RE was
927-fold more selective for the YR/FE than the C-domain" (the true claim says "for the
N-domain") was CONFIRMED by "Upon substitution of both these residues in the double mutant
YR/FE ... which led to a drastic decrease in 33RE selectivity (only ~4-fold N-selectivity
compared with 927-fold with wild-type)". The sentence names YR/FE and prints 927-fold, but the
mutant's selectivity is the 4-fold; 927-fold is the wild type's, the reference of the
comparison.

The general fact: a number printed right after "compared with", "compared to", "versus",
"relative to" or "as opposed to" is the reference side's, and when an owner phrase follows it
("927-fold with wild-type", "2.1 for the baseline", "80 (MCNN)") that phrase says whose it is.
A claim that says none of the owner's words gives the number to someone else; the sentence is
no support for it (`reference_owner`). It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .passages import content_terms
from .undecided import printed_numbers, supporting_sources, undecide

__all__ = ["guard_reference_sides", "reference_owner"]

reference_sides_guarded = True
"""Whether the guard acts (a planted-bug test switches it off)."""

# The comparison marker right before the number (at most one short word between: "compared
# with only 80", "versus the 927-fold").
_MARKERS = r"\b(?:compared (?:with|to)|versus|vs\.?|relative to|as opposed to)"
_MARKER = re.compile(_MARKERS + r"\s+(?:\S{1,8}\s+)?$", re.IGNORECASE)
_ANY_MARKER = re.compile(_MARKERS, re.IGNORECASE)
# The owner phrase right after the number: "-fold with wild-type", " for the baseline",
# " (MCNN)"; it ends at a clause boundary.
_OWNER = re.compile(r"^[\w%\-]*\s*(?:(?:with|for|in|of|by)\s+(?:the\s+)?|\()"
                    r"(?P<owner>[^,;:.()]{2,40})")


def reference_owner(claim_text: str, sentence: str, start: int, end: int) -> str | None:
    """The owner the sentence gives the number printed at `sentence[start:end]` when it is
    the reference side of a comparison and the claim says none of the owner's words; None
    otherwise."""
    if not _MARKER.search(sentence[max(0, start - 40):start]):
        return None
    found = _OWNER.match(sentence[end:end + 60])
    if found is None:
        return None
    owner = found.group("owner").strip()
    terms = set(content_terms(owner))
    if not terms or terms & set(content_terms(claim_text)):
        return None
    return owner


def guard_reference_sides(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote prints a shared number as the
    reference side of a comparison, owned by something the claim does not name (module
    docstring). In place."""
    if not reference_sides_guarded or not claim.quantities:
        return
    for check in supporting_sources(checks):
        for evidence in check.evidence:
            quote = evidence.quote or ""
            if not _ANY_MARKER.search(quote):
                continue
            why = None
            for found in printed_numbers(evidence):
                spot = re.search(rf"(?<![\w.]){re.escape(found)}(?!\d)", quote)
                if spot is not None:
                    why = reference_owner(claim.text, quote, spot.start(), spot.end())
                if why is not None:
                    break
            if why is not None:
                undecide(check, f"Not confirmed: the passage gives the claim's number to "
                                f"'{why}', the other side of its comparison")
                break
