"""A claim of two clauses joined by ", and", each with its own number, read clause by clause.

A report often joins two facts of one place of a paper in one sentence: "The network has five
columns, and every convolution uses 32 feature maps." The paper says them in two sentences
("The network as shown in Figure 1 contains 5 columns." and, in the same section, "There are 32
feature maps for each convolution, ..."; Deb and Ventura, AMDCN, arXiv:1804.07821, page 3).
No single passage holds both numbers, and the joint reading of several sentences
(verify/source_check.py `_joint_support`) asks each of them to score as relevant to the whole
claim, which a sentence holding half of it seldom does.

A claim states all its clauses at once, so

- it is supported when each clause, read as a claim of its own, is supported, both by
  sentences of one section of the paper (one place, one subject: a clause without its subject,
  "every convolution uses 32 feature maps", is not vouched for by another section's network);
- it is contradicted when its first clause, which holds the claim's subject, is contradicted
  on its own (as a cut claim's complete clauses are, verify/cut_clauses.py). The second clause
  alone never contradicts: its subject is in the first.

Each clause keeps at least `MIN_WORDS` words and a number, and the claim has one ", and" only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify_claims.claims import Check, Claim, Outcome
from verify_claims.extract.polarity import polarity_fields

__all__ = ["clauses_of", "joined_check"]

MIN_WORDS = 4
"""Fewer words than this are too little of a statement to check on their own ("and B2C
0.281" leans on the first clause for its measure)."""

_BREAK = re.compile(r",\s*and\s+", re.I)


def _part(claim: Claim, start: int, end: int) -> Claim | None:
    text = claim.text[start:end].strip().rstrip(".,;") + "."
    lead = len(claim.text[start:end]) - len(claim.text[start:end].lstrip())
    offset = start + lead
    quantities = [quantity.model_copy(update={
        "span": (quantity.span[0] - offset, quantity.span[1] - offset)})
        for quantity in claim.quantities if start <= quantity.span[0] and quantity.span[1] <= end]
    if not quantities or len(text.split()) < MIN_WORDS:
        return None
    entities = [entity.model_copy(update={
        "span": (entity.span[0] - offset, entity.span[1] - offset)})
        for entity in claim.entities if start <= entity.span[0] and entity.span[1] <= end]
    return claim.model_copy(update={"text": text, "entities": entities,
                                    "quantities": quantities,
                                    **polarity_fields(text, quantities)})


def clauses_of(claim: Claim) -> tuple[Claim, Claim] | None:
    """The claim's two clauses as claims of their own (module docstring), or None."""
    if claim.truncated or len(claim.quantities) < 2:
        return None
    breaks = list(_BREAK.finditer(claim.text))
    if len(breaks) != 1:
        return None
    cut = breaks[0]
    first = _part(claim, 0, cut.start())
    second = _part(claim, cut.end(), len(claim.text))
    if first is None or second is None:
        return None
    return first, second


def joined_check(claim: Claim, check: Callable[[Claim], Check],
                 section_of: Callable[[Check], set[str | None]]) -> Check | None:
    """The claim decided from its clauses (module docstring), or None. `check` reads a clause
    against the paper; `section_of` names the sections of a check's evidence."""
    parts = clauses_of(claim)
    if parts is None:
        return None
    first = check(parts[0])
    if first.decisive and first.outcome == Outcome.contradicted:
        first.explanation = f"Its first clause is contradicted: {first.explanation}"
        return first
    if not (first.decisive and first.outcome == Outcome.supported):
        return None
    second = check(parts[1])
    if not (second.decisive and second.outcome == Outcome.supported):
        return None
    sections = section_of(first) | section_of(second)
    if len(sections) != 1 or None in sections:
        return None
    return Check(kind=first.kind, outcome=Outcome.supported,
                 explanation=f"Each clause is supported: {first.explanation} "
                             f"{second.explanation}",
                 evidence=[*first.evidence, *second.evidence],
                 matched=[*first.matched, *second.matched])
