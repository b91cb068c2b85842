"""A name in brackets after a phrase is that phrase's own name: another one is another thing.

Papers introduce a method by its description and its short name in brackets: "(3) Distance
metric (DM) method [5]". A claim that copies the description with another short name in the
brackets ("Distance metric (MIMLSVM) method") names another method, even when the paper prints
that other name nearby: the mutation benchmark's name swaps were confirmed by a sentence whose
neighbour lent the swapped-in name (ding11).

The general fact: a word followed by a bracketed name binds that name. When the claim and the
quoted sentence print the same word each followed by a bracketed name, and the names differ
(case aside), the sentence does not say what the claim says, and a supporting source check
decides nothing (`guard_bracketed_names`). Citations in brackets ("[5]", "(Smith, 2020)") and
brackets holding numbers are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

# A word, then a short name in round brackets: letters first, no spaces, no digits only.
_BRACKETED = re.compile(r"([A-Za-z][\w\-]*)\s+\(([A-Za-z][\w\-+.\u00b3]{0,14})\)")


def bracketed_names(text: str) -> dict[str, set[str]]:
    """Each word followed by a bracketed name, with the names it is followed by (lower case)."""
    found: dict[str, set[str]] = {}
    for match in _BRACKETED.finditer(text):
        found.setdefault(match.group(1).casefold(), set()).add(match.group(2).casefold())
    return found


def swapped_name(claim_text: str, sentence_text: str) -> tuple[str, str] | None:
    """(the claim's name, the sentence's) for a word both print with different bracketed
    names and never with the same one; None otherwise."""
    mine, theirs = bracketed_names(claim_text), bracketed_names(sentence_text)
    for word, names in mine.items():
        other = theirs.get(word)
        if other and not names & other:
            return sorted(names)[0], sorted(other)[0]
    return None


def guard_bracketed_names(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quoted sentence brackets another name after
    a word the claim brackets (module docstring). In place."""
    for check in supporting_sources(checks):
        for evidence in check.evidence:
            swapped = swapped_name(claim.text, evidence.quote or "")
            if swapped is not None:
                undecide(check, f"Not confirmed: the claim names '({swapped[0]})' where the "
                                f"paper prints '({swapped[1]})'")
                break
