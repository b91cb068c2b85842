"""A number that agrees with the claim's only because it is a reference in brackets (round 30).

Journals of medicine and public health cite by number in round brackets: "... and type of
medication used in treatment (21,22)" (Keenan and Shaw, MMWR 2011, page 3). The false claim "In
2006, cardiovascular disease was responsible for 22.2% of all deaths in the United States"
(31.7% is printed) was confirmed by that sentence, the claim's "22.2%" agreeing, within the
printed precision, with the reference number 22 (benchmarks/mutation_probes.py found it). The
numeric citation filters of the extractor read square brackets ("[21, 22]"); round ones hold
amounts too ("(n = 22)", "(22%)"), so they are read here, where it matters: a supporting
passage whose only agreeing print of a claimed number is an item of a bracketed list of whole
numbers and ranges ("(21,22)", "(13-16)", "(4, 7, 9-11)"), printed without the claim's unit or
decimals, supports nothing (`cited_only`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .undecided import supporting_sources, undecide

__all__ = ["cited_only", "guard_citation_numbers"]

_GROUP = re.compile(r"(?<=[A-Za-z.,;)\]]) ?\((\d{1,3}(?:\s*[,\u2013\u2014-]\s*\d{1,3})+|\d{1,3})\)")
_ITEM = re.compile(r"\d{1,3}")


def _reference_numbers(quote: str) -> set[str]:
    """The numbers of `quote` printed as items of bracketed reference lists."""
    return {item for match in _GROUP.finditer(quote) for item in _ITEM.findall(match.group(1))}


def _elsewhere(quote: str, found: str) -> bool:
    """Whether `quote` prints `found` anywhere but in a bracketed reference list."""
    rest = _GROUP.sub(" ", quote)
    return re.search(rf"(?<![\d.,]){re.escape(found)}(?![\d]|[.,]\d)", rest) is not None


def cited_only(claimed: str, found: str, quote: str) -> bool:
    """Whether the claim's `claimed` agrees only with a reference number `found` of `quote`
    (module docstring): printed otherwise than the claim prints it, and nowhere else."""
    found = found.strip()
    return found != claimed.strip() and found.isdigit() \
        and found in _reference_numbers(quote) and not _elsewhere(quote, found)


def guard_citation_numbers(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check one of whose agreeing numbers is a reference
    number in round brackets (module docstring). In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            pair = next((pair for pair in evidence.numbers if pair.agree and pair.found
                         and cited_only(pair.claimed, pair.found, evidence.quote or "")), None)
            if pair is not None:
                undecide(check, f"Not confirmed: the passage prints {pair.found} only in a "
                                f"list of references in brackets, no amount; the claim says "
                                f"{pair.claimed}")
                break
