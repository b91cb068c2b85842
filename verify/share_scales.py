"""A share printed as a fraction on one side and as a percentage on the other.

"Our algorithm obtained around 96% precision at 92% recall for tables and figures" (Clark and
Divvala, Looking Beyond Text, 2015, page 6) contradicted the true claim "On figure extraction,
the proposed system reaches a precision of 0.957", the precision Table 1 prints: 0.957 was read
against 96 as two values of one score, since a bare number and a percentage may measure the
same score (verify/number_values.py `_units_clash_allowed`).

The general fact: papers print the same precision, recall, accuracy or F1 as a fraction in a
table ("0.957") and as a percentage in the prose ("around 96%"), and reports copy either.
A fraction of the unit interval, printed with decimals and no unit, against a percentage
above 1 is the same share on another scale: multiplied by 100 it is compared with the
percentage's printed-precision interval widened by half a unit of its last digit on each side
(prose rounds a table's share to whole percents, and often cuts it: "at 92% recall" for the
table's 0.927), or within `APPROXIMATE` of a hedged one ("around 96%"). When it agrees
there, the two are no disagreement; the pair is no evidence either way (`rescaled_agreement`;
never a confirmation: the scale itself is read, not printed). A fraction that disagrees on
both scales is left to the ordinary reading.
"""

from __future__ import annotations

from verify_claims.claims import Claim, Evidence, Quantity

from .number_values import APPROXIMATE
from .quote_quantities import quote_quantities

__all__ = ["printed_share", "rescaled_agreement"]


def _fraction(quantity: Quantity) -> bool:
    """A bare share of the unit interval printed with decimals: "0.957", ".43"."""
    return quantity.unit is None and 0.0 < quantity.value < 1.0 \
        and (quantity.decimals or 0) >= 2 and not quantity.cut_off


def _percentage(quantity: Quantity) -> bool:
    return quantity.unit == "%" and quantity.value > 1.0


def rescaled_agreement(claimed: Quantity, found: Quantity) -> bool:
    """True when one of the two numbers is a fraction and the other a percentage, and the
    fraction times 100 is what the percentage prints (module docstring)."""
    if _fraction(claimed) and _percentage(found):
        share, percent = claimed, found
    elif _fraction(found) and _percentage(claimed):
        share, percent = found, claimed
    else:
        return False
    low, high = (bound * 100.0 for bound in share.interval)
    their_low, their_high = percent.interval
    unit = their_high - their_low  # one unit of the percentage's last printed digit
    if max(low, their_low - unit / 2) < min(high, their_high + unit / 2) - 1e-9:
        return True  # rounded either way, or cut ("92%" for 0.927)
    if percent.approximate or share.approximate:
        middle = (low + high) / 2
        return abs(middle - percent.value) <= APPROXIMATE * max(abs(middle), abs(percent.value))
    return False


def printed_share(claim: Claim, evidence: Evidence) -> bool:
    """Whether a contradiction's evidence pairs a claimed number with a found one that is the
    same share on the other scale (`rescaled_agreement`), each read as printed: the claimed
    one among the claim's numbers, the found one in the evidence's quote (its hedge with it)."""
    for pair in evidence.numbers:
        if pair.agree or "%" not in pair.claimed + pair.found:
            continue
        mine = next((quantity for quantity in claim.quantities
                     if quantity.text == pair.claimed), None)
        theirs = next((quantity for quantity in quote_quantities(evidence.quote or "")
                       if quantity.text == pair.found), None)
        if mine is not None and theirs is not None and rescaled_agreement(mine, theirs):
            return True
    return False
