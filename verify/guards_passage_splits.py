"""A claim about the development (validation, held-out) data is decided only by a passage that
says so.

Papers report their results on the test data and name the development data where they tune on
it ("we cross validate the window size using the validation set"). A claim that puts a result
on the development data ("Paragraph Vector reaches an error rate of 7.42% on the IMDB
validation set", red team 11; the paper's 7.42% is its test result, Le and Mikolov,
arXiv:1405.4053, page 6) shares every word and number with the results passage but the split.
The accounting of the claim's words reads stems ("validate" for "validation"), and the
passage's section spoke of cross-validating, so the split word was counted as found.

`guard_unprinted_splits` sets aside each decisive source check, quoting a table flattened into
text (verify/guards_flattened_rows.py: a table's numbers carry no split of their own, where
prose says its split beside its number), of a claim that names the development split
("dev", "development", "validation", "val", "held-out" before "set",
"split", "data", ...) when neither its quotes nor any sentence of their section nor that
section's title print a word of that split as a word: the number is not one the paper gives for
that split. (A whole section, not the sentences next to the quote: papers name the split once,
where they set up the experiment, and report its numbers paragraphs later.) It only
undecides; it names no paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guards_flattened_rows import _label_cells, row_labels
from .other_cells import splits
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_unprinted_splits"]

_DEV_WORD = re.compile(r"\b(?:dev|development|validation|val|held-?out)\b", re.IGNORECASE)


def _positions(paper: Paper) -> dict[str, list[int]]:
    """Each sentence text of the paper and where it is printed."""
    found: dict[str, list[int]] = {}
    for position, sentence in enumerate(paper.sentences):
        found.setdefault(sentence.text, []).append(position)
    return found


def _prints_split(quote: str, paper: Paper) -> bool:
    """Whether the quote, its neighbours in its section or that section's title print a word
    of the development split."""
    if _DEV_WORD.search(quote):
        return True
    sentences = paper.sentences
    speaking = per_paper(paper, "sections printing a development split", _speaking)
    for position in per_paper(paper, "positions of sentence texts", _positions).get(quote, ()):
        if sentences[position].section in speaking:
            return True
    return False


def _speaking(paper: Paper) -> frozenset[str | None]:
    """The sections whose title or some sentence prints a word of the development split."""
    return frozenset(sentence.section for sentence in paper.sentences
                     if _DEV_WORD.search(sentence.text)
                     or (sentence.section and _DEV_WORD.search(sentence.section)))


def _tabular(quote: str) -> bool:
    """Whether the quote is a table flattened into text, one column or several."""
    return _label_cells(quote, cited=True) is not None or row_labels(quote) is not None


def guard_unprinted_splits(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check of a claim about the development data whose passage
    prints no word of that split (module docstring). In place."""
    if "dev" not in splits(claim.text):
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        quotes = [evidence.quote for evidence in check.evidence if evidence.quote]
        if not any(_tabular(quote) for quote in quotes):
            continue  # prose says its split where it gives the number, or nearby
        if quotes and not any(_prints_split(quote, paper) for quote in quotes):
            undecide(check, "Not decided: the claim speaks of the development data, and the "
                            "passage around its evidence names no such split")
