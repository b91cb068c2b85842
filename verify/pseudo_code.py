"""An algorithm's steps are not a statement of a result.

Papers print algorithms as pseudo-code ("Algorithm 1 ... for t from 1 to T do ... α ← ... end
for return (α, β)"), and a PDF's text layer runs such a float into the sentence beside it. Its
numbers are loop bounds, initial values and constants ("from 1 to T", "1/(K + 1)"), never
findings: arXiv:1103.5254's Algorithm 1 confirmed "performed well after only 1% of the game"
through its "1".

The general fact: a passage that prints an assignment arrow together with a control keyword,
or two kinds of control keywords ("for ... do", "end for", "return", "Input:"), is pseudo-code,
and a source check that quotes it decides nothing (`guard_pseudo_code`). One keyword alone is
prose ("we return to this in Section 5", "for each task we do ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind

from .undecided import DECIDING, decided, undecide

_ASSIGNMENT = re.compile(r"\u2190|\u27f5|:=")
_CONTROL = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\bend\s?(?:for|while|if|procedure|function|loop)\b",
    r"\b(?:for|while)\b[^.;]{1,80}?\bdo\b",
    r"\breturn\b",
    r"\b(?:input|output|require|ensure)\s*:",
    r"/\*.*?\*/",
))


def is_pseudo_code(text: str) -> bool:
    """Whether `text` prints an algorithm's steps (module docstring)."""
    kinds = sum(1 for pattern in _CONTROL if pattern.search(text))
    return kinds >= 2 or (kinds >= 1 and bool(_ASSIGNMENT.search(text)))


def guard_pseudo_code(checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose quoted passage is pseudo-code. In place."""
    for check in decided(checks, CheckKind.source, DECIDING):
        if any(is_pseudo_code(evidence.quote or "") for evidence in check.evidence):
            undecide(check, "Not decided: the passage is an algorithm's steps (pseudo-code), "
                            "whose numbers are loop bounds and constants, not results")
