"""A sentence that says one direction of some subjects and the other of others.

"Pause token fine-tuning provides minor gains on CommonsenseQA, they observed an improvement
from 26.9% to 28.8%; on GSM8K, Goyal et al. found that pause token fine-tuning harms
performance" raises one benchmark and lowers the other. Read as a whole, its statement is its
first clause's (extract/polarity.py): an increase. A claim that pause tokens "improve GSM8K
performance" finds all its words in it ("GSM8K", "Goyal", "performance" in the second clause,
"pause token fine-tuning" in both), agrees with that statement, and would be confirmed,
although the clause that names GSM8K says the opposite. A sentence stating both directions
already contradicts neither (verify/flips.py `both_directions`); it must not support either
through a clause that is not the claim's.

`direction_elsewhere` finds those sentences: the sentence has clauses of both directions, the
claim names one of them, and the claim's words that tell the clauses apart (found in some
clauses and not in others; direction words left out) are found only in clauses of the other
direction. Such a sentence decides nothing by its polarity. A claim with a word of its own
in a clause of its direction ("A helps X, whereas B hurts Y" for "A helps X") is read as before.
"""

from __future__ import annotations

from functools import lru_cache

from verify_claims.claims import Sentence
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS
from verify_claims.extract.polarity import clause_polarities

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "direction_elsewhere"]

EXPLANATION = ("it states both directions, and the claim's own words sit only in its clause "
               "that says the other way")


@lru_cache(maxsize=1)
def _direction_terms() -> frozenset[str]:
    """The direction words as the terms a text is compared by (stemmed)."""
    return frozenset(term for word in INCREASE_WORDS | DECREASE_WORDS
                     for term in content_terms(word))


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


def sentence_clauses(sentence: Sentence | str
                     ) -> tuple[str, list[tuple[int, int, str | None]]]:
    """A sentence's text and its clauses (start, end, direction): read when the paper was
    parsed, or now for a bare text."""
    text = sentence if isinstance(sentence, str) else sentence.text
    if isinstance(sentence, Sentence) and sentence.clauses:
        return text, [(clause.span[0], clause.span[1], clause.direction)
                      for clause in sentence.clauses]
    return text, [(clause.start, clause.end, clause.direction)
                  for clause in clause_polarities(text)]


def direction_elsewhere(claim_text: str, direction: str | None, sentence: Sentence | str) -> bool:
    """True when the sentence states both directions in different clauses and the claim's
    distinguishing words are found only in clauses of the direction the claim does not name
    (module docstring)."""
    if direction is None:
        return False
    text, clauses = sentence_clauses(sentence)
    directions = {clause_direction for _, _, clause_direction in clauses}
    if not {"increase", "decrease"} <= directions:
        return False
    claim = _terms(claim_text) - _direction_terms()
    own: set[str] = set()
    other: set[str] = set()
    for start, end, clause_direction in clauses:
        if clause_direction is None:
            continue
        found = claim & _terms(text[start:end])
        (own if clause_direction == direction else other).update(found)
    return bool(other - own) and not own - other
