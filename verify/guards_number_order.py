"""Precision guard: a claim worded like its passage that puts the passage's numbers in other
places.

A synthesis often copies a sentence and moves its numbers: "we train on the 500 training images
and classify the 4500 test images" for the paper's "the 4500 training images and ... the 500
test images" (ding11), "SPECTER's homogeneity and completeness are 0.19 and 0.72 compared with
SciBERT's 0.41 and 0.63" for the paper's 0.41 and 0.72 against 0.19 and 0.63 (2020.acl-main.207).
Every number of the claim is printed in the passage, the words are the passage's, so the
number-by-number reading agreed and the claim was confirmed; the mutation benchmark's
"sentence numbers swapped" claims found seven such confirmations in seven papers.

The general fact: when a claim follows its passage word for word around a number (the same
words right before and right after it, inside one stretch of the two texts that agrees token
for token), that number stands in the passage's place, and it must be the passage's number
there. A claim whose number differs from the one printed in that place, while the passage
prints the claim's number elsewhere, has moved it: the passage gives it for another thing, and
never supports the claim (`guard_moved_numbers`). Only claims that follow their passage closely
(most of the claim's words in stretches shared with it) are read this way: a paraphrase that
reorders its clauses lines up other numbers with each other, which says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")
NUMBER = "<n>"
CLOSE = 0.8  # the share of the claim's tokens in stretches shared with the passage


def _tokens(text: str) -> tuple[list[str], list[float | None]]:
    """The words (case-folded) and numbers of `text`, numbers masked, and each token's value."""
    masked: list[str] = []
    values: list[float | None] = []
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            masked.append(NUMBER)
            values.append(float(token.rstrip(".").replace(",", "")))
        else:
            masked.append(token.casefold())
            values.append(None)
    return masked, values


def moved_number(claim: str, passage: str) -> tuple[float, float, str] | None:
    """(the claim's number, the passage's number in its place, the words around it) when the
    claim follows `passage` closely and puts a number of the passage where the passage prints
    another one (module docstring); else None."""
    mine, my_values = _tokens(claim)
    theirs, their_values = _tokens(passage)
    if my_values.count(None) == len(my_values) or len(mine) < 4:
        return None
    printed = {value for value in their_values if value is not None}
    blocks = SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks()
    if sum(block.size for block in blocks) < CLOSE * len(mine):
        return None
    for start, other, size in blocks:
        for offset in range(1, size - 1):  # a word on each side inside the shared stretch
            said, there = my_values[start + offset], their_values[other + offset]
            if said is None or there is None or said == there or said not in printed:
                continue
            around = " ".join(mine[start + offset - 1:start + offset + 2])
            return said, there, around
    return None


def _shown(value: float) -> str:
    return f"{value:g}"


def guard_moved_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quoted passage prints one of the claim's
    numbers in another place than the claim, worded alike (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            moved = moved_number(claim.text, evidence.quote or "")
            if moved is not None:
                said, there, around = moved
                undecide(check, f"Not confirmed: worded like the passage, the claim gives "
                                f"{_shown(said)} where the passage prints {_shown(there)} "
                                f"(\u201c{around.replace(NUMBER, _shown(said))}\u201d); the "
                                f"passage gives {_shown(said)} for something else")
                break
