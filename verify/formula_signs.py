"""A number added in a formula is not the number subtracted (round 25, probe25b: Golubchik et
al., Approximation Algorithms for Data Placement on Parallel Disks).

"Shachnai and Tamir showed that the Sliding-Window algorithm packs all items whenever the total
storage capacity is at least M + N + 1" (false: the bound is M + N − 1, page 3) was confirmed by
"... showed that this algorithm packs all items whenever Σ Cj ≥ M + N − 1 for URDP": the claim's
only number, 1, is printed there, and the quantity reader keeps no operator of a formula.

The general fact: in a formula ("M + N − 1", "n - 2", "k+1") the operator before a number is
part of what is stated; "+ 1" and "− 1" give different bounds. When the claimed number follows a
binary "+" or minus (an operand before it: a letter, a digit, a closing bracket) and the found
number follows the other one, the numbers do not agree; the reading decides nothing (withheld:
the formula may be rewritten, "M + N − 1" as "M + (N − 1)"). A hyphen counts as a minus only when
spaced or after a one-letter operand ("N-1"), never in a name ("GPT-2", "top-1").
"""

from __future__ import annotations

import re

from verify_claims.claims import Quantity

__all__ = ["EXPLANATION", "operator_mismatch"]

EXPLANATION = ("the claim's number is added in a formula where the passage's is subtracted, "
               "or the other way round")

# The operator just before a number, with the operand before it (so a leading sign is no
# operator): "N + ", "N − ", "x) - ", "N-".
_PLUS = re.compile(r"[\w)\]]\s*\+\s*$")
_MINUS = re.compile(r"(?:[\w)\]]\s*[\u2212]\s*|[\w)\]]\s+[-\u2013]\s+|(?<![\w-])[A-Za-z]-)$")


def _operator_before(text: str, start: int) -> str | None:
    if text[start:start + 1] in "+-\u2212":
        return None  # a signed number ("-3.1"): its sign is read elsewhere
    before = text[max(0, start - 6):start]
    if _PLUS.search(before):
        return "+"
    if _MINUS.search(before):
        return "-"
    return None


def operator_mismatch(claim_text: str, claimed: Quantity, sentence_text: str,
                      found: Quantity) -> bool:
    """True when the claimed number follows a binary "+" or minus and every printing of the
    found number in the sentence that follows one follows the other, at least one does
    (module docstring)."""
    span = getattr(claimed, "span", None)
    if span is None:
        return False
    mine = _operator_before(claim_text, span[0])
    if mine is None:
        return False
    printed = re.escape(found.text.strip())
    theirs = {_operator_before(sentence_text, match.start())
              for match in re.finditer(rf"(?<![\w.]){printed}(?![\w]|\.\d)", sentence_text)}
    theirs.discard(None)
    return bool(theirs) and mine not in theirs
