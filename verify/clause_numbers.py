"""A number belongs to its own clause (red team 2, round 7).

"79% of participants (19) had taken 3 or fewer STEM course since high school and 92% (22) had
never been involved in publishing a research paper" (arXiv:2203.00130) states two facts, each
with its own number. The claim "79% of participants had never been involved in publishing a
research paper" shares the sentence's subject and the first number, but what it says of that
number is said in the second clause, of 92%. The matcher saw every word and the number in one
sentence and confirmed it.

The general fact: a sentence that coordinates several clauses, each with a number of its own,
says each clause's words of that clause's number. A supporting sentence is set aside when the
clause holding the claim's number shares fewer of the claim's words than another clause
holding another number (of which the claim says nothing): the claim has taken one clause's
number for another clause's statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

_SPLIT = re.compile(r"\s*(?:[;,]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?")
_WORD = re.compile(r"[A-Za-z]{4,}")


def _numbers(text: str) -> set[str]:
    return {match.group().rstrip("%").replace(",", "") for match in _NUMBER.finditer(text)}


def _words(text: str) -> set[str]:
    return {word.casefold()[:5] for word in _WORD.findall(text)}


def other_clause(claim_text: str, sentence: str) -> str | None:
    """The clause of `sentence` that says more of the claim's words than the clause holding
    the claim's number, and holds only numbers the claim does not state."""
    claimed = _numbers(claim_text)
    words = _words(claim_text)
    clauses = [clause for clause in _SPLIT.split(sentence) if _numbers(clause)]
    if len(clauses) < 2 or not claimed:
        return None
    own = [clause for clause in clauses if _numbers(clause) & claimed]
    others = [clause for clause in clauses if not _numbers(clause) & claimed]
    if not own or not others:
        return None
    best_own = max(len(_words(clause) & words) for clause in own)
    for clause in others:
        if len(_words(clause) & words) > best_own:
            return clause
    return None


def guard_clause_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each decisive supporting source check whose sentence says the claim's words
    of another number in another clause (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            clause = other_clause(claim.text, evidence.quote)
            if clause is not None:
                undecide(check, f"The passage says this of another number, in its own clause "
                                f"(\u201c{clause}\u201d)")
                break
