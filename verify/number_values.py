"""The values of printed numbers: which units can measure one thing, and whether two printed
numbers can be the same value (the lowest layer of comparing numbers).

A printed number stands for its printed-precision interval ("5.4" is [5.35, 5.45)); a number
the report's cut may have shortened agrees with any number starting with its digits; "about"
numbers agree within `APPROXIMATE`; a whole count of things is exact; the same digits in
another order are a miscopy (verify/number_match.py's docstring tells the rules). These facts
need nothing of the text around a number, so they live apart from the sentence's preparation
(verify/number_sides.py): the cell check compares cell values with `values_agree` alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from verify_claims.claims import Quantity

from .passages import printed_digits
from .rounding_digits import keeps_digits

_ROUNDING = 1e-9
"""Relative slack for floating-point sums when intervals are compared."""
APPROXIMATE = 0.10
"""Relative tolerance for "about", "nearly", "up to" numbers (bounds agree within it too, but
never contradict)."""

# Units that measure the same kind of thing. Percent and points share a family for agreement
# only (see verify/source_check.py's docstring).
_SCORE_UNITS = {"%", "points", "percentage points"}
_ITEM_UNITS = {"examples", "sentences", "questions", "pairs", "documents"}
# Settings a setup states once: the unit alone says what the number is.
_SETTING_UNITS = {"learning_rate", "batch_size", "epochs", "seeds", "steps", "tokens", "runs"}


def _unit_family(unit: str | None) -> str | None:
    if unit in _SCORE_UNITS:
        return "score"
    if unit in _ITEM_UNITS:
        return "items"
    return unit


def _units_agree(claimed: Quantity, found: Quantity) -> bool:
    """Units that allow the two numbers to be equal (an unknown unit allows anything)."""
    if claimed.unit is None or found.unit is None:
        return True
    return _unit_family(claimed.unit) == _unit_family(found.unit)


def _units_clash_allowed(claimed: Quantity, found: Quantity, counted: bool = False) -> bool:
    """Units that allow the two numbers to contradict: the same measure for certain. % and
    points differ (relative vs absolute); an unknown unit is taken for a score change only,
    or, with `counted` (both numbers measure the same noun, which stands in for a unit the
    parser does not know: "237M mentions"), for that noun."""
    same = {"percentage points": "points"}
    mine = same.get(claimed.unit or "", claimed.unit)
    theirs = same.get(found.unit or "", found.unit)
    if mine is None or theirs is None:
        if counted and (mine or theirs) not in _SCORE_UNITS and (mine or theirs) != "%":
            return True
        return (mine or theirs) in _SCORE_UNITS
    if mine in _ITEM_UNITS and theirs in _ITEM_UNITS:
        return True
    return mine == theirs


def values_agree(claimed: Quantity, found: Quantity) -> bool:
    """True when the claimed number can be the found one, given printed precision, a cut-off
    and approximation (see the module docstring)."""
    return _agree(_number(claimed), _number(found))


def _agree(claimed: _Number, found: _Number) -> bool:
    if claimed.cut_off and claimed.digits:  # a spelled number ("nine") is whole when cut
        return found.digits.startswith(claimed.digits)
    # Intervals that only touch ("0.9" and "0.8": [0.85, 0.95) and [0.75, 0.85)) do not
    # overlap, however the floating-point sums round (0.8 + 0.05 > 0.9 - 0.05).
    if max(claimed.low, found.low) < min(claimed.high, found.high) - _ROUNDING * max(
            1.0, abs(claimed.high), abs(found.high)) \
            and keeps_digits(claimed.printed, found.printed):
        return True  # overlapping, and no rounding away of every digit (rounding_digits.py)
    if claimed.approximate or found.approximate:
        if _miscopied(claimed.digits, found.digits):
            return False  # "around 1746" is no approximation of "around 1764" (probe26b)
        mine, theirs = (claimed.low + claimed.high) / 2, (found.low + found.high) / 2
        return abs(mine - theirs) <= APPROXIMATE * max(abs(mine), abs(theirs), 1e-12)
    return False


def _miscopied(mine: str, theirs: str) -> bool:
    """Whether two hedged numbers print the same three or more significant digits in another
    order, neither a round number: "around 1746" for "around 1764" is the count miscopied, not
    an approximation of it (probe26b, round 26: Ruswandi et al. 2005, "The coding sequence of
    AFT11-1 is around 1764 bp"), however close the two are."""
    mine, theirs = mine.replace(".", ""), theirs.replace(".", "")
    return mine != theirs and sorted(mine) == sorted(theirs) \
        and len(mine.strip("0")) >= 3 and not mine.endswith("0") and not theirs.endswith("0")


def within_rounding(quantity: Quantity, value: float) -> bool:
    """Whether `value` (a number read from a cell) is what `quantity` prints, to the precision
    it is printed with: within half a unit of its last decimal ("87.0" holds 86.95 to 87.05),
    with a hair of floating-point slack. The guards that ask whether a table prints a claimed
    number elsewhere all ask it this way; `values_agree` compares two printed numbers."""
    return abs(value - quantity.value) <= 0.5 * 10 ** -(quantity.decimals or 0) + 1e-9


def transposed(claimed: Quantity, found: Quantity) -> bool:
    """8.2 vs 2.8, 392,702 vs 392,720: the same digits in another order."""
    mine = printed_digits(claimed).replace(".", "")
    theirs = printed_digits(found).replace(".", "")
    return mine != theirs and sorted(mine) == sorted(theirs)



@dataclass(frozen=True)
class _Number:
    """What comparing a number needs, computed once per number."""

    low: float  # the printed-precision interval [low, high)
    high: float
    digits: str  # printed digits, for cut-off prefixes and transposition
    approximate: bool
    cut_off: bool
    printed: tuple[float, int | None] = (0.0, None)  # value and decimals, as printed


def _number(quantity: Quantity) -> _Number:
    """The quantity's `_Number`, remembered per `_number_key` (`_NUMBERS`)."""
    key = _number_key(quantity)
    found = _NUMBERS.get(key)
    if found is None:
        if len(_NUMBERS) >= NUMBERS_SIZE:
            _NUMBERS.clear()  # a forgotten number is simply made again
        found = _NUMBERS[key] = _new_number(quantity)
    return found


def _new_number(quantity: Quantity) -> _Number:
    low, high = quantity.interval
    return _Number(low, high, printed_digits(quantity), quantity.approximate, quantity.cut_off,
                   (quantity.value, quantity.decimals))


def _number_key(quantity: Quantity) -> tuple[str, float, int, bool, bool]:
    """Every field `_new_number` reads: the text (its printed digits), the value and decimals
    (the interval, and the printed pair), the hedge and the cut. Two quantities with equal
    keys get equal `_Number`s: 0.0 and -0.0 are one key, and their numbers differ only in
    the sign of a zero, which no comparison of `_agree` or `keeps_digits` sees."""
    return (quantity.text, quantity.value, quantity.decimals, quantity.approximate,
            quantity.cut_off)


NUMBERS_SIZE = 65536
_NUMBERS: dict[tuple[str, float, int, bool, bool], _Number] = {}
"""`_number`'s answers (round 37: speed). The cell checks compare every claimed number with
the numbers of many cells (`cell_kinds._agree`: 75,000 calls for 4,000 claims of
benchmarks/verify.py), and each comparison made both sides' `_Number` again: reading the
printed digits and making a frozen dataclass took 1.5% of the verification time. A
`_Number` is immutable, so one object is shared by every quantity with its key."""



def _fraction_of_a_count(claimed: Quantity, found: Quantity,
                         counted: tuple[str, ...]) -> bool:
    """Whether the claim gives a fraction ("4.6", "0.57") where the passage counts things with
    a whole number ("a context window of 5 words", "frequency 1 extractions"). A count of
    things is exact as printed, not a rounding, so its printed-precision interval does not
    stand for the fractions around it; a share or score ("5 points", "5%") may be rounded and
    keeps its interval, as does a number with a magnitude ("2M") or a hedge ("about 5")."""
    if not counted or found.approximate or _unit_family(found.unit) == "score" \
            or claimed.approximate or claimed.cut_off or float(claimed.value).is_integer():
        return False
    printed = found.text.strip()
    return printed.replace(",", "").isdigit() and "." in printed_digits(claimed)


def _same_number_garbled(claimed: Quantity, found: Quantity) -> bool:
    """A number of three digits or more printed with the same digits in another order
    ("273M" for "237M"): the same count miscopied, not a count of something else, so its noun
    need not be qualified alike on both sides ("entity mentions", "mentions")."""
    return transposed(claimed, found) and len(printed_digits(claimed).replace(".", "")) >= 3
