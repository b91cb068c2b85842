"""A claim about one version of a named thing decided by evidence about another version
(issue 11, round 12).

Papers report on versions of one benchmark side by side: BERT (arXiv:1810.04805) prints its
SQuAD 1.1 results in Table 2 and its SQuAD 2.0 results in Table 3, under the same row and
column labels. Once its header rows were read, "The BERT-Large ensemble reaches 85.8 EM on the
SQuAD 2.0 dev set" (false: 85.8 is the SQuAD 1.1 ensemble's dev EM; there is no ensemble on
SQuAD 2.0) was confirmed by Table 2's cell: every word of the claim was in the cell's headers
and caption, "2.0" was taken for a version of the name, and versions are not values the cell
must print. A version tells which thing is meant: when the evidence names the claim's thing
only with other versions ("SQuAD 1.1"), it speaks of another thing (`other_version`).

It names no paper, benchmark or number; it reads the names followed by a dotted version
("SQuAD 2.0"; "CoNLL 2003" is a year and "EM 85.8" a score, neither is read) or "v" and a
number ("GLUE v2") in the
claim and in the evidence's quote, location and note (which holds the table's caption).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from verify_claims.claims import Check, CheckKind, Claim

from .undecided import DECIDING, decided, evidence_text, undecide

# A name holding a capital letter, then a version: "SQuAD 2.0", "SQuAD v1.1", "GLUE v2". A
# version has one digit before its point: "EM 85.8" is a score, not a version.
_VERSIONED = re.compile(
    r"\b([A-Za-z][\w\-]*[A-Za-z])[\s\-]?(v\d+(?:\.\d+)*|(?<!\d)\d\.\d{1,2})(?![\d.])")


@lru_cache(maxsize=16384)
def versioned_names(text: str) -> dict[str, frozenset[str]]:
    """The versions `text` prints after each name, by the name case-folded: {"squad":
    {"1.1"}}. A version's "v" is dropped, so "v1.1" and "1.1" are one version."""
    found: dict[str, set[str]] = {}
    for match in _VERSIONED.finditer(text):
        name, version = match.group(1), match.group(2)
        if not any(char.isupper() for char in name):
            continue  # "results 2.0", "about 1.5": no name
        found.setdefault(name.casefold(), set()).add(version.lstrip("vV"))
    return {name: frozenset(versions) for name, versions in found.items()}


def other_version(claim_text: str, evidence_text: str) -> tuple[str, str, str] | None:
    """A name the claim prints with a version that the evidence prints only with other
    versions: (the name as the claim prints it, the claim's version, the evidence's); None
    when there is none."""
    theirs = versioned_names(evidence_text)
    for match in _VERSIONED.finditer(claim_text):
        name, version = match.group(1), match.group(2).lstrip("vV")
        printed = theirs.get(name.casefold())
        if printed and version not in printed:
            return name, version, sorted(printed)[0]
    return None


def guard_other_versions(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding table or source check whose evidence names the claim's versioned
    thing only with other versions (module docstring). In place."""
    if not versioned_names(claim.text):
        return
    for kind in (CheckKind.table, CheckKind.source):
        for check in list(decided(checks, kind, DECIDING)):
            found = other_version(claim.text, evidence_text(check))
            if found is not None:
                name, version, other = found
                undecide(check, f"The claim speaks of {name} {version}; the evidence is about "
                                f"{name} {other}, another version")
