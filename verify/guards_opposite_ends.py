"""A supporting passage or cell that prints the opposite end of the claim's superlative, and
never the claim's own (round 33, probe33a mutations).

Two mutants of Rahimi et al. 2019 (ACL, Massively Multilingual Transfer for NER) flipped a
superlative and were confirmed: "Italian is the worst source language for Indonesian" by
"Italian: it does best for Indonesian: id", and "The oracle single worst transfer model
reaches only 38 F1 on Tamil" by Table 4's "ta × Oracle: 38", whose caption defines the
column as "the oracle single best annotation". The sentence guard of opposite superlatives
(verify/guards_opposite_superlatives.py) asks for the same measure word after both
superlatives ("worst source language" against "does best for"), and a cell's caption is no
passage it reads.

The general fact: a superlative ranks its thing at one end; the evidence that gives the
other end ("best" for "worst", "highest" for "lowest") of the claim's thing, and nowhere the
claim's own end, speaks of the ranking the other way round. A supporting source check whose
quotes, or a supporting table check whose cell's labels and caption, print an opposite of a
superlative the claim says and not the superlative itself decides nothing
(`guard_opposite_ends`). It only withholds; it names no paper or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .cells_read import evidence_cells
from .label_text import caption_text
from .undecided import decided, undecide

_PAIRS = (("best", "worst"), ("highest", "lowest"), ("largest", "smallest"),
          ("longest", "shortest"), ("fastest", "slowest"), ("strongest", "weakest"))
# "most" and "least" are left out: quantifiers as often ("most languages", "at least 5").
_OPPOSITES: dict[str, set[str]] = {}
for _one, _other in _PAIRS:
    _OPPOSITES.setdefault(_one, set()).add(_other)
    _OPPOSITES.setdefault(_other, set()).add(_one)
_WORD = re.compile(r"[A-Za-z]+")

enabled = True
"""Whether the guard runs (round 33; a planted-bug test switches it off)."""


def _superlatives(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)} & _OPPOSITES.keys()


def _turned(said: set[str], printed: set[str]) -> tuple[str, str] | None:
    """A superlative of the claim that `printed` lacks, and an opposite of it that it has."""
    for word in sorted(said):
        if word in printed:
            continue
        other = next((other for other in sorted(_OPPOSITES[word]) if other in printed), None)
        if other is not None and not (said & _OPPOSITES[word]):
            return word, other
    return None


def guard_opposite_ends(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting check whose evidence prints the opposite end of a superlative
    of the claim and never the claim's own (module docstring). In place."""
    said = _superlatives(claim.text)
    if not enabled or not said:
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind)):
            texts = [evidence.quote or "" for evidence in check.evidence]
            if kind == CheckKind.table:
                for evidence in check.evidence:
                    for table, found in evidence_cells(paper, evidence.location or "",
                                                       evidence.quote or ""):
                        texts += [caption_text(table.caption), *found.rows, *found.columns]
            turned = _turned(said, _superlatives(" ".join(texts)))
            if turned:
                undecide(check, f"Not confirmed: the evidence gives “{turned[1]}” where the "
                                f"claim says “{turned[0]}”")
