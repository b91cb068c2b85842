"""Two readings of a passage that only withhold a confirmation (round 27, probe27a: Rayner et
al., "A Multilingual Platform for Building Speech-Enabled Language Courses", ISCA SLaTE 2010).

Ordinal referents. "The singular nouns lesson is intended to be done near the end of the
course" (false) was confirmed by "Figure 2 shows examples of two French lesson definitions, for
singular nouns and times respectively. The first is intended to be done early in the course,
...; the second is intended to be done near the end, ...": the claim's subject is in the
sentence before, and the sentence that says what it asserts speaks of "the first" and "the
second" of a list. Which clause is about the claim's subject the words cannot tell; a sentence
that refers to two things by "the first" and "the second" (or "the former" and "the latter")
decides nothing about a claim that names neither ordinal (`ordinal_referents`), nor a number: a
claim with a number is decided by its number checks (its first version withheld a right
confirmation of "130 abstracts" beside "the former ... the latter": probe22b's Berardi et al.).

Opposite words. "Nuance 8.5 and Nuance 9.0 are very similar, sharing a common codebase" (false)
was confirmed by its version numbers in "Despite the similarity of names, Nuance 8.5 and Nuance
9.0 are very different, deriving from separate codebases". A passage that prints the opposite
of a word the claim asserts of its subject (different for similar, separate for common) in the
same place (after the same word: "very similar" / "very different") and never the claim's own
word asserts the opposite (`swapped_opposite`). This reads claims with numbers, but only the
numbers' names: every number of such a claim must follow a capitalised name ("Nuance 8.5": a
version, not a measured value), or the claim must have no number (round 26: word-swap guards
cost right verdicts of measured numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import SUPPORTING, undecide_by_evidence

# An ordinal standing for a noun: followed by punctuation, a verb or "one" ("the first is",
# "the latter, ..."), not by its noun ("the first layer").
_ORDINALS = re.compile(
    r"\bthe\s+(first|second|third|former|latter)(?:\s+one)?(?=\s*[,;:.)]|\s+(?:is|was|are|"
    r"were|has|have|had|can|could|will|would|should|may|might|must|does|did|gives?|gave|"
    r"uses?|used|shows?|showed)\b)", re.IGNORECASE)
_CLAIM_ORDINAL = re.compile(r"\b(?:first|second|third|former|latter)\b", re.IGNORECASE)
_ANY_NUMBER = re.compile(r"\d")

ORDINAL_EXPLANATION = ("Not confirmed: the passage says it of \u201cthe {one}\u201d and "
                       "\u201cthe {two}\u201d of a list, and the claim names neither")


def ordinal_referents(claim_text: str, quote: str) -> tuple[str, str] | None:
    """Two ordinal referents of `quote` ("the first", "the second") when the claim names no
    ordinal (module docstring); else None."""
    if _CLAIM_ORDINAL.search(claim_text) or _ANY_NUMBER.search(claim_text):
        return None  # a claim with a number is decided by its number checks
    found = []
    for match in _ORDINALS.finditer(quote):
        word = match[1].lower()
        if word not in found:
            found.append(word)
    return (found[0], found[1]) if len(found) >= 2 else None


# Words and their opposites that a report may swap: a likeness and a difference, a shared thing
# and a separate one.
OPPOSITE_PAIRS: tuple[tuple[str, str], ...] = (
    ("similar", "different"), ("same", "different"), ("identical", "different"),
    ("common", "separate"), ("shared", "separate"), ("similar", "dissimilar"),
)
_OPPOSITES: dict[str, set[str]] = {}
for _one, _two in OPPOSITE_PAIRS:
    _OPPOSITES.setdefault(_one, set()).add(_two)
    _OPPOSITES.setdefault(_two, set()).add(_one)
_WORD = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"(?<![\w.])(?P<before>[A-Za-z][\w-]*\s+)?\d+(?:\.\d+)*(?![\w.]*\d)")
# Words of the claim's opposite word's family that the passage may print for it.
_SENSES = {"similar": ("similar", "similarly", "alike"), "same": ("same",),
           "identical": ("identical",), "common": ("common",), "shared": ("shared", "share"),
           "different": ("different", "differ"), "separate": ("separate",),
           "dissimilar": ("dissimilar",)}

SWAP_EXPLANATION = ("Not confirmed: the claim says \u201c{before} {mine}\u201d where the "
                    "passage says \u201c{before} {theirs}\u201d")


def _names_only(claim_text: str) -> bool:
    """Whether every number of the claim follows a capitalised name ("Nuance 8.5")."""
    for match in _NUMBER.finditer(claim_text):
        before = (match["before"] or "").strip()
        if not before or not before[0].isupper():
            return False
    return True


def swapped_opposite(claim_text: str, quote: str) -> tuple[str, str, str] | None:
    """(the word before, the claim's word, the passage's opposite) when `quote` prints the
    opposite of a word of the claim after the same word and never the claim's word (module
    docstring); else None."""
    if not _names_only(claim_text):
        return None
    said = _WORD.findall(claim_text.lower())
    printed = _WORD.findall(quote.lower())
    printed_set = set(printed)
    for index, word in enumerate(said):
        if word not in _OPPOSITES or index == 0:
            continue
        if printed_set & set(_SENSES.get(word, (word,))):
            continue
        before = said[index - 1]
        for position, other in enumerate(printed):
            if other in _OPPOSITES[word] and position and printed[position - 1] == before:
                return before, word, other
    return None


def guard_referent_clauses(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage refers to a list's items by
    ordinals, or swaps a word of the claim for its opposite (module docstring). In place."""
    def why(evidence) -> str | None:
        quote = evidence.quote or ""
        if (pair := ordinal_referents(claim.text, quote)) is not None:
            return ORDINAL_EXPLANATION.format(one=pair[0], two=pair[1])
        if (swap := swapped_opposite(claim.text, quote)) is not None:
            return SWAP_EXPLANATION.format(before=swap[0], mine=swap[1], theirs=swap[2])
        return None

    checks = list(checks)
    undecide_by_evidence(checks, CheckKind.source, SUPPORTING, why)
