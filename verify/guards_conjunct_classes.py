"""A claim that X is a Y, supported by a sentence that names X and Y in two conjuncts
(probe26b, round 26).

On Ruswandi et al. (J Gen Plant Pathol 71:107-116, 2005; page 3), "Isolate NAF8 is a Japanese
pear pathotype isolate" (false: Table 1 lists NAF8 as a strawberry isolate) was confirmed by
"The cosmid clone pcAFT-2 contains the genomic sequences of isolate NAF8 of Alternaria
alternata and the AKT homologs from the Japanese pear pathotype with c. 31-kb region ...": every
word of the claim is there (match score 0.97), but the sentence says what the clone contains,
two things joined by "and"; it never says what NAF8 is.

The general fact: a claim that classes its subject ("X is a Y", "X are Ys", no number) asserts
the link between the two; a sentence that says the subject's words only in one conjunct and
the class's words only in another (after "and the", "and a", a semicolon, "while", "whereas"),
with no copula or "as" between them, does not state it, and its support decides nothing
(`guard_conjunct_classes`). It only undecides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .passages import content_terms
from .undecided import decided, undecide

# "X is a Y", "X are Ys": the subject, the copula, the class (a noun phrase, no clause after).
_CLASSING = re.compile(r"^\s*(?P<subject>[^,;:]+?)\s+(?:is|are|was|were)\s+(?:an?\s+|one\s+"
                       r"of\s+the\s+)?(?P<class>[^,;:]+?)\s*\.?\s*$", re.IGNORECASE)
_NOT_CLASS = re.compile(r"^(?:not|no|never|also|the|than|more|less|used|found|shown|"
                        r"\w+(?:ed|ing))\b", re.IGNORECASE)
# Where one conjunct ends and another begins, and what would link the two sides.
_BOUNDARY = re.compile(r"\band\s+(?:the|a|an|its|their)\b|;|\bwhile\b|\bwhereas\b|\bbut\b",
                       re.IGNORECASE)
_LINK = re.compile(r"\b(?:is|are|was|were|as|being|namely|i\.e\.)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")


def classing(text: str) -> tuple[set[str], set[str]] | None:
    """The content terms of the subject and of the class of a claim "X is a Y" (only those
    of one side), or None when the claim is no such classing."""
    match = _CLASSING.match(text)
    if match is None or _NOT_CLASS.match(match.group("class")):
        return None
    subject = set(content_terms(match.group("subject")))
    kind = set(content_terms(match.group("class")))
    subject, kind = subject - kind, kind - subject
    if not subject or not kind:
        return None
    return subject, kind


def split_by_conjuncts(quote: str, subject: set[str], kind: set[str]) -> bool:
    """Whether `quote` says the subject's terms and the class's terms on the two sides of a
    conjunct boundary, every one of one side before it and every one of the other after it,
    with no copula or "as" in between (module docstring)."""
    places: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(quote):
        terms = content_terms(match.group())
        if len(terms) == 1:
            places.append((match.start(), match.end(), terms[0]))
    own = [(start, end) for start, end, term in places if term in subject]
    other = [(start, end) for start, end, term in places if term in kind]
    if not own or not other:
        return False
    if max(end for _, end in own) < min(start for start, _ in other):
        gap = quote[max(end for _, end in own):min(start for start, _ in other)]
    elif max(end for _, end in other) < min(start for start, _ in own):
        gap = quote[max(end for _, end in other):min(start for start, _ in own)]
    else:
        return False
    return bool(_BOUNDARY.search(gap)) and not _LINK.search(gap)


def guard_conjunct_classes(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose quote names the claim's subject and its
    class in two conjuncts (module docstring). In place."""
    if claim.quantities or claim.negated:
        return
    sides = classing(claim.text)
    if sides is None:
        return
    for check in list(decided(checks, CheckKind.source)):
        if check.evidence and all(split_by_conjuncts(evidence.quote or "", *sides)
                                  for evidence in check.evidence[:1]):
            undecide(check, "Not decided: the passage names the claim's subject and what the "
                            "claim says it is in two conjuncts, and never links them")
