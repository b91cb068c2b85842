"""A passage about a sibling of the claim's two-word name: "Google Analytics" for "Google
Finance" (probe24b: Chang et al., Bigtable, OSDI 2006).

"Google Finance stores 300 TB of data in Bigtable" (unverifiable: the paper names Google
Finance among Bigtable's users, never its size) was contradicted by "The raw click table (~200
TB) maintains a row for each end-user session", a sentence of section 8.1 "Google Analytics".
The sentence names no product; its section does, and it is another one.

Papers name related things by a shared first word and a second of their own ("Google
Analytics", "Google Earth", "Google Finance"). The general fact: when a claim prints such a
two-word name (two capitalised words, the first no function word) that the paper prints too,
and a decisive passage (its quote with its section heading) prints neither that name nor its
second word, but prints a name of the same first word with another capitalised second word,
the passage speaks of the sibling, and it decides nothing either way
(`guard_sibling_names`). It names no paper or name; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .paper_memo import per_paper
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_sibling_names", "sibling_name"]

_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][A-Za-z]+)\b")
_FUNCTION = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "Of", "To", "From", "By", "With", "And", "Or",
     "But", "This", "That", "These", "Those", "Our", "We", "It", "Its", "Their", "They", "Each",
     "All", "Both", "Some", "Table", "Figure", "Section", "As", "If", "When", "While", "Since",
     "Unlike", "Like"])


def _paper_text(paper: Paper) -> str:
    return " ".join(sentence.text for sentence in paper.sentences)


def sibling_name(first: str, second: str, text: str) -> str | None:
    """A name "first X" that `text` prints, X another capitalised word than `second`, when
    `text` prints neither "first second" nor `second`; else None."""
    if re.search(rf"\b{re.escape(second)}\b", text):
        return None
    for match in _NAME.finditer(text):
        if match.group(1) == first and match.group(2) != second:
            return match.group()
    return None


def guard_sibling_names(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each decisive source check whose passage names a sibling of the claim's
    two-word name and not the name (module docstring). In place."""
    names = [match.groups() for match in _NAME.finditer(claim.text)
             if match.group(1) not in _FUNCTION and match.group(2) not in _FUNCTION]
    if not names:
        return
    text = per_paper(paper, "sentence_text", _paper_text)
    names = [(first, second) for first, second in names if f"{first} {second}" in text]
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        passage = " ".join(filter(None, (piece for evidence in check.evidence
                                         for piece in (evidence.quote, evidence.location))))
        for first, second in names:
            other = sibling_name(first, second, passage)
            if other is not None:
                undecide(check, f"Not decided: the passage speaks of {other}, not of "
                                f"{first} {second}")
                break
