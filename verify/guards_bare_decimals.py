"""A number printed without its leading zero (".44", ".70/.67") is a number of the claim too: a
passage that does not print it does not confirm the claim.

Papers and reports write correlations and other fractions as ".68"; the quantity parser did
not read a number that starts with its decimal point (it does since round 23 after a space or
a bracket, and such a number is checked as a value: only the others are asked here), nor does
`guards_numbers`'s accounting (its standalone number may not follow a "."). "SkipThought's
STS14 Pearson correlation is .44" (its own is .29) then asked a passage for no number at all,
and arXiv:1705.02364's "We report Pearson correlation." with the next sentence on STS14
confirmed it (probe of heldout14), a passage that prints no correlation.

`guard_bare_decimals` sets aside each supporting check (of the source or the tables) whose
quotes, locations and notes print none of the claim's bare decimals, written either way (".44"
or "0.44"). It only undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, evidence_text, undecide

__all__ = ["bare_decimals", "guard_bare_decimals"]

_BARE = re.compile(r"(?<![\w.,])\.(\d+)\b")


def bare_decimals(text: str) -> list[str]:
    """The digits after the point of each number `text` prints without its leading zero
    (".44" -> "44"), in order."""
    return [match.group(1) for match in _BARE.finditer(text)]


def _prints(text: str, digits: str) -> bool:
    return re.search(rf"(?<![\d.,])(?:0)?\.{digits}(?!\d)", text) is not None


def guard_bare_decimals(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting check whose evidence prints none of the claim's numbers
    written without a leading zero (module docstring). In place."""
    # Round 23: the quantity parser reads ".44" after a space or a bracket (extract/
    # quantity_numbers.py), and such a number is checked as a value like any other; a cell
    # arithmetic then confirms ".06" by a difference no passage prints. Only a bare decimal the
    # parser left unread (".70/.67", "-.5") is still asked of the evidence here.
    every = bare_decimals(claim.text)
    if not every:
        return
    read = [quantity.span for quantity in claim.quantities]
    unread = [match.group(1) for match in _BARE.finditer(claim.text)
              if not any(start <= match.start() < end for start, end in read)]
    for check in checks:
        if not check.decisive or check.outcome not in SUPPORTING:
            continue
        # A passage must print the claim's bare decimal; a table reading checked it as a
        # value (a difference or a mean of cells prints it nowhere) unless it went unread.
        wanted = unread if check.kind == CheckKind.table else every
        seen = evidence_text(check)
        missing = [digits for digits in wanted if not _prints(seen, digits)]
        if missing:
            undecide(check, f"Not confirmed: the evidence does not print the claim's "
                            f".{missing[0]}", joint=": ")
