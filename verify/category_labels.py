"""Group labels that only name the kind of the rows beneath them: said by naming a row.

Surveillance and survey tables group their rows under the variable they break the figures down
by: "Sex" over "Female" and "Male", "Race" over "Black" and "White", "Ethnicity" over
"Hispanic" (Keenan and Shaw, MMWR Supplement 60, 2011, Table 1; round 29). A claim about the
death rate of Asian/Pacific Islanders names the row; it never says "race", and a cell whose
header path holds a word the claim does not say is taken to be about more than the claim.

The general fact: a group label of a row path (not its last label) that is the name of such a
variable says nothing a row label beneath it does not (`category_words`). The variables are a
closed list of the demographic and grouping variables tables break figures down by; any other
group label ("Supervised", "Bio", "Women") still has to be said by the claim.
"""

from __future__ import annotations

import re

__all__ = ["category_words"]

_CATEGORIES = frozenset((
    "sex", "gender", "race", "ethnicity", "race/ethnicity", "age", "age group", "age groups",
    "age group (yrs)", "region", "state", "state/area", "country", "education",
    "income", "marital status", "characteristic", "characteristics", "category", "type",
    "residence", "urbanization", "insurance", "insurance status", "employment",
    "employment status", "occupation",
))


def category_words(paths: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words (lower case) of the group labels in `paths` that name a grouping variable
    (module docstring): every label of a path but its last."""
    found: set[str] = set()
    for path in paths:
        for label in path[:-1]:
            if " ".join(label.casefold().split()) in _CATEGORIES:
                found |= set(re.findall(r"[^\W\d_]+", label.casefold()))
    return frozenset(found)
