"""The most specific cells: a cell the claim names wholly outranks one it names only in part.

The cell check (cell_check.py) keeps every cell whose headers and caption account for the
claim, and decides only when they print one number. Within one table the picker
(cell_picker.py) already prefers the path the claim says the most of; across tables nothing
did. A paper often repeats a row in a second table with other columns: the AoA Reader paper
(arXiv:1607.04423) prints "AoA Reader" in Table 2 under "CNN News / Test" and again in Table 4
under "CBTest NE / Test" and "CBTest CN / Test". For "The AoA Reader reaches 73.1% test
accuracy on CNN News", Table 2's cell names everything its headers print (AoA Reader, CNN News,
Test); Table 4's cells print "CBTest", which the claim never says, and lack "CNN News", which it
does, yet the least-unsaid path of Table 4 let them in. Three cells of three numbers then
decided nothing, and the claim's number, Table 2's neighbouring "Valid" cell, went unread as
the wrong cell it is.

Rule: a cell B is set aside when a cell A of another table, also accounted, has every header
word of its own said by the claim, B has a header word the claim does not say, and every claim
word B's headers say is said by A's too. B is then about something else (another dataset,
another setting) and says nothing of the claim that A does not; A is the claim's cell. Only
across tables: within one table the picker's least-unsaid choice stands, and it keeps a cell
picked that way from contradicting (`cell_kinds._shortened`). A and B of the same table, cells
that each say something the other does not, and cells that all have unsaid words are all kept:
nothing is decided between them here. Header words are compared by the claim words they say
("CN" says "CNN News" by its initials, "NE" says "News" by its start), so a loose match of B's
counts as no more than A's exact one.

Cheap: it runs once per claim on the few cells already accounted, and only when they print
more than one number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .header_words import ClaimWords

_Accounted = TypeVar("_Accounted")


def _split(passage, words: ClaimWords) -> tuple[frozenset[int], bool]:
    """The positions of the claim words that the cell's own header words say, and whether the
    cell has a header word the claim does not say."""
    caption = passage.table.caption
    said: set[int] = set()
    unsaid = False
    for word in passage.own:
        if not words.named(word, caption):
            unsaid = True
            continue
        said |= words.names(word, caption=caption) or frozenset()
    return frozenset(said), unsaid


def most_specific(accounted: Sequence[tuple[_Accounted, object]], words: ClaimWords
                  ) -> list[tuple[_Accounted, object]]:
    """`accounted` without the cells another accounted cell outranks (module docstring); in
    order. Unchanged when the cells print one number."""
    if len({passage.cell.text for passage, _ in accounted}) < 2:  # type: ignore[attr-defined]
        return list(accounted)
    split = [_split(passage, words) for passage, _ in accounted]
    whole = [(passage.number, said) for (passage, _), (said, unsaid)  # type: ignore[attr-defined]
             in zip(accounted, split, strict=True) if not unsaid and said]
    if not whole:
        return list(accounted)
    return [(passage, accounting) for (passage, accounting), (said, unsaid)
            in zip(accounted, split, strict=True)
            if not (unsaid and any(table != passage.number and said <= other  # type: ignore
                                   for table, other in whole))]
