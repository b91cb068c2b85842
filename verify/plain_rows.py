"""A plain name picks the row printed plain beside the same name with a bracketed variant.

Attention-over-Attention (arXiv:1607.04423, page 6; red team 7) Table 2 lists single models and
ensembles under one name: "AS Reader (Kadlec et al., 2016)" and "AS Reader (Ensemble)",
"EpiReader" and "EpiReader (Ensemble)", "Iterative Attention" and "Iterative Attention
(Ensemble)". Row labels are matched without their bracketed notes (so that a citation or
"(baseline)" does not hide a name), so "The AS Reader reaches 68.8% on the CBTest CN test set"
fitted both rows equally and the cell check decided nothing: the claim (false: 68.8 is the
validation score; the test score is 63.4) stayed unverified, and so did its true twins.

The general fact: when a name fits several row labels only once their bracketed notes are
dropped, and exactly one of them is printed plain (no note, or only a citation: an author
and year, "[18]"), while each other one carries a note of words none of which the claim says
("Ensemble"), the plain row is the one the claim names: the cell check's picker
(`verify/cell_picker.py`) takes the plain row's path as singled out by the claim's words
(`plain_beside_variant`). A claim that says a note's word ("the AS Reader ensemble") is not
helped here; rows only. The guards still weigh the cell read: "The AS Reader reaches 75.4% on
the CNN News test set" (the ensemble's number) is contradicted by no plain cell, since another
cell whose labels the claim names prints the claimed number.
"""

from __future__ import annotations

import re

enabled = True
"""Whether the rule applies (a planted-bug test switches it off)."""

_NOTE = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
# A citation in brackets: an author-year "(Kadlec et al., 2016)", "(2016)", a numbered "[18]".
_CITATION = re.compile(r"^\s*(?:[^()\[\]]*\b(?:19|20)\d\d[a-z]?|\d+(?:\s*[,\u2013-]\s*\d+)*)\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def _notes(label: str) -> list[str]:
    """The bracketed notes of a label that are not citations."""
    return [text for match in _NOTE.finditer(label)
            if not _CITATION.match(text := match.group(1) or match.group(2) or "")]


def _core(label: str) -> str:
    """The label's words without any bracketed note, folded and joined."""
    return "".join(_WORD.findall(_NOTE.sub(" ", label).casefold()))


def plain_beside_variant(path: tuple[str, ...], other: tuple[str, ...], text: str) -> bool:
    """Whether the cell check's row path `path` is the plain one beside `other`, the same
    name with a bracketed variant ("AS Reader (Kadlec et al., 2016)" beside "AS Reader
    (Ensemble)"), for a claim `text` that says no word of the variant's note: the claim's
    name then picks `path` (module docstring)."""
    if not enabled or len(path) != len(other) or not path:
        return False
    if any(_notes(label) for label in path):
        return False
    if [_core(label) for label in path] != [_core(label) for label in other]:
        return False
    notes = [note for label in other for note in _notes(label)]
    said = {word.casefold()[:5] for note in notes for word in _WORD.findall(note)}
    claimed = {word.casefold()[:5] for word in _WORD.findall(text)}
    return bool(said) and not said & claimed
