"""Sentence mutations for benchmarks/mutations.py: a gold sentence with one number changed,
a direction word swapped, a negation added or removed, its subject swapped for another header
of the same table, or its leading clause dropped (the module docstring of mutations.py lists
the kinds and the verdict each must never get).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mutations import Gold

_NUMBER = re.compile(r"(?<![\w.\-−/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w\-/]|\.\d)")


def number_tokens(text: str) -> set[str]:
    """The numbers `text` prints, without their thousands separators."""
    return {match.group(0).replace(",", "") for match in
            re.finditer(r"\d[\d,]*(?:\.\d+)?", text)}


_REFERENCE_WORDS = re.compile(r"(?:Section|Sections|Sec\.|Table|Tables|Figure|Figures|Fig\.|"
                              r"Eq\.|Equation|Algorithm|Appendix|§|Chapter|Step|Line)\s*$")
_LEAD_PHRASES = re.compile(r"^(?:We (?:find|found|show|observe|note|see) that|Our results "
                           r"(?:show|indicate) that|In addition,|Also,|However,|Overall,|In "
                           r"particular,|For example,|Finally,|Moreover,|Furthermore,|Thus,|"
                           r"Therefore,|Interestingly,|As expected,)\s+")
_LEAD_CLAUSE = re.compile(r"^(?:In|On|For|With|As|At|Across|Using|Without|Under|After|When)\b"
                          r"(?:\s+[^\s,;:()%\d]+){1,6},\s+(?!and\b|but\b|or\b)")
_DIRECTIONS = [("improves", "hurts"), ("improved", "hurt"), ("improve", "hurt"),
               ("increases", "decreases"), ("increased", "decreased"),
               ("increase", "decrease"), ("higher", "lower"), ("better", "worse"),
               ("outperforms", "underperforms"), ("outperformed", "underperformed"),
               ("outperform", "underperform"), ("larger", "smaller"), ("best", "worst"),
               ("reduces", "raises"), ("reduced", "raised"), ("highest", "lowest"),
               ("faster", "slower"), ("more accurate", "less accurate")]
_AUXILIARY = re.compile(r"\b(is|are|was|were|can|could|does|do|did|will|would|has|have|had|"
                        r"should)\b(?! not\b| only\b)(?!n't)")
_NEGATION = re.compile(r"\b(?:not|no)\s+(?!only\b|longer\b|more than\b|less than\b)")


def number_spots(sentence: str) -> list[re.Match[str]]:
    """Numbers a claim may get wrong: not years, citations, or section/table/figure numbers."""
    spots = []
    citations = [m.span() for m in re.finditer(r"\([^()]*\b(?:19|20)\d\d[a-z]?\b[^()]*\)",
                                               sentence)]
    for match in _NUMBER.finditer(sentence):
        whole = match.group(0)
        if any(start <= match.start() < end for start, end in citations):
            continue
        if "." not in whole and "," not in whole and 1900 <= int(whole) <= 2030:
            continue  # a year
        if _REFERENCE_WORDS.search(sentence[:match.start()]):
            continue
        if sentence[match.start() - 1:match.start()] == "(" \
                and sentence[match.end():match.end() + 1] == ")":
            continue  # "(3)": the number of an item, equation or system, not a quantity
        spots.append(match)
    return spots


def _format(value: float, decimals: int, grouped: bool) -> str:
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    return text


def changed_number(rng: random.Random, text: str, printed: set[str]) -> str | None:
    """`text` with one number changed by a clearly different amount (30 % or more, at least
    five units of its last printed digit) to a value the paper never prints (a value printed
    elsewhere might be the same quantity under another name); None when nothing fits."""
    spots = number_spots(text)
    rng.shuffle(spots)
    for match in spots:
        whole = match.group(0)
        decimals = len(whole.split(".")[1]) if "." in whole else 0
        value = float(whole.replace(",", ""))
        unit = 10.0 ** -decimals
        delta = max(abs(value) * 0.3, 5 * unit)
        percent = text[match.end():match.end() + 1] == "%"
        for sign in rng.sample((1, -1), 2):
            new = value + sign * delta
            if new <= 0 or (percent and new > 100):
                continue
            if decimals == 0:
                new = round(new)
            shown = _format(new, decimals, "," in whole)
            if shown.replace(",", "") in printed or float(shown.replace(",", "")) == value:
                continue
            return text[:match.start()] + shown + text[match.end():]
    return None


def _swap_word(text: str, old: str, new: str) -> str:
    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        return new[0].upper() + new[1:] if word[0].isupper() else new
    return re.sub(rf"\b{re.escape(old)}\b", replace, text, count=1, flags=re.IGNORECASE)


def swapped_direction(rng: random.Random, text: str) -> str | None:
    pairs = [(a, b) for a, b in _DIRECTIONS] + [(b, a) for a, b in _DIRECTIONS]
    found = [(a, b) for a, b in pairs
             if re.search(rf"\b{re.escape(a)}\b", text, flags=re.IGNORECASE)]
    if not found:
        return None
    old, new = rng.choice(sorted(found))
    return _swap_word(text, old, new)


def toggled_negation(rng: random.Random, text: str) -> str | None:
    negations = [m for m in _NEGATION.finditer(text)
                 if not re.search(r"whether or $", text[:m.start()])]
    if negations:
        match = rng.choice(negations)
        return text[:match.start()] + text[match.end():]
    auxiliaries = list(_AUXILIARY.finditer(text))
    if not auxiliaries:
        return None
    match = auxiliaries[0]
    return text[:match.end()] + " not" + text[match.end():]


def reworded(text: str) -> str | None:
    for pattern in (_LEAD_PHRASES, _LEAD_CLAUSE):
        match = pattern.match(text)
        if match and len(text) - match.end() > 30:
            rest = text[match.end():]
            return rest[0].upper() + rest[1:]
    return None


def _is_name(label: str) -> bool:
    """A header that names something (a system, data set, relation): not a bare number or a
    short lower-case word that sentences use in passing."""
    return (2 <= len(label) <= 30 and number_tokens(label) != {label}
            and any(c.isupper() for c in label))


def swapped_name(rng: random.Random, text: str, gold: Gold) -> str | None:
    """A name the sentence shares with a table header, replaced by another header of the same
    table and axis; only in sentences that state a number (the number then belongs to the
    other name, which makes the claim false unless two cells print the same value)."""
    if not number_spots(text):
        return None
    # The name must be the sentence's subject (among its first words, after any leading
    # clause): a swapped object ("outperforms the X baseline") may well be true of the other.
    rest = text[m.end():] if (m := _LEAD_CLAUSE.match(text)) else text
    head = " ".join(rest.split()[:4])
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cell in gold.cells:
        if cell.row:
            groups[cell.table, "row"].add(cell.row[-1])
        if cell.col:
            groups[cell.table, "col"].add(cell.col[-1])
    options = []
    for key in sorted(groups):
        names = sorted(n for n in groups[key] if _is_name(n))
        present = [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", head)]
        for name in present:
            others = [n for n in names if n not in present and n.lower() not in text.lower()]
            options += [(name, other) for other in others]
    if not options:
        return None
    name, other = rng.choice(options)
    start = len(text) - len(rest)
    return text[:start] + re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lambda _: other,
                                 rest, count=1)
