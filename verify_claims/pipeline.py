"""The audit as a library call: files in, records and rendered outputs out.

This is the wiring the CLI is a thin layer over (sqlite-utils style): each stage is called
through its public function and hands the next one `claims/` records only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verify_claims.claims import Claim, Problem, Report
from verify_claims.extract.canonical import assign_canonical_ids
from verify_claims.extract.files import ReadError, extract_file, iter_input_files
from verify_claims.reports.html import render_audit
from verify_claims.reports.json_out import write_audit_json, write_claims_jsonl

log = logging.getLogger(__name__)


@dataclass
class Audit:
    """What one run produced: the reports read, the files skipped, and the files written."""

    reports: list[Report] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def claims(self) -> list[Claim]:
        return [claim for report in self.reports for claim in report.claims]


def read_reports(
    paths: Iterable[Path | str],
    on_file: Callable[[Path], None] | None = None,
) -> Audit:
    """Extract every input file; an unreadable file becomes a Problem and the run goes on."""
    audit = Audit()
    files = list(iter_input_files(paths))
    for path in files:
        if on_file:
            on_file(path)
        try:
            audit.reports.append(extract_file(path))
        except ReadError as error:
            audit.problems.append(Problem(file=str(path), message=error.problem))
        except Exception as error:  # a parser bug must not cost the user the other files
            log.exception("internal error while reading %s", path)
            audit.problems.append(Problem(
                file=str(path),
                message=f"internal error ({type(error).__name__}: {error}); please report it",
            ))
    assign_canonical_ids(audit.claims)
    return audit


def write_outputs(audit: Audit, out: Path, generated: str | None = None) -> list[Path]:
    """Write claims.jsonl, audit.json and the HTML pages, each file atomically."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    write_claims_jsonl(audit.reports, out)
    write_audit_json(audit.reports, out, audit.problems, generated=generated)
    pages = render_audit(audit.reports, out, problems=audit.problems, generated=generated)
    audit.written = [out / "claims.jsonl", out / "audit.json", *pages]
    return audit.written


def run_audit(
    paths: Sequence[Path | str],
    out: Path | str = "audit",
    on_file: Callable[[Path], None] | None = None,
    generated: str | None = None,
) -> Audit:
    """Read, group and render. Verification against sources is the next stage (issue 3)."""
    audit = read_reports(paths, on_file=on_file)
    if audit.reports:
        write_outputs(audit, Path(out), generated=generated)
    return audit
