"""The quantities of a quoted passage, parsed once per distinct text.

Many guards read the numbers of the passage a check quotes (`extract.quantities
.parse_quantities`), and the same sentences are quoted again and again: a paper's result
sentence supports every claim that restates it, and one claim's checks pass through a dozen
guards that each want the quote's numbers. Parsing tags the text's names with the spaCy
pipeline first, 2-3 ms a sentence, so a guard calling it on every quote was the costliest
guard of `benchmarks/verify.py` (round 31: `guard_respectively_contradictions`, 4.6 % of the
verification time on its own).

The quantities are returned as a tuple of the parsed records, shared between callers: read
them, never change them. The memo is bounded (`Memo`), so a long audit's memory stays bounded.
"""

from __future__ import annotations

from verify_claims.claims import Quantity
from verify_claims.extract.quantities import parse_quantities

from .memo import Memo

__all__ = ["quote_quantities"]

_QUOTES: Memo[str, tuple[Quantity, ...]] = Memo(8192)


def quote_quantities(text: str) -> tuple[Quantity, ...]:
    """`parse_quantities(text)` with the default reading (names tagged here, not cut, no bare
    decimals), remembered per text. Read-only: the records are shared."""
    return _QUOTES.get(text, lambda: tuple(parse_quantities(text)))
