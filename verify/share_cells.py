"""A cell of counts is no reading of a claimed percentage: it leaves the cells a claim of
shares is decided by.

`guards_other_readings.guard_percent_cells` undecides a contradiction whose evidence is a cell
above 100 printed as no percentage. Where such a cell stood beside the cell that does print
the claim's share, the whole contradiction went: "In 2007, 13.3% of householders in the
Northeast lived in unhealthy housing" read the Northeast's 31.3% of Table 2 and, in Table 3,
the Northeast's 23,316 occupied housing units (whose headers say nothing the claim does not:
"Total occupied housing units"), and was left undecided for the count (CDC, MMWR Suppl. 60,
2011; round 29, probe29a). The count was never about the claim's share.

Here, for a claim whose every number is a percentage, a cell whose every number is above 100
and printed without "%", under headers that speak of no percent, rate or ratio, is left out of
the cells that account for the claim, when some other accounted cell is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify_claims.claims import Quantity

_PERCENT_WORDS = re.compile(r"%|percent|\bpct\b|\brate\b|\bratio\b|\bshare\b", re.IGNORECASE)


def _count_cell(passage) -> bool:
    numbers = getattr(passage, "numbers", ())
    return bool(numbers) and all(abs(number.value) > 100 and number.unit != "%"
                                 for number in numbers) \
        and not _PERCENT_WORDS.search(f"{passage.headers} {passage.cell.text}")


def without_counts(accounted: list, quantities: Sequence[Quantity]) -> list:
    """`accounted` ((cell passage, accounting) pairs) without the cells of counts when every
    claimed number is a percentage and some other cell is kept (module docstring)."""
    if not quantities or not all(quantity.unit == "%" for quantity in quantities):
        return accounted
    kept = [pair for pair in accounted if not _count_cell(pair[0])]
    return kept if kept else accounted
