"""A claim that marks its shares with "%" says its other numbers are not shares (probe28b).

"At Site C, negative WFC comments fell from 270 to 175, a change of -35.3%" (true: Table III of
Wilson et al., Shift work interventions for reduced work-family conflict, Employee Relations
29(2) 2007, page 172, prints "270/175" and "−35.3%") was contradicted by the table check:
"Table III gives −35.3% for WFC − negative: / Change in % × Site C ...; Table IV gives −100%
...: the claim says 175, the value of none of them". The count 175 was compared with the
percentages of the "Change in %" cells. The claim itself tells the two kinds apart: it prints
its share with a per cent sign and its count without one. A cell that prints only percentages
is no reading of the claim's unmarked number; that it differs from it is no evidence.

`guard_unmarked_shares` undecides each contradicting table check whose every cell prints only
percentages, when the number the check compared (`Evidence.claimed`) is printed in the claim
without a per cent sign (nor "per cent", "percent") and the claim prints another of its numbers
with one. It only withholds; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .undecided import decided, undecide

_NUMBER = re.compile(r"[-\u2212+]?\d[\d,]*(?:\.\d+)?")
_SHARE = re.compile(r"^\s*(?:%|per\s*cent\b|percent\b)", re.I)


def _printed(claim: Claim) -> list[tuple[float, bool]]:
    """(value, printed as a share) of each number the claim prints, from its parsed
    quantities: a share is one whose unit is the per cent sign ("%", "per cent")."""
    return [(abs(quantity.value), quantity.unit == "%") for quantity in claim.quantities]


def _cell_text(quote: str) -> str:
    """The cell's own text of a table evidence quote ("headers: cell")."""
    return quote.rsplit(": ", 1)[-1]


def _only_percentages(text: str) -> bool:
    numbers = list(_NUMBER.finditer(text))
    return bool(numbers) and all(_SHARE.match(text[number.end():]) for number in numbers)


def unmarked_against_shares(claim: Claim, check: Check) -> float | None:
    """The claimed number the check compared with cells of percentages only, when the claim
    prints it unmarked and marks another of its numbers as a share; else None."""
    printed = _printed(claim)
    if not any(share for _, share in printed):
        return None
    claimed = {evidence.claimed for evidence in check.evidence}
    if len(claimed) != 1 or None in claimed:
        return None
    value = abs(claimed.pop())
    forms = [share for number, share in printed if abs(number - value) < 1e-9]
    if not forms or any(forms):
        return None
    if not check.evidence or not all(_only_percentages(_cell_text(evidence.quote or ""))
                                     for evidence in check.evidence):
        return None
    return value


def guard_unmarked_shares(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each table contradiction that compared an unmarked number of the claim with
    cells of percentages only (module docstring). In place."""
    if "%" not in claim.text and "cent" not in claim.text.casefold():
        return
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        value = unmarked_against_shares(claim, check)
        if value is not None:
            undecide(check, f"The claim prints {value:g} without a per cent sign, and marks "
                            "its shares with one: cells of percentages are no reading of it")
