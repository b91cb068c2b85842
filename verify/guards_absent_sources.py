"""A sentence that names the claim's component only as absent ("without ELMo") decides nothing
about a claim of the variant with it (red team 12, round 21).

"The SRL model with ELMo was trained for 20 epochs" (not stated) was contradicted by "For
example, the SRL model reaches a maximum development F1 after 486 epochs of training without
ELMo" (Peters et al., arXiv:1802.05365, page 8): the sentence's count is the baseline's, the
variant without the component the claim names. Papers set the two variants side by side in
one paragraph ("without ELMo ... After adding ELMo ..."), so a sentence's number is of the
variant it names: when the claim's word is printed in the quoted sentence only inside a
"without X" / "w/o X" phrase, and the claim itself says no "without", "w/o", "no" or "not",
the sentence speaks of the other variant and neither confirms nor contradicts the claim.

`guards_negated_words.absent_only` already withholds support from such a sentence for words
of five letters or more. This guard covers what it leaves: contradictions (any word of four
letters or more), and support through a short name (under five letters, with a capital after
its first letter: "ELMo", "CoVe", "BERT"), the usual spelling of a component in ML papers. It
only withholds, and names no paper, system or word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Outcome

from .guards_negated_words import _CLAIM_NEGATION
from .undecided import decided, undecide

__all__ = ["absent_component", "guard_absent_sources"]

_ARTICLE = r"(?:(?:a|an|the|any)\s+)?"
_ABSENT = re.compile(rf"(?<![\w/])(?:without|w/o)[\s\-]+{_ARTICLE}([A-Za-z][\w\-]*)",
                     re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_PREFIX = 6


def _key(word: str) -> str:
    return word.casefold()[:_PREFIX]


def _short_name(word: str) -> bool:
    """A name of under five letters spelt with a capital after its first letter."""
    return len(word) < 5 and any(char.isupper() for char in word[1:])


def absent_component(claim_text: str, quote: str, short_names_only: bool = False) -> str | None:
    """The claim's word that `quote` prints only inside a "without X" / "w/o X" phrase, when
    the claim itself negates nothing; with `short_names_only`, only such a word that is a short
    name (`_short_name`). Else None."""
    if _CLAIM_NEGATION.search(claim_text):
        return None
    absent = list(_ABSENT.finditer(quote))
    if not absent:
        return None
    rest = {_key(word) for word in _WORD.findall(_ABSENT.sub(" ", quote))}
    claimed = {_key(word): word for word in _WORD.findall(claim_text)}
    for match in absent:
        word = match.group(1)
        if len(word) < 4 or _key(word) in rest or _key(word) not in claimed:
            continue
        if short_names_only and not _short_name(word):
            continue
        if len(word) < 5 and not _short_name(word):
            continue
        return claimed[_key(word)]
    return None


def guard_absent_sources(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose quoted sentence prints a word of the claim
    only as absent (module docstring): any contradiction, and support through a short name
    (longer words are `guards_negated_words`'s). The neighbours quoted beside the sentence are
    not read. In place."""
    for check in list(decided(checks, CheckKind.source,
                              (Outcome.supported, Outcome.confirmed, Outcome.contradicted))):
        quotes = [evidence.quote for evidence in check.evidence
                  if evidence.quote and not (evidence.note or "").startswith("neighbour")]
        if not quotes:
            continue
        short = check.outcome != Outcome.contradicted
        word = absent_component(claim.text, quotes[0], short_names_only=short)
        if word is not None:
            undecide(check, f"The passage prints \u201c{word}\u201d only as absent (without "
                            f"it): its number is of the other variant than the claim's")
