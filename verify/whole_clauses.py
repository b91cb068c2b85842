"""The clause of a claimed range is the one printing both its ends.

"In the mixed glial cultures, 10-20% of cells were microglia labeled for esterase" (false) was
confirmed by "Immunolabeling of these cultures revealed that 40–60% of cells were astrocytes
labeled for GFAP, 10–20% were oligodendrocytes labeled for GalC, 10–30% were precursor cells
..., and 5–10% were microglia labeled for esterase" (Charles, GLIA 24:39-49, 1998, page 1;
round 23's own probe). `other_clause` (clause_numbers.py) sets a sentence aside when another
clause says more of the claim's words than the clause of its number; it took every clause
printing any claimed number for the claim's own, so "5–10% were microglia", which prints the
10, counted as the claim's clause and no other clause outranked it.

A range is one statement (range_pairs.py): a clause printing both its ends is its clause, and a
clause printing one end only (the end of another range) is another clause's statement. When the
claim prints a range ("10-20%", "5 to 10") and some clause prints all the claim's numbers, only
those clauses are the claim's own, and every clause that does not print them all may outrank
them (`whole_numbers_clauses`). Other claims are read as before: the numbers of a claim that
sets a value under a condition ("0.8 for t < 250") are read by `distinguishing` and the
condition guards (round 20).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Two numbers joined as a range: "10-20%", "5–10", "50 to 100".
_RANGE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*%?\s*(?:[-\u2013\u2014]|to\b)\s*\.?\d")


def whole_numbers_clauses(claim_text: str, claimed: frozenset[str], clauses: Sequence[str],
                          own: list[str], numbers: Callable[[str], frozenset[str]]
                          ) -> tuple[list[str], Callable[[str], bool]]:
    """The claim's own clauses and the test of a clause that may outrank them: for a claim
    printing a range, the clauses printing all of `claimed` and those that do not, when some
    clause prints them all; else `own` and the clauses printing none of them."""
    if len(claimed) > 1 and _RANGE.search(claim_text):
        whole = [clause for clause in clauses if claimed <= numbers(clause)]
        if whole:
            return whole, lambda clause: not claimed <= numbers(clause)
    return own, lambda clause: not numbers(clause) & claimed
