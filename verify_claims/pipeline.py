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
from datetime import datetime, timezone
from pathlib import Path

from verify_claims import __version__
from verify_claims.claims import (
    Claim,
    Paper,
    Problem,
    Reading,
    Report,
    ReportSpool,
    SkippedLink,
    attach_check,
    staged_folder,
    write_atomic,
)
from verify_claims.claims.folders import check_output_folder
from verify_claims.claims.run import CardUse, ReportSources, RunOptions, RunRecord
from verify_claims.extract.canonical import GroupKey, canonical_ids
from verify_claims.extract.files import ReadError, extract_with_paper
from verify_claims.extract.inputs import InputFile, collect_inputs
from verify_claims.extract.nlp import get_pipeline
from verify_claims.extract.paper import enrich_paper, parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.reports.html import AuditPages, page_names
from verify_claims.reports.json_out import (
    AUDIT_FILE,
    CLAIMS_FILE,
    AuditDocument,
    claim_lines,
    write_audit_document,
)
from verify_claims.reproduce.binding import bound_recipe_ids
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.results import ResultsStore
from verify_claims.verify.cards import card_to_paper, load_card
from verify_claims.verify.cited import cited_papers
from verify_claims.verify.engine import Verifier, verify_against_own_tables
from verify_claims.verify.reproduction_check import check_reproduction
from verify_claims.verify.sources import SourceFile, SourceResolver

log = logging.getLogger(__name__)


@dataclass
class Audit:
    """What one run produced: the reports read, the files skipped, and the files written.

    `reports` are kept on disk and read back on demand (claims/spool.py): a run over 10,000
    reports holds one batch of records at a time, not the corpus. It reads like a list."""

    reports: ReportSpool = field(default_factory=ReportSpool)
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    # Claim id -> canonical id, decided by `read_reports` over the whole corpus and written
    # into the records by `verify`, which rewrites the spool anyway (and then empties this).
    canonical: dict[str, str] = field(default_factory=dict)
    # Symbolic links that lead out of an input folder or --sources and were not followed,
    # unless `follow_links` (issue 14); both are recorded in audit.json.
    skipped_links: list[SkippedLink] = field(default_factory=list)
    follow_links: bool = False
    # The run record (tool, date, options, cards) and, in report order, each report's cited
    # papers found and missing; set by `verify` and `run_audit`, shown by every output.
    run: RunRecord | None = None
    sources: list[ReportSources] = field(default_factory=list)
    cards: dict[str, CardUse] = field(default_factory=dict)  # the reference cards read

    @property
    def claims(self) -> list[Claim]:
        """Every claim, read back from disk: handy for small audits and for tests; the pipeline
        itself walks `reports.batches()`."""
        return [claim for report in self.reports for claim in report.claims]


PARALLEL_MIN_FILES = 32  # below this, starting worker processes costs more than it saves
BATCH_CLAIMS = 5_000  # claims verified together: enough to share out over the cores, and
# about 55 MB of records


def read_one(file: InputFile | Path | str) -> Report | Problem:
    """Extract one file; an unreadable file (or a parser bug) becomes a Problem naming it.

    The file is named in records and problems as `InputFile` says (its path relative to the
    inputs' root); a bare path goes by its file name.

    A paper's result statements are checked against its own tables here, while its pages are
    at hand, so that no parsed paper outlives its file: a run over thousands of files holds
    claim records, never pages."""
    if not isinstance(file, InputFile):
        file = InputFile(path=Path(file), name=Path(file).name, shown_path=str(file))
    try:
        report, paper = extract_with_paper(file.path, name=file.name, shown_path=file.shown_path)
    except ReadError as error:
        return Problem(file=file.shown_path, message=error.problem)
    except Exception as error:  # a parser bug must not cost the user the other files
        log.exception("internal error while reading %s", file.path)
        message = f"internal error ({type(error).__name__}: {error}); please report it"
        return Problem(file=file.shown_path, message=message)
    if paper is not None:
        verify_against_own_tables(report.claims, paper, f"{report.file} (its own tables)")
    return report


def _read_all(files: Sequence[InputFile], workers: int) -> Iterator[Report | Problem]:
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
    paths: Sequence[Path | str] | Sequence[InputFile],
    on_file: Callable[[Path], None] | None = None,
    workers: int | None = None,
    follow_links: bool = False,
    absolute_paths: bool = False,
) -> Audit:
    """Extract every input file (one process per core; `workers` to choose) and group the same
    claim across reports. An unreadable file becomes a Problem and the run goes on.

    `paths` are files and folders, or the `InputFile`s `collect_inputs` made of them. Each
    report is named by its path relative to the inputs' common root, and so are the paths in
    its records unless `absolute_paths` (extract/inputs.py).

    Each report goes to disk as soon as it is read; only its claims' short grouping keys stay
    in memory, for the grouping at the end (whose result waits in `audit.canonical`)."""
    audit = Audit(follow_links=follow_links)
    files = _inputs(paths, absolute_paths, follow_links, audit.skipped_links)
    count = workers if workers is not None else (os.cpu_count() or 1)
    keys: list[GroupKey] = []
    for file, record in zip(files, _read_all(files, count), strict=True):
        if on_file:
            on_file(file.path)
        if isinstance(record, Problem):
            audit.problems.append(record)
        else:
            audit.reports.append(record)
            keys += map(GroupKey.of, record.claims)
    audit.canonical = canonical_ids(keys)
    return audit


