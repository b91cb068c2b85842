"""A sentence that opens with a concession says its first clause the other way.

"While adding more augmented data with French as a pivot does not provide performance gain,
injecting additional augmented data En-De-En of the same amount brings another 0.2 improvement
in F1" (QANet, arXiv:1804.09541, page 9) denies a gain of French in its opening clause and
affirms one of German in its main clause. A sentence's statement is its first main clause's
(extract/polarity.py): an increase, not negated. The claim "adding more augmented data with
French as a pivot gives a further performance gain", every word of which sits in the opening
"While ..." clause, agreed with that statement and was confirmed, although the only clause
that speaks of French denies it. `straddles_contrast` (contrast_sides.py) misses it: its turn is
a contrast word after an affirming clause, never the sentence's first word, and
`direction_elsewhere` (direction_sides.py) looks at directions only, not at a negation.

`in_leading_concession` finds those sentences: the sentence opens with a clause led by
although/though/while/whereas and ended by its first comma, that clause's (direction, negated)
is not the statement's, and the claim's words that tell the two parts apart (direction words
left out) are found only in the opening clause. Such a sentence decides nothing by its polarity
(it is withheld, never read the other way: which half holds the claim's subject would need a
parse). A claim with a word of its own in the main clause is read as before.
"""

from __future__ import annotations

import re

from verify_claims.claims import Sentence
from verify_claims.extract.polarity import clause_polarities, statement_polarity

from .content_words import GENERIC
from .direction_sides import _direction_terms
from .passages import content_terms

__all__ = ["EXPLANATION", "in_leading_concession"]

EXPLANATION = ("it opens with a concession (\u201cwhile\u201d, \u201calthough\u201d) that says "
               "the other way, and the claim's own words sit only in that clause")

_OPENING = re.compile(r"\W*(?:although|though|while|whereas)\b", re.IGNORECASE)


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


def in_leading_concession(claim_text: str, sentence: Sentence | str) -> bool:
    """True when the sentence opens with a concessive clause whose polarity differs from the
    sentence's statement and the claim's distinguishing words are found only in that clause
    (module docstring)."""
    text = sentence if isinstance(sentence, str) else sentence.text
    if _OPENING.match(text) is None:
        return False
    comma = text.find(",")
    if comma == -1:
        return False
    if isinstance(sentence, Sentence) and sentence.clauses:  # read when the paper was parsed
        clauses = [(clause.span[0], clause.direction, clause.negated)
                   for clause in sentence.clauses]
        statement = (sentence.direction, sentence.negated)
    else:
        clauses = [(clause.start, clause.direction, clause.negated)
                   for clause in clause_polarities(text)]
        statement = statement_polarity(text)
    if not clauses or clauses[0][0] > comma or clauses[0][1:] == statement:
        return False
    claim = _terms(claim_text) - _direction_terms()
    inside = claim & _terms(text[:comma])
    outside = claim & _terms(text[comma + 1:])
    return bool(inside - outside) and not outside - inside
