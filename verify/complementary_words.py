"""Words that name the complementary part of one whole: "male" / "female", "inpatient" /
"outpatient", "overestimates" / "underestimates" (round 22, own probe of Futoma et al.,
"An Improved Multi-Output Gaussian Process RNN with Real-Time Validation for Early Sepsis
Detection", MLHC 2017).

"The patient in the motivating example was a 37 year old male" (false: page 2, "This 37 year
old female was initially admitted") and "The model was trained on a dataset of 18 months of
outpatient visits" (false: page 1, "18 months of heterogeneous inpatient stays") were confirmed
by their numbers: the passage says every other thing the claim says, and the one word it
changes weighs little in the accounting. The paper's own sibling words (verify/
guards_worded_variants.py: two row labels, two parallel phrases) do not hold these: a paper
need never print both.

English names the two parts of many wholes by one stem and two opposed prefixes ("in-" /
"out-", "over-" / "under-", "intra-" / "inter-", "up-" / "down-", "pre-" / "post-") or by a
closed pair of words ("male" / "female", "men" / "women", "maximum" / "minimum"). A passage
that prints the complement of a claim's word, and not the word itself, while the claim does
not print the complement, speaks of the other part: its numbers are no evidence about the
claim's (`complement_word`). It reads only the words; it names no paper or number.
"""

from __future__ import annotations

import re

# Pairs of prefixes that turn a stem into its complement: "outpatient" for "inpatient".
_PREFIXES = (("in", "out"), ("over", "under"), ("intra", "inter"), ("up", "down"),
             ("pre", "post"))
_STEM = 5  # the least letters a stem keeps after its prefix ("patient", "estimate")

# Complementary words that share no stem.
_PAIRS = (("male", "female"), ("males", "females"), ("men", "women"), ("man", "woman"),
          ("boys", "girls"), ("maximum", "minimum"), ("maximal", "minimal"))
_COMPLEMENT = {one: two for pair in _PAIRS for one, two in (pair, pair[::-1])}

_WORD = re.compile(r"[a-z]+")


def complements(word: str) -> set[str]:
    """The words naming the other part of `word`'s whole ("inpatient" of "outpatient")."""
    found = {_COMPLEMENT[word]} if word in _COMPLEMENT else set()
    for one, two in _PREFIXES:
        for mine, other in ((one, two), (two, one)):
            if word.startswith(mine) and len(word) - len(mine) >= _STEM:
                found.add(other + word[len(mine):])
    return found


def complement_word(claim_text: str, passage: str) -> tuple[str, str] | None:
    """(the claim's word, its complement) when the passage prints the complement of a claim
    word and not the word itself, and the claim does not print the complement; else None."""
    said = set(_WORD.findall(claim_text.casefold()))
    printed = set(_WORD.findall(passage.casefold()))
    for word in sorted(said - printed):
        other = next((other for other in sorted(complements(word))
                      if other in printed and other not in said), None)
        if other is not None:
            return word, other
    return None