def _inputs(paths: Sequence[Path | str] | Sequence[InputFile], absolute_paths: bool,
            follow_links: bool = False, skipped: list | None = None) -> list[InputFile]:
    """The input files of `paths`, collected unless they already are."""
    if paths and all(isinstance(path, InputFile) for path in paths):
        return list(paths)  # type: ignore[arg-type]
    return collect_inputs(paths, absolute_paths, follow_links,  # type: ignore[arg-type]
                          skipped)


def load_source(source: SourceFile, cards: dict[str, CardUse] | None = None) -> Paper:
    """Turn a resolved source file into a Paper whose sentences carry parsed quantities; a
    card read is noted in `cards` (for the run record)."""
    if source.kind == "card":
        card = load_card(source.path)
        if cards is not None:
            cards[card.source_id] = CardUse(id=card.source_id, version=card.metadata.version,
                                            file=source.path.name)
        return enrich_paper(card_to_paper(card))
    return parse_paper(read_document(source.path))


def verify(audit: Audit, resolver: SourceResolver, results: Path | str | None = None,
           registry: Registry | None = None) -> None:
    """Check every claim against the papers it cites and, with `results` (a folder of
    `verify-claims reproduce` runs), against the numbers the bound recipes measured; sets each
    claim's canonical id, checks and status. Nothing here trains anything: a bound recipe that
    has not run shows as `not_run`.

    The spooled reports are streamed `BATCH_CLAIMS` claims at a time into a new spool; each
    batch is shared over one process per core when it is large enough (the engine decides).

    A source file that cannot be read (a broken PDF or card in --sources) leaves the claims
    citing it unverified, each saying why; it is also reported once as a run-level warning, so
    that the CLI names it. (The engine loads every source in this process, before forking.)"""
    unreadable: dict[Path, str] = {}
    readings: dict[Path, Reading] = {}

    def load(source: SourceFile) -> Paper:
        try:
            paper = load_source(source, audit.cards)
        except Exception as error:
            reason = getattr(error, "problem", None) or getattr(error, "message", None)
            unreadable.setdefault(source.path, reason or str(error) or type(error).__name__)
            raise
        if paper.reading is not None:
            readings[source.path] = paper.reading
        return paper

    verifier = Verifier(resolver, load, workers=None)
    reproductions = _Reproductions(results, registry) if results is not None else None
    finished = ReportSpool()
    audit.sources = []
    for batch in audit.reports.batches(BATCH_CLAIMS):
        claims = [claim for report in batch for claim in report.claims]
        for claim in claims:
            claim.canonical_id = audit.canonical.get(claim.id, claim.canonical_id)
        verifier.verify(claims)
        if reproductions is not None:
            reproductions.attach(claims)
        for report in batch:
            finished.append(report)
            audit.sources.append(cited_papers(report, resolver, unreadable, readings))
    audit.reports.close()
    audit.reports = finished
    audit.canonical = {}  # written into the records now
    if reproductions is not None:
        audit.problems += reproductions.problems
    audit.problems += [Problem(file=str(path), severity="warning",
                               message=f"source file could not be read: {reason}; the claims "
                                       "citing it stay unverified")
                       for path, reason in unreadable.items()]
    audit.problems += [Problem(file=str(path), severity="warning",
                               message=f"source file read poorly: {reading.poor}; the claims "
                                       "citing it may stay unverified for that reason")
                       for path, reading in readings.items() if reading.poor]


class _Reproductions:
    """The recipes and the measured results of a run, read once and applied batch by batch."""

    def __init__(self, results: Path | str, registry: Registry | None = None) -> None:
        self.registry = registry if registry is not None else Registry()
        store = ResultsStore(results)
        self.measured = store.load_all()
        self.problems = [Problem(file=error.path, message=error.problem, severity="warning")
                         for error in self.registry.problems] + store.problems

    def attach(self, claims: Sequence[Claim]) -> None:
        bound = bound_recipe_ids(claims, self.registry)
        for claim in claims:
            check = check_reproduction(claim, self.measured, bound.get(claim.id, ()))
            if check is not None:
                attach_check(claim, check)


