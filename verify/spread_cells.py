"""A cell that prints a mean with its labelled spread: "27.4, SD = 1.9", "27.4 (SD 1.9)".

Clinical tables of baseline characteristics print each mean with its standard deviation in one
cell, the spread labelled: Sundström et al., International Psychogeriatrics 26:1 (2014),
Table 1 (page 3; round 34, probe34c) prints "67.7, SD = 9.6" for the age of the participants
who remained dementia-free, under rows "Age: mean, SD", "Education: mean, SD", "MMSE score:
mean, SD". The cell check read no number in such a cell (not one number, not a number with
a bracketed second, not a list), so no claim of the table's mean ages, years of education or
MMSE scores was read against it.

`mean_with_spread` reads such a cell as its mean: the number it opens with, followed by a
spread's label (SD, SE, SEM, s.d., std) and one number, bare or in brackets, after a comma,
a semicolon or nothing. The spread is the cell's other number, which contradicts nothing
(`spread_start` shows verify/guards_cell_spreads.py where the cell's text begins in a quote,
so that a claimed standard deviation is not read against the mean).
"""

from __future__ import annotations

import re

_NUMBER = r"[-\u2212]?\d+(?:\.\d+)?"
_LABEL = r"(?:SD|SE|SEM|s\.d\.|s\.e\.|std)"
_MEAN_WITH_SPREAD = re.compile(
    rf"^(?P<mean>{_NUMBER})\s*[,;]?\s*(?P<open>\()?\s*{_LABEL}\s*=?\s*{_NUMBER}\s*"
    r"(?(open)\))$", re.I)
# " = " that opens a spread's number inside a cell ("27.4, SD = 1.9"), not the cell's text.
_SPREAD_EQUALS = re.compile(rf"(?<![\w.]){_NUMBER}\s*[,;]?\s*\(?\s*{_LABEL} = $", re.I)


def mean_with_spread(text: str) -> str | None:
    """The mean a cell "27.4, SD = 1.9" opens with (module docstring), else None."""
    match = _MEAN_WITH_SPREAD.match(" ".join(text.split()))
    return match["mean"] if match else None


def spread_start(quote: str) -> int:
    """Where the cell's text begins in a quote "headers = 27.4, SD = 1.9" (after its last
    " = " that no spread's label opens); -1 when the quote has none."""
    cut = len(quote)
    while (cut := quote.rfind(" = ", 0, cut)) >= 0:
        if not _SPREAD_EQUALS.search(quote[:cut + 3]):
            return cut + 3
    return -1
