"""A claimed "number" that names an item of a study's design, set against a value (probe37b,
round 37: Mausbach et al., Health Psychology 31:4 (2012), pp. 437-438).

Psychology and medicine number their models, studies, hypotheses and waves with a capitalised
noun before the numeral: "Model 3—Depressive Symptoms and FMD", "Hypothesis 2", "Study 1".
"In Model 3, depressive symptoms were not a significant correlate of FMD (B = -0.05, p =
.703)" (true) was contradicted by Table 2's 0.11 for depressive symptoms, "the claim says 3":
the model's number was taken for the claimed value. The numeral stays one of the claim's
numbers (a table's columns "Model 1" and "Model 2" are told apart by it: probe34c's hazard
ratios), but it is a name, and no value contradicts it.

The rule (`names_an_item`): a contradicting check whose claimed number is printed in the claim
right after "Model", "Study", "Hypothesis" or "Wave" (capitalised; one or two digits) is
withheld. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .undecided import undecide_by_evidence

__all__ = ["guard_item_names", "names_an_item"]

_ITEM_BEFORE = re.compile(r"\b(?:Models?|Stud(?:y|ies)|Hypothes[ie]s|Waves?)\s+$")


def names_an_item(text: str, start: int, digits: str) -> bool:
    """Whether the number of `digits` at `start` of `text` names a model, study, hypothesis
    or wave of a study (module docstring)."""
    return len(digits) <= 2 and digits.isdigit() \
        and _ITEM_BEFORE.search(text, max(0, start - 16), start) is not None


def guard_item_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting check whose claimed number names an item of the design
    (module docstring). In place."""
    named = [quantity for quantity in claim.quantities
             if names_an_item(claim.text, quantity.span[0], quantity.text)]
    if not named:
        return

    def why(evidence: Evidence) -> str | None:
        item = next((quantity for quantity in named if quantity.value == evidence.claimed), None)
        return None if item is None else (
            f"The claim's {item.text} names an item of the study (\u201c"
            f"{claim.text[max(0, item.span[0] - 12):item.span[1]].split()[-2]} {item.text}\u201d), "
            "not a value")

    for kind in (CheckKind.source, CheckKind.table):
        undecide_by_evidence(checks, kind, (Outcome.contradicted,), why)
