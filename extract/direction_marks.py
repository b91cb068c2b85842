"""Metric names each followed by a better-direction arrow: a header line, one cell per arrow.

Results tables of machine-learning papers mark each metric column with the direction that is
better, an arrow after its name: "Jaccard ↑ DDI ↓ PRAUC ↑ F1 ↑", repeated over each data
set's group of columns (Zhang et al., "Knowledge-Enhanced Explainable Hypergraph Convolution
Network for Medication Recommendation", AAAI 2026, Tables 2 and 3). Set tightly, the names
and arrows stand closer than a cell gap, so

- the line read as prose (a dozen words and more at even spacing across the page), and the
  table region, grown upwards from its caption below, stopped under it: Table 2 was read
  without any header, its cells known by their row only;
- Table 3's line, kept, was one cell "Jaccard ↑ DDI ↓ PRAUC ↑" over three columns, the three
  measures one label of each.

Running text does not print a bare arrow after a name, let alone two: a line with two bare
arrows or more, each after a word, is a table line (`marked_header`), and a bare arrow ends
its cell: the next word opens another (`ends_cell`). An arrow before a number ("↑ 1.3", a
gain) or inside brackets ("Acc. (↑)") is not a bare arrow after a name, and stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Word

__all__ = ["ARROWS", "ends_cell", "marked_header"]

ARROWS = frozenset("\u2191\u2193\u21d1\u21d3")
"""Up and down arrows, single and double: the better direction of a metric."""


def _named(words: Sequence[Word], index: int) -> bool:
    """Word `index` is a bare arrow after a word with a letter in it."""
    return (words[index].text in ARROWS and index > 0
            and any(character.isalpha() for character in words[index - 1].text))


def marked_header(words: Sequence[Word]) -> bool:
    """Whether a line's words name two metrics or more, each with its arrow after it."""
    return sum(_named(words, index) for index in range(len(words))) >= 2


def ends_cell(previous: Word, word: Word, before: Word | None) -> bool:
    """Whether `word` opens a new cell after `previous`, a bare arrow after a name (`before`,
    the word before the arrow): "Jaccard ↑" | "DDI ↓"."""
    return (previous.text in ARROWS and before is not None
            and any(character.isalpha() for character in before.text)
            and word.text[:1].isalpha())
