"""A cell picked on one axis only by a count header, for a claimed number that counts nothing:
no contradiction.

A count header ("Size", "Number", "Count") is said by any claimed number (verify/header_words.py:
the number is the count), so it needs no word of the claim. In a table whose other rows name
systems the claim calls otherwise, that header alone singles its row out: "Kim et al. (2016)
report a perplexity of 371 on Czech" picked the row "Vocab. size" of arXiv:1607.04606's Table 5
(the caption says "CANLM refers to the work of Kim et al.", which no header prints) and was
contradicted by the Czech vocabulary, 46k, while the claimed 371 is CANLM's perplexity two rows
below. A count header stands for the claimed number only when that number counts something,
printed with the noun it counts ("a vocabulary of 46k words"); a number worded as a measure
("a perplexity of 371") says no row of counts, least of all when another row of the same
column prints it: that row may be the one the claim names in words no header prints. The
guard asks both, and only withholds a contradiction: a confirmation still needs the cell's
number (`counted_axis_only`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from verify_claims.claims import Quantity

from .cell_kinds import _agree, _comparable_numbers
from .header_vocabulary import COUNT_HEADERS
from .header_words import ClaimWords

if TYPE_CHECKING:
    from .cell_check import CellPassage
    from .cell_picker import Picker


def counted_axis_only(picked: Picker, words: ClaimWords, passage: CellPassage,
                      quantity: Quantity, passages: Sequence[CellPassage]) -> bool:
    """Whether the claim says, of one of the cell's header paths, only count headers that no
    word of it names, while its number `quantity` counts no noun and another cell of the same
    table, on the other path of the cell and another of this axis, prints it (module
    docstring)."""
    if quantity.unit:
        return False
    caption = passage.table.caption
    for axis, path in enumerate(passage.paths):
        said = picked.said_words(passage.number, axis, path, caption)
        if said and all(word.word in COUNT_HEADERS and not words.names(word, caption=caption)
                        for word in said) and any(
                other.number == passage.number and other.paths[axis] != path
                and other.paths[1 - axis] == passage.paths[1 - axis]
                and any(_agree(quantity, number)
                        for number in _comparable_numbers(quantity, other))
                for other in passages):
            return True
    return False
