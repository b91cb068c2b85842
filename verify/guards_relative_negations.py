"""A negation in a relative clause that says something else denies nothing of the main clause
(probe32a: a materials-science paper on Al-4Cu/TiO2 composites, page 1).

"The maximum allowable number of twist extrusion passes was four" (true) was contradicted by
"The maximum allowable number of TE passes was found to be four, above which the materials
failed": "The claim asserts what the paper negates". The polarity reader reads the relative
clause's "failed" as the sentence's; but a clause opened by a comma and a relative word
(", above which", ", after which", ", where", ", when") adds another statement about another
thing, here what happens past the fourth pass, and the main clause the claim restates asserts.

`guard_relative_negations` undecides each source check contradicted on negation (its evidence
noted "contradiction: negation") whose quote splits at such an opener into a main clause and
relative clauses, where every negation word stands in the relative clauses, those clauses share
none of the claim's distinctive words, the main clause shares two or more, and the claim prints
no negation. A relative clause that speaks of what the claim says ("We added dropout, which did
not improve accuracy" against "Dropout improved accuracy") shares the claim's words and stays
contradicting. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome
from verify_claims.claims.vocabulary import NEGATION_WORDS

from .content_words import GENERIC
from .passages import content_terms
from .undecided import undecide_by_evidence

__all__ = ["guard_relative_negations", "negated_relative_clause"]

_PREPOSITIONS = ("above", "below", "beyond", "after", "before", "under", "over", "at", "in",
                 "on", "for", "of", "by", "from", "with", "during", "through", "within",
                 "without", "to", "into", "upon", "past")
_RELATIVE = re.compile(
    rf",\s+(?:(?:{'|'.join(_PREPOSITIONS)})\s+)?(?:which|whom|whose|where|when)\b", re.I)
_NEGATION = re.compile(
    rf"\b(?:{'|'.join(sorted(NEGATION_WORDS))})\b|n['\u2019]t\b", re.I)


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text)
            if term not in GENERIC and not term[0].isdigit()}


def negated_relative_clause(claim_text: str, quote: str) -> str | None:
    """The first relative clause of `quote` that prints a negation, when every negation of the
    quote stands in its relative clauses, none of them shares a distinctive word of the claim,
    the main clause shares two or more, and the claim prints no negation; else None."""
    if _NEGATION.search(claim_text):
        return None
    parts = _RELATIVE.split(quote)
    if len(parts) < 2:
        return None
    main, relatives = parts[0], parts[1:]
    said = _terms(claim_text)
    if _NEGATION.search(main) or len(_terms(main) & said) < 2:
        return None
    if any(_terms(relative) & said for relative in relatives):
        return None
    return next((relative for relative in relatives if _NEGATION.search(relative)), None)


def guard_relative_negations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each source check contradicted on a negation that stands only in a relative
    clause saying something else than the claim (module docstring). In place."""
    def why(evidence: Evidence) -> str | None:
        if "negation" not in (evidence.note or ""):
            return None
        clause = negated_relative_clause(claim.text, evidence.quote or "")
        if clause is None:
            return None
        return ("Not decided: the sentence's negation stands in a relative clause that says "
                f"something else, \u201c{clause.strip()}\u201d")

    undecide_by_evidence(checks, CheckKind.source, (Outcome.contradicted,), why)