def run_date() -> str:
    """Now, in UTC, as ISO 8601; or the time SOURCE_DATE_EPOCH names, the reproducible-builds
    convention, so that two runs over the same inputs can write the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() \
        else datetime.now(timezone.utc)
    return moment.isoformat(timespec="seconds")


def run_record(resolver: SourceResolver, results: Path | str | None, generated: str | None,
               cards: Iterable[CardUse] = ()) -> RunRecord:
    """What the run was: tool version, date, the options that decide what it could find (read
    from the resolver that did the finding) and the reference cards it read."""
    return RunRecord(
        version=__version__, generated=generated,
        options=RunOptions(offline=resolver.offline,
                           sources=str(resolver.sources_dir) if resolver.sources_dir else None,
                           cache=str(resolver.cache.root),
                           results=str(results) if results is not None else None),
        cards=sorted(cards, key=lambda card: card.id))


def write_outputs(audit: Audit, out: Path, generated: str | None = None) -> list[Path]:
    """Write claims.jsonl, audit.json and the HTML pages into `out` as one unit.

    Everything is written into a staging folder beside `out`, which then replaces `out` by
    renames: a run interrupted at any point before the swap leaves the previous audit as it
    was, and readers never see claims.jsonl of one run with index.html of another. Only files
    an earlier run wrote are ever deleted (claims/folders.py). Raises OutputError when `out`
    cannot be an audit folder, OutputWriteError when it cannot be written.

    The reports are read back from disk once: as each passes, its claims go to claims.jsonl,
    its page is written and its overview entry made; the overview pages come last."""
    out = Path(out)
    with staged_folder(out) as staging:
        pages = AuditPages(staging, generated, run=audit.run)
        document = AuditDocument(generated, run=audit.run)
        names = page_names(audit.reports.files)
        sources: list[ReportSources | None] = list(audit.sources) or [None] * len(names)

        def lines() -> Iterator[str]:  # each report's page and entry are made as it passes
            for report, name, cited in zip(audit.reports, names, sources, strict=True):
                pages.add(report, name, cited)
                document.add(report, cited)
                yield from claim_lines(report)

        write_atomic(staging / CLAIMS_FILE, lines())
        links = {"follow_links": audit.follow_links,
                 "skipped": [link.model_dump(mode="json") for link in audit.skipped_links]}
        write_audit_document(document.finish(pages.shared_claims(), audit.problems, links),
                             staging)
        written = [staging / CLAIMS_FILE, staging / AUDIT_FILE, *pages.finish(audit.problems)]
    audit.written = [out / path.relative_to(staging) for path in written]
    return audit.written


def _skipped(link: SkippedLink) -> str:
    """Why a file of an input folder or --sources was not read: a symbolic link out of it, or
    a sources.yaml entry that leads outside it (sources_map.py), which no option reads."""
    if link.reason != SkippedLink.model_fields["reason"].default:
        return f"{link.reason} ({link.target})"
    return (f"a symbolic link to {link.target}, outside {link.folder}; not followed "
            "(--follow-links reads it)")


def run_audit(
    paths: Sequence[Path | str] | Sequence[InputFile],
    out: Path | str | None = "audit",
    *,
    sources: Path | str | None = None,
    offline: bool = False,
    cache_dir: Path | str | None = None,
    resolver: SourceResolver | None = None,
    results: Path | str | None = "runs",
    on_file: Callable[[Path], None] | None = None,
    generated: str | None = None,
    follow_links: bool = False,
    absolute_paths: bool = False,
) -> Audit:
    """Read, group, verify and render.

    Sources are looked up in `sources` (files named by arXiv id and version, ACL Anthology id
    or DOI, or listed in its sources.yaml), the bundled reference cards, the cache, then arXiv
    unless `offline`; pass `resolver` to control all of that (tests use one with a fake arXiv
    client). Measured numbers of reproduction runs are read from `results` (None: none). With
    `out` None nothing is written (`check` uses that to compare a fresh audit with its
    baseline without touching the last audit).

    Symbolic links in input folders and `sources` that lead out of them are skipped, each with
    a warning, unless `follow_links`.

    Reports are named, and paths written, relative to the common root of `paths` (the folder
    given, or the folder that holds all of them); `absolute_paths` writes absolute paths
    instead (the names, and so the claim ids, stay relative)."""
    if out is not None:
        check_output_folder(out)  # a usage error is said before a long run, not after it
    audit = read_reports(paths, on_file=on_file, follow_links=follow_links,
                         absolute_paths=absolute_paths)
    if resolver is None:
        resolver = SourceResolver(
            sources_dir=Path(sources) if sources is not None else None,
            cache_dir=Path(cache_dir) if cache_dir is not None else None,
            offline=offline,
            follow_links=follow_links,
        )
    audit.skipped_links += resolver.skipped_links
    audit.problems += [Problem(file=link.path, severity="warning", message=_skipped(link))
                       for link in audit.skipped_links]
    map_file = getattr(resolver, "map_file", None)  # a resolver of a test may have none
    if map_file is not None:  # sources.yaml entries that could not be used, and why
        audit.problems += [Problem(file=str(map_file), severity="warning", message=problem)
                           for problem in resolver.map_problems]
    verify(audit, resolver, results)
    if generated is None:
        generated = run_date()
    audit.run = run_record(resolver, results, generated, audit.cards.values())
    if audit.reports and out is not None:
        write_outputs(audit, Path(out), generated=generated)
    return audit
