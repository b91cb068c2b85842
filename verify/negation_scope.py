"""Whether a sentence's negation reaches the numbers a claim shares with it.

"We see in Figure 2 that because the UCF dataset has over 1000 people on average in each
image, the shapes output by the network in the density map are not as well defined or
separated as in the UCSD dataset" (arXiv:1804.07821) is negated as a whole, so the claim "UCF
images contain more than 1000 people on average", which has every word and number of its
first part, was contradicted as a negation flip. The negation denies the shapes' quality,
said after the comma; the count sits in the "because" part before it.

The general fact: a negation scopes over its own phrase, not over a number set off from it by
a comma, semicolon, colon or bracket. When the claim's statement has no direction word, a
negation flip contradicts it only if some negation word of the sentence stands in the same
punctuation-bounded segment as a number the claim shares with the sentence
(`negation_reaches_numbers`). A claim that shares no number with the sentence is left as it
was: then the flip is all the sentence and the claim have in common to compare.

The same holds between clauses when there is no shared number. "However, adapting task formats
to the underlying (masked) language modeling objectives is not straightforward; such models have
been shown to be sensitive to varying choices of the prompt/demonstrations, training settings,
hyperparameters, ..." (arXiv:2107.07170, page 2) is one sentence with a "not", so the claim
"prompt-based models have been shown to be sensitive to the choice of prompts, training settings
and hyperparameters", every word of which is in the clause after the semicolon, was contradicted
as a negation flip. The "not" denies the first clause's statement, not the second's. Rule
(`negation_reaches_clause`): when a sentence of independent clauses (split at semicolons) has its
negation words only in clauses other than the one that holds most of the content words it shares
with the claim, and that clause holds at least twice as many of them as every negated clause, the
negation denies another statement and is no flip of the claim's.

A reason given for a statement is another statement too. "In practice the number of possible
configurations is almost alway very small (less than 5) since most pages have only a few figures
on them, and each figure typically only has a few proposed figure regions that do not get
rejected by the scoring function" (Clark and Divvala, Looking Beyond Text, 2015, page 5)
contradicted the true claim "The number of possible configurations is almost always very small
(less than 5)" as a negation flip: its one "not" belongs to the "since" clause, which explains
the statement and shares none of the claim's words. Papers state a result and then its cause
after "since" or "because"; a negation in the cause does not deny the result. So the clauses
`negation_reaches_clause` weighs end at a semicolon and also before "since" and "because"
(`_CLAUSE_BREAK`).
"""

from __future__ import annotations

import re

from verify_claims.claims import Claim, Sentence

from .passages import content_terms

_NEGATION = re.compile(r"\b(?:not|never|no|none|neither|nor|cannot|without|fails?|failed)\b"
                       r"|n't\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|\b(?=(?:since|because)\b)|\b(?=(?:and|but)\s+(?:those|others)\s+"
                           r"(?:that|who|which)\b)", re.IGNORECASE)
"""Where a sentence's independent statements part: a semicolon, a cause ("since", "because")
given for what comes before it, or the other cases set against the first ("should be rewarded
and those that are not should not be"; module docstring)."""
_BOUNDARY = re.compile(r"[,;:()\[\]\u2014]| [\u2013-] ")


def _segment(text: str, position: int) -> tuple[int, int]:
    """The punctuation-bounded stretch of `text` around `position`."""
    start = max((match.end() for match in _BOUNDARY.finditer(text, 0, position)), default=0)
    end = next((match.start() for match in _BOUNDARY.finditer(text, position)), len(text))
    return start, end


def negation_reaches_numbers(claim: Claim, sentence: Sentence) -> bool:
    """False when the sentence shares numbers with the claim and none of them stands in a
    segment with one of its negation words (module docstring); True otherwise."""
    shared = [quantity for quantity in sentence.quantities
              if any(abs(quantity.value - claimed.value) < 1e-9 for claimed in claim.quantities)]
    if not shared:
        return negation_reaches_clause(claim, sentence)
    for quantity in shared:
        start, end = _segment(sentence.text, quantity.span[0])
        if _NEGATION.search(sentence.text, start, end):
            return True
    return False


def negation_reaches_clause(claim: Claim, sentence: Sentence) -> bool:
    """False when the sentence's negation words all stand in semicolon-bounded clauses other
    than the one that holds most of the content words the claim shares with the sentence, with
    at least twice as many of them as any negated clause (module docstring); True otherwise."""
    clauses = _CLAUSE_BREAK.split(sentence.text)
    if len(clauses) < 2:
        return True
    claimed = set(content_terms(claim.text))
    shared = [len(claimed & set(content_terms(clause))) for clause in clauses]
    negated = [bool(_NEGATION.search(clause)) for clause in clauses]
    if not any(negated):
        return True
    best = max(range(len(clauses)), key=lambda at: shared[at])
    if negated[best] or shared[best] < 2:
        return True
    return any(2 * shared[at] >= shared[best] for at in range(len(clauses)) if negated[at])
