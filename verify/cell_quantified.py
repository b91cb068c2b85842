"""A comparison of two table lines claimed on every line of the other axis: "on both datasets".

"On both datasets, SSK-MIL achieves a larger area under the curve than SSK-T1" names two
columns by their headers and the rows by a quantifier over what the rows are ("both
datasets", "all four languages", "every task"), never by the rows' own headers. The cell
arithmetic (cell_arithmetic._order) compares one pair of cells, both named; this module reads
the quantified form:

- the claim states an order without a number of its own (the words of `_order`: literal
  "larger"/"higher", evaluative "outperforms", the latter only where the measure is not one
  for which lower is better), and quantifies over a noun: "on/in/for/across both|all|each|
  every [the] [N] <noun>" ("both" counts two);
- the noun is what the table says one axis holds: a word of its stub header ("Dataset",
  "Language") or of its caption's title; the lines of that axis (aggregates such as "Avg."
  left out) are as many as counted, when counted;
- on the other axis the claim's words single out exactly two paths (`Picker.single`), each
  said where the claim names it, the first-named the one said larger;
- the headers and caption of all the cells involved account for the claim (strictly, for a
  contradiction).

Supported when the order holds beyond rounding on every line; contradicted when it is the
other way beyond rounding on at least one line (a claim about both is false when one fails);
otherwise nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verify_claims.claims import Check, CheckKind, Claim, MatchedPart, Outcome, Paper

from .cell_arithmetic import _first_mention, _half
from .cell_check import (
    CellPassage,
    Picker,
    cell_passages,
    claim_terms,
    table_name,
    with_abbreviations,
)
from .cell_kinds import cells_evidence
from .content import account, claim_parts, passage_terms
from .definitions import glossary
from .header_vocabulary import header_words
from .header_words import ClaimWords
from .order_words import ORDERING, cells_lower_is_better, stated_order, table_title
from .passages import PassageIndex, content_terms

_QUANTIFIED = re.compile(
    r"\b(?:on|in|for|across|over)\s+(both|all|each|every)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+)?([^\W\d_]+)\b",
    re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_AGGREGATE = frozenset(("avg", "average", "mean", "overall", "all", "total"))


def _quantifier(text: str) -> tuple[str, int | None, tuple[int, int]] | None:
    """The quantified noun's index term, how many it counts (None: all of them), and the
    span of the quantifier in the claim."""
    found = list(_QUANTIFIED.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    terms = content_terms(match[3])
    if not terms:
        return None
    counted = match[2]
    count = 2 if match[1].casefold() == "both" else (
        int(counted) if counted and counted.isdigit() else _NUMBERS.get((counted or "").casefold()))
    term = next(iter(passage_terms(terms[0])), None)
    return (term, count, match.span()) if term else None


def _aggregate(path: tuple[str, ...]) -> bool:
    return any(word.word in _AGGREGATE for word in header_words(" ".join(path)))


def check_quantified_order(claim: Claim, paper: Paper, source: str,
                           index: PassageIndex) -> Check | None:
    """The order of two named lines on every line the claim quantifies over (module
    docstring); None when the claim states none or the table does not single them out."""
    if not paper.tables or claim.truncated or claim.quantities and any(
            not (quantity.unit and quantity.unit.isalpha()) for quantity in claim.quantities):
        return None
    quantified = _quantifier(claim.text)
    if quantified is None:
        return None
    noun, count, span = quantified
    words = ClaimWords(claim.text, [], glossary(paper))
    stated = stated_order(set(words.words), claim.text)
    if stated is None:
        return None
    direction, evaluative = stated
    parts = claim_parts(claim)
    quantifier_text = claim.text[span[0]:span[1]].casefold()
    parts = replace(parts, parts=tuple(
        part for part in parts.parts if part.role != "relation" and part.text.casefold()
        not in ORDERING
        and part.text.casefold() not in quantifier_text.split()))
    if not parts.parts:
        return None
    passages = cell_passages(paper, index)
    picker = Picker(passages, words)
    terms_of = claim_terms(words)
    found = []
    for number in sorted({passage.number for passage in passages}):
        cells = [passage for passage in passages if passage.number == number
                 and not passage.listed and passage.value is not None]
        for axis in (0, 1):  # the axis of the two compared lines
            result = _compare(cells, axis, noun, count, words, picker, parts, index, terms_of)
            if result is not None:
                found.append(result)
    if len(found) != 1:
        return None
    pairs, accounting = found[0]
    first = pairs[0][0]
    if evaluative and cells_lower_is_better(first.table.caption,
                                            [p.headers for pair in pairs for p in pair]):
        return None
    gaps = [((one.value or 0.0) - (two.value or 0.0)) * direction for one, two in pairs]
    margins = [_half(one.decimals) + _half(two.decimals) for one, two in pairs]
    cells = "; ".join(f"{one.cell.text} for {one.headers} and {two.cell.text} for {two.headers}"
                      for one, two in pairs)
    evidence = cells_evidence([passage for pair in pairs for passage in pair], source, None)
    matched = [MatchedPart(part="value", claim=claim.text[:60],
                           source="; ".join(f"{one.cell.text} vs {two.cell.text}"
                                            for one, two in pairs))]
    if all(gap > margin for gap, margin in zip(gaps, margins, strict=True)):
        return Check(kind=CheckKind.table, outcome=Outcome.supported,
                     explanation=(f"{table_name(first)} gives {cells}: the order the claim "
                                  f"says holds on every one of the {len(pairs)} lines it "
                                  "quantifies over."),
                     evidence=evidence, matched=matched)
    if accounting.contradicts and any(gap < -margin
                                      for gap, margin in zip(gaps, margins, strict=True)):
        return Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                     explanation=(f"{table_name(first)} gives {cells}: the order is the "
                                  "other way on at least one of the lines the claim "
                                  "quantifies over."),
                     evidence=evidence, matched=matched)
    return None


def _compare(cells: list[CellPassage], axis: int, noun: str, count: int | None,
             words: ClaimWords, picker: Picker, parts, index: PassageIndex, terms_of):
    """The pairs (first-named, second-named) of the two lines of `axis` the claim singles
    out, one pair per line of the other axis, when those lines are what the claim quantifies
    over; with their accounting. None when the table does not fit."""
    if not cells:
        return None
    table = cells[0].table
    caption = table.caption
    things = " ".join([table.header[0] if table.header else "", table_title(caption)])
    if noun not in passage_terms(things):
        return None
    named = sorted({passage.paths[axis] for passage in cells
                    if picker.single(passage.number, axis, passage.paths[axis])})
    if len(named) != 2:
        return None
    lines = sorted({passage.paths[1 - axis] for passage in cells
                    if not _aggregate(passage.paths[1 - axis])})
    if len(lines) < 2 or (count is not None and len(lines) != count):
        return None
    if any(picker.single(cells[0].number, 1 - axis, line) for line in lines):
        return None  # the claim names a line itself: not a quantified claim about them all
    one, two = named
    mentions = [_first_mention(one, two, words, caption), _first_mention(two, one, words, caption)]
    if None in mentions or mentions[0] == mentions[1]:
        return None
    first, second = (one, two) if mentions[0] < mentions[1] else (two, one)
    by_paths = {(passage.paths[axis], passage.paths[1 - axis]): passage for passage in cells}
    pairs = []
    for line in lines:
        pair = (by_paths.get((first, line)), by_paths.get((second, line)))
        if pair[0] is None or pair[1] is None:
            return None  # a line without both cells: the order cannot be read on it
        pairs.append(pair)
    terms = passage_terms(things)
    for pair in pairs:
        for passage in pair:
            terms |= with_abbreviations(passage, words, terms_of)
    accounting = account(parts, terms, index, relation=False)
    return (pairs, accounting) if accounting.confirms else None
