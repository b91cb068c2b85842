"""A sentence that states the claim's outcome under a condition of its own, another than the
claim's.

"With all annotations, AutoNER outperforms the supervised benchmark" (contradicted: Shang et
al., arXiv:1809.03599, page 8, "when the supervised benchmark is trained with all annotations,
it achieves the performance better than AutoNER") was confirmed by "Later, with enough distantly
supervised sentences, AutoNER outperforms the supervised benchmarks" (page 8, of the learning
curve of Figure 3). Papers state a result under the condition it holds in ("with enough
distantly supervised sentences", "with 1k examples", "using the tailored dictionary"), and the
same subjects often compare the other way under another condition. A claim that states its own
condition in a "with" / "using" phrase is not decided by a sentence that opens with a "with" /
"using" phrase of another condition (the phrase first, or after one connective word, and closed
by a comma: a "with" later in a sentence often gives a manner, "with an acceptable recall
loss"): none of the claim's phrase's content words (by their first four
letters) printed anywhere in that sentence, and not every word of the sentence's phrase in the
claim.

`guard_other_conditions` undecides each decisive source check whose quoted sentence (its first
evidence; neighbours lend no condition) has such a phrase. The phrases are read as
`guards_with_phrases.with_phrases` reads a claim's. It names no paper or word; it only
withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .guards_with_phrases import with_phrases
from .undecided import DECIDING, decided, undecide

__all__ = ["guard_other_conditions", "other_condition"]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_PREFIX = 4
# a condition the sentence opens with, closed by a comma: "Later, with enough ... sentences,"
_FRONTED = re.compile(r"^\s*(?:[A-Za-z]+,\s+)?((?:with|using)\s+[^,;:()]+),", re.IGNORECASE)


def _keys(text: str) -> frozenset[str]:
    return frozenset(word[:_PREFIX].casefold() for word in _WORD.findall(text))


def other_condition(claim_text: str, quote: str) -> tuple[str, ...] | None:
    """The sentence's "with" phrase that is another condition than every "with" phrase of the
    claim, or None (module docstring)."""
    claimed = with_phrases(claim_text)
    if not claimed:
        return None
    fronted = _FRONTED.match(quote)
    stated = with_phrases(fronted.group(1)) if fronted else []
    if not stated:
        return None
    in_quote, in_claim = _keys(quote), _keys(claim_text)
    if any(word[:_PREFIX].casefold() in in_quote for words in claimed for word in words):
        return None
    return next((words for words in stated
                 if not all(word[:_PREFIX].casefold() in in_claim for word in words)), None)


def guard_other_conditions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose sentence states its result under another
    "with" condition than the claim's (module docstring). In place."""
    if "with" not in claim.text.casefold() and "using" not in claim.text.casefold():
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        if not check.evidence:
            continue
        other = other_condition(claim.text, check.evidence[0].quote)
        if other is not None:
            undecide(check, "Not decided: the sentence states its result under another "
                            f"condition (\u201cwith {' '.join(other)}\u201d) than the claim's")
