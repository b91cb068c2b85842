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

The same holds the other way round. "As shown in Table 4, we can see that the average
improvement of the performances on four datasets is 1.4%, which is better than the
uniform-layer architecture" (arXiv:1605.05101, page 5) contradicted the true "For the
uniform-layer architecture, the average improvement of the performances on four datasets is
0.8%" (a probe on the page): the sentence holds every word of the claim, but "uniform-layer
architecture" only after "better than", as what the 1.4% is compared with. A number printed
before a comparative ("better than X", "higher than X", "outperforms X") is not X's: a claim
whose words that the sentence prints only inside X (none of them before the comparative)
gives the number to X, and the sentence decides nothing for it either. A claim that states
the comparison itself ("0.9 BLEU worse than the best setting") names both sides and is read as
before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .content_words import GENERIC
from .passages import content_terms

__all__ = ["EXPLANATION", "comparator_number"]

EXPLANATION = ("the number it prints belongs to one side of a comparison (“close to X, which "
               "is N”, “N, better than X”), and the claim gives it to the other")

_COMPARATOR = re.compile(
    r"\b(?:close\s+to|compared\s+(?:to|with)|than|behind|comparable\s+to|similar\s+to"
    r"|on\s+par\s+with)\s+(?P<object>[^,;:()]{3,80}?)\s*,?\s*"
    r"(?:which|that)\s+(?:is|are|was|were|reaches|reached|achieves|achieved|obtains|obtained"
    r"|gets|got|scores|scored)\b(?P<clause>[^;]*)", re.IGNORECASE)
# a comparative after the number: what follows it is compared with the number's owner
_COMPARED_AFTER = re.compile(
    r"\b(?:(?:better|higher|worse|lower|greater|larger|smaller|more|less)\s+than"
    r"|outperform\w*|beat(?:s|ing)?|surpass\w*|exceed\w*)\s+(?P<object>[^,;:()]{3,80})",
    re.IGNORECASE)
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
    if _COMPARED_AFTER.search(claim_text) or re.search(r"\bthan\b", claim_text, re.I):
        return False  # the claim restates the comparison: both sides are its own
    for match in _COMPARED_AFTER.finditer(sentence_text):
        if not any(high <= match.start() for _, high in spans):
            continue
        before = set(content_terms(sentence_text[:match.start()]))
        inside = set(_head_terms(match.group("object"))) - before
        if inside & claim_terms:
            return True  # the claim's own words name what the number is compared with
    return False
