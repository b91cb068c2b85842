"""A statement the paper prints again, with another number, in another section (held out 19,
round 19).

The ByteNet paper (Kalchbrenner et al., arXiv:1610.10099, page 6) describes its two models in
the same words: "The number of hidden units d is 512." in section 5, Character Prediction (the
language model), and "The number of hidden units d is 800." in section 6, Character-Level
Machine Translation. The claim "For language modelling the ByteNet decoder uses 800 hidden
units" was confirmed by the second sentence: it prints 800, "hidden" and "units", and "language"
and "decoder" are words of its section too ("the target language", "30 residual blocks in the
decoder"). But the claim's "modelling" is the other section's word.

The general fact about how papers are written: experiments on several tasks repeat one
sentence of settings ("the batch size is N", "we use a dropout rate of N") in each task's
section with that task's number. Such a sentence says which number belongs to which setting
only through its section. When the paper prints the confirming sentence again, word for word
but for its numbers, in another section with another number, the claim decides between them by
the words it adds to the sentence: if one of those words is printed in the other section and
not in this one, and none is printed in this section and not the other, the claim speaks of
the other section's setting, and the sentence decides nothing (`guard_restated_values`). Words
are read by stem and adjacent pairs by their first letters, so "the language model uses 800
hidden units" names section 5's "language modelling" though "language" and "model" are words
of section 6 too. A claim that names neither section's words keeps the sentence's verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .paper_memo import per_paper
from .sibling_sections import stem
from .undecided import SUPPORTING, decided, undecide

__all__ = ["guard_restated_values", "restated_elsewhere"]

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_WORD = re.compile(r"[A-Za-z]{5,}")
_MIN_TEMPLATE = 20  # characters of a sentence's words, numbers aside, to count as a statement


def _template(text: str) -> str:
    return " ".join(_NUMBER.sub("#", text.casefold()).split()).rstrip(".")


_ANY_WORD = re.compile(r"[A-Za-z]+")


def _stems(text: str) -> frozenset[str]:
    """The words' stems (sibling_sections.stem), and each pair of adjacent words of four
    letters or more by their first five letters: "language model" and "language modelling"
    are one pair, where "model" and "modelling" are two stems."""
    words = [word.casefold() for word in _ANY_WORD.findall(text)]
    pairs = {f"{first[:5]} {second[:5]}" for first, second in zip(words, words[1:], strict=False)
             if len(first) >= 4 and len(second) >= 4}
    return frozenset(stem(word) for word in _WORD.findall(text)) | pairs


class _Restated:
    """Per paper: each numbered sentence's template -> [(section, numbers)], and each section's
    word stems."""

    def __init__(self, paper: Paper) -> None:
        self.statements: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        texts: dict[str, list[str]] = {}
        for sentence in paper.sentences:
            section = sentence.section or ""
            texts.setdefault(section, []).append(sentence.text)
            if not any(character.isdigit() for character in sentence.text):
                continue
            template = _template(sentence.text)
            if len(template.replace("#", "")) >= _MIN_TEMPLATE:
                numbers = tuple(_NUMBER.findall(sentence.text))
                self.statements.setdefault(template, []).append((section, numbers))
        self.repeated = {template: found for template, found in self.statements.items()
                         if len({numbers for _, numbers in found}) > 1}
        self._texts = texts
        self._stems: dict[str, frozenset[str]] = {}

    def section_stems(self, section: str) -> frozenset[str]:
        if section not in self._stems:
            self._stems[section] = _stems(" ".join(self._texts.get(section, ())))
        return self._stems[section]


def restated_elsewhere(claim_text: str, quote: str, section: str,
                       restated: _Restated) -> str | None:
    """The other section that prints `quote` again with other numbers and whose words the
    claim names while `section` lacks them (module docstring), or None."""
    found = restated.repeated.get(_template(quote))
    if not found:
        return None
    own_numbers = tuple(_NUMBER.findall(quote))
    said = _stems(claim_text) - _stems(quote)
    if not said:
        return None
    own = restated.section_stems(section)
    for other, numbers in found:
        if other == section or numbers == own_numbers:
            continue
        theirs = restated.section_stems(other)
        if said & (theirs - own) and not said & (own - theirs):
            return other
    return None


def guard_restated_values(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose sentence the paper prints again with other
    numbers in a section the claim's words point to (module docstring). In place."""
    supporting = list(decided(checks, CheckKind.source, SUPPORTING))
    if not supporting:
        return
    restated = per_paper(paper, "restated_values", _Restated)
    if not restated.repeated:
        return
    for check in supporting:
        for evidence in check.evidence:
            other = restated_elsewhere(claim.text, evidence.quote, evidence.location or "",
                                       restated)
            if other is not None:
                undecide(check, f"The passage is printed again with another number in section "
                                f"{other}, whose subject the claim names")
                break
