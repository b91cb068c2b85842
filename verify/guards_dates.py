"""A claim dated to a month that its passage dates otherwise is about another time.

"In the Top500 ranking of June 2003, 104 entries were clusters" was contradicted by "In the last
issue of the Top500 ranking (from November 2003 [1]), 52 networks of workstations (NOW) of
different kinds were listed and 123 entries are clusters sold either by IBM, HP or Dell"
(Dutot et al., Bi-criteria Algorithm for Scheduling Jobs on Cluster Platforms, SPAA 2004,
page 1). The paper never counts the clusters of the June 2003 list (it gives only a rank on it).

The general fact: papers date counts, rankings and releases that change over time ("the
November 2003 list", "as of March 2020"); the same name at another date is another edition of
it. When a claim dates what it says with a month and a year, and the passage that decides it
dates its statement with a month and a year but never the claim's, the passage speaks of
another time: it decides nothing (`other_date`). A passage with no month-dated year is left
alone (it may take its date from its context), as is a claim with a year alone
(verify/guards_unsaid_parts.py `unprinted_year` weighs bare years of tables).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, undecide

__all__ = ["guard_other_dates", "other_date"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_ABBREVIATED = {month[:3]: month for month in _MONTHS} | {"sept": "september"}
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
                   r"|dec)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b",
                   re.IGNORECASE)


def _dates(text: str) -> set[tuple[str, str]]:
    """The (month, year) pairs `text` prints: "June 2003", "Nov. 2003", "March 5, 2020"."""
    if not any(character.isdigit() for character in text):
        return set()
    found = set()
    for match in _DATE.finditer(text):
        month = match.group(1).lower()
        found.add((_ABBREVIATED.get(month, month), match.group(2)))
    return found


def other_date(claim_text: str, quotes: Iterable[str]) -> str | None:
    """The claim's month and year ("June 2003") when the quotes print a month and year and
    never the claim's (module docstring); else None."""
    claimed = _dates(claim_text)
    if not claimed:
        return None
    printed = set().union(*(_dates(quote) for quote in quotes))
    if not printed or claimed & printed:
        return None
    month, year = sorted(claimed)[0]
    return f"{month.capitalize()} {year}"


def guard_other_dates(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding check whose passage dates its statement otherwise than the
    claim does (module docstring). In place."""
    if not _dates(claim.text):
        return
    checks = list(checks)
    for kind in (CheckKind.source, CheckKind.table):
        for check in list(decided(checks, kind, DECIDING)):
            quotes = [text for evidence in check.evidence
                      for text in (evidence.quote, evidence.note or "")]
            date = other_date(claim.text, quotes)
            if date is not None:
                undecide(check, f"The claim speaks of {date}; the passage dates its statement "
                                "otherwise")
