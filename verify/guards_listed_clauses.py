"""A list of clauses, each with its own count, and the count's noun said only once (round 25,
probe25a).

"80 genes showed evidence of human-specific positive selection" (true) was contradicted by
"Of the 7,918 genes analyzed by VESPA 1998 showed evidence of site-specific positive selection
(model "m8"), 223 genes showed evidence of mouse-specific positive selection ("model A"), and
finally 80 showed evidence of human-specific positive selection ("model A")" (Webb et al.,
VESPA, PeerJ Comput. Sci. 2017, page 12): the list prints its counted noun once ("223 genes"),
so the reader tied the claim's "80 genes" to 223, the one number of the claim's noun, while 80,
in its own clause, is the human-specific count.

`guard_listed_clauses` sets aside a contradicting source check when the passage prints the
claim's number too, in another clause (commas, semicolons, "and") than the disagreeing number,
and that clause says every word of the claim but the disagreeing number's counted noun (the
list's elided noun), while the disagreeing number's clause lacks a word of the claim the other
says ("human"): the claim restates the other clause. It names no paper or noun, and only
undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .number_context import measure_after
from .passages import content_terms
from .quote_quantities import quote_quantities
from .undecided import decided, undecide

__all__ = ["guard_listed_clauses", "restated_clause"]

_CLAUSE = re.compile(r",\s+|;\s*|\s+(?:and|while|whereas)\s+")


def _clauses(quote: str) -> list[tuple[int, int]]:
    """The spans of `quote`'s clauses."""
    spans, start = [], 0
    for match in _CLAUSE.finditer(quote):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(quote)))
    return spans


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text) if not term[:1].isdigit()}


def restated_clause(claim_text: str, quote: str, claimed: str, found: str) -> str | None:
    """The clause of `quote` that prints `claimed` and says all the claim says but the noun
    `found` counts, when `found` stands in another clause that lacks a word of the claim the
    first one says (module docstring); else None."""
    if claimed == found or claimed not in quote or found not in quote:
        return None  # one number, or one the quote does not print: no two clauses to tell
    numbers = [quantity for quantity in quote_quantities(quote)]
    mine = [quantity for quantity in numbers if quantity.text == claimed]
    theirs = [quantity for quantity in numbers if quantity.text == found]
    if len(mine) != 1 or len(theirs) != 1:
        return None
    spans = _clauses(quote)

    def clause_of(quantity) -> tuple[int, int] | None:
        return next((span for span in spans
                     if span[0] <= quantity.span[0] and quantity.span[1] <= span[1]), None)

    own, other = clause_of(mine[0]), clause_of(theirs[0])
    if own is None or other is None or own == other:
        return None
    wanted = _terms(claim_text)
    own_terms, other_terms = _terms(quote[own[0]:own[1]]), _terms(quote[other[0]:other[1]])
    elided = set(measure_after(quote, theirs[0]))
    if not elided or not (wanted - own_terms) <= elided:
        return None
    if not (wanted & own_terms) - other_terms:
        return None
    return quote[own[0]:own[1]]


def guard_listed_clauses(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting source check whose passage prints the claim's number in a
    clause that restates the claim (`restated_clause`). In place."""
    for check in list(decided(checks, CheckKind.source, (Outcome.contradicted,))):
        for evidence in check.evidence:
            clause = next((found for pair in evidence.numbers if not pair.agree
                           and (found := restated_clause(claim.text, evidence.quote or "",
                                                         pair.claimed, pair.found))), None)
            if clause is not None:
                undecide(check, f"Not decided: the passage prints the claim's number in a "
                                f"clause of its own that says what the claim says "
                                f"(\u201c{clause}\u201d)")
                break
