"""Precision guard: a claim confirmed by two sentences, its number from one that names another
system and its system's name from the other.

Round 37 (probe37a, Hill, Cho and Korhonen, NAACL 2016, section 2.4): "SkipThought was trained
for about 8 days" (false: two weeks) was CONFIRMED "in 2 passages": "The S(D)AE models were
trained for one epoch (\u2248 8 days)." printed the 8 days, and the next sentence, "The
SkipThought model was trained for two weeks, covering just under one epoch.", printed
"SkipThought". The source check reads a sentence with its neighbour, so each of the claim's
words was found in one of the two; but the number's own sentence is about the S(D)AE models,
and the sentence that names SkipThought gives it another duration.

The general fact: when the sentence that prints the claimed number names its own subject (the
words before its first verb, ahead of the number) by a coined name (`coined_names.coined`:
capitals inside a word, or a capital with a digit) and prints none of the claim's coined names,
the claim's system was found in a neighbour: the number belongs to another system, and the
passage does not support the claim (`split_subject`). A sentence whose subject names no coined
word ("It was trained for 8 days.", "we release ... full text extracted from PDFs for 8.1M
papers") takes its subject from its neighbour, as before; a sentence that prints a coined name
of the claim is read as before. Only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .coined_names import coined, joined
from .guards_crossed_numbers import _printed
from .undecided import supporting_sources, undecide

__all__ = ["guard_split_subjects", "split_subject"]

# The sentence's first verb: what stands before it is the sentence's subject.
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|achieves?|achieved|reach(?:es)?|reached|"
                   r"obtains?|obtained|gets?|got|scores?|scored|uses?|used|takes?|took|"
                   r"contains?|contained|consists?|consisted|performs?|performed|"
                   r"outperforms?|outperformed|yields?|yielded|gives?|gave)\b")

split_subjects_guarded = True
"""Whether a number borrowed from another system's sentence is withheld (a planted-bug test
switches it off)."""


def _number_in(text: str, number: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text)


def split_subject(claim: Claim, quotes: list[str]) -> tuple[str, str] | None:
    """(a coined name printed before the claimed number in its sentence, a coined name of the
    claim) when a quoted sentence that prints a claimed number names, before it, coined names
    none of which the claim says, and prints none of the claim's (module docstring); None
    otherwise."""
    mine = joined(coined(claim.text))
    if not mine:
        return None
    numbers = [number for quantity in claim.quantities if (number := _printed(quantity))]
    for quote in quotes:
        if coined(quote) & mine:
            continue
        for number in numbers:
            match = _number_in(quote, number)
            if match is None:
                continue
            verb = _VERB.search(quote, 0, match.start())
            theirs = coined(quote[:verb.start()]) if verb else frozenset()
            if theirs:
                return sorted(theirs)[0], sorted(mine)[0]
    return None


def guard_split_subjects(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose claimed number comes from a sentence about
    another system, the claim's system being named only in another sentence (module
    docstring). In place."""
    if not split_subjects_guarded or not claim.quantities:
        return
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence if evidence.quote]
        if (found := split_subject(claim, quotes)) is not None:
            undecide(check, f"Not confirmed: the sentence that prints the number speaks of "
                            f"\u201c{found[0]}\u201d, not of the claim's \u201c{found[1]}\u201d")
