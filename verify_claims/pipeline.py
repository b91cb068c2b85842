"""The audit as a library call: files in, records and rendered outputs out.

This is the wiring the CLI is a thin layer over (sqlite-utils style): each stage is called
through its public function and hands the next one `claims/` records only. It is also the one
place that knows how a source file becomes a `Paper` (extract reads PDFs and text; verify
reads reference cards), so that neither stage imports the other.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verify_claims.claims import Claim, Paper, Problem, Report, attach_check, staged_folder
from verify_claims.extract.canonical import assign_canonical_ids
from verify_claims.extract.files import ReadError, extract_with_paper, iter_input_files
from verify_claims.extract.nlp import get_pipeline
from verify_claims.extract.paper import enrich_paper, parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.reports.html import INDEX_PAGE, REPORTS_FOLDER, render_audit
from verify_claims.reports.json_out import (
    AUDIT_FILE,
    CLAIMS_FILE,
    write_audit_json,
    write_claims_jsonl,
)
from verify_claims.reproduce.binding import bound_recipe_ids
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.results import ResultsStore
from verify_claims.verify.cards import card_to_paper, load_card
from verify_claims.verify.engine import verify_against_own_tables, verify_claims
from verify_claims.verify.reproduction_check import check_reproduction
from verify_claims.verify.sources import SourceFile, SourceResolver

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


# What an audit folder holds: a folder of nothing else is replaced whole by the next run.
AUDIT_FILES = (CLAIMS_FILE, AUDIT_FILE, INDEX_PAGE, f"{REPORTS_FOLDER}/*.html")
PARALLEL_MIN_FILES = 32  # below this, starting worker processes costs more than it saves


def read_one(path: Path) -> Report | Problem:
    """Extract one file; an unreadable file (or a parser bug) becomes a Problem naming it.

    A paper's result statements are checked against its own tables here, while its pages are
    at hand, so that no parsed paper outlives its file: a run over thousands of files holds
    claim records, never pages."""
    try:
        report, paper = extract_with_paper(path)
    except ReadError as error:
        return Problem(file=str(path), message=error.problem)
    except Exception as error:  # a parser bug must not cost the user the other files
        log.exception("internal error while reading %s", path)
        message = f"internal error ({type(error).__name__}: {error}); please report it"
        return Problem(file=str(path), message=message)
    if paper is not None:
        verify_against_own_tables(report.claims, paper, f"{report.file} (its own tables)")
    return report


def _read_all(files: Sequence[Path], workers: int) -> Iterator[Report | Problem]:
    """`read_one` over `files`, in order; over forked processes when there are enough files.
    Records stream back as each file is done, so the progress bar moves with the work."""
    if workers <= 1 or len(files) < PARALLEL_MIN_FILES \
            or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(read_one, files)
        return
    get_pipeline()  # load spaCy once; forked workers inherit it
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(read_one, files, chunksize=4)


def read_reports(
    paths: Iterable[Path | str],
    on_file: Callable[[Path], None] | None = None,
    workers: int | None = None,
) -> Audit:
    """Extract every input file (one process per core; `workers` to choose) and group the same
    claim across reports. An unreadable file becomes a Problem and the run goes on."""
    audit = Audit()
    files = list(iter_input_files(paths))
    count = workers if workers is not None else (os.cpu_count() or 1)
    for path, record in zip(files, _read_all(files, count), strict=True):
        if on_file:
            on_file(path)
        if isinstance(record, Problem):
            audit.problems.append(record)
        else:
            audit.reports.append(record)
    assign_canonical_ids(audit.claims)
    return audit


def load_source(source: SourceFile) -> Paper:
    """Turn a resolved source file into a Paper whose sentences carry parsed quantities."""
    if source.kind == "card":
        return enrich_paper(card_to_paper(load_card(source.path)))
    return parse_paper(read_document(source.path))


def verify(audit: Audit, resolver: SourceResolver) -> None:
    """Check every claim against the papers it cites; fills checks and statuses in place.
    Large audits are shared over one process per core (the engine decides when it pays).

    A source file that cannot be read (a broken PDF or card in --sources) leaves the claims
    citing it unverified, each saying why; it is also reported once as a run-level warning, so
    that the CLI names it. (The engine loads every source in this process, before forking.)"""
    unreadable: dict[Path, str] = {}

    def load(source: SourceFile) -> Paper:
        try:
            return load_source(source)
        except Exception as error:
            reason = getattr(error, "problem", None) or getattr(error, "message", None)
            unreadable.setdefault(source.path, reason or str(error) or type(error).__name__)
            raise

    verify_claims(audit.claims, resolver, load, workers=None)
    audit.problems += [Problem(file=str(path), severity="warning",
                               message=f"source file could not be read: {reason}; the claims "
                                       "citing it stay unverified")
                       for path, reason in unreadable.items()]


def add_reproductions(audit: Audit, results: Path | str, registry: Registry | None = None) -> None:
    """Bind the recipes to the claims they re-measure and judge the measured results in
    `results` (a folder of `verify-claims reproduce` runs). A bound recipe that has not run
    shows as `not_run`; nothing here trains anything."""
    registry = registry if registry is not None else Registry()
    store = ResultsStore(results)
    measured = store.load_all()
    audit.problems += [Problem(file=error.path, message=error.problem, severity="warning")
                       for error in registry.problems]
    audit.problems += store.problems
    bound = bound_recipe_ids(audit.claims, registry)
    for claim in audit.claims:
        check = check_reproduction(claim, measured, bound.get(claim.id, ()))
        if check is not None:
            attach_check(claim, check)


def write_outputs(audit: Audit, out: Path, generated: str | None = None) -> list[Path]:
    """Write claims.jsonl, audit.json and the HTML pages into `out` as one unit.

    Everything is written into a staging folder beside `out`, which then replaces `out` by
    renames: a run interrupted at any point before the swap leaves the previous audit as it
    was, and readers never see claims.jsonl of one run with index.html of another."""
    out = Path(out)
    with staged_folder(out, owned=AUDIT_FILES) as staging:
        write_claims_jsonl(audit.reports, staging)
        write_audit_json(audit.reports, staging, audit.problems, generated=generated)
        pages = render_audit(audit.reports, staging, problems=audit.problems,
                             generated=generated)
        written = [staging / "claims.jsonl", staging / "audit.json", *pages]
    audit.written = [out / path.relative_to(staging) for path in written]
    return audit.written


def run_audit(
    paths: Sequence[Path | str],
    out: Path | str | None = "audit",
    *,
    sources: Path | str | None = None,
    offline: bool = False,
    cache_dir: Path | str | None = None,
    resolver: SourceResolver | None = None,
    results: Path | str | None = "runs",
    on_file: Callable[[Path], None] | None = None,
    generated: str | None = None,
) -> Audit:
    """Read, group, verify and render.

    Sources are looked up in `sources` (files named by arXiv id and version), the bundled
    reference cards, the cache, then arXiv unless `offline`; pass `resolver` to control all of
    that (tests use one with a fake arXiv client). Measured numbers of reproduction runs are
    read from `results` (None: none). With `out` None nothing is written (`check` uses that
    to compare a fresh audit with its baseline without touching the last audit)."""
    audit = read_reports(paths, on_file=on_file)
    if resolver is None:
        resolver = SourceResolver(
            sources_dir=Path(sources) if sources is not None else None,
            cache_dir=Path(cache_dir) if cache_dir is not None else None,
            offline=offline,
        )
    verify(audit, resolver)
    if results is not None:
        add_reproductions(audit, results)
    if audit.reports and out is not None:
        write_outputs(audit, Path(out), generated=generated)
    return audit
