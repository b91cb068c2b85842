"""A contradiction by a row whose label sets its variant in brackets ("USE T+CNN (w2v w.e.)")
beside a sibling row of another bracketed variant ("USE T+CNN (lrn w.e.)") that the claim does
not tell apart (round 23, rec23).

"With learned word embeddings, USE_T+CNN reaches 87.21 on SST" (true: Cer et al.,
arXiv:1803.11175, Table 2, the "(lrn w.e.)" row, whose caption defines "lrn w.e." as word
embeddings learned on the transfer task) was contradicted by the "(w2v w.e.)" row's 86.69: that
row's group label, "Sentence & Word Embedding Transfer Learning", holds the claim's "word" and
the caption holds "learned", so its cell was "the only one whose headers and caption speak of
everything the claim does", though the claim's setting is the other row's. A table that prints
one base under two bracketed settings gives each its own number; a claim that prints no word
of the contradicting row's setting may mean the sibling, so that cell decides nothing
(`guard_bracketed_siblings`). A claim printing a word of the setting ("w2v") is left alone.
It only undecides; it names no paper or word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cells_read import cells_by_table, cells_of_check
from .undecided import decided, undecide

_BRACKETED = re.compile(r"^(?P<base>.*\S)\s*\((?P<setting>[^()]+)\)\s*$")
_WORD = re.compile(r"[A-Za-z0-9]+")
# A citation in brackets ("GA Reader (Dhingra et al., 2016)") names the row's source, not a
# variant of it: the row is the base model, and "GA Reader (Ensemble)" its variant.
_CITATION = re.compile(r"\b(?:1[89]|20)\d\d[a-z]?\b|\bet al\b", re.IGNORECASE)


def _split(label: str) -> tuple[str, str] | None:
    match = _BRACKETED.match(label.strip())
    return None if match is None else (match["base"].casefold(), match["setting"])


def _says(claim_text: str, setting: str) -> bool:
    """Whether the claim prints a word of the bracketed setting (two characters or more)."""
    claimed = {word.casefold() for word in _WORD.findall(claim_text)}
    return any(len(word) >= 2 and word.casefold() in claimed for word in _WORD.findall(setting))


def guard_bracketed_siblings(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table contradiction read from a cell whose row or column label is a base
    with a bracketed setting the claim does not print, when the table prints the same base
    under another bracketed setting (module docstring). In place."""
    for check in list(decided(checks, CheckKind.table, (Outcome.contradicted,))):
        read = cells_of_check(check, paper)
        if len(read) != 1:
            continue
        table, found = read[0]
        every = cells_by_table(paper).get(id(table), [])
        for label, axis in ((found.row, "rows"), (found.column, "columns")):
            split = _split(label)
            if split is None or _says(claim.text, split[1]) or _CITATION.search(split[1]):
                continue
            base, setting = split
            sibling = next((other for other in every
                            if (inner := (other.row if axis == "rows" else other.column))
                            and (pair := _split(inner)) is not None and pair[0] == base
                            and pair[1].strip() != setting.strip()), None)
            if sibling is not None:
                other = sibling.row if axis == "rows" else sibling.column
                undecide(check, f"Not decided: the cell's label \u201c{label}\u201d sets its "
                                f"variant in brackets, the table also prints \u201c{other}\u201d, "
                                "and the claim prints no word of either setting")
                break
