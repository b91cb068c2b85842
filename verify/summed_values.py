"""A claimed total of the passage's parts is not contradicted by one part (round 25, probe25b:
Agyeman-Duah et al., BMC Health Services Research 2014).

"Taken together, 99% of respondents rated their satisfaction as good or very good" (true: 59%
"very good" and 40% "good", page 3) was contradicted by "Overall satisfaction was very high
among interviewees: 59% of the respondents rated their satisfaction level as 'very good', 40%
as 'good' and only 1% as 'poor'": the reader paired the claim's 99% with the first 59%, one of
the two shares the claim adds up.

The general fact: a claim that joins categories ("good or very good", "A and B combined", "in
total", "taken together", "altogether") states the sum of what the passage prints for each.
When the claimed number equals (within its printed precision) the sum of two or three numbers
of the sentence in the claim's unit, the sentence's single numbers are parts of the claimed
total, not rival values of it: no contradiction (`summed_parts`; the reading is left to the
rest of the pair rules, which find no number to confirm it either).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from verify_claims.claims import Quantity

__all__ = ["summed_parts"]

# Words by which a claim joins categories into one total.
_JOINING = re.compile(r"\b(?:or|either|together|combined|in\s+total|totals?|totall?ing|altogether"
                      r"|in\s+all|sum(?:med)?|jointly|cumulative(?:ly)?|put\s+together)\b",
                      re.IGNORECASE)


# "five or more", "3 or fewer": a bound on one count, no categories joined (integration, round
# 25: "82 out of 150 analogies were rated ... by five or more out of 10 crowd-workers" was
# read as the sum 72 + 10 and its contradiction withheld; Bolukbasi et al. 2016).
_OR_MORE = re.compile(r"\bor\s+(?:more|fewer|less|greater|higher|lower|above|below|so|later"
                      r"|earlier|older|younger|longer|shorter|over|under)\b", re.IGNORECASE)


def summed_parts(claim_text: str, claimed: Quantity,
                 printed: Sequence[Quantity]) -> bool:
    """True when the claim joins categories and its number is the sum of two or three numbers
    of the sentence in its unit (module docstring)."""
    if not _JOINING.search(_OR_MORE.sub(" ", claim_text)):
        return False
    parts = [quantity for quantity in printed
             if quantity.unit == claimed.unit and quantity.value > 0 and not quantity.sign]
    if len(parts) < 2 or len(parts) > 12:
        return False
    low, high = claimed.interval
    for size in (2, 3):
        for group in combinations(parts, size):
            if len({quantity.span for quantity in group}) == size \
                    and low <= sum(quantity.value for quantity in group) < high:
                return True
    return False
