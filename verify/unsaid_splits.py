"""A data split the claim names and the paper never prints decides nothing.

Split words ("dev", "test") are conditions, and the table check lets a condition pass when the
cell's labels and caption are silent about it: claims name a split the caption leaves
implicit. `guards_splits` sets a cell aside only when its caption or headers name another
split. A table that names none is then read for any split a claim asks for: "On the
development set, PCNN+ATT's mean P@N is 72.2" was confirmed by Lin et al. 2016 (P16-1200)
Table 2, a held-out test evaluation, in a paper that never prints "development" or "dev"
(red team 7, once its "+ATT" rows were named in full).

`guard_unsaid_splits` sets aside each decisive table check of a claim whose split word (the
word itself, "development", "validation", "held-out") the paper prints nowhere, neither in its
sentences nor in its tables: whatever the cell is, it is not a number the paper gives for
that split. It only undecides; it names no paper or word of one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guards_dense_tables import paper_vocabulary
from .other_cells import claimed_splits
from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

_SPLIT_WORD = re.compile(r"\b(train(?:ing)?|dev(?:elopment)?|validation|val|test(?:ing)?|"
                         r"held-out)\b", re.IGNORECASE)


def unsaid_split(claim_text: str, vocabulary: frozenset[str]) -> str | None:
    """The claim's split word ("development") when it names a split and the paper's
    `vocabulary` holds no word of it; None otherwise."""
    if not claimed_splits(claim_text):
        return None
    for match in _SPLIT_WORD.finditer(claim_text):
        pieces = [piece for piece in match[1].casefold().split("-") if len(piece) >= 3]
        if pieces and not any(piece in vocabulary for piece in pieces):
            return match[1]
    return None


def guard_unsaid_splits(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive table check of a claim naming a split the paper never prints
    (module docstring). In place."""
    checks = list(decided(checks, CheckKind.table, DECIDING))
    if not checks:
        return
    word = unsaid_split(claim.text, per_paper(paper, "vocabulary", paper_vocabulary))
    if word is None:
        return
    for check in checks:
        undecide(check, f"The claim speaks of the “{word}” data, which the paper never "
                        "names, so no table of it reports that split")
