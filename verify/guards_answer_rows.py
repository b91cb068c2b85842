"""A table row labelled only by an answer ("Yes (%)", "No") names no measure of its own.

Clinical tables list a question's answers as rows indented under the question, which heads a
row of its own: Sundström et al., International Psychogeriatrics 26:1 (2014), Table 1 (page 3;
round 34, probe34c) prints "Alcohol use" (its p-value only) over "Yes (%)  75.2  63.0" and "No,
never drank or have quit (%)  24.8  37.0". The reader keeps each row's own label, so the "Yes"
row's cells are headed "Yes (%)" and the column alone: "Men made up 63.0% of the participants
who developed dementia" (false: 64.1% were women) was confirmed by the alcohol row's 63.0, the
claim's "Men" (an everyday word the paper never prints) costing too little to withhold it.

A decisive table check whose cell's row path is nothing but an answer ("Yes", "No", with a
unit in brackets: "Yes (%)", "No (n)") is undecided (`guard_answer_rows`): what the answer
answers is not in the path, so the claim cannot be matched to it. The guard only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Evidence

from .undecided import DECIDING, undecide_by_evidence

_ANSWER = re.compile(r"^(?:yes|no)\s*(?:\(\s*(?:%|n|n\s*,\s*%|n\s*\(%\))\s*\)|%)?$", re.I)


def answer_row(quote: str) -> bool:
    """Whether a table quote "Yes (%) × Column: 63.0" reads a cell whose row path is nothing but
    an answer (module docstring)."""
    rows = quote.split(" \u00d7 ")[0] if " \u00d7 " in quote else ""
    levels = [level.strip() for level in rows.split(" / ") if level.strip()]
    return bool(levels) and all(_ANSWER.match(level) for level in levels)


def guard_answer_rows(checks: Iterable[Check]) -> None:
    """Undecide each decisive table check read from a row labelled only by an answer (module
    docstring). In place."""

    def why(evidence: Evidence) -> str | None:
        if not answer_row(evidence.quote or ""):
            return None
        return ("Not decided: the cell's row is labelled only by an answer "
                f"(“{(evidence.quote or '').split(' × ')[0]}”), not by what it answers")

    undecide_by_evidence(checks, CheckKind.table, DECIDING, why)
