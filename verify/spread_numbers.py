"""A number printed after "±" is a spread, never the value of what a claim measures (probe24b).

"Single treated larvae at 20% phytojuvenoid concentration had a total protein content of 11.27
µg/mg" (true: Table A of Srivastava and Upadhyay, Middle-East J. Sci. Res. 2015) was
contradicted by "... reached to the maximum level of 12.45±0.25 µg/mg in case of triple treated
larvae with 30% phytojuvenoid concentration" (page 3): the sentence reader paired the claim's
11.27 with 0.25, the standard error printed after the mean, and reported "gives 0.25; the claim
says 11.27". Papers in the life sciences print every mean as "mean ± S.E." (or "± SD"); the
number after the sign is how widely the value spreads, a measure of its own.

The general fact: a sentence's number printed right after "±" or "+/-" (a spread) disputes no
claimed number that the claim does not print after such a sign itself (`spread_mismatch`). A
claim that states a spread ("10.79 ± 0.15") is read against the sentence's spread as before.
The value before the sign measures what its spread measures: "12.45±0.25 µg/mg" gives 12.45
µg/mg, so "12.54 µg/mg" is read against 12.45 (`spread_measures`). A verb after the spread
measures nothing (round 25): Peters et al.'s "test F1 increased slightly to 92.00 ± 0.11
indicating that ..." (arXiv:1705.00108, page 7) had given 92.00 the measure "indicating", and
the true "... gave 92.00 F1" lost its passage (`lends_measure`). It names no paper, unit or
number.
"""

from __future__ import annotations

import re
from typing import TypeVar

from verify_claims.claims import Quantity

__all__ = ["after_spread_sign", "lends_measure", "prints_spread", "spread_measures",
           "spread_mismatch"]

T = TypeVar("T")

_SIGN_BEFORE = re.compile(r"(?:\u00b1|\+\s*/\s*-|\+-)\s*$")
# A participle right after a number is a verb ("0.11 indicating that"), no measured noun.
_VERB_AFTER = re.compile(r"\s+[a-z]+ing\b")


def prints_spread(cell_text: str, spread: Quantity) -> bool:
    """Whether a table cell prints `spread` after its value's "±" ("75.7 ± 1.0"): a claim that
    gives the value with that spread says what the cell says (olmOCR 2's Table 3, round 32)."""
    found = re.search(r"(?:\u00b1|\+\s*/\s*-|\+-)\s*([0-9]*\.?[0-9]+)\s*%?\s*$", cell_text.strip())
    return found is not None and found.group(1) == spread.text.rstrip("%")


def after_spread_sign(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` of `text` is printed right after a "±" (or "+/-") sign."""
    start = quantity.span[0]
    if not 0 <= start <= len(text):
        return False
    return bool(_SIGN_BEFORE.search(text[max(0, start - 6):start]))


def spread_mismatch(claim_text: str, claimed: Quantity, sentence_text: str,
                    found: Quantity) -> bool:
    """Whether the sentence's `found` is a spread read against a claimed number that is not
    one (module docstring)."""
    return after_spread_sign(sentence_text, found) and not after_spread_sign(claim_text, claimed)


def spread_measures(measures: list[T], spreads: list[bool]) -> list[T]:
    """Each number's measured noun (or what it is per), a value printed before a spread
    ("12.45±0.25 µg/mg") given the one read after its spread."""
    return [measure or (measures[slot + 1] if slot + 1 < len(measures) and spreads[slot + 1]
                        else measure)
            for slot, measure in enumerate(measures)]


def lends_measure(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` of `text` is a spread whose measure is its value's: printed after a
    "±" sign and not followed by a verb ("92.00 ± 0.11 indicating that ...")."""
    return after_spread_sign(text, quantity) and not _VERB_AFTER.match(text, quantity.span[1])
