"""A rounding that leaves no digit of the number it rounds is no agreement.

Two printed numbers agree when their printed-precision intervals overlap ("72.0" and "72.04":
the claim may have rounded the paper's number). At a boundary that holds for numbers smaller
than the coarser one's last unit: "0.1" stands for [0.05, 0.15), and the paper's "0.05" for
[0.045, 0.055), so the two overlapped, and "The embedding weights are initialized uniformly
in the interval [-0.1, 0.1]" (Cui et al., arXiv:1607.04423, page 5: [-0.05, 0.05]) was
confirmed. Rounding 0.05 to one decimal keeps none of its digits (it becomes a 0 or a 1 by
the rounding rule alone, twice or none of its value); a writer who rounds 72.04 to "72.0"
keeps every digit but the last.

`keeps_digits` asks, of two numbers whose intervals overlap, that the finer one be at least
one unit of the coarser one's last place (in absolute value), unless the two are the same
value: "72.0" still agrees with 72.04 and "0.1" with 0.10, while "0.1" no longer agrees with
0.05, nor "1" with 0.96.
"""

from __future__ import annotations

SAME = 1e-12
"""Two values this close are the same number printed with more or fewer zeros."""


def keeps_digits(first: tuple[float, int | None], second: tuple[float, int | None]) -> bool:
    """Whether rounding the finer of two (value, decimals) numbers to the coarser one's
    precision keeps a digit of it (module docstring)."""
    (one, one_decimals), (two, two_decimals) = first, second
    if abs(one - two) <= SAME * max(1.0, abs(one), abs(two)):
        return True
    one_decimals, two_decimals = one_decimals or 0, two_decimals or 0
    if one_decimals == two_decimals:
        return True  # the same precision: the intervals' overlap says all
    finer, coarse = (one, two_decimals) if one_decimals > two_decimals else (two, one_decimals)
    return abs(finer) >= 10.0 ** -coarse - 1e-12
