"""Whether a sentence states the claim's statement the other way: its direction ("lowers"
against "improves"), its negation, its judgement of importance or of quality.

The source check contradicts a claim with such a flip only when all else matches (the rules of
verify/source_check.py's docstring); these tests say whether there is a flip at all, and whether
the names come in the same order (a comparison read the other way round is no flip).
"""

from __future__ import annotations

from verify_claims.claims import Claim, Sentence

from .degree_words import degree_flip
from .flips import both_directions, compares
from .negation_scope import negation_reaches_numbers
from .number_sides import _Side
from .statement_clause import plain_statement
from .wording import importance, quality


def _polarity_conflict(claim: Claim, sentence: Sentence, claim_side: _Side,
                       sentence_side: _Side) -> str | None:
    """"direction" or "negation" when the sentence says the opposite of the claim, else None.

    A flip of both ("does not improve" vs "lowers") is not a conflict: it is not the same claim
    either, but it is no contradiction. A negation flip also needs different negation words
    (verify/source_check.py's docstring). "importance" when one calls dispensable what the
    other calls critical (claims/vocabulary.py: `IMPORTANT_WORDS`, `DISPENSABLE_WORDS`).
    "quality" when one judges poor what the other judges good ("poor precision" / "good
    results", "at chance" / "well above chance": `GOOD_WORDS`, `POOR_WORDS`,
    verify/wording.py `quality`). "degree" when one says "more" of a word the other says
    "less" of ("more effective" / "less effective": verify/degree_words.py)."""
    claim_compares = compares(claim.text, claim_side.comparative)
    if claim_compares != compares(sentence.text, sentence_side.comparative) and (
            claim_compares or not plain_statement(claim.text, sentence.text, sentence.direction,
                                                  sentence.negated)):
        # A comparison and a plain statement: not the same claim read two ways. A sentence
        # whose statement clause compares nothing states a plain statement, whatever its
        # other clauses compare (verify/statement_clause.py).
        return None
    negation_flip = claim.negated != sentence.negated \
        and claim_side.negations != sentence_side.negations
    if claim.direction and sentence.direction:
        if claim.direction == sentence.direction and negation_flip:
            return "negation"
        if claim.direction != sentence.direction and claim.negated == sentence.negated \
                and not both_directions(sentence.text) and not both_directions(claim.text):
            # A sentence saying both ways contradicts neither; a claim saying both ways ("hurts
            # word2vec but helps language models") is not read by its first direction word
            # either: the sentence's one direction may be the claim's other clause's.
            return "direction"
    elif claim.direction is None and sentence.direction is None and negation_flip \
            and claim.negated != _negated(claim, sentence):
        return "negation"
    said, theirs = importance(claim.text), importance(sentence.text)
    if said is not None and theirs is not None and said != theirs:
        return "importance"  # "the objective is dispensable" vs "the objective is critical"
    said, theirs = quality(claim.text), quality(sentence.text)
    if said is not None and theirs is not None and said != theirs:
        return "quality"  # "gave poor precision" vs "gives surprisingly good results"
    if claim.negated == sentence.negated and degree_flip(claim.text, sentence.text):
        return "degree"  # "more effective" vs "less effective" (verify/degree_words.py)
    return None


def _negated(claim: Claim, sentence: Sentence) -> bool:
    """Whether a sentence without a direction word denies what the claim shares with it: its
    negation must reach the shared numbers (verify/negation_scope.py); a negation set off from
    them denies another part of the sentence."""
    if not sentence.negated or sentence.direction is not None:
        return sentence.negated
    return negation_reaches_numbers(claim, sentence)


def _polarity_agrees(claim: Claim, sentence: Sentence) -> bool:
    """Same direction and negation. A claim that names no direction only needs the same
    negation; a claim that names one needs the sentence to name the same."""
    if claim.direction is None:
        return claim.negated == _negated(claim, sentence)
    return claim.direction == sentence.direction and claim.negated == sentence.negated


def _same_order(claim: _Side, sentence: _Side) -> bool:
    return [name for name in sentence.order if name in claim.names] == \
        [name for name in claim.order if name in sentence.names]
