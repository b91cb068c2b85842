"""A claimed value assigned to a symbol ("k = 2", "with n = 65") is met only by a passage
that assigns that value to that symbol (probe31a: Vos et al., IMTC 1996).

"The encoded PRBA of the prototype has k = 2" (false: the prototype's PRBA has k = 6; k = 2 is
Fig. 1's small example) was confirmed by "Each position where two black squares meet ...":
"gives two squares in a matching passage". The passage shares the claim's words and prints a
2 ("two"), but it counts squares: the claim's 2 is the value of the symbol k, and a number the
passage gives to no "k =" is no evidence for it.

`guard_assigned_symbols` undecides each supporting source check with an agreeing number that
the claim prints as a symbol's value ("k = 2", "k=2") while no quote of the check prints that
symbol with "=" (any value). It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_assigned_symbols", "assigned_symbols"]

# "k = 2", "n=65", "α = 0.5": a symbol of one or two letters (a Latin or Greek letter, maybe
# with a digit or a letter as its index) set to a number
_ASSIGNED = re.compile(r"(?<![\w.])([^\W\d_]{1,2}\d?)\s*=\s*(-?\d[\d.,]*)")


def assigned_symbols(text: str) -> dict[str, set[str]]:
    """Each number `text` assigns to a symbol, with the symbols it assigns it to."""
    found: dict[str, set[str]] = {}
    for match in _ASSIGNED.finditer(text):
        found.setdefault(match[2].rstrip(".,"), set()).add(match[1])
    return found


def _printed(text: str, value: str) -> int:
    """How often `text` prints the number `value` on its own."""
    return len(re.findall(rf"(?<![\w.,]){re.escape(value)}(?![\d]|[.,]\d)", text))


def _assigned_count(text: str, value: str) -> int:
    """How often `text` assigns the number `value` to a symbol."""
    return sum(match[2].rstrip(".,") == value for match in _ASSIGNED.finditer(text))


def _sets(quote: str, symbol: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(symbol)}\s*=", quote) is not None


def guard_assigned_symbols(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that meets a number the claim assigns to a
    symbol through a quote that assigns nothing to that symbol (module docstring). In place."""
    claimed = {value: symbols for value, symbols in assigned_symbols(claim.text).items()
               if _printed(claim.text, value) == _assigned_count(claim.text, value)}
    if not claimed:
        return  # a value the claim also prints as an amount ("for k = 1, ... 1 and 3 items")
    for check in list(supporting_sources(checks)):
        quotes = " ".join(evidence.quote or "" for evidence in check.evidence)
        for evidence in check.evidence:
            lost = next(((pair, symbol) for pair in evidence.numbers if pair.agree
                         for symbol in sorted(claimed.get(pair.claimed, ()))
                         if not _sets(quotes, symbol)), None)
            if lost is not None:
                pair, symbol = lost
                undecide(check, f"Not decided: the claim's {pair.claimed} is the value of "
                                f"“{symbol}”, to which the passage assigns nothing (its "
                                f"{pair.found} counts another thing)")
                break
