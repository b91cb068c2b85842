"""Table cell values: the number a printed cell holds and its printed precision.

Shared by the layout-text table reader (tables.py) and the grid reader (grid_cells.py).
"""

from __future__ import annotations

import math
import re
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal

from verify_claims.claims import Cell

# Marks that follow a number without changing it: footnote daggers, significance stars,
# superscript letters typed as plain characters, bold markers from Markdown.
_MARKS = "\u2020\u2021*\u00a7\u00b6#^\u2217"
_DASHES = {"-", "\u2013", "\u2014", "\u2212", "--", "n/a", "N/A", "na", "NA", "\u2012", ""}
_SCALE = {"k": 3, "K": 3, "M": 6, "B": 9}  # powers of ten
# Decimal arithmetic that cannot overflow on a printed number, however many digits it has.
_UNBOUNDED = Context(Emax=MAX_EMAX, Emin=MIN_EMIN)
_NUMBER = re.compile(
    r"""^(?P<sign>[+\-\u2212]?)
        (?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
        (?P<scale>[kKMB])?
        \s*(?P<percent>%?)
        (?:(?<=\d)[x\u00d7])?   # "7.12x", "2.5\u00d7": a factor (Gal et al. 2009, Figure 13)
        (?:\s*(?:\u00b1|\+/-|\+-)\s*[\d.]+%?)?   # "66.3 ± 0.4": keep the mean
        $""",
    re.VERBOSE,
)


def parse_cell(text: str) -> tuple[float | None, int | None]:
    """The number a table cell holds and its printed precision (decimals; "393k" -> -3), or
    (None, None) for a dash, an empty cell or text.

    "66.3" -> 66.3, "69.7†" -> 69.7, "1,104,934" -> 1104934, "45.3%" -> 45.3 (percentages keep
    their printed value), "−1.2" -> -1.2, "393k" -> 393000, "7.12x" -> 7.12 (a factor), "–" ->
    None, "XLM-R" -> None.
    """
    cleaned = text.strip().replace("**", "").replace("__", "").strip()
    cleaned = cleaned.rstrip(_MARKS).strip()
    if cleaned in _DASHES:
        return None, None
    match = _NUMBER.match(cleaned)
    if not match:
        return None, None
    number = match["number"].replace(",", "")
    exponent = _SCALE.get(match["scale"] or "", 0)
    magnitude = Decimal(number).scaleb(exponent, _UNBOUNDED)
    value = float(magnitude)
    if not math.isfinite(value) or (value == 0) != (magnitude == 0):
        return None, None  # too large or too small for a float: no number to compare with
    decimals = len(number.partition(".")[2]) - exponent
    return (-value if match["sign"] in ("-", "\u2212") else value), decimals


def parse_cell_value(text: str) -> float | None:
    """The number a table cell holds (see `parse_cell`), or None."""
    return parse_cell(text)[0]


def _is_value(text: str) -> bool:
    """A cell a data row is made of: a number or a dash standing for a missing number."""
    cleaned = text.strip().rstrip(_MARKS).strip()
    return parse_cell_value(text) is not None or (bool(cleaned) and cleaned in _DASHES)


def make_cell(text: str) -> Cell:
    text = " ".join(text.split())
    value, decimals = parse_cell(text)
    return Cell(text=text, value=value, decimals=decimals)
