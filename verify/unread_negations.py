"""A negation the polarity reader did not attribute still denies what it stands inside.

"This dichotomy in task semantics does not seem to play a role in deciding which method is
better" (Zhang et al., arXiv:1509.01626, page 8) is read as an unnegated increase: its only
direction word, "better", sits in the embedded "which method is better", beyond the five words
a verbal negation reaches (extract/polarity.py), and "does not seem to play" has no direction
word of its own. The claim "the semantics of the tasks play a role in deciding which method is
better", every word of which the sentence prints, agreed with that reading and was confirmed,
although the sentence denies it.

The general fact: when neither the claim nor the sentence is read as negated, but the sentence
prints a verbal negation ("not", "never", "cannot", "-n't"; not "not only", "whether or not")
between the words it shares with the claim (after the first of them and before the last) within
one phrase (no comma, semicolon, colon or bracket between them), the negation stands inside
what the claim asserts: the sentence decides nothing
(`unread_negation`; withheld, not read as a contradiction: the reader did not place it).

A subject set off from its verb by a parenthetical keeps the verb's negation. "The algorithm by
(Praczyk and Nogueras-Iso 2013), although achieving high results on the domain of high energy
physics (HEP), did not generalize well to the domain of computer science papers, achieving much
lower recall and precision" (Clark and Divvala, Looking Beyond Text, 2015, page 6) confirmed
the false claim "The algorithm by Praczyk and Nogueras-Iso generalized well to the domain of
computer science papers": the sentence's direction is its tail's "lower", which nothing negates,
and the "not" stands first in its phrase, before every word it shares with the claim, so no
shared word precedes it there. Papers put a concession ("although ...", "despite ...") or an
apposition between a subject and its negated verb. So, for a claim without numbers (a claim
with numbers is decided by them), a verbal negation at most `_VERB_REACH` words before the first
word a phrase shares with the claim (a common verb counts: "generalize"), where that phrase holds
at least two of the claim's distinctive words and the sentence before the phrase holds another
(the subject), also stands inside what the claim asserts (`unread_negated_predicate`, asked
after the older clause rules of verify/negated_clauses.py, whose explanations are more
specific).
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Sentence

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "unread_negated_predicate", "unread_negation"]

EXPLANATION = "it prints a negation (\u201cnot\u201d) among the words it shares with the claim"

_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
_SEGMENT = re.compile(r"[,;:()]")  # a negation scopes over its own phrase (negation_scope.py)
_NEGATIONS = frozenset(("not", "never", "cannot"))
_NOT_DENYING = {("not", "only"), ("or", "not"), ("if", "not")}
_VERB_REACH = 2
"""Words a negation may stand before the verb it denies: "did not generalize", "does not
really use"."""


def _negation(words: list[str], position: int) -> bool:
    word = words[position]
    if not (word in _NEGATIONS or word.endswith(("n't", "n\u2019t"))):
        return False
    after = words[position + 1] if position + 1 < len(words) else ""
    before = words[position - 1] if position else ""
    return (word, after) not in _NOT_DENYING and (before, word) not in _NOT_DENYING


def _claimed_if_negation_unread(claim: Claim, sentence: Sentence) -> set[str] | None:
    """The claim's content terms when the sentence prints a negation word and neither the
    claim nor the sentence is read as negated (nor does the claim print one); else None."""
    if claim.negated or sentence.negated:
        return None
    text = sentence.text.casefold()
    if "not" not in text and "n't" not in text and "n\u2019t" not in text \
            and "never" not in text and "cannot" not in text:
        return None
    if re.search(r"\b(?:not|never|cannot)\b|n['\u2019]t\b", claim.text, re.IGNORECASE):
        return None
    return {term for term in content_terms(claim.text)
            if not term[0].isdigit() and term not in GENERIC}


def unread_negation(claim: Claim, sentence: Sentence) -> bool:
    """True when the sentence prints a negation between the words it shares with the claim
    while neither is read as negated (module docstring)."""
    claimed = _claimed_if_negation_unread(claim, sentence)
    if claimed is None:
        return False
    for segment in _SEGMENT.split(sentence.text):
        words = [word.casefold() for word in _WORD.findall(segment)]
        shared = [position for position, word in enumerate(words)
                  if any(term in claimed for term in content_terms(word))]
        if len(shared) >= 2 and any(_negation(words, position)
                                    for position in range(shared[0] + 1, shared[-1])):
            return True
    return False


def unread_negated_predicate(claim: Claim, sentence: Sentence) -> bool:
    """True when, for a claim without numbers, a phrase of the sentence after the one that
    holds the claim's subject opens its shared words with a negated verb, while neither the
    claim nor the sentence is read as negated (module docstring). Asked after the older
    clause rules (verify/negated_clauses.py), whose explanations are more specific."""
    if claim.quantities:
        return False
    claimed = _claimed_if_negation_unread(claim, sentence)
    if claimed is None:
        return False
    before = 0  # words the claim shares with the phrases before this one
    for segment in _SEGMENT.split(sentence.text):
        words = [word.casefold() for word in _WORD.findall(segment)]
        shared = sum(any(term in claimed for term in content_terms(word)) for word in words)
        if before and shared >= 2 and _negated_predicate(words, claim.text):
            return True
        before += shared
    return False


def _negated_predicate(words: list[str], claim_text: str) -> bool:
    """Whether the phrase opens the words it shares with the claim with a negated verb: a
    negation at most `_VERB_REACH` words before the first of them (module docstring). Here
    every content word of the claim counts, a common verb too ("generalize"): it is the verb
    the negation denies."""
    every = set(content_terms(claim_text))
    first = next((position for position, word in enumerate(words)
                  if any(term in every for term in content_terms(word))), None)
    return first is not None and any(
        _negation(words, position) for position in range(max(0, first - _VERB_REACH), first))
