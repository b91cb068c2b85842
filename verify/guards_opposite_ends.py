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

A passage may print both ends, each of its own number: "GPT-4 follows an analogous pattern,
peaking at a politeness level of 5 and its nadir at politeness level 4" (Yin et al. 2024, round
34) confirmed "GPT-4's gender bias peaked at politeness level 4". The end a number is named by
is the one of its own clause (from the last comma, "and", "while" ... before it): a supporting
source check whose quote names the claimed number, in its own clause, by the opposite of the
claim's end ("nadir" for "peaked", "lowest" for "highest"), and not by the claim's end, decides
nothing (`clause_turned`).
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

# The ends a number's own clause may name it by, each form read as its end: "peaking at a
# politeness level of 5 and its nadir at politeness level 4" (round 34).
_CLAUSE_ENDS = {"peak": "peak", "peaks": "peak", "peaked": "peak", "peaking": "peak",
                "nadir": "nadir", "trough": "nadir", "highest": "highest", "lowest": "lowest",
                "best": "best", "worst": "worst", "largest": "largest", "smallest": "smallest",
                "maximum": "maximum", "minimum": "minimum"}
_CLAUSE_OPPOSITES = {one: other for pair in (("peak", "nadir"), ("highest", "lowest"),
                                               ("best", "worst"), ("largest", "smallest"),
                                               ("maximum", "minimum"))
                     for one, other in (pair, pair[::-1])}
_CLAUSE_START = re.compile(r"[;,:(]|\b(?:and|but|while|whereas|which)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w.]\d)")

clause_ends = True
"""Whether a number's own clause is read for the opposite end (`clause_turned`; round 34, a
planted-bug test switches it off)."""


def _clause_ends(text: str) -> set[str]:
    return {_CLAUSE_ENDS[word] for word in map(str.casefold, _WORD.findall(text))
            if word in _CLAUSE_ENDS}


def clause_turned(claim_text: str, values: Iterable[float], quote: str) -> tuple[str, str] | None:
    """An end the claim names its number by ("peaked"), and the opposite end the quote's own
    clause of that number names it by ("its nadir at politeness level 4"), when that clause
    names no end of the claim's: the quote gives the number for the other end, whatever else
    it says of the claim's end (round 34: "GPT-4 follows an analogous pattern, peaking at a
    politeness level of 5 and its nadir at politeness level 4" confirmed "GPT-4's gender bias
    peaked at politeness level 4"). None otherwise."""
    said = _clause_ends(claim_text)
    if not clause_ends or not said:
        return None
    wanted = list(values)
    for match in _NUMBER.finditer(quote):
        try:
            value = float(match.group().replace(",", ""))
        except ValueError:
            continue
        if not any(abs(value - claimed) < 1e-9 for claimed in wanted):
            continue
        starts = [found.end() for found in _CLAUSE_START.finditer(quote, 0, match.start())]
        own = _clause_ends(quote[starts[-1] if starts else 0:match.start()])
        if own & said:
            continue
        turned = next(((word, _CLAUSE_OPPOSITES[word]) for word in sorted(said)
                       if _CLAUSE_OPPOSITES.get(word) in own), None)
        if turned is not None:
            return turned
    return None


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
    if not enabled or not (said or (claim.quantities and _clause_ends(claim.text))):
        return
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind)):
            texts = [evidence.quote or "" for evidence in check.evidence]
            if kind == CheckKind.table:
                for evidence in check.evidence:
                    for table, found in evidence_cells(paper, evidence.location or "",
                                                       evidence.quote or ""):
                        texts += [caption_text(table.caption), *found.rows, *found.columns]
            turned = _turned(said, _superlatives(" ".join(texts))) if said else None
            if turned is None and kind == CheckKind.source:
                values = [quantity.value for quantity in claim.quantities]
                turned = next((found for evidence in check.evidence
                               if (found := clause_turned(claim.text, values,
                                                          evidence.quote or ""))), None)
            if turned:
                undecide(check, f"Not confirmed: the evidence gives “{turned[1]}” where the "
                                f"claim says “{turned[0]}”")
