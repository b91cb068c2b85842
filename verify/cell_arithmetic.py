"""Differences of two table cells that a claim names by their headers (issue 11).

"S2ORC-SciBERT beats SciBERT by 1.80 F1 on relation extraction" names two rows and one
column of a table whose row labels the entity tagger does not know; the table check
(table_check.py) computes such differences only for gazetteer names. Here the two cells are
found the way cell_check.py finds one: by the header words the claim says.

A difference confirms the claim only when all of this holds:

- the two cells share one header path (the same column, or the same row) that the claim's
  words single out in the table, and differ on the other axis, where the claim's words single
  out exactly two paths (`_Picker`): a third named row makes the claim ambiguous;
- the cells' headers and the caption together account for the claim's content
  (content.account, the whole-content rule);
- the claim says which way the difference goes ("beats", "trails", a signed number), and the
  cell of the path the claim names first is the larger one for "beats" and the smaller for
  "trails"; a claim without a direction, or with "from X to Y", is left alone;
- the claimed number agrees with the difference of the printed cells, statcheck style: the
  interval of the claimed value (its printed precision) overlaps the interval of the
  difference of the two rounded cells.

This check only confirms. A difference that does not agree is no contradiction here: with
header words chosen loosely, a pair that does not fit may simply be the wrong pair.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verify_claims.claims import Check, CheckKind, Claim, MatchedPart, Outcome, Paper, Quantity

from .cell_check import (
    _WORD,
    CellPassage,
    Picker,
    abbreviated,
    candidates,
    cell_evidence,
    cell_passages,
    named_by,
    own_words,
    said_memo,
    table_name,
)
from .content import account, claim_parts
from .passages import PassageIndex

_UP = frozenset(("beats", "beat", "outperforms", "outperform", "exceeds", "exceed", "above",
                 "higher", "more", "improves", "improve", "gains", "raises", "lifts"))
_DOWN = frozenset(("trails", "trail", "below", "lower", "fewer", "less", "lags", "loses",
                   "lowers", "costs", "drops", "falls", "underperforms", "worse"))
_FROM_TO = re.compile(r"\bfrom\b.+\bto\b", re.I)
_AVERAGE = frozenset(("average", "averaged", "averages", "mean"))
MAX_PAIRS = 5_000
"""Cell pairs weighed per claim at most."""


def _direction(claim: Claim, quantity: Quantity, words: list[str]) -> int | None:
    """+1 when the claim says the first-named thing is larger, -1 smaller, None when unsaid
    or said both ways."""
    ups = any(word in _UP for word in words) or quantity.sign == 1
    downs = any(word in _DOWN for word in words) or quantity.sign == -1
    if claim.direction == "increase":
        ups = True
    elif claim.direction == "decrease":
        downs = True
    if ups == downs:
        return None
    return 1 if ups else -1


def _first_mention(header_words: set[str], claim_words: list[str]) -> int | None:
    for position, claimed in enumerate(claim_words):
        for word in header_words:
            if claimed.rstrip("s") == word.rstrip("s") or (len(word) >= 2
                                                          and claimed.startswith(word)):
                return position
    return None


def _half(decimals: int | None) -> float:
    return 0.5 * 10.0 ** -(decimals or 0)


def _agrees(claimed: Quantity, difference: float, first: CellPassage,
            second: CellPassage) -> bool:
    """Statcheck: the claimed interval overlaps the difference of the two printed intervals
    (a small epsilon for binary floating point)."""
    spread = _half(first.cell.decimals) + _half(second.cell.decimals)
    low, high = difference - spread, difference + spread
    claim_low = abs(claimed.value) - _half(claimed.decimals)
    claim_high = abs(claimed.value) + _half(claimed.decimals)
    return claim_low <= high + 1e-9 and low - 1e-9 <= claim_high


def check_cell_differences(claim: Claim, paper: Paper, source: str,
                           index: PassageIndex) -> Check | None:
    """A confirmation of a claimed difference between two cells the claim names (module
    docstring); None otherwise."""
    if not paper.tables or claim.truncated:
        return None
    quantities = [quantity for quantity in claim.quantities
                  if not quantity.cut_off and not quantity.approximate and quantity.value]
    if len(quantities) != 1 or _FROM_TO.search(claim.text):
        return None
    quantity = quantities[0]
    claim_words = [word.rstrip(".").casefold() for word in _WORD.findall(claim.text)]
    direction = _direction(claim, quantity, claim_words)
    parts = claim_parts(claim)
    averaged = direction is None and quantity.sign is None \
        and any(word in _AVERAGE for word in claim_words)
    if (direction is None and not averaged) or not parts.parts:
        return None
    claim_set = frozenset(claim_words) | frozenset(word.rstrip("s") for word in claim_words)
    said = said_memo(claim_words)

    def named(word: tuple[str, bool]) -> bool:
        if word not in said:
            said[word] = named_by(claim_words, claim_set, *word)
        return said[word]

    passages = cell_passages(paper, index)
    picker = Picker(passages, named)
    # Cells by table, shared axis and its path: {(table, axis, path): {other path: cell}}.
    groups: dict[tuple[int, int, tuple[str, ...]], dict[tuple[str, ...], CellPassage]] = {}
    for passage in candidates(passages, named, bare=False):  # the others single out no path
        for axis in (0, 1):
            if not picker.single(passage.number, axis, passage.paths[axis]):
                continue
            other = passage.paths[1 - axis]
            if picker.single(passage.number, 1 - axis, other):
                groups.setdefault((passage.number, axis, passage.paths[axis]), {})[other] = \
                    passage
    if averaged:
        # "averaged" names the operation recomputed here, not a word the headers must hold.
        parts = replace(parts, parts=tuple(part for part in parts.parts
                                           if part.text.casefold() not in _AVERAGE))
        return _average(claim, quantity, parts, groups, index, source)
    found: list[tuple[CellPassage, CellPassage]] = []
    weighed = 0
    for (_, axis, _), cells in groups.items():
        if len(cells) != 2:
            continue  # the claim names one, or three or more, of the paths: no pair
        weighed += 1
        if weighed > MAX_PAIRS:
            break
        one, two = cells.values()
        positions = []
        for passage in (one, two):
            words = {word for word, upper in own_words(" ".join(passage.paths[1 - axis]))
                     if named((word, upper))}
            positions.append(_first_mention(words, claim_words))
        if None in positions or positions[0] == positions[1]:
            continue
        first, second = (one, two) if positions[0] < positions[1] else (two, one)
        if first.cell.value is None or second.cell.value is None:
            continue
        difference = (first.cell.value - second.cell.value) * direction
        if difference <= 0 or not _agrees(quantity, difference, first, second):
            continue
        terms = set(first.terms | second.terms)
        terms |= {part.term for part in parts.parts if part.role != "relation"
                  and (abbreviated(part.text, first.words)
                       or abbreviated(part.text, second.words))}
        if account(parts, frozenset(terms), index, relation=False).confirms:
            found.append((first, second))
    if len(found) != 1:
        return None  # none, or several pairs fit: nothing is decided
    first, second = found[0]
    cells = (f"{table_name(first)} gives {first.cell.text} for {first.headers} and "
             f"{second.cell.text} for {second.headers}")
    return Check(kind=CheckKind.table, outcome=Outcome.supported,
                 explanation=(f"{cells}: a difference of {quantity.text.lstrip('+-')} within "
                              "printed precision, in the direction the claim says; the cells' "
                              "headers and caption speak of everything the claim does."),
                 evidence=[cell_evidence(passage, source, quantity).model_copy(
                     update={"claimed": None, "found": None}) for passage in (first, second)],
                 matched=[MatchedPart(part="value", claim=quantity.text,
                                      source=f"{first.cell.text} − {second.cell.text}")])


def _average(claim: Claim, quantity: Quantity, parts, groups, index: PassageIndex,
             source: str) -> Check | None:
    """"Averaged over X and Y, M scores 85.2": the mean of the cells the claim names on one
    axis (two or more, each singled out by its words) along the one path it names on the
    other, within printed precision (the mean of the cells' half-units). Only one such group
    may fit."""
    found = []
    for cells in list(groups.values())[:MAX_PAIRS]:
        passages = list(cells.values())
        if len(passages) < 2 or any(passage.cell.value is None for passage in passages):
            continue
        mean = sum(passage.cell.value for passage in passages) / len(passages)
        spread = sum(_half(passage.cell.decimals) for passage in passages) / len(passages)
        if abs(abs(quantity.value) - mean) > spread + _half(quantity.decimals) + 1e-9:
            continue
        terms: set[str] = set()
        for passage in passages:
            terms |= passage.terms
            terms |= {part.term for part in parts.parts if part.role != "relation"
                      and abbreviated(part.text, passage.words)}
        if account(parts, frozenset(terms), index, relation=False).confirms:
            found.append(passages)
    if len(found) != 1:
        return None
    passages = found[0]
    cells = ", ".join(f"{passage.cell.text} for {passage.headers}" for passage in passages)
    return Check(kind=CheckKind.table, outcome=Outcome.supported,
                 explanation=(f"{table_name(passages[0])} gives {cells}: their mean is "
                              f"{quantity.text} within printed precision; the cells' headers "
                              "and caption speak of everything the claim does."),
                 evidence=[cell_evidence(passage, source, quantity).model_copy(
                     update={"claimed": None, "found": None}) for passage in passages],
                 matched=[MatchedPart(part="value", claim=quantity.text,
                                      source=" + ".join(p.cell.text for p in passages))])
