"""What a guard reads from a whole paper, computed once per paper object.

The red-team-2 guards read the paper's modifier-head pairs, its table row words, its numbered
headings and each sentence's neighbours; rebuilding them for every claim cost a fifth of the
verification time. Each value lives as long as its paper: it is keyed by the paper's id and
dropped when the paper is (a weak reference's callback), so a run that reads twenty papers in
turn never rebuilds one (a memo of the last few papers seen rebuilt them 270 times in
`benchmarks/verify.py`, a quarter of its time).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from re import Pattern
from typing import Any, TypeVar

from verify_claims.claims import Paper

T = TypeVar("T")
_MEMO: dict[int, tuple[weakref.ref, dict[str, Any]]] = {}


def _forget(number: int) -> Callable[[weakref.ref], None]:
    def forget(reference: weakref.ref) -> None:
        found = _MEMO.get(number)
        if found is not None and found[0] is reference:
            del _MEMO[number]
    return forget


def per_paper(paper: Paper, name: str, build: Callable[[Paper], T]) -> T:
    """`build(paper)`, computed once per paper object and `name`."""
    number = id(paper)
    found = _MEMO.get(number)
    if found is None or found[0]() is not paper:
        found = _MEMO[number] = (weakref.ref(paper, _forget(number)), {})
    values = found[1]
    if name not in values:
        values[name] = build(paper)
    return values[name]


def sentences_and_cells(paper: Paper) -> str:
    """The paper's sentences and table cells as one text, once per paper: where a guard asks
    whether the paper prints a name anywhere (guards_hyphen_variants, guards_snake_names)."""
    return per_paper(paper, "sentences_and_cells", lambda read: " ".join(
        [sentence.text for sentence in read.sentences]
        + [cell.text for table in read.tables for row in table.rows for cell in row]))


def sentence_triples(paper: Paper, pattern: Pattern[str], excluded: frozenset[str],
                     fold: bool = False) -> list[frozenset[str]]:
    """The lists of three the paper's sentences print, each the set of `pattern`'s three groups
    in one match ("single, double and triple"), leaving out a list with a word of `excluded`;
    with `fold`, matched in lower case. Sorted, each list once. What guards_absent_alternative
    and guards_listed_alternatives read as a paper's alternatives, each with its own pattern."""
    found: set[frozenset[str]] = set()
    for sentence in paper.sentences:
        for match in pattern.finditer(sentence.text.lower() if fold else sentence.text):
            items = frozenset(match.groups())
            if len(items) == 3 and not items & excluded:
                found.add(items)
    return sorted(found, key=sorted)
