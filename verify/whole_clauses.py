"""The clause of a claim's numbers is the one printing them all.

"In the mixed glial cultures, 10-20% of cells were microglia labeled for esterase" (false) was
confirmed by "Immunolabeling of these cultures revealed that 40–60% of cells were astrocytes
labeled for GFAP, 10–20% were oligodendrocytes labeled for GalC, 10–30% were precursor cells
..., and 5–10% were microglia labeled for esterase" (Charles, GLIA 24:39-49, 1998, page 1;
round 23's own probe). `other_clause` (clause_numbers.py) sets a sentence aside when another
clause says more of the claim's words than the clause of its number; it took every clause
printing any claimed number for the claim's own, so "5–10% were microglia", which prints the
10, counted as the claim's clause and no other clause outranked it.

A claim with two or more numbers states them of one thing; a clause printing all of them is
their clause, and a clause printing only some of them (one end of another range) is another
clause's statement. When some clause prints all the claim's numbers, only those are the claim's
own, and every clause that does not print them all may outrank them (`whole_numbers_clauses`).
A claim of one number, or one whose numbers no clause prints together, is read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def whole_numbers_clauses(claimed: frozenset[str], clauses: Sequence[str], own: list[str],
                          numbers: Callable[[str], frozenset[str]]
                          ) -> tuple[list[str], Callable[[str], bool]]:
    """The claim's own clauses and the test of a clause that may outrank them: the clauses
    printing all of `claimed` and those that do not, when there are such clauses and the claim
    has two numbers or more; else `own` and the clauses printing none of them."""
    if len(claimed) > 1:
        whole = [clause for clause in clauses if claimed <= numbers(clause)]
        if whole:
            return whole, lambda clause: not claimed <= numbers(clause)
    return own, lambda clause: not numbers(clause) & claimed
