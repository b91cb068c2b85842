"""A claimed number worded as the difference between two things is no level of one cell (round
25, probe25a).

"The difference between the LC50 of the chloroform and n-hexane fractions is 0.60 µg/ml" (true:
2.77 - 2.17, Alam et al., Dhaka Univ. J. Pharm. Sci. 2009, Table 1) was contradicted by the
n-hexane row's 2.17, "the only cell whose headers and caption speak of everything the claim
does": the claim's 0.60 is a gap between two rows, and one row's value says nothing of it. A
pair of cells may decide such a claim (cell_arithmetic.py); one cell may not
(`worded_difference`, read by cell_decisions.decide before it lets one cell contradict).
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

__all__ = ["worded_difference"]

# "the difference between A and B is d", "a gap of d": a noun of a gap heading the clause that
# states the number. Not "differences in": "Minor differences in positively selected sites were
# found for six genes" counts genes (a later probe of Webb et al. 2017).
_GAP_NOUN = re.compile(r"\b(?:difference|differences|gap|gaps|margin|spread)\s+"
                       r"(?:between|of)\b", re.IGNORECASE)
_DIFFER_BY = re.compile(r"\bdiffer(?:s|ed|ing)?\s+(?:\w+\s+){0,3}by\s*$", re.IGNORECASE)
# Where the clause of the number starts: a clause break before it.
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")


def worded_difference(claim_text: str, quantity: Quantity) -> bool:
    """Whether the claim words `quantity` as a difference between two things: a gap noun with
    "between"/"of" earlier in its clause, or "differ ... by" right before it."""
    before = claim_text[:quantity.span[0]]
    if _DIFFER_BY.search(before):
        return True
    clause = _CLAUSE.split(before)[-1]
    return _GAP_NOUN.search(clause) is not None
