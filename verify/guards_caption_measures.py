"""A caption that gives some columns a measure of their own: a claim naming another measure for
such a column is not decided by its cell.

Benchmark tables mix measures in one row and say which in the caption: arXiv:1810.04805's
Table 1 (GLUE) "F1 scores are reported for QQP and MRPC, Spearman correlations are reported for
STS-B, and accuracy scores are reported for the other tasks". "BERT-Large reaches 72.1%
accuracy on QQP" prints the QQP cell's number but calls it an accuracy, which the paper never
gives for QQP; the cell check found "accuracy" in the caption (it is the measure of the other
tasks) and confirmed (red team 6). The measure a caption assigns to named columns is theirs
alone.

`guard_caption_measures` reads the caption's clauses "<measure> ... (are|is) reported / given /
used / shown for <names>" and, for a decisive table check whose cell's column path names one of
those names, sets the check aside when the claim says a measure word of another family
(accuracy, F1, correlation, exact match, BLEU, perplexity, ...) and none of the family the
caption gives that column. It only undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim, Paper

from .cells_read import undecide_by_cells
from .label_text import caption_text

# Measure words, each with its family: two words of one family name the same measure.
_FAMILIES = {
    "accuracy": "accuracy", "accuracies": "accuracy", "acc": "accuracy",
    "f1": "f1", "f-1": "f1", "f-score": "f1", "f-measure": "f1",
    "spearman": "correlation", "pearson": "correlation", "correlation": "correlation",
    "correlations": "correlation", "matthews": "correlation", "mcc": "correlation",
    "em": "exact match", "exact": "exact match",
    "bleu": "bleu", "rouge": "rouge", "perplexity": "perplexity", "ppl": "perplexity",
    "precision": "precision", "recall": "recall", "auc": "auc",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
# "<measure words> (scores|...) are reported for <names>" up to the clause's end.
_ASSIGNED = re.compile(
    r"(?P<measure>(?:[A-Za-z][\w\-]*\s+){0,2}?[A-Za-z][\w\-]*)\s+"
    r"(?:scores?\s+|correlations?\s+|values?\s+|numbers?\s+)?"
    r"(?:are|is)\s+(?:reported|given|shown|used|computed)\s+for\s+"
    r"(?P<names>[^.;]+?)(?=,\s*(?:and\s+)?[A-Za-z][\w\-]*\s+(?:scores?|correlations?|values?)?"
    r"\s*(?:are|is)\b|[.;]|$)", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest)\b", re.IGNORECASE)


def _families(text: str) -> set[str]:
    return {_FAMILIES[word.casefold()] for word in _WORD.findall(text)
            if word.casefold() in _FAMILIES}


def caption_measures(caption: str) -> dict[str, str]:
    """Column name (case-folded) -> the measure family the caption gives it, for the names a
    caption's "<measure> are reported for <names>" clauses list ("the other tasks" is no
    name)."""
    assigned: dict[str, str] = {}
    for match in _ASSIGNED.finditer(caption):
        families = _families(match["measure"])
        if len(families) != 1 or _OTHERS.search(match["names"]):
            continue
        family = next(iter(families))
        for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["names"]):
            name = name.strip().casefold()
            if name and len(name.split()) <= 3:
                assigned[name] = family
    return assigned


def _column_names(columns: list[str]) -> set[str]:
    return {piece.casefold() for label in columns for piece in
            [label.strip(), *label.split()] if piece.strip()}


def guard_caption_measures(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check whose column the caption gives a measure the claim
    does not say, while the claim says another (module docstring). In place."""
    said = _families(claim.text)
    if not said:
        return

    def why(table, found) -> str | None:
        assigned = caption_measures(caption_text(table.caption))
        for name in _column_names(found.columns):
            family = assigned.get(name)
            if family and family not in said:
                return (f"Not decided: the caption gives {name!r} the measure {family!r}, and "
                        f"the claim names another measure for it")
        return None

    undecide_by_cells(checks, paper, why)
