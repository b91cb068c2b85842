"""A count of things that have both of two properties is not a count of those with one.

"Only 3 systems have had both sensitivity and specificity evaluated" (true: the abstract and
"only 3 reports of 3 systems provided numeric data for both sensitivity and specificity",
Bravata et al., Ann Intern Med 2004, pp. 910, 915) was contradicted by "The sensitivity of
these systems ... ranged from 76% to 100% (117, 120); the specificity (95%) was reported for
only 1 system (117)" (p. 915). The number reader met the claim's counted noun ("systems") and
found another count of it; but "both X and Y" makes the claim count the things that have X and
Y together, and the clause of the passage's number speaks of Y alone. Papers report such
counts per property and jointly side by side ("29 reports of 22 systems described their
sensitivity, and 15 reports of 12 systems described their specificity; however, only 12
reports of 9 systems described all 3"), so a count in a clause that names only one of the two
properties is about another measure: no evidence either way.

`guard_joint_conditions` undecides each decisive source check of a claim that counts things (a
whole number before a word) and then says "both X and Y" of them, when the clause of the passage
holding the number the check read (bounded by a comma, semicolon, colon or the sentence's end)
does not name both X and Y. "Interpretability for both SVD and NNSE peaks at k = 300" (NNSE,
round 20) names two subjects before its number, no property of a count: it is left alone. It
names no paper or number; it only withholds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

__all__ = ["joint_properties", "names_both", "guard_joint_conditions"]

_BOTH = re.compile(r"\bboth\s+([A-Za-z][\w\-]*)\s+and\s+([A-Za-z][\w\-]*)", re.IGNORECASE)
# A whole number before a word: a count of something ("3 systems", "12 reports of 9 systems").
_COUNT = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*\s+[A-Za-z]")
_CLAUSE_END = re.compile(r"[,;:]|\.(?!\d)")
_LIGHT = frozenset({"the", "a", "an", "its", "their", "of", "in", "on", "for", "to"})


def _stem(word: str) -> str:
    """A word's first letters, enough to meet its other forms ("evaluated", "evaluation")."""
    word = word.casefold()
    return word[:max(4, len(word) - 3)] if len(word) > 5 else word.rstrip("s")


def joint_properties(claim_text: str) -> tuple[str, str] | None:
    """The two properties a claim joins with "both X and Y" after a whole number it counts
    ("3 systems have had both X and Y evaluated"), or None: "both datasets" joins nothing, and
    "both SVD and NNSE peak at k = 300" names two subjects, not what a count counts."""
    if "both" not in claim_text.casefold():
        return None  # cheap test before the pattern
    match = _BOTH.search(claim_text)
    if match is None or {match[1].casefold(), match[2].casefold()} & _LIGHT:
        return None
    if _COUNT.search(claim_text[:match.start()]) is None:
        return None
    return match[1], match[2]


def _clause(quote: str, number: str) -> str | None:
    """The clause of `quote` around the first place `number` is printed, or None."""
    match = re.search(rf"(?<![\w.]){re.escape(number)}(?![\w]|\.\d)", quote)
    if match is None:
        return None
    starts = [end.end() for end in _CLAUSE_END.finditer(quote[:match.start()])]
    after = _CLAUSE_END.search(quote, match.end())
    return quote[starts[-1] if starts else 0:after.start() if after else len(quote)]


def names_both(clause: str, properties: tuple[str, str]) -> bool:
    """Whether `clause` names each of the two properties (any form of the word)."""
    words = [word.casefold() for word in re.findall(r"[A-Za-z][\w\-]*", clause)]
    return all(any(word.startswith(_stem(prop)) for word in words) for prop in properties)


def guard_joint_conditions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive source check whose number is read in a clause that does not
    name both properties the claim joins (module docstring). In place."""
    properties = joint_properties(claim.text)
    if properties is None:
        return
    for check in list(decided(checks, CheckKind.source, DECIDING)):
        for evidence in check.evidence:
            clauses = [clause for pair in evidence.numbers
                       if (clause := _clause(evidence.quote or "", pair.found)) is not None]
            if clauses and not all(names_both(clause, properties) for clause in clauses):
                undecide(check, f"Not decided: the claim counts what has both "
                                f"\u201c{properties[0]}\u201d and \u201c{properties[1]}\u201d, "
                                f"and the passage's number is said of one of them only")
                break
