"""A claimed mean of things the claim lists: how many things, and what one cell cannot say of it.

"The average Recall of authors, bibliography years and bibliography authors is 95.70" states the
mean of three cells. Two wrong contradictions came from reading it otherwise (mutation
benchmark, "mean" kind, N18-3011 Tables 1 and 3): the cell arithmetic averaged the two cells it
could single out ("authors" is said inside "bibliography authors" too, so its row was not
picked) and contradicted with their mean; and "The average F1 of Avg. of 15 models with LM and
With LM is 54.65" was contradicted by the one cell "Avg. of 15 models with LM", the claim's own
first item. The general facts:

- a mean of a listed set is the mean of one cell per item: averaging more or fewer cells, or
  a cell no item names, answers another question (`listed`, used by verify/cell_arithmetic.py);
- a mean of two or more listed things is the value of none of them: the cell of one of the
  things listed neither supports nor contradicts it (`guard_listed_means`).

Only a coordinated list counts ("of A, B and C", "A and B have a mean"); a set named as a whole
("across all tasks and metrics", "over the four relations") is left to the readers of Avg
columns and line means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

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
