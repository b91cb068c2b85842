"""A claim that names a sibling row or column wholly, by a word the confirming cell's headers
and caption never print (probe30b: the Head Start Impact Study, Exhibit 2.3).

"In the 4-year-old cohort, 79.8% of the control group had some Year 1 Head Start
participation" (false: the control group's cell says 13.9%) was confirmed by the cell
"4-Year-Old Cohort / Head Start Group × Some Year 1 Head Start Participation: 79.8%". The claim
says every word of that row ("Head Start" through the column's phrase, "group" through
"control group"), so the picker singled it out; but it also says every word of the row beside
it, "4-Year-Old Cohort / Control Group", and that row's "control" is printed nowhere in the
confirming cell's headers or caption.

The general fact: a cell confirms nothing when the claim says every header word of another
path of the same table and axis (not a path of another cell that confirms the claim's other
numbers), one of whose words the confirming cells' own paths and caption lack, while the words
that tell the cell's own path from that one are said only by claim words that also say the
cell's header on the other axis (its column's "Head Start"): the claim names the other path,
and this one only through words lent by the column (`names_whole_sibling`). A claim word that
says one of the cell's own header words says no sibling's ("DegreeDiscount" is no "Degree"),
and an ablation row ("− abstract") is told by the name of the full row beside it. A first,
broader form (any wholly named sibling) lost 8 right verdicts on the blind corpora. It only
withholds: a contradiction needs the claim to point at no other path already (`Picker.only`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cell_paths import superseded
from .header_vocabulary import header_words, negating
from .name_abbreviations import without_name_abbreviations

if TYPE_CHECKING:
    from .cell_check import CellPassage
    from .cell_picker import Picker

__all__ = ["names_whole_sibling"]


def names_whole_sibling(picker: Picker, *passages: CellPassage) -> bool:
    """Whether the claim says wholly another path of the cells' table, on either axis, that
    holds a word the cells' own paths and caption lack (module docstring)."""
    number = passages[0].number
    caption = passages[0].table.caption
    printed = {word.word for word in header_words(caption or "")}
    words = picker.words

    def names(word):
        return words.names(word, caption=caption)

    for axis in (0, 1):
        paths = picker.axis_paths(number, axis)
        own = {passage.paths[axis] for passage in passages}
        if any(negating(word) for path in own for word in paths.get(path, frozenset())):
            continue  # an ablation row ("− abstract") is told by the full row's name
        # the claim words that say the cells' own header words: "DegreeDiscount" says
        # the column "DegreeDiscount", and not the column "Degree" beside it as well
        taken = {position for passage in passages for axis_, path in enumerate(passage.paths)
                 for word in picker.path_words(number, axis_, path)
                 for position in names(word) or ()}
        across = {word for passage in passages for other_axis, path in enumerate(
            passage.paths) if other_axis != axis
            for word in picker.path_words(number, other_axis, path)}
        # the claim words that say the other axis's headers ("Head Start" of the column
        # "Some Year 1 Head Start Participation")
        lent = {position for word in across for position in names(word) or ()}
        mine = {word.word for path in own for word in paths.get(path, frozenset())}
        mine |= {word.word for word in across}
        for other, others in paths.items():
            if other in own or not others or any(negating(word) for word in others):
                continue
            said = {word for word in others if names(word) is not None}
            if said != set(others) or without_name_abbreviations(said, others) != said:
                continue
            if any(word.word not in mine and word.word not in printed and word.number is None
                   and (names(word) or set()) - taken for word in others) \
                    and _told_by_lent_words(paths, own, others, names, lent) \
                    and not superseded(other, paths, names):
                return True
    return False


def _told_by_lent_words(paths, own, others, names, lent: set[int]) -> bool:
    """Whether each own path is told from the sibling only by header words the claim says
    with words that say the other axis's headers: what singles the cell's row out was lent
    by its column ("Head Start Group" beside "Control Group", "Head Start" said only in
    "Some Year 1 Head Start Participation")."""
    theirs = {word.word for word in others}
    for path in own:
        extra = [word for word in paths.get(path, frozenset()) if word.word not in theirs]
        found = [names(word) for word in extra]
        if not extra or any(not positions or not positions <= lent for positions in found):
            return False
    return True
