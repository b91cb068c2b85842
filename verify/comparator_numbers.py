"""Numbers a sentence gives to what its subject is compared with are that thing's numbers.

"Match-LSTM reaches 71.6% exact match and 80.4% F1 on SQuAD" (unverified: those are another
system's) was confirmed by "Our performance is also close to the state of the art on SQuAD,
which is 71.6% in terms of exact match and 80.4% in terms of F1 from Salesforce Research"
(arXiv:1608.07905, page 2): both numbers, both metrics and the dataset are in the sentence,
and "our" stands for the paper's own model. But the numbers sit in a relative clause ("which
is ...") hung on the object of "close to": they are the state of the art's, the thing the
paper's performance is compared with.

The general fact: after a word that compares its subject with something ("close to", "compared
to/with", "than", "behind", "comparable to", "similar to", "on par with"), the noun phrase that
follows is the comparator, and a relative clause on it ("which is", "which reaches", "that
achieves", "of") gives the comparator's figures. A number the claim gives that the sentence
prints there belongs to the comparator; a claim that names no content word of the
comparator's head phrase (its words before a preposition of place: "the state of the art" of
"the state of the art on SQuAD") gives those numbers to another subject, and the sentence
decides nothing for it (`comparator_number`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "comparator_number"]

EXPLANATION = ("the number it prints is given to what its subject is compared with (a clause "
               "on the object of “close to”, “than”, “compared with”), which the claim does "
               "not name")

_COMPARATOR = re.compile(
    r"\b(?:close\s+to|compared\s+(?:to|with)|than|behind|comparable\s+to|similar\s+to"
    r"|on\s+par\s+with)\s+(?P<object>[^,;:()]{3,80}?)\s*,?\s*"
    r"(?:which|that)\s+(?:is|are|was|were|reaches|reached|achieves|achieved|obtains|obtained"
    r"|gets|got|scores|scored)\b(?P<clause>[^;]*)", re.IGNORECASE)
# the comparator's head phrase ends at a preposition of place or scope
_HEAD_END = re.compile(r"\s(?:on|in|at|for|across|over|from|under|with)\s", re.IGNORECASE)


def _head_terms(phrase: str) -> frozenset[str]:
    head = _HEAD_END.split(f" {phrase} ", maxsplit=1)[0]
    return frozenset(term for term in content_terms(head)
                     if not term[0].isdigit() and term not in GENERIC)


def comparator_number(claim_text: str, sentence_text: str,
                      found_spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a number the sentence prints at `found_spans` (agreeing with the claim's) lies
    in a clause giving the figures of the sentence's comparator, whose head words the claim
    does not print (module docstring)."""
    spans = list(found_spans)
    if not spans:
        return False
    claim_terms = set(content_terms(claim_text))
    for match in _COMPARATOR.finditer(sentence_text):
        start, end = match.span("clause")
        if not any(start <= low < end for low, _ in spans):
            continue
        head = _head_terms(match.group("object"))
        if head and not head & claim_terms:
            return True
    return False
