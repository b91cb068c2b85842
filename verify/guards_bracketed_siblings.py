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

The sibling must print, in the same column (or row), a number that agrees with the claim's:
only then may the claim mean it. Where no sibling of the base prints the claimed number, the
claim is wrong under every setting and the contradiction stands (round 24: the guard had
withheld one right blind contradiction of a neighbouring cell).

A confirmation read the same way is as open: "With learned word embeddings, USE_T+CNN reaches
86.69 on SST" was confirmed from the "(w2v w.e.)" row, whose 86.69 the claim gives, while the
"(lrn w.e.)" row it means prints 87.21 (round 24). A supporting cell whose bracketed setting the
claim does not print, beside a sibling of the same base that prints another number in the same
column, decides nothing either, unless the claim spells out the cell's own setting better
than the sibling's: a setting is read as abbreviations ("w2v" in "word2vec", "lrn" in
"learned", "o.g." by the initials of "output gate", "no" by "without"), and a confirmation is
withheld only when the claim does not spell every part of its cell's setting and spells the
sibling's at least as fully ("learned word embeddings": "lrn w.e." whole, "w2v w.e." in part).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome, Paper

from .cell_check import cell_numbers
from .cell_kinds import _agree
from .cells_read import Labelled, cells_by_table, cells_of_check
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


_NEGATIONS = frozenset({"no", "not", "non", "without"})


def _spelled(setting: str, claimed: set[str]) -> float:
    """The share of a bracketed setting's parts the claim's words spell out, reading each part
    as an abbreviation: an initial ("o.g."), a negation ("no"), or letters in order from a
    word's first ("w2v" in "word2vec")."""
    parts = [part.casefold() for part in _WORD.findall(setting)]
    if not parts:
        return 0.0

    def spells(part: str, word: str) -> bool:
        letters = iter(word)
        return word[:1] == part[:1] and all(letter in letters for letter in part)

    said = sum(bool(claimed & _NEGATIONS) if part in _NEGATIONS
               else any(spells(part, word) for word in claimed) for part in parts)
    return said / len(parts)


def _holds_claimed(claim: Claim, other: Labelled) -> bool:
    """Whether the sibling cell prints a number that agrees with one the claim gives."""
    return any(_agree(quantity, number) for quantity in claim.quantities
               if quantity.value is not None for number in cell_numbers(other.cell)[0])


def _spells_sibling(claim: Claim, own: str, sibling: str) -> bool:
    """Whether the claim leaves part of the cell's own setting unspelled and spells the
    sibling's setting at least as fully (module docstring)."""
    claimed = {word.casefold() for word in _WORD.findall(claim.text)}
    spelled = _spelled(own, claimed)
    return spelled < 1.0 and _spelled(sibling, claimed) >= spelled


def guard_bracketed_siblings(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each table verdict read from a cell whose row or column label is a base with a
    bracketed setting the claim does not print, when the table prints the same base under
    another bracketed setting in the same column (row) whose number could make the claim
    true (for a contradiction) or false (for a confirmation) (module docstring). In place."""
    for check in list(decided(checks, CheckKind.table,
                              (Outcome.contradicted, Outcome.supported))):
        contradiction = check.outcome == Outcome.contradicted
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
                            and pair[1].strip() != setting.strip()
                            and (other.columns if axis == "rows" else other.rows)
                            == (found.columns if axis == "rows" else found.rows)
                            and _holds_claimed(claim, other) == contradiction
                            and (contradiction or _spells_sibling(claim, setting, pair[1]))),
                           None)
            if sibling is not None:
                other = sibling.row if axis == "rows" else sibling.column
                undecide(check, f"Not decided: the cell's label \u201c{label}\u201d sets its "
                                f"variant in brackets, the table also prints \u201c{other}\u201d, "
                                "and the claim prints no word of either setting")
                break
