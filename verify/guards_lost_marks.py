"""A caption that gives some rows a property by a mark, in a table whose rows were read without
their marks: the claim's word for that property is not the cell's (heldout17, round 17).

Seo et al., arXiv:1611.01603, Table 3 (page 9) lists single models, then ensembles whose row
labels carry a superscript star ("MemNN* (Hill et al., 2016)"), the caption saying "We also
include the results of previous ensemble methods (marked with *)". The reader loses the small
star, so the two blocks have the same labels, and the caption's "ensemble" seemed to speak for
every cell: "A BiDAF ensemble reaches 78.5 on the CNN test set" (the paper reports no BiDAF
ensemble on CNN) was contradicted by the single BiDAF's 76.9.

`guards_marked_rows` reads a defined mark against the rows that print it; when no row of the
table prints the mark, and no cell keeps it (as text or as a flag of its number, which
`guards_cell_marks` reads: "336**" with "** indicates trained on GPU"), the mark was lost and
which rows have the property is not known. Then a word
of the claim that the caption gives only to marked rows ("ensemble" of "ensemble methods
(marked with *)", or of "* indicates ensemble methods") says nothing of a cell whose own row
and column labels do not print it: a decisive table check on such a cell decides nothing
(`guard_lost_marks`). It names no paper, mark or property; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper, Table
from verify_claims.extract.grid_lines import MARK_FLAGS

from .cells_read import Labelled, labelled_cells, undecide_by_cells
from .label_text import caption_text
from .mark_definitions import MARKS, mark_definitions
from .passages import content_terms

# "<words> (marked with *)", "<words> (denoted by †)": the words before the bracket.
_MARKED_AFTER = re.compile(rf"([A-Za-z][\w\- ]{{2,80}}?)\s*\((?:are\s+|is\s+)?(?:marked|denoted|"
                           rf"indicated|shown)\s+(?:with|by)\s+(?:an?\s+)?([{MARKS}]{{1,2}})\)",
                           re.IGNORECASE)
_WIDTH = 3  # the last words before the bracket that name the property
# Words of a definition that say nothing of what the rows have.
_FRAME = frozenset(content_terms("model models method methods system systems result results "
                                 "previous prior other baseline baselines include included "
                                 "also approach approaches"))


def _defined_terms(caption: str) -> dict[str, set[str]]:
    """The content terms the caption gives to each mark."""
    found: dict[str, set[str]] = {}
    for match in _MARKED_AFTER.finditer(caption):
        words = " ".join(match.group(1).split()[-_WIDTH:])
        found.setdefault(match.group(2), set()).update(
            term for term in content_terms(words) if term not in _FRAME)
    for mark, definition in mark_definitions(caption):
        found.setdefault(mark, set()).update(
            term for term in content_terms(definition) if term not in _FRAME)
    return {mark: terms for mark, terms in found.items() if terms}


def _same_mark(mark: str, text: str) -> bool:
    marks = {mark, mark.replace("\u2217", "*"), mark.replace("*", "\u2217")}
    return any(variant in text for variant in marks)


def _lost(mark: str, table: Table) -> bool:
    """Whether no row label or cell of the table prints the mark, and no cell keeps it as a
    flag ("336**" read as 336 flagged "asterisk": `guards_cell_marks` reads those)."""
    flag = MARK_FLAGS.get(mark[0])
    return not any(_same_mark(mark, label) for cell in labelled_cells(table)
                   for label in cell.rows) \
        and not any(_same_mark(mark, cell.text) or (flag and flag in cell.flags)
                    for row in table.rows for cell in row)


def guard_lost_marks(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell is read by a claim word the caption gives
    only to rows of a mark the reader lost, while the cell's labels do not print it (module
    docstring). In place."""
    claimed = set(content_terms(claim.text))
    if not claimed:
        return

    def why(table: Table, found: Labelled) -> str | None:
        caption = caption_text(table.caption)
        if not any(mark in caption for mark in MARKS):
            return None
        own = set(content_terms(" ".join([*found.rows, *found.columns])))
        for mark, terms in _defined_terms(caption).items():
            said = (terms & claimed) - own
            if said and _lost(mark, table):
                word = next((word for word in re.findall(r"[\w\-]+", claim.text)
                             if set(content_terms(word)) & said), sorted(said)[0])
                return (f"Not decided: the caption gives “{word}” to the rows marked "
                        f"“{mark}”, which the reader did not keep, and the cell's labels "
                        f"({found.row} × {found.column}) do not say it")
        return None

    undecide_by_cells(checks, paper, why)
