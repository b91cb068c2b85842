"""The subject of a change verb is what differs between the two cells it compares: "Text-line
I-VILA lowers LayoutLM's DocBank figure F1" compares LayoutLM with and without text-line
I-VILA, never two cells of the row that holds both names.

The cell arithmetic (`cell_arithmetic._pairs`) finds the pairs of cells whose headers the
claim names, for a difference ("lifts BERT-Base by 16.88 F1 points") or an order ("lowers":
the first is the smaller). Once "text-line" named the column or row "Text Line" (a hyphenated
claim word said by a header printed spaced: verify/variant_codes.py), the claim above named
one row, "LayoutLMBASE + I-VILA(Text Line)", and two of its columns, "Figure" and "Macro F1"
(90.78 and 92.79), and was confirmed: the figure F1 is the smaller, but the claim says that
the method lowers LayoutLM's figure F1 (76.56 without it; false); likewise "On DocBank
figures, text-line I-VILA lifts BERT-Base by 16.88 F1 points" (true: 71.97 to 88.85) was
contradicted by the I-VILA row's Figure and Macro F1 cells, 1.40 apart (red team 4). A
cause changes what it is applied to: when the words before the verb, in its own clause,
name the path both cells share, the verb's subject is the same on both sides and the pair is
not what it compares.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .header_vocabulary import header_words

if TYPE_CHECKING:
    from .cell_check import CellPassage
    from .header_words import ClaimWords

_CHANGE = re.compile(r"\b(?:lower(?:s|ed)|rais(?:es|ed)|reduc(?:es|ed)|increas(?:es|ed)|"
                     r"decreas(?:es|ed)|cuts|lift(?:s|ed)|boost(?:s|ed)|improv(?:es|ed)|hurts|"
                     r"worsen(?:s|ed)|degrad(?:es|ed))\b", re.I)
"""A verb of change, inflected: the bare "lower" of "9.0 points lower with AM adaptation than
with the baseline" is a comparison of the two cells, not a change their shared row makes
(roark13, tests/test_cell_rules.py)."""


def subject_on_both(words: ClaimWords, first: CellPassage, second: CellPassage) -> bool:
    """Whether the claim's change verb has as its subject (words before it, after the last
    comma) a header of the path `first` and `second` share, and no header of the paths they
    differ in: "the neural linking model improves ... over the baseline" names one side of
    the pair ("Neural") before its verb, and a shared column ("On biomedical papers": "Bio")
    may come before it too (module docstring)."""
    verb = _CHANGE.search(words.text)
    if verb is None or first.number != second.number:
        return False
    clause = words.text.rfind(",", 0, verb.start()) + 1
    caption = first.table.caption

    def before(path: tuple[str, ...]) -> bool:
        for word in header_words(" ".join(path)):
            said = words.names(word, caption=caption) or ()
            if any(clause <= words.starts[position] < verb.start() for position in said):
                return True
        return False

    for axis in (0, 1):
        if first.paths[axis] == second.paths[axis] and before(first.paths[axis]):
            other = 1 - axis
            return not before(first.paths[other]) and not before(second.paths[other])
    return False
