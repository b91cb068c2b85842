"""A cell's second number: "90.87 ± 0.13" prints a spread beside its value (probe 15).

"The baseline without LM reaches 90.87 F1 on CoNLL 2003 NER, with a standard deviation of
0.13" (true) was contradicted by the cell "Our baseline without LM × F1± std = 90.87 ± 0.13"
of Table 1 (Peters et al. 2017, arXiv:1705.00108): the claim's 0.13 was read against the
cell's value, 90.87, though the cell prints 0.13 as its spread. A cell that prints more than
one number ("v ± s", "v (s)") holds each of them; a claimed number that is one of the cell's
other numbers is not contradicted by the cell's value (`guard_cell_spreads`); nor is a claim
that names a spread ("an SD of 1.9") by the mean of a cell printing a mean with its labelled
spread ("26.7, SD = 2.2", verify/spread_cells.py). The guard only
undecides: which of the cell's numbers the claim means is for the claim's words to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Evidence, Outcome

from .spread_cells import mean_with_spread, spread_start
from .undecided import undecide_by_evidence

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
# A claim that names a spread ("an SD of 1.9", "standard deviation") means the spread of a cell
# "26.7, SD = 2.2", not its mean: its number is not read against the mean (round 34).
_SPREAD_WORDS = re.compile(r"(?<![\w.])(?:SDs?|SEM?|s\.d\.|std)(?![\w])|standard deviation|"
                           r"standard error", re.I)


def cell_text(quote: str) -> str:
    """The cell's text in a quote: what it prints after its last " = " or ": " (a " = " that a
    spread's label opens, "27.4, SD = 1.9", is the cell's own: verify/spread_cells.py)."""
    equals = spread_start(quote)
    cut = max(equals - 3 if equals >= 0 else -1, quote.rfind(": "))
    return quote[cut + 2:] if cut >= 0 else quote


def other_numbers(quote: str) -> list[float]:
    """The numbers a cell's printed text holds after its first ("90.87 ± 0.13" -> [0.13]);
    the cell's text is `cell_text`."""
    return [float(number) for number in _NUMBER.findall(cell_text(quote))[1:]]


def guard_cell_spreads(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each contradicting table check whose cell prints the claimed number as its
    other number (module docstring). In place."""
    names_spread = bool(_SPREAD_WORDS.search(claim.text))

    def why(evidence: Evidence) -> str | None:
        if evidence.claimed is None:
            return None
        quote = evidence.quote or ""
        if names_spread and mean_with_spread(cell_text(quote).strip()) is not None:
            return (f"Not decided: the claim's {evidence.claimed:g} is a spread, and the cell "
                    f"prints its mean with its spread")
        if not any(abs(number - evidence.claimed) < 1e-9 for number in other_numbers(quote)):
            return None
        return (f"Not decided: the cell prints the claimed {evidence.claimed:g} beside its "
                f"value, as its spread or second number")

    undecide_by_evidence(checks, CheckKind.table, (Outcome.contradicted,), why)
