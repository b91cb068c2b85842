"""A sentence that says one thing of some subjects and the opposite of others.

"Two strategies had a significant and positive effect on the responses (A: ...; B: ...) while
the other two baselines did not (C: ...; D: ...)" affirms of A and B what it denies of C and D.
Read as a whole, its statement is the first clause's: not negated. A claim that C "had a
significant effect" finds all its words in it (C and "baselines" after "while", "significant
effect" before it), agrees with that statement, and would be confirmed, although the sentence
denies it of C.

A sentence's statement is its first main clause's (extract/polarity.py); that is safe only when
the claim speaks of that clause's subject. `straddles_contrast` finds the sentences where it is
not safe: a clause opened by a contrast word (while, whereas, but, ...) that is negated where the
clauses before it are not (or the reverse), and a claim with words found only before that turn
and words found only after it (a word printed on both sides, "query" in "cannot evaluate the
clustering query efficiently, but it is a reasonable query", places the claim nowhere). Such a
sentence decides nothing by its polarity: which half holds the claim's subject would need a
parse of the sentence. A claim whose words all sit on one side is read as before ("A helps X,
while B does not" still confirms "A helps X").
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify_claims.claims import Sentence
from verify_claims.extract.polarity import clause_polarities

from .content_words import GENERIC
from .passages import content_terms
from .prefix_turns import prefix_turn

_CONTRAST = re.compile(r"(?:while|whereas|but|although|though|yet|unlike)\b", re.IGNORECASE)


def _turn(text: str, clauses: list[tuple[int, int, bool]]) -> int | None:
    """Where the sentence turns from affirming to denying (or back): the start of the first
    clause ((start, end, negated)) opened by a contrast word whose negation differs from the
    clauses before it."""
    before: set[bool] = set()
    for start, end, negated in clauses:
        opened = text[start:end].lstrip(" ,;:(")
        if before and _CONTRAST.match(opened) and negated not in before:
            return start
        before.add(negated)
    return None


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


_TRIAL = re.compile(r"\b(?:we|I)\s+(?:also\s+|further\s+|first\s+|initially\s+)?"
                    r"(?:experimented|tried|attempted|explored)\b", re.IGNORECASE)
_OUTCOME = re.compile(r"[\s,;]*(?:but|yet)\s+(?:we|they|it|this|these|that|those)\b",
                      re.IGNORECASE)


def trial_outcome(text: str, turn: int) -> bool:
    """Whether the turn at `turn` only gives the outcome of something the authors tried: "We
    also experimented with further task-specific fine-tuning of our SPECTER on the end tasks
    but we did not observe additional improvements" (Cohan et al., ACL 2020, footnote 15). Its
    first side affirms of no subject what the second denies of another: the second side, its
    subject a pronoun for the authors or for what they tried, is the trial's result, and the
    sentence's statement (extract/polarity.py reads it negated) is about the same thing on
    both sides (round 33)."""
    return _TRIAL.search(text, 0, turn) is not None and _OUTCOME.match(text, turn) is not None


@lru_cache(maxsize=16384)
def _has_contrast_word(text: str) -> bool:
    """Whether the text prints a contrast word at all: the test most sentences fail, asked of
    each candidate sentence for every claim it is read against, so remembered per text."""
    return _CONTRAST.search(text) is not None


def straddles_contrast(claim_text: str, sentence: Sentence | str) -> bool:
    """True when the sentence affirms of some subjects what it denies of others and the claim's
    words are found on both sides of that turn (module docstring)."""
    text = sentence if isinstance(sentence, str) else sentence.text
    if not _has_contrast_word(text):
        return False
    if isinstance(sentence, Sentence) and sentence.clauses:  # read when the paper was parsed
        clauses = [(clause.span[0], clause.span[1], clause.negated) for clause in sentence.clauses]
    else:
        clauses = [(clause.start, clause.end, clause.negated)
                   for clause in clause_polarities(text)]
    turn = _turn(text, clauses)
    if turn is None:
        turn = prefix_turn(text)  # "frequently ..., but infrequently ..." (prefix_turns.py)
    if turn is None or trial_outcome(text, turn):
        return False
    claim = _terms(claim_text)
    before, after = claim & _terms(text[:turn]), claim & _terms(text[turn:])
    return bool(before - after) and bool(after - before)  # a word on both sides places nothing
