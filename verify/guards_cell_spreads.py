"""A cell's second number: "90.87 ± 0.13" prints a spread beside its value (probe 15).

"The baseline without LM reaches 90.87 F1 on CoNLL 2003 NER, with a standard deviation of
0.13" (true) was contradicted by the cell "Our baseline without LM × F1± std = 90.87 ± 0.13"
of Table 1 (Peters et al. 2017, arXiv:1705.00108): the claim's 0.13 was read against the
cell's value, 90.87, though the cell prints 0.13 as its spread. A cell that prints more than
one number ("v ± s", "v (s)") holds each of them; a claimed number that is one of the cell's
other numbers is not contradicted by the cell's value (`guard_cell_spreads`). The guard only
undecides: which of the cell's numbers the claim means is for the claim's words to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .undecided import undecide_by_evidence

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


def other_numbers(quote: str) -> list[float]:
    """The numbers a cell's printed text holds after its first ("90.87 ± 0.13" -> [0.13]);
    the cell's text is what the quote prints after its last " = " or ": "."""
    cut = max(quote.rfind(" = "), quote.rfind(": "))
    text = quote[cut + 2:] if cut >= 0 else quote
    return [float(number) for number in _NUMBER.findall(text)[1:]]


def guard_cell_spreads(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting table check whose cell prints the claimed number as its
    other number (module docstring). In place."""
    del claim  # the evidence holds the claimed number

    def why(evidence: Evidence) -> str | None:
        if evidence.claimed is None:
            return None
        if not any(abs(number - evidence.claimed) < 1e-9
                   for number in other_numbers(evidence.quote or "")):
            return None
        return (f"Not decided: the cell prints the claimed {evidence.claimed:g} beside its "
                f"value, as its spread or second number")

    undecide_by_evidence(checks, CheckKind.table, (Outcome.contradicted,), why)
