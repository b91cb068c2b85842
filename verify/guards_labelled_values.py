"""A claim that names a table's label value ("cluster 8") is about the row holding that value,
not contradicted by another row's (probe31b: an ecology report on alien plants, Table 1).

Table 1 of the report assigns sites to clusters: rows of site codes and names under a nested
stub of characteristics ("Mid Elevation spp./Low Richness", "Riparian"), and a column "Cluster"
of labels (1 to 13). "Cluster 8 is a riparian site" (true: Trauger's Creek, under "Riparian",
cluster 8) was contradicted by the cell "RNF1726 North Fork of Kaweah River / Riparian / DAS1605
× Cluster: 5": another block of the stub is "Riparian" too, and its label is 5. The claim names
cluster 8 and says what it is; the table prints cluster 8 in another row, which is the row it
speaks of (a row the table reading lost, here: the text names it, "Cluster 8, Trauger's Creek
(1,395 m; 4,575 ft), is relatively rich in low-elevation species").

The general fact: when a claim prints its number right after the word that heads the cell's
column ("cluster 8" under "Cluster"), and the same column prints that number in another row,
the claim names that row by its label; a contradicting cell of another row decides nothing,
unless the claim names this row by a capitalised word of its own ("Ash Mountain Headquarters is
in cluster 5" against the row "... Ash Mountain Headquarters × Cluster: 4" stays contradicted)
(`guard_labelled_values`). It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .undecided import decided, undecide

__all__ = ["guard_labelled_values", "names_label"]

_CAPITAL = re.compile(r"\b[A-Z][A-Za-z'\u2019]+")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def names_label(claim_text: str, column: str, claimed: float) -> bool:
    """Whether the claim prints `claimed` right after the last word of `column` ("cluster
    8")."""
    words = re.findall(r"[A-Za-z]+", column)
    if not words:
        return False
    return re.search(rf"\b{re.escape(words[-1])}\s+{re.escape(_number(claimed))}\b", claim_text,
                     re.IGNORECASE) is not None


def _printed_elsewhere(paper: Paper, label: str, column: str, claimed: float) -> bool:
    """Whether the table `label`'s column `column` prints `claimed` (in another row than the
    contradicting cell's, whose value differs)."""
    wanted = _number(claimed)
    if any(cell.text.strip() == wanted
           and column in (" / ".join(cell.column_headers) or column)
           for table in paper.tables if table.label == label
           for cells in table.rows for cell in cells):
        return True
    # a row the reading lost: the paper's text names the label ("Cluster 8, Trauger's Creek")
    return any(names_label(sentence.text, column, claimed) for sentence in paper.sentences)


def guard_labelled_values(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each contradicting table check whose claim names another row by the column's
    label value (module docstring). In place."""
    capitals = {word for word in _CAPITAL.findall(claim.text)[1:]}
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        for evidence in check.evidence:
            location = evidence.location or ""
            if evidence.claimed is None or " \u00d7 " not in location or ", " not in location:
                continue
            label, _, path = location.partition(", ")
            row, _, column = path.rpartition(" \u00d7 ")
            if not names_label(claim.text, column, evidence.claimed):
                continue
            if any(word in row for word in capitals):
                continue
            if _printed_elsewhere(paper, label, column, evidence.claimed):
                undecide(check, f"Not decided: the claim names {column.casefold()} "
                                f"{_number(evidence.claimed)}, which the table prints in "
                                "another row")
                break
