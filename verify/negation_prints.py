"""A negation flip read against the sentence, or the sentence beside it, that prints the claim's
own negated words.

"The genotypic effect was not significant for the reduction in grains per spike due to
temperature stress" (true) was contradicted as a negation flip by "The genotypes showed
significant effect for the reduction to grain yield per spike and individual grain weight due to
high temperature stress (Table 2)" (Thomason et al., PLOS ONE 2018, page 9; probe23c, round 23),
a statement about two other traits, while the very next sentence says what the claim says:
"However, genotypic effect was not significant for grains per spike reduction due to temperature
stress." The polarity reader (extract/polarity.py) read that sentence as not negated either: its
"not" stands six words before its direction word "reduction", out of the reader's scope, while
the claim's "not" stands three words before it, inside. So the sentence that states the claim
was read as a second denial of it, and `negated_clauses.affirmed_next_door`, which looks for a
neighbour read as negated (and skips claims with a direction word), found none.

The general fact: a negation word and the word it stands before ("not significant", "never
converged", "didn't overlap") are printed the same in the claim and in a sentence that states
it; the sentence's polarity is a reading, its print is not. A negated claim is not contradicted
as a negation flip by a sentence that prints one of the claim's negated words after a negation
word itself, nor by one whose neighbour in the same section does so while holding at least as
many of the claim's content words (`prints_claimed_negation`, `affirmed_in_print`): the verdict
is withheld (never turned into a confirmation).

With that sentence set aside, the claim was contradicted by "Percent reduction due to high
temperature stress in grain yield per spike ranged from 29.7 to 48.3, ...", two sentences on,
which says nothing of significance: the reader took the claim's "not" to deny "reduction", and
the sentence asserts a reduction. A claim's negation denies the word it stands before; when that
word is no direction word ("not significant", "not consistent") and the sentence prints none of
the claim's negated words, the sentence speaks of something else than what the claim denies,
and is no flip of it (`denial_unprinted`). Only for a claim whose polarity was read from a
direction word other than the negated ones (here "reduction"): a negated direction word ("does
not improve", "no gains") is the direction reader's, and a negated verb with no direction
word at all ("does not use the MeSH taxonomy" against "exploits the MeSH taxonomy",
tests/test_probe22b_regressions.py) is the plain negation flip it reads, its verb said in
other words.
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim
from verify_claims.extract.polarity import direction_of

from .negated_clauses import _stems, close_neighbours
from .passages import PassageIndex
from .sibling_sections import stem

AFFIRMED = ("the passage, or the sentence beside it, prints the claim's own negated words "
            "(\u201cnot X\u201d): it is no denial of the claim")
UNPRINTED = "the claim's negation denies a word the passage never prints"

__all__ = ["AFFIRMED", "UNPRINTED", "affirmed_in_print", "denial_unprinted", "negated_words",
           "prints_claimed_negation"]

# A negation and the word it stands before, past an adverb ("not statistically significant").
_NEGATED = re.compile(r"(?:\b(?:not|never|no)|n['\u2019]t)\s+(?:([a-z]+ly)\s+)?([a-z][a-z\-]+)",
                      re.IGNORECASE)
# Words after a negation that add or hedge rather than deny, or say too little to match on.
_NOT_DENIED = frozenset({"only", "just", "merely", "least", "more", "less", "the", "a", "an",
                         "be", "been", "being", "to", "as", "so", "that", "all", "any", "one"})


_COMPARED_NAME = re.compile(r"\b(?:over|than|versus|vs\.?|against)\s*$", re.IGNORECASE)


def negated_words(text: str) -> frozenset[str]:
    """The stems of the words `text` prints right after a negation word (module docstring)."""
    found = set()
    for match in _NEGATED.finditer(text):
        if _COMPARED_NAME.search(text[:match.start()]):
            continue  # "over no attention": a compared model's name, no denial
        word = match.group(2).casefold()
        if word not in _NOT_DENIED and (match.group(1) or "").casefold() not in _NOT_DENIED:
            found.add(stem(word))
    return frozenset(found)


def denial_unprinted(claim: Claim, text: str, index: PassageIndex | None) -> bool:
    """Whether a negated claim read with a direction word has its negation stand only before
    words that name no direction, none of which `text` prints (module docstring), in a paper
    that prints the claim's own negation somewhere. Where the paper never says "not X", a
    sentence silent on X may still be the denial (a blind corpus lost one right contradiction
    to the rule read without that condition, and no wrong verdict was kept away by it)."""
    if not claim.negated or claim.direction is None or index is None:
        return False  # a negation read against no direction word is the negation's own
    if not negated_words(claim.text) & _paper_negated_words(index):
        return False
    denied = [match.group(2).casefold() for match in _NEGATED.finditer(claim.text)
              if match.group(2).casefold() not in _NOT_DENIED]
    if not denied or any(direction_of(word) is not None for word in denied):
        return False
    printed = {stem(word) for word in re.findall(r"[A-Za-z][A-Za-z\-]+", text)}
    return not any(stem(word) in printed for word in denied)


def _paper_negated_words(index: PassageIndex) -> frozenset[str]:
    """Every word the paper's sentences print right after a negation, once per paper."""
    key = ("negated_words", -1)
    found = index.prepared.get(key)
    if not isinstance(found, frozenset):
        found = index.prepared[key] = frozenset().union(
            *(negated_words(sentence.text) for sentence in index.sentences))
    return found


def prints_claimed_negation(claim_text: str, text: str) -> bool:
    """Whether `text` prints one of the claim's negated words after a negation word."""
    return bool(negated_words(claim_text) & negated_words(text))


def affirmed_in_print(claim: Claim, index: PassageIndex | None, number: int | None,
                      text: str) -> bool:
    """True when a negated claim's negation flip against sentence `number` (its text `text`)
    is no flip: that sentence, or one right before or after it in the same section that holds
    at least as many of the claim's content words, prints the claim's negated words (module
    docstring)."""
    if not claim.negated or not negated_words(claim.text):
        return False
    if prints_claimed_negation(claim.text, text):
        return True
    if index is None or number is None:
        return False
    # The neighbour goes on about what the sentence says of the claim: it holds every claim
    # word the sentence holds ("no gains on the chunking task" is no affirmation of "no gains
    # on the tagging task" beside "helps the tagging task").
    claimed = _stems(claim.text)
    held = claimed & _stems(index.sentences[number].text)
    return any(prints_claimed_negation(claim.text, neighbour.text)
               and held <= _stems(neighbour.text)
               for neighbour in close_neighbours(claim.text, index, number))
