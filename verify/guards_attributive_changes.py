"""A claim's verb of change that the supporting sentence prints only before another noun
(probe37b, round 37: Mausbach et al., Health Psychology 31:4 (2012), discussion, p. 437).

"Caregivers' FMD increased significantly over time" (false: FMD decreased over time) was
confirmed by "... we found that caregiver stress and increased engagement in leisure activities
were associated with fluctuations in FMD over time such that FMD was significantly higher in
years when participants reported lower stress and increased leisure satisfaction": the sentence
says "increased" twice, both times of something else ("increased engagement", "increased
leisure satisfaction"), set as an adjective before its noun. Psychology and medicine write
their predictors so ("increased stress", "reduced dilation"), and a change said of a predictor
is no change of the claim's outcome.

The rule (`only_attributive`): the claim says its subject changed, a verb of change ("increased",
"decreased", "declined", "improved", "reduced", "worsened") ending the clause or followed by an
adverb or preposition ("increased significantly", "decreased over time"); the supporting
sentence (its first quote) prints that verb, and every time right before another word that is
not the claim's, as a modifier of that word: a participle in "-ed" after a conjunction,
preposition, article or possessive ("and increased engagement", "with reduced dilation"); after
a subject it is a verb ("pretraining improved downstream accuracy"). The sentence then says
the change of another thing, and supports nothing. It only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import undecide_by_sentence

__all__ = ["guard_attributive_changes", "only_attributive"]

_STEMS = ("increas", "decreas", "declin", "improv", "reduc", "worsen")
_CHANGE = re.compile(rf"\b((?:{'|'.join(_STEMS)})(?:ed|es|e|ing)?)\b", re.I)
# What follows a verb of change used as the predicate: an adverb, a preposition, the end.
_PREDICATE_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$|\b(?:significantly|markedly|substantially|slightly|steadily|sharply|"
    r"over|by|from|to|in|with|across|during|after|throughout|each|per|as|when|than)\b)", re.I)
_FUNCTION = frozenset((
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "by", "from", "with", "over",
    "across", "during", "after", "as", "when", "than", "that", "which", "significantly",
    "markedly", "substantially", "slightly", "steadily", "sharply", "is", "was", "were", "be",
    "been", "risk", "per", "each", "throughout"))


# Words before a participle that is a modifier of the noun after it ("and increased engagement",
# "with reduced dilation"); after a subject the word is a verb ("pretraining improved accuracy").
_MODIFIER_BEFORE = frozenset((
    "and", "or", "with", "of", "the", "a", "an", "in", "to", "by", "for", "from", "but", "more",
    "greater", "less", "their", "its", "his", "her", "our"))


def _stem(word: str) -> str | None:
    return next((stem for stem in _STEMS if word.casefold().startswith(stem)), None)


def only_attributive(claim_text: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's verb, the word the sentence sets it before) when the claim predicates a
    change of its subject and the sentence prints that verb only as a modifier of other
    words; else None."""
    claimed = [match for match in _CHANGE.finditer(claim_text)
               if _PREDICATE_AFTER.match(claim_text, match.end())]
    if not claimed:
        return None
    stem = _stem(claimed[0][1])
    claim_words = {word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z\-']+", claim_text)}
    printed = [match for match in _CHANGE.finditer(sentence) if _stem(match[1]) == stem]
    if not printed:
        return None
    modified = []
    for match in printed:
        before = re.findall(r"[A-Za-z]+", sentence[:match.start()])[-1:]
        if not match[1].casefold().endswith("ed") or not before \
                or before[0].casefold() not in _MODIFIER_BEFORE:
            return None  # a verb ("pretraining improves downstream accuracy"), not a modifier
        after = re.match(r"\s+([A-Za-z][A-Za-z\-]+)", sentence[match.end():])
        if after is None or after[1].casefold() in _FUNCTION or after[1].casefold() in claim_words:
            return None
        modified.append(after[1])
    return claimed[0][1], modified[0]


def guard_attributive_changes(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose sentence prints the claim's verb of change
    only before other nouns (module docstring). In place."""
    if not _CHANGE.search(claim.text):
        return

    def why(quote: str) -> str | None:
        found = only_attributive(claim.text, quote)
        return None if found is None else (
            f"The sentence says \u201c{found[0]}\u201d only of another thing "
            f"(\u201c{found[0]} {found[1]}\u201d), not of the claim's")

    undecide_by_sentence(checks, why)
