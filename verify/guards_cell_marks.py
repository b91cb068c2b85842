"""A cell's mark the caption defines: "** indicates trained on GPU. * indicates trained on a
single node using 30 cores" (probe 15).

"Sent2Vec uni. + bi. trained on Twitter took 6.5 hours to train on a GPU" (false: the cell is
"6.5*", trained on 30 CPU cores) was confirmed by that cell of Table 3 of Pagliardini et al.
(2018, arXiv:1703.02507): its caption prints "GPU", so the cell's headers and caption seemed to
speak of everything the claim does. But the caption says "GPU" of the cells marked "**" only.
A mark the caption defines is part of what a cell says; the definition's words are said of the
cells that carry that mark, not of the table. When the claim says every content word of a
definition (and does not negate it), a decisive table check whose cell does not carry exactly
that mark decides nothing (`guard_cell_marks`). A table none of whose cells carries the mark
(the mark lost by the reader, or a row mark: `guards_marked_rows`) is left alone.

The mirror case (`guard_marked_cells`): a cell that carries a defined mark says the
definition too, so it decides nothing for a claim that does not say every content word of it,
when the definition names a setting or split (a condition word: "test", "dev", "ensemble",
"zero-shot"; not "GPU", which a claim about training time may leave out).
QANet's Table 7 (arXiv:1804.09541) is captioned "The development set performances ... Note that
∗ indicates the result on test set", and M-Reader's "52.9∗" is a test-set F1: it confirmed "M-
Reader reaches 52.9 F1 on the full TriviaQA development set" once the pair cells "46.9∗/52.9∗"
were read as numbers (round 17).

It names no paper, mark or resource; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper
from verify_claims.extract.grid_lines import MARK_FLAGS

from .cells_read import Labelled, labelled_cells, undecide_by_cells
from .content_words import _CONDITION_WORDS as _CONDITIONS
from .label_text import caption_text
from .mark_definitions import MARKS, mark_definitions
from .passages import content_terms

# The reader's own flag names (a "‡" cell carries "double-dagger"): a definition meets its cells.
_FLAGS = {mark: MARK_FLAGS[mark] for mark in MARKS}
_FRAME = frozenset(content_terms("model models method methods system systems result results "
                                 "trained training use used using uses train score scores "
                                 "row rows cell cells value values"))
_NEGATION = re.compile(r"\b(?:without|no|not|non|never|w/o|excluding)\b", re.IGNORECASE)


def definitions(caption: str) -> list[tuple[str, tuple[str, ...], list[str]]]:
    """(the mark, the mark as a cell's flags, the definition's content terms) for each mark
    the caption defines."""
    found = []
    for mark, definition in mark_definitions(caption_text(caption)):
        flags = tuple(_FLAGS[char] for char in mark)
        terms = [term for term in content_terms(definition)
                 if term not in _FRAME and not term[0].isdigit()]
        if terms:
            found.append((mark, flags, terms))
    return found


def _says(claim: str, terms: list[str]) -> bool:
    """Whether the claim says every term of a definition, none of them negated."""
    said = set(content_terms(claim))
    if not all(term in said for term in terms):
        return False
    first = min((match.start() for match in re.finditer(r"[\w\-]+", claim)
                 if (own := content_terms(match.group())) and own[0] in terms), default=0)
    return not _NEGATION.search(claim[max(0, first - 30):first])


def guard_cell_marks(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell lacks the mark whose definition the
    claim says (module docstring). In place."""
    def why(table, found: Labelled) -> str | None:
        for mark, flags, terms in definitions(table.caption or ""):
            if not _says(claim.text, terms):
                continue
            marks = [tuple(cell.cell.flags) for cell in labelled_cells(table)]
            if flags not in marks or tuple(found.cell.flags) == flags:
                continue
            return (f"Not decided: the caption says “{' '.join(terms)}” of the cells marked "
                    f"“{mark}”, and the cell read carries no such mark")
        return None

    undecide_by_cells(checks, paper, why)


def guard_marked_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell carries a mark the caption defines while
    the claim does not say the definition (module docstring). In place."""
    def why(table, found: Labelled) -> str | None:
        for mark, flags, terms in definitions(table.caption or ""):
            if tuple(found.cell.flags) != flags or _says(claim.text, terms) \
                    or not _CONDITIONS.intersection(terms):
                continue
            return (f"Not decided: the cell carries “{mark}”, which the caption defines as "
                    f"“{' '.join(terms)}”, and the claim does not say it")
        return None

    undecide_by_cells(checks, paper, why)
