"""A factor ("2.5 times ...") says what it multiplies: "faster" and "as long" are not one.

"The shared-layer model converges 2.5 times faster than a vanilla LSTM" (unverified: the paper
says only that the models "converge faster") was confirmed by "In our experiment, the most
complicated model-III, costs 2.5 times as long as vanilla LSTM" (arXiv:1605.05101, page 5):
the factor agrees, the names agree, and the sentence before it speaks of converging faster.
But the sentence's factor multiplies a cost in time ("as long"), the claim's a speed
("faster"): 2.5 times as long is, if anything, 2.5 times slower.

The general fact: a number read as a factor ("N times", "N x", "N-fold") is followed by the
word that says what it multiplies ("faster", "larger", "as long as", "more"). Those words fall
into kinds (speed up, slow down, larger, smaller); when the claim's factor and the sentence's
are both followed by such a word and the two are of different kinds, the sentence's factor is
another quantity and decides nothing (`factor_mismatch`). A factor followed by any other word
("10-fold cross-validation") or none is left to the other readers.
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

__all__ = ["EXPLANATION", "factor_mismatch"]

EXPLANATION = ("its factor multiplies another quantity (“times faster” against “times as "
               "long”)")

_FACTOR = re.compile(r"^\s*(?:times|x|\u00d7|-?fold)?\s*(?:as\s+)?(?P<word>[A-Za-z][A-Za-z\-]*)",
                     re.IGNORECASE)
_KINDS: dict[str, str] = {}
for _kind, _words in (
        ("faster", "faster quicker speedup speed-up speedups acceleration"),
        ("slower", "slower long longer"),
        ("larger", "larger bigger more greater higher many much large"),
        ("smaller", "smaller fewer less lower"),
):
    for _word in _words.split():
        _KINDS[_word] = _kind
_FACTOR_UNITS = ("times", "x", "\u00d7", "fold", "-fold")


def _is_factor(text: str, quantity: Quantity) -> bool:
    unit = (quantity.unit or "").casefold()
    after = text[quantity.span[1]:quantity.span[1] + 8].casefold().lstrip()
    return unit in _FACTOR_UNITS or after.startswith(("times", "x ", "\u00d7", "-fold", "fold"))


def _factor_word(text: str, quantity: Quantity) -> str | None:
    if not _is_factor(text, quantity):
        return None
    found = _FACTOR.match(text[quantity.span[1]:])
    return found.group("word").casefold() if found else None


def factor_mismatch(claim_text: str, claimed: Quantity, sentence_text: str,
                    found: Quantity) -> bool:
    """True when both numbers are factors and the words after them say different things."""
    mine, theirs = _factor_word(claim_text, claimed), _factor_word(sentence_text, found)
    if mine not in _KINDS or theirs not in _KINDS:
        return False  # "10-fold cross-validation": no comparison word after the factor
    return _KINDS[mine] != _KINDS[theirs]
