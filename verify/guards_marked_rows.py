"""A row mark the caption defines ("* indicates models trained with the use of external
labeled data"), said by the claim, against a cell whose row has not got it, or the other way
round (probe of Lample et al. 2016, arXiv:1603.01360, round 14).

Tables of results often list one system twice, once with and once without some resource, and
tell the two rows apart by a mark alone: "Lin and Wu (2009)" 83.78 and "Lin and Wu (2009)*"
90.90, the caption saying "* indicates models trained with the use of external labeled data".
The cell check matched the claim's names to the row label and left the mark aside, so "Lin and
Wu (2009) reach 90.90 F1 without external data" was confirmed by the starred row, "Chiu and
Nichols (2015) reach 90.69 F1 with external labeled data" by the unstarred one, and "Gillick
et al. (2015) reach 76.22 on German without external data" by the starred one.

The general fact: a mark defined by the caption is part of the row's label; it says the row
has what the definition says. A claim that speaks of that definition (most of its content
words) says which rows it means: those with the mark, or, when it negates the definition
("without", "no", "not"), those without it. A decisive table check whose cell's row disagrees
decides nothing (`guard_marked_rows`). A table whose rows print no such mark (the mark lost by
the reader) is left alone.

It names no paper, mark or resource; it only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import labelled_cells, read_cells
from .label_text import caption_text
from .mark_definitions import mark_definitions
from .passages import content_terms
from .undecided import DECIDING, decided, undecide

# Words of a definition that say nothing of what the rows have.
_FRAME = frozenset(content_terms("model models method methods system systems result results "
                                 "trained training use used using uses train score scores row "
                                 "rows"))
_NEGATION = re.compile(r"\b(?:without|no|not|non|never|w/o|excluding|free\s+of)\b[^,;.]{0,40}$",
                       re.IGNORECASE)


def _definitions(caption: str) -> list[tuple[str, list[str]]]:
    """(mark, the definition's own content terms) for each mark the caption defines."""
    found = []
    for mark, definition in mark_definitions(caption, colon=True):
        terms = [term for term in content_terms(definition)
                 if term not in _FRAME and not term[0].isdigit()]
        if len(terms) >= 2:
            found.append((mark, terms))
    return found


def _claimed_side(claim: str, terms: list[str]) -> bool | None:
    """True when the claim says the definition, False when it negates it, None when it speaks
    of it too little (fewer than two of its terms, or fewer than half)."""
    words = list(re.finditer(r"[\w\-]+", claim))
    positions = [match.start() for match in words
                 if (own := content_terms(match.group())) and own[0] in terms]
    said = {term for term in content_terms(claim) if term in terms}
    if len(said) < 2 or 2 * len(said) < len(set(terms)):
        return None
    return not _NEGATION.search(claim[:positions[0]]) if positions else None


def guard_marked_rows(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose cell's row has (or lacks) a mark its caption
    defines while the claim says it lacks (or has) what the mark stands for (module
    docstring). In place."""
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        why = next((reason for evidence in check.evidence
                    for table, found in read_cells(paper, evidence.location or "",
                                                   evidence.quote or "")
                    if (reason := _disagreeing(claim.text, caption_text(table.caption),
                                               [" ".join(cell.rows) for cell in
                                                labelled_cells(table)], found.row))), None)
        if why:
            undecide(check, why)


def _disagreeing(claim: str, caption: str, rows: list[str], row: str) -> str | None:
    """Why the row's mark disagrees with what the claim says of its definition; None if not."""
    for mark, terms in _definitions(caption):
        side = _claimed_side(claim, terms)
        if side is None or not any(mark in label for label in rows):
            continue
        marked = mark in row
        if marked != side:
            return (f"Not decided: the caption's “{mark}” marks rows with what the claim "
                    f"{'says' if side else 'denies'}, and the cell's row "
                    f"{'has' if marked else 'lacks'} it")
    return None
