"""Machine-readable audit output: `claims.jsonl` and `audit.json`.

`claims.jsonl` holds every claim record in full, one per line, so it can be read back with
`read_jsonl(path, Claim)` and re-rendered or diffed. `audit.json` is the overview: each
report's metadata and counts (without repeating its claims) and its cited papers found and
missing, the totals, the claims shared across reports, the problems of the run and the run
record (tool version, date, options, reference cards). Both files are written atomically.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from verify_claims.claims import Problem, Report, write_atomic
from verify_claims.claims.run import ReportSources, RunRecord

from .summary import (
    CalibrationBin,
    MarkAgreement,
    ReportSummary,
    SharedClaim,
    calibration,
    mark_agreement,
    shared_claims,
    summarise,
    total,
)

CLAIMS_FILE = "claims.jsonl"
AUDIT_FILE = "audit.json"
AUDIT_FORMAT = 2  # bumped whenever the layout of audit.json changes


def write_claims_jsonl(reports: Iterable[Report], out_dir: Path) -> Path:
    """Write every claim, in report order then row order, to `out_dir/claims.jsonl`."""
    path = Path(out_dir) / CLAIMS_FILE
    write_atomic(path, (line for report in reports for line in claim_lines(report)))
    return path


def claim_lines(report: Report) -> Iterator[str]:
    """The report's lines of `claims.jsonl` (the pipeline writes them report by report, in
    report order then row order, as it streams the reports from disk)."""
    for claim in report.claims:
        yield claim.model_dump_json() + "\n"


def audit_document(
    reports: Iterable[Report],
    problems: Iterable[Problem] = (),
    generated: datetime | str | None = None,
    run: RunRecord | None = None,
    sources: Iterable[ReportSources] | None = None,
) -> dict[str, Any]:
    """The content of `audit.json` as plain JSON-ready data; `run` is the run record and
    `sources` each report's cited papers found (in report order)."""
    reports = list(reports)
    cited = list(sources) if sources is not None else [None] * len(reports)
    document = AuditDocument(generated, run)
    for report, found in zip(reports, cited, strict=True):
        document.add(report, found)
    return document.finish(shared_claims(reports), problems)


class AuditDocument:
    """`audit.json` built as reports arrive one at a time (the pipeline streams them from
    disk): each report's entry is made when it is added, the totals at `finish`, which is
    given the shared claims (the pipeline's HTML pages group them already; grouping them here
    too would keep a second copy of every claim)."""

    def __init__(self, generated: datetime | str | None = None,
                 run: RunRecord | None = None) -> None:
        self._generated = generated
        self._run = run
        self._entries: list[dict[str, Any]] = []
        self._summaries: list[ReportSummary] = []

    def add(self, report: Report, sources: ReportSources | None = None) -> None:
        """Make the report's entry; `sources` are its cited papers found and missing."""
        summary = summarise(report)
        self._summaries.append(summary)
        self._entries.append({
            **report.model_dump(mode="json", exclude={"claims"}),
            "counts": summary.counts.as_dict(),
            "mark_agreement": _agreement(mark_agreement(report.claims)),
            "calibration": [
                {"low": b.low, "high": b.high, "claims": b.claims,
                 "mean_confidence": b.mean_confidence, **_agreement(b)}
                for b in calibration(report.claims)
            ],
            "claim_ids": [claim.id for claim in report.claims],
        })
        if sources is not None:
            self._entries[-1]["sources"] = {
                "cited": len(sources.cited), "found": len(sources.found),
                "missing": len(sources.missing), "headline": sources.headline,
                "fixes": sources.fixes,
                "poorly_read": [paper.reference for paper in sources.poorly_read],
                "papers": [paper.model_dump(mode="json") for paper in sources.cited],
            }

    def finish(self, shared: Iterable[SharedClaim], problems: Iterable[Problem] = (),
               links: dict[str, Any] | None = None) -> dict[str, Any]:
        """The document; `shared` are the claims printed in two or more reports. `links` says
        whether symbolic links out of the given folders were followed and which were skipped
        ({"follow_links": false, "skipped": [{"path", "target", "folder", "reason"}]})."""
        document: dict[str, Any] = {"format": AUDIT_FORMAT}
        if self._generated is not None:
            document["generated"] = (self._generated if isinstance(self._generated, str)
                                     else self._generated.isoformat())
        if self._run is not None:
            document["run"] = self._run.model_dump(mode="json")
        document["totals"] = total(self._summaries).as_dict()
        document["reports"] = self._entries
        document["shared_claims"] = [
            {
                "canonical_id": group.canonical_id,
                "text": group.text,
                "reports": group.reports,
                "statuses": [status.value for status in group.statuses],
                "claim_ids": [claim.id for claim in group.claims],
            }
            for group in shared
        ]
        document["problems"] = [problem.model_dump(mode="json") for problem in problems]
        if links is not None:
            document["links"] = links
        return document


def _agreement(tally: MarkAgreement | CalibrationBin) -> dict[str, Any]:
    return {"decided": tally.decided, "agree": tally.agree, "rate": tally.rate}


def write_audit_json(
    reports: Iterable[Report],
    out_dir: Path,
    problems: Iterable[Problem] = (),
    generated: datetime | str | None = None,
    run: RunRecord | None = None,
    sources: Iterable[ReportSources] | None = None,
) -> Path:
    """Write the overview described in the module docstring to `out_dir/audit.json`."""
    return write_audit_document(audit_document(reports, problems, generated, run, sources),
                                out_dir)


def write_audit_document(document: dict[str, Any], out_dir: Path) -> Path:
    """Write an `audit_document` (or a finished `AuditDocument`) to `out_dir/audit.json`."""
    path = Path(out_dir) / AUDIT_FILE
    write_atomic(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path
