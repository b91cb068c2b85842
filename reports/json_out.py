"""Machine-readable audit output: `claims.jsonl` and `audit.json`.

`claims.jsonl` holds every claim record in full, one per line, so it can be read back with
`read_jsonl(path, Claim)` and re-rendered or diffed. `audit.json` is the overview: each
report's metadata and counts (without repeating its claims), the totals, the claims shared
across reports and the problems of the run. Both files are written atomically.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from verify_claims.claims import Problem, Report, write_atomic, write_jsonl

from .summary import (
    CalibrationBin,
    MarkAgreement,
    calibration,
    mark_agreement,
    shared_claims,
    summarise,
    total,
)

CLAIMS_FILE = "claims.jsonl"
AUDIT_FILE = "audit.json"
AUDIT_FORMAT = 1  # bumped whenever the layout of audit.json changes


def write_claims_jsonl(reports: Iterable[Report], out_dir: Path) -> Path:
    """Write every claim, in report order then row order, to `out_dir/claims.jsonl`."""
    path = Path(out_dir) / CLAIMS_FILE
    write_jsonl(path, (claim for report in reports for claim in report.claims))
    return path


def audit_document(
    reports: Sequence[Report],
    problems: Iterable[Problem] = (),
    generated: datetime | str | None = None,
) -> dict[str, Any]:
    """The content of `audit.json` as plain JSON-ready data."""
    summaries = [summarise(report) for report in reports]
    document: dict[str, Any] = {"format": AUDIT_FORMAT}
    if generated is not None:
        document["generated"] = (generated if isinstance(generated, str)
                                 else generated.isoformat())
    document["totals"] = total(summaries).as_dict()
    document["reports"] = [
        {
            **report.model_dump(mode="json", exclude={"claims"}),
            "counts": summary.counts.as_dict(),
            "mark_agreement": _agreement(mark_agreement(report.claims)),
            "calibration": [
                {"low": b.low, "high": b.high, "claims": b.claims,
                 "mean_confidence": b.mean_confidence, **_agreement(b)}
                for b in calibration(report.claims)
            ],
            "claim_ids": [claim.id for claim in report.claims],
        }
        for report, summary in zip(reports, summaries, strict=True)
    ]
    document["shared_claims"] = [
        {
            "canonical_id": group.canonical_id,
            "text": group.text,
            "reports": group.reports,
            "statuses": [status.value for status in group.statuses],
            "claim_ids": [claim.id for claim in group.claims],
        }
        for group in shared_claims(reports)
    ]
    document["problems"] = [problem.model_dump(mode="json") for problem in problems]
    return document


def _agreement(tally: MarkAgreement | CalibrationBin) -> dict[str, Any]:
    return {"decided": tally.decided, "agree": tally.agree, "rate": tally.rate}


def write_audit_json(
    reports: Sequence[Report],
    out_dir: Path,
    problems: Iterable[Problem] = (),
    generated: datetime | str | None = None,
) -> Path:
    """Write the overview described in the module docstring to `out_dir/audit.json`."""
    path = Path(out_dir) / AUDIT_FILE
    text = json.dumps(audit_document(reports, problems, generated), indent=2, ensure_ascii=False)
    write_atomic(path, text + "\n")
    return path
