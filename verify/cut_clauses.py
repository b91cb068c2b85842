"""The complete clauses of a cut claim, read on their own for a contradiction.

A report's table cell may cut a claim mid-sentence: "Bohnet's parser ranked first in the
syntactic subtask of the 2009 shared task, and its semantic role labeler placed four". What
survives the cut holds complete clauses before the clause it cuts. A claim states all its
clauses at once, so when a complete clause is false the claim is false whatever the cut part
said: "ranked first" against the paper's "second place" contradicts it. The whole cut claim
cannot be contradicted by the source check (its cut clause's words are in no passage), so its
complete clauses are checked as a claim of their own, for a contradiction only: a true first
clause says nothing of the clause that was cut.

The clauses end before ", and", ", while", ", whereas", ", but" or ";" (the last such break
in the text), and must keep at least `MIN_WORDS` words. Names, numbers and polarity are those
the claim's own parse gives inside the kept text; polarity is read again on that text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify_claims.claims import Check, Claim, Outcome
from verify_claims.extract.polarity import polarity_fields

MIN_WORDS = 6
"""Fewer words than this are too little of a claim to check on their own."""

_BREAK = re.compile(r"\s*(?:,\s*(?:and|while|whereas|but)\b|;)", re.I)


def complete_clauses(claim: Claim) -> Claim | None:
    """The claim cut back to its complete clauses (module docstring), or None when it is not
    cut or has no complete clause of its own."""
    if not claim.truncated:
        return None
    breaks = list(_BREAK.finditer(claim.text))
    if not breaks:
        return None
    end = breaks[-1].start()
    text = claim.text[:end].rstrip(" ,") + "."
    if len(text.split()) < MIN_WORDS:
        return None
    quantities = [quantity for quantity in claim.quantities if quantity.span[1] <= end]
    return claim.model_copy(update={
        "text": text, "truncated": False,
        "entities": [entity for entity in claim.entities if entity.span[1] <= end],
        "quantities": [quantity.model_copy(update={"cut_off": False})
                       for quantity in quantities],
        **polarity_fields(text, quantities)})


def cut_contradiction(claim: Claim, check: Callable[[Claim], Check]) -> Check | None:
    """`check`'s contradiction of the cut claim's complete clauses, its explanation saying so;
    None when the claim is not cut or its complete clauses are not contradicted."""
    kept = complete_clauses(claim)
    if kept is None:
        return None
    told = check(kept)
    if not told.decisive or told.outcome != Outcome.contradicted:
        return None
    told.explanation = (f"The claim is cut; its complete clauses before the cut are "
                        f"contradicted: {told.explanation}")
    return told
