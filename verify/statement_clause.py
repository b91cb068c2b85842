"""A comparison in another clause of the sentence does not make its statement a comparison.

"We observe that morphological information significantly improves the syntactic tasks; our
approach outperforms the baselines" (arXiv:1607.04606, page 7) states, in its first clause,
that morphological information improves the syntactic tasks; its second clause compares the
approach with the baselines. The claim "Morphological information does not help on
syntactic analogies" denies the first clause's statement. The source check reads a flip only
between two statements of one kind, a comparison against a comparison and a plain statement
against a plain statement (`flips.compares`, verify/statement_polarity.py): a plain "does not
help" is not the denial of "A outperforms B". It asked that of the whole sentence, so the
"outperforms" of the second clause made the sentence a comparison and the flip was never read,
while the same sentence confirmed the claim's affirmative twin ("Morphological information
helps on syntactic analogies").

The general fact: a sentence's statement is its statement clause's (extract/polarity.py: the
first main clause with a direction word), and that clause's kind is the statement's kind.
`plain_statement` says that a sentence that compares somewhere states a plain statement: the
clause that gives the sentence its direction and negation compares nothing (no comparative
word, no connective such as "compared with"), and every word of the claim the sentence prints
sits in that clause (a claim word printed only in a comparing clause may be that clause's
subject). The flip must still pass every other test of the source check (same names, numbers
agreeing, the passage accounting for all the claim says, direction_sides and contrast_sides
for sentences that say both ways).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.extract.polarity import clause_polarities, statement_polarity

from .flips import compares
from .number_context import _COMPARATIVE
from .passages import content_terms
from .word_forms import without_bounds


@lru_cache(maxsize=65536)
def _statement_clause(text: str, direction: str | None, negated: bool) -> tuple[int, int] | None:
    """[start, end) of the first clause of `text` that states the sentence's own direction
    and negation, when the sentence has two clauses or more; else None."""
    clauses = clause_polarities(text)
    if len(clauses) < 2 or direction is None:
        return None
    for clause in clauses:
        if clause.direction == direction and clause.negated == negated:
            return clause.start, clause.end
    return None


# A second predicate of the same subject, joined by "and" ("matrix inversion does not increase
# running speed over the simpler attention mechanism and is considerably faster compared to
# inside-outside", Liu and Lapata, ACL 2017, arXiv:1705.09207, p.7): the statement is the first.
_SECOND_PREDICATE = re.compile(r",?\s+and\s+(?:is|are|was|were)\s", re.I)


@lru_cache(maxsize=65536)
def _first_predicate(text: str, direction: str | None, negated: bool
                     ) -> tuple[int, int] | None:
    """[0, end) of the first of two predicates joined by "and is/are/was/were" when it states
    the sentence's own direction and negation, and the second states none of its own; else
    None (text21)."""
    match = _SECOND_PREDICATE.search(text)
    if match is None or direction is None:
        return None
    if statement_polarity(text[:match.start()]) != (direction, negated):
        return None
    if statement_polarity(text[match.end():])[0] is not None:
        return None
    return 0, match.start()


def plain_statement(claim_text: str, text: str, direction: str | None, negated: bool) -> bool:
    """Whether the sentence `text`, whose statement is (`direction`, `negated`), states it in
    a clause that compares nothing and that prints every claim word the sentence prints
    (module docstring)."""
    bounds = _statement_clause(text, direction, negated) or _first_predicate(text, direction,
                                                                             negated)
    if bounds is None:
        return False
    clause = text[bounds[0]:bounds[1]]
    if _COMPARATIVE.search(without_bounds(clause)) is not None or compares(clause, False):
        return False
    inside = set(content_terms(clause))
    outside = set(content_terms(text[:bounds[0]] + " " + text[bounds[1]:])) - inside
    return not set(content_terms(claim_text)) & outside
