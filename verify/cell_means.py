"""The mean of a whole table line that a claim names by its path and counts by its things.

"Averaged over the seven test languages, the system's macro F1 is 80.85": the claim names one
row of the table ("Test Set / Macro (F1)") by its header words and the cells to average by
how many there are and what they are ("seven ... languages"), never by their own headers. The
cell arithmetic (cell_arithmetic.py) averages only cells each named by their headers ("averaged
over X and Y"); this module reads the other way tables are averaged in prose: over a whole
line.

A line mean confirms the claim only when all of this holds (each a general fact of how
results are reported, none a word list of one paper):

- the claim says it averages ("average", "averaged", "mean") over a counted set: a count of
  things right after "over"/"across"/"on" ("over the two datasets", "across all seven
  languages", "an average of 79.65% on the two datasets", "over both datasets": "both"
  counts two), and exactly one other number, the mean itself, unsigned and not a change;
- the claim's words single out one path of one axis of a table (`Picker.single`, the same
  test as for one cell: no other path holds every word the claim says of it), and the line
  of that path holds exactly the counted number of numeric cells (aggregate rows or columns,
  "Avg."/"All", left out: they are no member of what is averaged);
- the counted things are what the table says its other axis holds: the noun of the count is
  a word of the table's stub header ("Language", "Dataset"), of its caption's title, or of the path
  that all the line's cells share on the averaged axis ("Out-of-domain data");
- the line's headers, caption and stub header account for every other part of the claim
  (content.account, the whole-content rule);
- the claimed number agrees with the mean of the printed cells within printed precision (the
  mean of their half-units plus the claim's half-unit).

It contradicts only when exactly one line in the paper is named and counted so, the
accounting is strict (`Accounting.contradicts`), the claim points at no other path
(`Picker.only`) and the number is an absolute level (not a percentage change or a ratio).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from verify_claims.claims import Check, CheckKind, Claim, MatchedPart, Outcome, Paper, Quantity

from .cell_check import (
    CellPassage,
    cell_candidates,
    cell_passages,
    claim_terms,
    table_name,
    with_abbreviations,
)
from .cell_kinds import cells_evidence
from .cell_picker import Picker
from .content import account, claim_parts, passage_terms
from .definitions import glossary
from .header_vocabulary import header_words
from .header_words import ClaimWords
from .passages import PassageIndex, content_terms

_AVERAGE_WORDS = frozenset(("average", "averaged", "averages", "mean"))
_AGGREGATE = frozenset(("avg", "average", "mean", "overall", "all", "total"))
_OVER = re.compile(r"\b(?:over|across|on)\s+(?:(?:the|all|its|their|these|those)\s+){0,2}$", re.I)
_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_COUNTED = re.compile(
    r"\b(?:over|across|on)\s+(?:(?:the|all|its|their|these|those)\s+){0,2}"
    r"(?P<number>\d{1,2}|both|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[^\W\d_]+s)\b", re.I)
_CHANGE = re.compile(r"\b(?:by|points?\s+(?:higher|lower|above|below|more|less))\b", re.I)


def _count(claim: Claim) -> tuple[int, str, Quantity | None] | None:
    """The counted set the claim averages over: a whole number of two or more things, right
    after "over"/"across"/"on" (articles and "all" allowed between), as the claim's parsed
    quantity ("over the seven languages") or, when modifiers stand between the number and
    its noun and the parser made no quantity of it, as printed ("over the three
    out-of-domain languages"): (how many, the noun, the quantity or None)."""
    found = [quantity for quantity in claim.quantities
             if quantity.unit and quantity.unit.isalpha() and not quantity.decimals
             and quantity.value >= 2 and float(quantity.value).is_integer()
             and _OVER.search(claim.text[:quantity.span[0]])]
    if len(found) == 1:
        return int(found[0].value), found[0].unit or "", found[0]
    if found:
        return None
    printed = list(_COUNTED.finditer(claim.text))
    if len(printed) != 1:
        return None
    number = printed[0]["number"].casefold()
    value = int(number) if number.isdigit() else _NUMBERS.get(number, 0)
    if value < 2 or any(quantity.span[0] <= printed[0].start("number") < quantity.span[1]
                        for quantity in claim.quantities):
        return None
    return value, printed[0]["noun"], None


def _noun_term(unit: str) -> str | None:
    terms = content_terms(unit)
    return next(iter(passage_terms(terms[0])), None) if terms else None


def _aggregate(path: tuple[str, ...]) -> bool:
    return any(word.word in _AGGREGATE for word in header_words(" ".join(path)))


def _lines(passages: list[CellPassage], index: PassageIndex, words: ClaimWords,
           picker: Picker) -> dict[tuple[int, int, tuple[str, ...]], list[CellPassage]]:
    """Every line of a table whose path the claim's words single out: {(table, axis, path):
    its numeric cells}, aggregate cells on the other axis left out."""
    named = {(passage.number, axis, passage.paths[axis])
             for passage in cell_candidates(passages, index, words) for axis in (0, 1)
             if picker.single(passage.number, axis, passage.paths[axis])}
    lines: dict[tuple[int, int, tuple[str, ...]], list[CellPassage]] = {}
    for passage in passages:
        for axis in (0, 1):
            key = (passage.number, axis, passage.paths[axis])
            if key in named and not _aggregate(passage.paths[1 - axis]):
                lines.setdefault(key, []).append(passage)
    return lines


def _counted_things(noun: str, line: list[CellPassage], axis: int) -> str | None:
    """The header text that says what the averaged cells are, when it holds the count's noun:
    the table's stub header, its caption's title (the first sentence: "Scores per language";
    later sentences discuss other things, "the highest scores of all systems"), or the path
    the cells share on the averaged axis."""
    table = line[0].table
    shared = [header for header in line[0].paths[1 - axis]
              if all(header in passage.paths[1 - axis] for passage in line)]
    title = re.split(r"(?<=[a-z)%])\.\s", re.sub(r"^\s*Table\s+\S+\s*", "",
                                                 table.caption or ""))[0]
    for text in (table.header[0] if table.header else "", title, *shared):
        if noun in passage_terms(text):
            return text
    return None


def line_mean(line: Sequence[CellPassage]) -> tuple[float, float]:
    """The mean of the cells and the mean of their half-units (how far the true mean may lie
    from the printed cells' mean)."""
    values = [passage.value or 0.0 for passage in line]
    spread = sum(0.5 * 10.0 ** -(passage.decimals or 0) for passage in line) / len(line)
    return sum(values) / len(values), spread


def mean_holds(line: Sequence[CellPassage], value: float, decimals: int | None) -> bool:
    """Whether a number printed as `value` with `decimals` decimals can be the cells' mean,
    within the printed precision of both (statcheck style)."""
    mean, spread = line_mean(line)
    return abs(value - mean) <= spread + 0.5 * 10.0 ** -(decimals or 0) + 1e-9


def check_line_means(claim: Claim, paper: Paper, source: str,
                     index: PassageIndex) -> Check | None:
    """A claimed mean over a counted whole line of a table (module docstring); None when the
    claim states none or no line is singled out and counted."""
    if not paper.tables or claim.truncated:
        return None
    said = {word.casefold() for word in re.findall(r"[^\W\d_]+", claim.text)}
    counted = _count(claim) if said & _AVERAGE_WORDS else None
    if counted is None or claim.direction is not None or _CHANGE.search(claim.text):
        return None
    how_many, unit, count = counted
    values = [quantity for quantity in claim.quantities if quantity is not count]
    if len(values) != 1 or values[0].sign is not None or values[0].approximate \
            or values[0].cut_off:
        return None
    quantity, noun = values[0], _noun_term(unit)
    parts = claim_parts(claim)
    if noun is None or not parts.parts:
        return None
    # The averaging words name the operation recomputed here, not a header word.
    parts = replace(parts, parts=tuple(part for part in parts.parts
                                       if part.text.casefold() not in _AVERAGE_WORDS))
    passages = cell_passages(paper, index)
    words = ClaimWords(claim.text, [], glossary(paper))
    picker = Picker(passages, words)
    terms_of = claim_terms(words)
    candidates = []
    for (_, axis, _), line in _lines(passages, index, words, picker).items():
        if len(line) != how_many or any(passage.value is None or passage.listed
                                                for passage in line):
            continue
        things = _counted_things(noun, line, axis)
        if things is None:
            continue
        terms = passage_terms(things)
        for passage in line:
            terms |= with_abbreviations(passage, words, terms_of)
        accounting = account(parts, terms, index, relation=False)
        if accounting.confirms:
            candidates.append((line, accounting))
    found = []
    for line, _ in candidates:
        if mean_holds(line, quantity.value, quantity.decimals):
            found.append(line)
    cells_of = lambda line: ", ".join(  # noqa: E731
        f"{passage.cell.text} for {passage.headers}" for passage in line)
    if len(found) == 1:
        line = found[0]
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=(f"{table_name(line[0])} gives {cells_of(line)}: the "
                                  f"{len(line)} cells of the line the claim names, whose mean "
                                  f"is {quantity.text} within printed precision; their "
                                  "headers and caption speak of everything the claim does."),
                     evidence=cells_evidence(line, source, quantity),
                     matched=[MatchedPart(part="value", claim=quantity.text,
                                          source=" + ".join(p.cell.text for p in line))])
    if found or len(candidates) != 1 or quantity.unit in ("times", "x", "fold") \
            or re.search(r"\b(?:relative|relatively)\b", claim.text, re.I):
        return None
    line, accounting = candidates[0]
    if not accounting.contradicts or not picker.only(*line):
        return None
    mean, _ = line_mean(line)
    decimals = max([passage.decimals or 0 for passage in line] + [quantity.decimals or 0])
    return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                 explanation=(f"{table_name(line[0])} gives {cells_of(line)}, the only "
                              f"{len(line)} cells of a line the claim names and counts: their "
                              f"mean is {mean:.{decimals}f}, not {quantity.text}."),
                 evidence=cells_evidence(line, source, quantity),
                 matched=[MatchedPart(part="value", claim=quantity.text,
                                      source=" + ".join(p.cell.text for p in line))])
