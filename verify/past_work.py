"""A clause said of past work is no statement of the paper's own.

"This guarantee is weaker than the exact recovery results obtained in other previous work;
however, this past work imposed incoherence requirements on the singular vectors of the
low-rank component that are more restrictive than the conditions of Theorem 1" (Agarwal,
Negahban and Wainwright, Noisy Matrix Decomposition via Convex Relaxation, ICML 2011, page 5;
round 23's own probe) confirmed "The analysis imposes incoherence conditions on the singular
vectors of the low-rank component" (false: page 2, "we do not impose incoherence conditions on
the singular vectors"). Every word of the claim but its subject is in the clause, and the
clause's subject is the literature the paper sets itself against.

`others_number` (others_subjects.py) holds back a number given to "these approaches"; it reads
pointing words only, since "previous" models are often the paper's own baselines. A clause whose
subject is past WORK ("past work", "previous studies", "the prior literature", "earlier
analyses") speaks of what others wrote, whatever the claim's numbers. A claim that names no
such work ("past", "previous", "prior", "earlier", "existing", "other", or the noun itself) and
whose words the sentence holds only in that clause is not decided by it (`past_work_clause`).
It names no paper, method or number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .content_words import GENERIC
from .passages import content_terms

EXPLANATION = ("the passage says it of past work (\u201cprevious work\u201d, \u201cprior "
               "studies\u201d), which the claim does not name")

_AGE = r"(?:past|previous|prior|earlier|existing)"
_WORK = r"(?:work|works|literature|studies|research|papers|analyses|results)"
# A clause opening on past work: "; however, this past work imposed", "Previous studies used".
_OPENING = re.compile(
    r"(?:^|[.;:]\s*|,\s*(?:and|but|while|whereas|however,?)?\s*"
    r"|\b(?:and|but|while|whereas|although|though)\s+)"
    r"(?:however,?\s+|moreover,?\s+|in\s+addition,?\s+)?"
    rf"(?:(?:this|that|the|such|these|those|much|most|all|some)\s+)?"
    rf"(?:other\s+)?{_AGE}\s+(?:[a-z\-]+\s+)?{_WORK}\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;]|\b(?:while|whereas|but)\b|,\s*(?:and|whereas|while)\b")
_NAMES_WORK = re.compile(rf"\b(?:{_AGE}|other|{_WORK}|literature)\b", re.IGNORECASE)


def _terms(text: str) -> frozenset[str]:
    return frozenset(term for term in content_terms(text)
                     if not term[0].isdigit() and term not in GENERIC)


@lru_cache(maxsize=16384)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's clauses about past work run (start, end)."""
    found = []
    for match in _OPENING.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        found.append((match.end(), end.start() if end else len(text)))
    return tuple(found)


def past_work_clause(claim_text: str, sentence_text: str) -> bool:
    """True when the claim's words the sentence holds all sit in a clause whose subject is past
    work, and the claim names no such work (module docstring)."""
    clauses = _clauses(sentence_text)
    if not clauses or _NAMES_WORK.search(claim_text):
        return False
    claim = _terms(claim_text)
    held = claim & _terms(sentence_text)
    if not held:
        return False
    inside = frozenset().union(*(_terms(sentence_text[start:end]) for start, end in clauses))
    return held <= inside
