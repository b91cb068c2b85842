"""Numbers that name an item of a study's design, not an amount (probe37b, round 37: Mausbach
et al., Health Psychology 31:4 (2012), pp. 436-438).

Psychology and medicine number their models, studies, hypotheses, waves and years of
follow-up with a capitalised noun before the numeral: "Model 3—Depressive Symptoms and FMD",
"Hypothesis 2", "Study 1", "Year 3 (N = 73)". "In Model 3, depressive symptoms were not a
significant correlate of FMD (B = -0.05, p = .703)" (true) was contradicted by Table 2's 0.11
for depressive symptoms, "the claim says 3": the model's number was read as the claimed value.
Such a numeral is a name, like "Table 3" or "Experiment 2" (quantity_numbers' label words).

`names_an_item`: the digits (one or two, no decimals) follow one of these nouns, capitalised,
right before them. Lower case ("a model 3 times larger", "year 2010") is left as it was.
"""

from __future__ import annotations

import re

__all__ = ["names_an_item"]

_ITEM_BEFORE = re.compile(r"\b(?:Models?|Stud(?:y|ies)|Hypothes[ie]s|Waves?|Years?)\s+$")


def names_an_item(text: str, start: int, digits: str) -> bool:
    """Whether the number of `digits` at `start` of `text` names a model, study, hypothesis,
    wave or year of a study (module docstring)."""
    return len(digits) <= 2 and digits.isdigit() \
        and _ITEM_BEFORE.search(text, max(0, start - 16), start) is not None
