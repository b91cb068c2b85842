"""A number spelled as a word ("two groups") supports no claimed number printed with decimals
(probe38b's mutant of Ussher et al., BMJ 2015, page 3).

"The anticipated difference in cessation corresponded to an odds ratio of 2.20 or a relative
risk of 1.53" (the paper's odds ratio is 1.69) was confirmed by the sample-size sentence "...
an absolute difference of 8 percentage points in the occurrence of the primary outcome between
the two groups ..., corresponding to an odds ratio of 1.69 or a relative risk of 1.53": the
sentence's first agreeing number wins its pairing (verify/number_match.py), and the spelled
"two" is read as anything that rounds to 2. A word says a whole number; a claim that prints
hundredths asserts a measured value the word does not give.

Two deeper fixes were tried and reverted, since a disagreement decides too: reading the word
as exact (so that 2.20 disagrees with "two"), and reading no spelled word against a decimal
at all. Both made probe34c's true "Participants who developed dementia were on average 5.1
years older ..." a wrong contradiction (once "five years" no longer matched it, "aged 55 years
and older" of the abstract clashed with it). So this rule only withholds: a supporting source
check any of whose matched pairs sets a claimed number printed with a decimal point against a
number spelled as a word is undecided. It also withholds the true "odds ratio of 1.69 ..."
claim, which that sentence confirmed through the same "two" rather than its own 1.69: right
for a wrong reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check

from .undecided import supporting_sources, undecide

spelled_counts_guarded = True
"""Whether the guard acts (a planted-bug test switches it off)."""


def _spelled(printed: str) -> bool:
    """Whether a number is printed as a word ("two"), with no digit."""
    return not any(character.isdigit() for character in printed)


def guard_spelled_counts(checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that matched a decimal claimed number with a
    number spelled as a word (module docstring). In place."""
    if not spelled_counts_guarded:
        return
    for check in list(supporting_sources(checks)):
        pair = next((pair for evidence in check.evidence for pair in evidence.numbers
                     if pair.agree and "." in pair.claimed and _spelled(pair.found)), None)
        if pair is not None:
            undecide(check, f"Not confirmed: the claim's {pair.claimed} is matched only by "
                            f"the word '{pair.found}', which gives no decimals")
