"""A claimed mean of things the claim lists: how many things, and what one cell cannot say of it.

"The average Recall of authors, bibliography years and bibliography authors is 95.70" states the
mean of three cells. Two wrong contradictions came from reading it otherwise (mutation
benchmark, "mean" kind, N18-3011 Tables 1 and 3): the cell arithmetic averaged the two cells it
could single out ("authors" is said inside "bibliography authors" too, so its row was not
picked) and contradicted with their mean; and "The average F1 of Avg. of 15 models with LM and
With LM is 54.65" was contradicted by the one cell "Avg. of 15 models with LM", the claim's own
first item. The general facts:

- a mean of a listed set is the mean of one cell per item: averaging more or fewer cells, or
  a cell no item names, answers another question (`listed` and `one_per_item`, used by
  verify/cell_arithmetic.py); without a list, each cell averaged must still be said by a
  claim word of its own (`told_apart`);
- a mean of two or more listed things is the value of none of them: the cell of one of the
  things listed neither supports nor contradicts it (`guard_listed_means`).

Only a coordinated list counts ("of A, B and C", "A and B have a mean"); a set named as a whole
("across all tasks and metrics", "over the four relations") is left to the readers of Avg
columns and line means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import permutations

from verify_claims.claims import Check, CheckKind, Claim

from .cell_check import CellPassage
from .header_vocabulary import header_words
from .header_words import ClaimWords
from .undecided import DECIDING, decided, undecide

_MEAN = r"(?:average|averaged|mean)"
_VERB = r"(?:is|are|was|were|reaches|reach|comes\s+to|stands\s+at|equals|amounts\s+to)"
_AFTER_MEAN = re.compile(
    rf"\b{_MEAN}\b(?:\s+[\w.\-/]+){{0,4}}?\s+(?:of|over|across|for)\s+(?P<items>.+?)"
    rf"(?:,\s+(?:the|its|their)\b|\s+{_VERB}\b)", re.IGNORECASE)
_BEFORE_MEAN = re.compile(rf"^(?P<items>.+?)\s+(?:have|has|had)\s+(?:an?\s+)?{_MEAN}\b",
                          re.IGNORECASE)
_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# A coordinated list: items joined by commas, the last by "and" / "or".
_LIST = re.compile(r"^(?:[^,]+,\s+)*[^,]+,?\s+(?:and|or)\s+[^,]+$")
# A set named as a whole ("all tasks and metrics", "both datasets"), not item by item.
_WHOLE = re.compile(r"^(?:all|both|each|every|the\s+\w+\s+(?:of\s+)?(?:the\s+)?)\b",
                    re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def listed(text: str) -> list[str]:
    """The things a claimed mean lists, as printed; [] when it lists none."""
    for pattern in (_AFTER_MEAN, _BEFORE_MEAN):
        match = pattern.search(text)
        if match is None:
            continue
        phrase = match.group("items").strip()
        if not _LIST.match(phrase) or _WHOLE.match(phrase):
            continue
        items = [item.strip() for item in _SEPARATOR.split(phrase) if item.strip()]
        if len(items) >= 2:
            return items
    return []


def listed_items(text: str) -> int | None:
    """How many things a claimed mean lists ("of A, B and C" -> 3; "A and B have a mean" ->
    2); None when the claim lists none (one thing, a set named as a whole, or no mean)."""
    return len(listed(text)) or None


def guard_listed_means(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding table check that reads one cell for a claim stating the mean of
    things it lists, one of which is that cell's own row or column (module docstring). In
    place."""
    items = {_ARTICLE.sub("", item).casefold() for item in listed(claim.text)}
    if not items:
        return
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        if len(check.evidence) != 1 or check.evidence[0].claimed is None:
            continue
        headers = check.evidence[0].quote.rpartition(": ")[0]
        labels = {path.split(" / ")[-1].strip().casefold() for path in headers.split(" \u00d7 ")}
        if labels & items:
            undecide(check, "The claim states the mean of several things it lists, and this "
                            "cell is one of them, not their mean")


def one_per_item(passages: Sequence[CellPassage], items: Sequence[str]) -> bool:
    """Whether the cells and the items a claimed mean lists pair up one to one, each cell's
    own header words (those not every cell's path has) all printed in its item: "authors,
    bibliography years and bibliography authors" is not answered by the cells "title",
    "bibliography years" and "bibliography authors"."""
    if len(passages) != len(items) or len(items) > 6:
        return False  # (more than six items: not weighed, 720 orders at most)
    varying = 0 if len({passage.paths[0] for passage in passages}) > 1 else 1
    paths = [set(header_words(" ".join(passage.paths[varying]))) for passage in passages]
    common = set.intersection(*paths)
    printed = [{word.word.casefold()[:5] for word in header_words(item)} for item in items]
    fits = [[number for number, words in enumerate(printed)
             if all(word.word.casefold()[:5] in words for word in path - common)]
            for path in paths]
    return any(all(order[cell] in fits[cell] for cell in range(len(passages)))
               for order in permutations(range(len(items))))


def told_apart(passages: Sequence[CellPassage], words: ClaimWords) -> bool:
    """Whether the claim can say each cell to average by a word of its own: each cell gets a
    distinct claim word among those that say a header word of its path that not every cell's
    path has ("direct citations" for "Cite", "co-citations" for "Co-Cite"). A cell said only
    by the words that say another ("Linked bib. entries" by "Bibliography entries") may be
    one the claim does not mean, and its value would move the mean (mutation benchmark,
    "mean" kind: 2020.acl-main.447 Table 4)."""
    varying = 0 if len({passage.paths[0] for passage in passages}) > 1 else 1
    caption = passages[0].table.caption
    paths = [set(header_words(" ".join(passage.paths[varying]))) for passage in passages]
    common = set.intersection(*paths)
    options = []
    for path in paths:
        positions: set[int] = set()
        for word in path - common:
            positions |= words.names(word, caption=caption) or set()
        options.append(sorted(positions))
    taken: dict[int, int] = {}  # claim word -> cell, a matching grown one cell at a time

    def place(cell: int, seen: set[int]) -> bool:
        for position in options[cell]:
            if position in seen:
                continue
            seen.add(position)
            if position not in taken or place(taken[position], seen):
                taken[position] = cell
                return True
        return False

    return all(place(cell, set()) for cell in range(len(passages)))
