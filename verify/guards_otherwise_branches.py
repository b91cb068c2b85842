"""A claim that joins the condition of a passage's "if ..., A; otherwise B" to its B (round 31).

"An output box is considered incorrect if the overlap score exceeds 0.80" (false) was confirmed
by "If the overlap score exceeds 0.80, we consider the output box to be correct, otherwise it is
marked as incorrect" (Clark and Divvala, 2015, page 5; benchmarks/mutation_probes.py found it):
the sentence prints every word of the claim and no negation, so no rule saw that the claim gives
the "otherwise" branch's outcome to the first branch's condition.

`otherwise_word` reads the claim's sentence of the passage (`claim_stretches.claims_sentences`)
in two at its "otherwise": when a content word of the claim is printed only after it, while two
or more others are printed only before it, the claim mixes the two branches, and the passage
supports nothing. A claim that says a negation or a bound ("not", "below", "less") may speak of
the second branch in its own words ("a box whose score does not exceed 0.80 is marked
incorrect"), and is left alone. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .claim_stretches import claims_sentences
from .passages import content_terms
from .undecided import supporting_sources, undecide

__all__ = ["guard_otherwise_branches", "otherwise_word"]

_OTHERWISE = re.compile(r"\botherwise\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|below|under|less|fewer|fails?|"
                       r"unless|without|otherwise)\b|n['\u2019]t\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def otherwise_word(claim_text: str, quote: str) -> str | None:
    """The claim's word that the passage prints only in the branch after its "otherwise",
    when two or more other words of the claim stand only before it (module docstring); else
    None."""
    if not _OTHERWISE.search(quote) or _NEGATION.search(claim_text):
        return None
    sentence = claims_sentences(claim_text, quote)
    match = _OTHERWISE.search(sentence)
    if match is None:
        return None
    claimed = set(content_terms(claim_text))
    first = set(content_terms(sentence[:match.start()]))
    second = set(content_terms(sentence[match.end():]))
    only_second = (claimed & second) - first
    if not only_second or len((claimed & first) - second) < 2:
        return None
    return next((word for word in _WORD.findall(claim_text)
                 if set(content_terms(word)) & only_second), sorted(only_second)[0])


def guard_otherwise_branches(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage says a word of the claim only in
    the "otherwise" branch of a sentence whose first branch holds the claim's other words
    (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            word = otherwise_word(claim.text, evidence.quote or "")
            if word is not None:
                undecide(check, f"Not confirmed: the passage says \u201c{word}\u201d only after "
                                "its \u201cotherwise\u201d, of the other case than the claim's")
                break
