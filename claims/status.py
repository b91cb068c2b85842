"""The verdict rule of DESIGN.md, in one place.

A claim is contradicted when a decisive check contradicts it, confirmed when a decisive check
supports it and none contradicts, else unverified. Source-missing, no-evidence, inconclusive and
not-run outcomes never decide anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Check, Claim, Evidence, Outcome, Status

SUPPORTING = {Outcome.supported, Outcome.confirmed}
CONTRADICTING = {Outcome.contradicted}


def status_of(checks: Iterable[Check]) -> Status:
    decisive = [check for check in checks if check.decisive]
    if any(check.outcome in CONTRADICTING for check in decisive):
        return Status.contradicted
    if any(check.outcome in SUPPORTING for check in decisive):
        return Status.confirmed
    return Status.unverified


def attach_check(claim: Claim, check: Check) -> None:
    """Put `check` on `claim` in place of any earlier check of its kind, and re-decide the
    status: how a later stage (a paper's own tables, a reproduction) adds its verdict."""
    claim.checks = [existing for existing in claim.checks if existing.kind != check.kind]
    claim.checks.append(check)
    claim.status = status_of(claim.checks)


def evidence_pieces(checks: Iterable[Check]) -> list[list[Evidence]]:
    """The independent pieces of evidence behind the decisive checks, each a group of the
    evidence that read the same thing (issue 11): the same passage of the same source (a
    source check and a table check quoting one sentence), or any statement or number of the
    same reference card (one author's summary is one witness, however many checks read it).
    A page says "2 pieces of evidence" only when two independent things agree. A neighbouring
    sentence that only lends the deciding sentence words (`Evidence.lent`) is part of that
    sentence's piece, no witness of its own."""
    groups: dict[tuple[str, str], list[Evidence]] = {}
    for check in checks:
        if not check.decisive:
            continue
        for evidence in check.evidence:
            if evidence.lent is not None:
                continue
            if evidence.provenance is not None:
                key = ("card", evidence.provenance.card)
            else:
                key = (evidence.source, " ".join(evidence.quote.split()).casefold())
            groups.setdefault(key, []).append(evidence)
    return list(groups.values())
