"""A passage's number given to another item of a list it pairs in order, and a claimed maximum
met only approximately (red team 4, probes).

The probes of the fourth red-team corpus (tests/real/redteam4, VILA, arXiv:2106.00676) found
two more ways a passage confirmed a claim it does not state:

- "When text blocks are used, H-VILA models are even more efficient (68.85% and 80.17%
  inference time reduction compared to the LayoutLM and simple group classifier baseline)"
  confirmed "H-VILA with text lines cuts inference time by 80.17% compared with LayoutLM". A
  list of numbers followed by a list of as many names pairs them in order, "respectively" or
  not: 80.17% is the second number, the simple group classifier the second name. When the
  claim's number is the k-th of such a list and the claim says another name of the paired list
  but not the k-th, the passage gives the number for another thing (`implicit_pair`; the
  "respectively" case is `guards_respectively`).
- "up-to 47% inference time reduction" in the abstract, and the claim "up to 74% inference time
  reduction": the parser reads "up to" as an approximation, which agrees within 10%, and
  68.85% of another passage confirmed 74%. "Up to N" states the most that was reached; a
  passage confirms it only by printing N itself, within the rounding of the two numbers
  (`unmet_maximum`).

None names a paper, a system or a number; each reads only what the claim and passage print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, Claim

from .guards_respectively import _SIGNS, _token, named_elsewhere, number_lists
from .undecided import supporting_sources, undecide

_CLAUSE = re.compile(r"(?<!\d)\.(?!\d)|[;()]")  # where a clause ends (not a decimal point)
_AND = re.compile(r"\sand\s")  # a list of names needs one


def implicit_pair(claim_text: str, passage: str, found: str) -> tuple[str, str] | None:
    """(the claim's name, the name the passage pairs `found` with) when a clause of the passage
    prints a list of numbers holding `found` and, after it, a list of as many names in which
    the claim says another name than the one at `found`'s place; else None."""
    said = {_token(word) for word in claim_text.split()}
    found = found.lstrip(_SIGNS)
    for clause in _CLAUSE.split(passage):
        if found not in clause or not _AND.search(clause):
            continue  # no list holds `found`, or none of names follows (reading numbers is slow)
        for numbers in number_lists(clause):
            if found not in numbers:
                continue
            after = clause[clause.find(numbers[-1]) + len(numbers[-1]):]
            if pair := named_elsewhere(said, found, numbers, after):
                return pair
    return None


_MAXIMUM = re.compile(r"\b(?:up[\s\-\u2010\u2011]to|as\s+(?:much|many|high|large)\s+as)\s+"
                      r"([-+\u2212]?\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


def _places(printed: str) -> int:
    digits = printed.replace(",", "")
    return len(digits.split(".")[1]) if "." in digits else 0


def unmet_maximum(claim_text: str, claimed_value: float, found: str,
                  found_value: float) -> bool:
    """Whether the claim gives the number `claimed_value` as a maximum ("up to 74%") and the
    passage's `found` (printed) is not that number within the rounding of either."""
    for match in _MAXIMUM.finditer(claim_text):
        number = match.group(1)
        value = float(number.replace(",", "").replace("\u2212", "-"))
        if abs(abs(value) - abs(claimed_value)) > 1e-9:
            continue
        half = 0.5 * 10 ** -min(_places(number), _places(found.split()[0] if found else ""))
        return abs(abs(found_value) - abs(value)) > half + 1e-9
    return False


def guard_paired_lists(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check that agrees with a claimed number given, in an
    ordered pair of lists, to another name than the claim's, or that meets a claimed maximum
    ("up to N") only approximately. In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            why = None
            for pair in evidence.numbers:
                if not pair.agree:
                    continue
                if unmet_maximum(claim.text, pair.claimed_value, pair.found, pair.found_value):
                    why = (f"The claim gives {pair.claimed} as the most that was reached (\u201cup "
                           f"to\u201d), and the passage prints {pair.found}, not that number")
                    break
                named = implicit_pair(claim.text, evidence.quote or "", pair.found)
                if named is not None:
                    why = (f"Not confirmed: the passage pairs its list of numbers with a list of "
                           f"names in order, and gives {pair.found} for '{named[1]}', not for "
                           f"'{named[0]}'")
                    break
            if why is not None:
                undecide(check, why)
                break
