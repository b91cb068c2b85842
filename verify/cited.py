"""The run record's list of cited papers: which papers a report cites, which the run found, and
for each missing one what the user can do (claims/run.py's FIX_* texts). Kept apart from
sources.py, which finds the papers, so that each stays a readable size.
"""

from __future__ import annotations

from pathlib import Path

from verify_claims.claims import Reading, Reference, Report
from verify_claims.claims.run import (
    FIX_ACL,
    FIX_DOI,
    FIX_NOT_ARXIV,
    FIX_OFFLINE,
    FIX_ONLINE,
    FIX_UNREADABLE,
    CitedPaper,
    ReportSources,
)

from .doi_names import canonical_doi
from .sources import SourceResolver


def cited_papers(report: Report, resolver: SourceResolver,
                 unreadable: dict[Path, str] | None = None,
                 readings: dict[Path, Reading] | None = None) -> ReportSources:
    """Which papers the report cites (its reference list and its claims' citations) the run
    found, from the resolver's answers. A paper only the reference list names is looked up
    here when offline, or when it is cited by ACL Anthology id or DOI (local files only);
    online an arXiv paper is not downloaded for the record. `readings` are the reading health
    of the PDFs the run read, by path."""
    unreadable = unreadable or {}  # source files that failed to load: found, yet unusable
    references: dict[str, Reference] = {ref.key: ref for ref in report.references}
    for claim in report.claims:
        for reference in claim.references:
            references.setdefault(reference.key, reference)
    readings = readings or {}
    cited = []
    for key, reference in references.items():
        answer = resolver.answered(reference)
        if answer is None and (resolver.offline or reference.kind in ("acl", "doi")):
            answer = resolver.resolve(reference)
        if answer is None:
            cited.append(CitedPaper(reference=key, found=False,
                                    detail=f"{key}: not looked up, since no claim cites it"))
        elif answer.found and answer.source is not None \
                and answer.source.path in unreadable:
            cited.append(CitedPaper(
                reference=key, found=False, fix=FIX_UNREADABLE,
                detail=f"{key}: {answer.source.path.name} could not be read: "
                       f"{unreadable[answer.source.path]}"))
        elif answer.found:
            reading = readings.get(answer.source.path) if answer.source is not None else None
            cited.append(CitedPaper(reference=key, found=True, detail=answer.message,
                                    reading=reading))
        else:
            cited.append(CitedPaper(reference=key, found=False, detail=answer.message,
                                    fix=_fix(reference, resolver.offline)))
    return ReportSources(cited=cited)


def _fix(reference: Reference, offline: bool) -> str:
    if reference.kind == "doi":
        return FIX_DOI if canonical_doi(reference.doi) else "correct the DOI in the report"
    if reference.kind == "acl":
        return FIX_ACL
    if reference.kind != "arxiv":
        return FIX_NOT_ARXIV
    if not reference.arxiv_id:
        return "correct the arXiv identifier in the report"
    return FIX_OFFLINE if offline else FIX_ONLINE
