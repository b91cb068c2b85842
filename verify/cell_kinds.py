"""What kind of number a cell can be, and which cells a shortened row name may stand for.

Two general facts of results tables that the cell check (cell_check.py) uses:

Count columns hold whole numbers. A column headed "#Features", "# sentences", "Number of
papers" or "Count" prints how many things there are ("354k", "4.1M", "12"); a claimed number
with a fractional part ("26.07 BLEU") is never such a count, so a count column's cell is no
reading of it, even when the claim says the counted noun for another reason ("with rule n-gram
features" names a feature group, not the number of features). Without this, the count cell is
a second candidate beside the score cell, and two candidates of different numbers decide
nothing.

A claim may shorten a longer row name. When the claim's words fit several nested paths
("with rule n-gram features" fits the row "+ng" and the row "+id,ng,shape"), the cell check
picks the one it leaves least unsaid but never contradicts through it, since the claim may
mean the longer one. It may contradict when the claimed number is the value of none of them:
`shortened_alternatives` gives the cells of every path the claim may have shortened (same
table, same path on the other axis, holding every header word the claim says of the picked
path), and the caller contradicts only when all of them print a number and none agrees.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify_claims.claims import Quantity

if TYPE_CHECKING:  # types only: cell_check.py calls into this module
    from .cell_check import CellPassage, Picker

_COUNT_HEADER = re.compile(r"^\s*(?:#|no\.\s|num(?:ber)?\b|counts?\b)", re.I)


def count_header(passage: CellPassage) -> bool:
    """The cell's column or row is headed as a count: "#Features", "Number of papers"."""
    return any(_COUNT_HEADER.match(header) for path in passage.paths for header in path)


def fractional(quantity: Quantity) -> bool:
    """A claimed number with a fractional part as printed ("26.07"), which no count is."""
    return bool(quantity.decimals) and not float(quantity.value).is_integer() \
        and quantity.unit not in ("%",) and not re.search(r"[kKmMbB]\s*$", quantity.text)


def shortened_alternatives(passage: CellPassage, passages: list[CellPassage],
                           picker: Picker) -> list[CellPassage]:  # noqa: F821
    """The cells the claim may mean when it picked `passage` by a shortened name: in its
    table, on each axis either the passage's own path or one holding every header word the
    claim says of it (a longer name the claim may have shortened), the other axis alike."""
    caption = passage.table.caption
    said = [picker.said_words(passage.number, axis, passage.paths[axis], caption)
            for axis in (0, 1)]
    found = []
    for other in passages:
        if other.number != passage.number:
            continue
        if all(other.paths[axis] == passage.paths[axis] or (said[axis] and said[axis] <= set(
                picker.path_words(other.number, axis, other.paths[axis])))
               for axis in (0, 1)):
            found.append(other)
    return found
