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
    CellPassage,
    Picker,
    cell_evidence,
    cell_passages,
    claim_terms,
    metric_cutoff,
    table_name,
    with_abbreviations,
)
from .content import account, claim_parts
from .header_words import ClaimWords, header_words
from .passages import PassageIndex

_UP = frozenset(("beats", "beat", "outperforms", "outperform", "exceeds", "exceed", "above",
                 "higher", "more", "improves", "improve", "gains", "raises", "lifts", "ahead",
                 "better", "greater", "larger"))
_DOWN = frozenset(("trails", "trail", "below", "lower", "fewer", "less", "lags", "loses",
                   "lowers", "costs", "drops", "falls", "underperforms", "worse", "behind",
                   "smaller"))
_AVERAGE = frozenset(("average", "averaged", "averages", "mean"))
_AGGREGATE = frozenset(("avg", "average", "mean", "overall", "all"))
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


def _first_mention(path: tuple[str, ...], other: tuple[str, ...],
                   words: ClaimWords) -> int | None:
    """Where in the claim a word of the header path that the other path lacks is first said
    ("CS" of "CS / prec." against "Bio / prec."); None: nowhere."""
    shared = set(header_words(" ".join(other)))
    positions = [position for word in header_words(" ".join(path))
                 if word not in shared and (position := words.mention(word)) is not None]
    return min(positions) if positions else None


def _from_to(text: str, first: int, second: int) -> bool:
    """The two cells are said as "from A to B" (a change from A's cell to B's): "from" a few
    words before the first, "to" between them, a few words before the second."""
    before = text[max(0, first - 40):first]
    between = text[first:second]
    opening = re.search(r"\bfrom\b((?:\W+\w+){0,4}?)\W*$", before, re.I)
    closing = re.search(r"\bto\b((?:\W+\w+){0,3}?)\W*$", between, re.I)
    return opening is not None and closing is not None


def _aggregate(path: tuple[str, ...]) -> bool:
    return any(word.word in _AGGREGATE for word in header_words(" ".join(path)))


def _half(decimals: int | None) -> float:
    return 0.5 * 10.0 ** -(decimals or 0)


def _agrees(claimed: Quantity, difference: float, first: CellPassage,
            second: CellPassage) -> bool:
    """Statcheck: the claimed interval overlaps the difference of the two printed intervals
    (a small epsilon for binary floating point)."""
    spread = _half(first.decimals) + _half(second.decimals)
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
                  if not quantity.cut_off and not quantity.approximate
                  and not metric_cutoff(claim, quantity)]
    passages = [passage for passage in cell_passages(paper, index) if not passage.listed]
    if len(quantities) > 1:
        # Numbers the tables print as headers ("from a threshold of 0.00 to 0.65") name the
        # rows; the one left is the difference.
        printed = {word.number for passage in passages for word in passage.own
                   if word.number is not None}
        headers = [quantity for quantity in quantities
                   if any(abs(quantity.value - number) < 1e-9 for number in printed)]
        quantities = [quantity for quantity in quantities if quantity not in headers]
    else:
        headers = []
    if len(quantities) != 1 or not quantities[0].value:
        return None
    quantity = quantities[0]
    words = ClaimWords(claim.text, [(header.value, header.span[0]) for header in headers])
    claim_words = words.words
    direction = _direction(claim, quantity, claim_words)
    parts = claim_parts(claim)
    averaged = direction is None and quantity.sign is None \
        and any(word in _AVERAGE for word in claim_words)
    if (direction is None and not averaged) or not parts.parts:
        return None
    terms_of = claim_terms(words)
    picker = Picker(passages, words)
    # Cells by table, shared axis and its path: {(table, axis, path): {other path: cell}}.
    groups: dict[tuple[int, int, tuple[str, ...]], dict[tuple[str, ...], CellPassage]] = {}
    for passage in passages:
        for axis in (0, 1):
            if not picker.single(passage.number, axis, passage.paths[axis]):
                continue
            other = passage.paths[1 - axis]
            if picker.single(passage.number, 1 - axis, other):
                groups.setdefault((passage.number, axis, passage.paths[axis]), {})[other] = \
                    passage
    if averaged:
        # "averaged" names the operation recomputed here, not a word the headers must hold,
        # and a column printing the average is not one of the cells averaged.
        parts = replace(parts, parts=tuple(part for part in parts.parts
                                           if part.text.casefold() not in _AVERAGE))
        groups = {key: {path: cell for path, cell in cells.items() if not _aggregate(path)}
                  for key, cells in groups.items()}
        return _average(claim, quantity, parts, groups, index, source, words, terms_of)
    # The direction words ("beats", "above", "trails") are what the arithmetic checks.
    parts = replace(parts, parts=tuple(part for part in parts.parts
                                       if part.text.casefold() not in _UP | _DOWN))
    found: list[tuple[CellPassage, CellPassage]] = []
    weighed = 0
    for (_, axis, _), cells in groups.items():
        if len(cells) != 2:
            continue  # the claim names one, or three or more, of the paths: no pair
        weighed += 1
        if weighed > MAX_PAIRS:
            break
        one, two = cells.values()
        positions = [_first_mention(one.paths[1 - axis], two.paths[1 - axis], words),
                     _first_mention(two.paths[1 - axis], one.paths[1 - axis], words)]
        if None in positions or positions[0] == positions[1]:
            continue
        first, second = (one, two) if positions[0] < positions[1] else (two, one)
        if first.value is None or second.value is None:
            continue
        # "A beats B by d": d = A - B; "from A to B ... lifts by d": d = B - A.
        change = _from_to(claim.text, min(positions), max(positions))
        difference = (first.value - second.value) * direction * (-1 if change else 1)
        if difference <= 0 or not _agrees(quantity, difference, first, second):
            continue
        terms = with_abbreviations(first, words, terms_of) \
            | with_abbreviations(second, words, terms_of)
        if account(parts, terms, index, relation=False).confirms:
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
             source: str, words: ClaimWords, terms_of: list[str | None]) -> Check | None:
    """"Averaged over X and Y, M scores 85.2": the mean of the cells the claim names on one
    axis (two or more, each singled out by its words) along the one path it names on the
    other, within printed precision (the mean of the cells' half-units). Only one such group
    may fit."""
    found = []
    for cells in list(groups.values())[:MAX_PAIRS]:
        passages = list(cells.values())
        if len(passages) < 2 or any(passage.value is None for passage in passages):
            continue
        mean = sum(passage.value for passage in passages) / len(passages)
        spread = sum(_half(passage.decimals) for passage in passages) / len(passages)
        if abs(abs(quantity.value) - mean) > spread + _half(quantity.decimals) + 1e-9:
            continue
        terms: frozenset[str] = frozenset()
        for passage in passages:
            terms |= with_abbreviations(passage, words, terms_of)
        if account(parts, terms, index, relation=False).confirms:
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
