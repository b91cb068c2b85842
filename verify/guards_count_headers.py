"""A count header the caption pairs with its noun "respectively": only that noun names it.

Why: a count header ("Size", "Number", "Count") is said by any claimed count, the number being
the count (verify/header_words.py), so "Advogato has 51127 nodes" was confirmed by the column
"Size" of arXiv:1504.06236's Table 1, whose caption says "Order and size are the number of
nodes and edges, resp.": 51127 is Advogato's number of edges. A caption that pairs its columns
with the nouns they count, respectively, says which noun each counts; a column read only as
"a count" then decides nothing, so the claim is left to the column the caption gives its noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .header_vocabulary import HeaderWord
from .header_words import ClaimWords

_RESPECTIVELY = re.compile(r"\bresp(?:ectively\b|\.)", re.IGNORECASE)


def count_paired_otherwise(own: Iterable[HeaderWord], words: ClaimWords,
                           caption: str | None) -> bool:
    """Whether a header word of the cell (`own`) is said only as a count (by no claim word in
    particular) and the caption, pairing its columns with nouns "respectively", prints it."""
    if not caption or _RESPECTIVELY.search(caption) is None:
        return False
    printed = {word.casefold() for word in re.findall(r"[^\W_]+", caption)}
    return any(word.number is None and word.word in printed
               and words.names(word, caption=caption) == frozenset() for word in own)
