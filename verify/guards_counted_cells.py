"""A cell of a table whose caption says it counts things decides nothing about a claim that gives a
measure (an accuracy, an F1, a precision, ...) the table never names.

Papers keep their statistics apart from their results: arXiv:1603.01354's Table 8, "Statistics
of the partition on each corpus. It lists the number of tokens of each subset for POS tagging
and the number of entities for NER", has the same row and column names (OOEV, POS, Dev) as the
accuracy table after it. "On the OOEV subset of the POS dev set, dropout raises accuracy to
91.05" was contradicted by Table 8's count 659 (heldout14's first run): the cell check took it
for the only cell whose labels speak of the claim, though 659 is a number of tokens, no
accuracy, and can say nothing of one.

`guard_counted_cells` sets aside each decisive table check that read a cell of a table whose
caption says what it holds are counts or statistics ("the number of tokens", "Statistics of",
"counts of"), and not results, when the claim names a measure family
(`guards_caption_measures._families`) that neither the caption nor the cell's headers name. It
only undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .cells_read import undecide_by_cells
from .guards_caption_measures import _families
from .label_text import caption_text

__all__ = ["counts_table", "guard_counted_cells"]

# What a caption says its cells are when they count things: statistics, or numbers of units
# of text ("the number of tokens of each subset"). "the optimal number of epochs" is a setting
# a results table mentions, no count it holds.
_COUNTS = re.compile(r"\bstatistics\b|\bcounts\s+of\b|\bnumbers?\s+of\s+(?:\w+\s+)?"
                     r"(?:tokens|words|sentences|entities|documents|examples|instances|samples|"
                     r"pairs|mentions|types|characters|utterances|questions|articles)\b",
                     re.IGNORECASE)
# A caption that says its cells are results is a results table, whatever else it counts.
_RESULTS = re.compile(r"\b(?:results?|performance|scores?|accurac(?:y|ies))\b", re.IGNORECASE)


def counts_table(caption: str | None) -> bool:
    """Whether a caption says its table holds counts or statistics ("It lists the number of
    tokens of each subset", "Corpora statistics") and not results."""
    text = caption_text(caption)
    return bool(_COUNTS.search(text)) and not _RESULTS.search(text)


def _measures(text: str) -> set[str]:
    """The measure families `text` names, a word glued to a number read alone ("BLEU-4")."""
    return _families(text) | _families(re.sub(r"[\-\u2010]", " ", text))


def guard_counted_cells(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check that read a cell of a table of counts for a claim
    naming a measure the table never names (module docstring). In place."""
    said = _families(claim.text)
    if not said:
        return

    def why(table, found) -> str | None:
        if not counts_table(table.caption):
            return None
        printed = _measures(f"{caption_text(table.caption)} {' '.join(found.rows)} "
                            f"{' '.join(found.columns)}")
        if said & printed:
            return None
        return (f"Not decided: the caption says its table counts things, and the cell "
                f"{found.row} × {found.column} is no {', '.join(sorted(said))}, the measure "
                f"the claim gives")

    undecide_by_cells(checks, paper, why)
