"""A claim that dates what it says by a year is not confirmed by a passage that prints no year.

"Recursive Markov chains were first introduced in 2005" (never said) was confirmed by the
contributions paragraph of Benedikt, Kharlamov, Olteanu and Senellart, Probabilistic XML via
Markov Chains (VLDB 2010, page 2; probe23b): "(i) We first show how recursive Markov chains
can be turned into a representation system ...", its heading "1. INTRODUCTION" lending
"introduced". A year is no number the number reader compares (verify/number_sides.py keeps
years out of a side's numbers), and `guards_unsaid_parts.unprinted_year` only weighs a year
against another year the passage prints: a passage that prints none was taken to rely on its
context. But when the year is the time of what the claim states ("in 2005", "since 2012",
"until 1998"), it is a part of the claim's content like any other: a passage that never prints
it has not said when, and it confirms nothing (`undated_year`). A year glued to a name
("WiLI-2018", "SemEval 2017 Task 4") or in a citation ("(Smith, 2005)") is part of a name and is
not read here; contradictions are left alone (a passage may deny the claim on other grounds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["guard_undated_years", "undated_year"]

# A year after a preposition of time, not glued to what follows ("in 2005", "since early 2012")
# and not counting a noun after it ("in 2000 samples" is an amount).
_DATED = re.compile(r"\b(?:in|since|until|till|before|after|during)\s+"
                    r"(?:(?:early|late|mid)[\s\-]+)?(?P<year>(?:19|20)\d\d)(?![\w%\-]|[.,/]\d)"
                    r"(?!\s+(?!(?:and|or|by|with|when|for|to|at|on|as|in|of|the|a|an|from|after"
                    r"|before|while|but|which|that|than|we|they|it|is|was|were|are)\b)[a-z])",
                    re.IGNORECASE)


def undated_year(claim_text: str, quotes: Iterable[str]) -> str | None:
    """The year the claim dates its statement by ("in 2005") that no quote prints; else
    None."""
    years = [match.group("year") for match in _DATED.finditer(claim_text)]
    if not years:
        return None
    printed = " ".join(quotes)
    return next((year for year in years
                 if not re.search(rf"(?<!\d){year}(?!\d)", printed)), None)


def guard_undated_years(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passages never print the year the claim
    dates its statement by (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        year = undated_year(claim.text, [evidence.quote for evidence in check.evidence])
        if year is not None:
            undecide(check, f"The claim dates it by {year}; the passage prints no such year")
