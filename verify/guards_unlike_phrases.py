"""A sentence that names the claim's subject only after "unlike" says nothing in its favour
(red team 12, round 21).

"For WSD, the biLM's first layer is better than its top layer" (false: 67.4 against 69.0) was
confirmed by "However, unlike WSD, accuracies using the first biLM layer are higher than the
top layer, consistent with results from deep biLSTMs in multi-task training" (Peters et al.,
arXiv:1802.05365, page 8, of POS tagging). "Unlike X", "in contrast to X", "contrary to X" and
"as opposed to X" take X out of what the sentence states, as an exception phrase does
(`guards_exceptions`): the statement holds of the other thing, and, if anything, not of X. A
claim that shares every other word with the sentence is a near-perfect paraphrase to wording
and name matching. When every mention of a claim's word in the quoted sentence lies inside
such a phrase, and the claim does not put the word in one itself, the sentence confirms
nothing (it is set aside, not turned into a contradiction: which direction holds for X is the
other checks' business).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .guards_exceptions import _FRAME
from .passages import content_terms
from .undecided import supporting_sources, undecide

__all__ = ["guard_unlike_subjects", "only_unlike"]

# The phrase and what it sets apart, up to the end of its clause, at most six words.
_UNLIKE = re.compile(r"\b(?:unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\s+"
                     r"(?P<span>(?:[^\s,;:.()\[\]]+\s*){1,6})", re.IGNORECASE)


def _split(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms `text` names inside "unlike" phrases, and those it names outside."""
    inside: set[str] = set()
    outside = text
    for match in _UNLIKE.finditer(text):
        inside.update(term for term in content_terms(match.group("span"))
                      if term not in _FRAME and not term[0].isdigit())
        outside = outside.replace(match.group(0), " ")
    return frozenset(inside), frozenset(content_terms(outside))


def only_unlike(claim: str, sentence: str) -> str | None:
    """A word of `claim` that `sentence` names only inside an "unlike" phrase, which the claim
    does not set apart itself; else None."""
    if _UNLIKE.search(sentence) is None:
        return None
    inside, outside = _split(sentence)
    claim_inside, claim_outside = _split(claim)
    return next((term for term in sorted(inside - outside)
                 if term in claim_outside and term not in claim_inside), None)


def guard_unlike_subjects(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide every supporting source check whose quoted sentence (its first quote; the
    neighbours beside it are not read) names a word of the claim only after "unlike" (module
    docstring). In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        term = only_unlike(claim.text, quotes[0]) if quotes else None
        if term is not None:
            undecide(check, f"Not confirmed: the passage names '{term}' only as what its "
                            f"statement is unlike")
