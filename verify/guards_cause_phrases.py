"""A claim that gives a cause in so many words ("X is what lifts Y", "Y is owed to X", "Y stems
from X") is not confirmed by a passage or a cell that only prints its numbers.

`content_words._CAUSAL` lists the words by which a claim gives a cause or a purpose ("because",
"due to", "thanks to", "lets", "enables"), and the source check then asks the passage to state a
cause too; a table never states one (`reference_checks.table_checks`). A cleft sentence gives a
cause with none of those words: "The CRF model's gain on out-of-both-vocabulary entities is what
lifts its overall NER F1 to 91.21" was confirmed by arXiv:1603.01354's "obtaining 97.55%
accuracy for POS tagging and 91.21% F1 for NER" (heldout14's first run), a sentence that says
nothing of why.

`cause_phrase` reads the constructions: "is / are / was / were what <verb>" (a cleft whose verb
brings the result about: "lifts", "drives", "makes", ...), "owe(s/d) ... to" and "stem(s/med)
from". `guard_cause_phrases` sets aside each supporting check, of the source or the tables, none
of whose quotes states a cause (a word of `_CAUSAL` or one of these constructions). A number the
paper prints otherwise still contradicts. It only undecides; it names no paper, table or number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .content_words import _CAUSAL
from .undecided import SUPPORTING, undecide

__all__ = ["cause_phrase", "guard_cause_phrases"]

# A cleft whose verb brings a result about ("is what lifts", "was what drove"); "are what
# remained" is no cause.
_CLEFT = re.compile(r"\b(?:is|are|was|were)\s+what\s+(?:really\s+|mainly\s+|most\s+)?"
                    r"(?:lift|drive|drove|driven|make|made|give|gave|bring|brought|push|raise|"
                    r"boost|improve|help|lead|led|account|produce|yield|keep|kept|allow|"
                    r"enable|let|cause|explain)(?:s|es|ed|d)?\b", re.IGNORECASE)
_OWED = re.compile(r"\bow(?:e|es|ed|ing)\b[^.;]*?\bto\b|\bstem(?:s|med|ming)?\s+from\b",
                   re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def cause_phrase(text: str) -> str | None:
    """The words by which `text` gives a cause in a construction `_CAUSAL` does not list ("is
    what lifts", "owed to", "stems from"), or None."""
    match = _CLEFT.search(text) or _OWED.search(text)
    return match.group() if match else None


def _states_cause(text: str) -> bool:
    return bool(cause_phrase(text)) or any(word.casefold() in _CAUSAL
                                           for word in _WORD.findall(text))


def guard_cause_phrases(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting check that states no cause, for a claim that gives one in a
    construction of its own (module docstring). In place."""
    phrase = cause_phrase(claim.text)
    if phrase is None:
        return
    for check in checks:
        if not check.decisive or check.outcome not in SUPPORTING:
            continue
        if any(_states_cause(evidence.quote or "") for evidence in check.evidence):
            continue
        undecide(check, f"Not confirmed: the claim gives a cause (\u201c{phrase}\u201d), and "
                        f"the evidence only prints its numbers", joint=": ")
