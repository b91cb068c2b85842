"""The audit commands: `audit` and `check` (verify_claims/cli.py).

`audit` reads the reports, checks every claim and writes the audit folder; `check` runs the
same audit and compares it with a committed baseline, for CI. Both go through `run_audit`,
which shows the progress bar, names what was skipped and decides the exit status.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from .cli_app import EXIT_STATUS, app, console, output_failure, print_problems
from .cli_options import (
    AbsolutePaths,
    CacheDir,
    FollowLinks,
    Offline,
    Paths,
    Quiet,
    Results,
    Sources,
    Strict,
    input_files,
)
from .cli_stages import loading_stages
from .cli_summary import print_summary, summary

if TYPE_CHECKING:
    from verify_claims.pipeline import Audit

__all__ = ["audit", "check", "run_audit"]


def run_audit(paths: list[Path], out: Path | None, sources: Path | None, offline: bool,
               cache_dir: Path | None, results: Path, quiet: bool, strict: bool,
               absolute_paths: bool, follow_links: bool = False) -> Audit:
    """Run the audit with a progress bar, print what was skipped, exit 1 if nothing was read
    (or, with `strict`, if anything was skipped; or the audit folder could not be written;
    2 when --out cannot be a folder)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    inputs = input_files(paths, absolute_paths, follow_links)
    with loading_stages():
        from verify_claims.claims import OutputError, OutputWriteError
        from verify_claims.claims.ids import scrub
        from verify_claims.pipeline import run_audit
    progress = Progress(TextColumn("[bold]reading"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"),
                        console=console, disable=quiet, transient=True)
    with progress:
        task = progress.add_task("", total=len(inputs))

        def advance(path: Path) -> None:
            progress.update(task, advance=1, description=escape(scrub(path.name)))

        try:
            result = run_audit(inputs, out=out, sources=sources, offline=offline,
                               cache_dir=cache_dir, results=results, on_file=advance,
                               absolute_paths=absolute_paths, follow_links=follow_links)
        except OutputError as error:
            raise output_failure(error, 2) from None
        except OutputWriteError as error:
            raise output_failure(error, 1) from None
    rows, left_out, report_problems = summary(result.reports)
    print_problems(result.problems + report_problems)
    if not result.reports:
        console.print("[red]error[/]: none of the input files could be read; nothing written")
        raise typer.Exit(1)
    if not quiet:
        print_summary(rows, left_out)
    if out is not None:
        console.print(f"wrote {len(result.written)} files to {escape(scrub(str(out)))}/ "
                      f"({result.reports.claim_count} claims from {len(result.reports)} files; "
                      f"open {escape(scrub(str(out / 'index.html')))})", highlight=False,
                      soft_wrap=True)
    skipped = [problem for problem in result.problems if problem.severity == "error"]
    if strict and skipped:
        console.print(f"[red]error[/]: --strict: {len(skipped)} of {len(inputs)} input files "
                      "were skipped (see above)", highlight=False)
        raise typer.Exit(1)
    return result


@app.command(epilog=EXIT_STATUS)
def audit(
    paths: Paths,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR",
                                      help="Folder to write the audit to.")] = Path("audit"),
    sources: Sources = None,
    offline: Offline = False,
    cache_dir: CacheDir = None,
    results: Results = Path("runs"),
    quiet: Quiet = False,
    strict: Strict = False,
    absolute_paths: AbsolutePaths = False,
    follow_links: FollowLinks = False,
) -> None:
    """Audit reports: check every claim against the papers it cites.

    Reads every PATH (a .pdf, .txt or .md file, or a folder of them, searched recursively),
    extracts each claim, checks it, and writes claims.jsonl, audit.json, index.html and one
    page per report into --out. Reports are named by their path relative to the folder that
    holds all the inputs (a/report.txt), and so are their claim ids.

    Cited papers are looked up in --sources, the bundled reference cards, the cache, then
    arXiv (unless --offline). A paper that cannot be found leaves its claims unverified.
    A file that cannot be read is named with the reason, and the run goes on.
    """
    run_audit(paths, out, sources, offline, cache_dir, results, quiet, strict, absolute_paths,
               follow_links)


@app.command(epilog=EXIT_STATUS)
def check(
    ctx: typer.Context,
    paths: Paths,
    baseline: Annotated[Path, typer.Option(
        metavar="FILE", help="The committed baseline (JSON) to compare the fresh audit with.")],
    update: Annotated[bool, typer.Option(
        "--update", show_default=False,
        help="Rewrite the baseline from the fresh audit instead of failing.")] = False,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="DIR", help="Also write the fresh audit to this folder.")]
    = None,
    sources: Sources = None,
    offline: Offline = False,
    cache_dir: CacheDir = None,
    results: Results = Path("runs"),
    quiet: Quiet = True,
    strict: Strict = False,
    absolute_paths: AbsolutePaths = False,
    follow_links: FollowLinks = False,
) -> None:
    """Audit afresh and compare with a committed baseline (for CI).

    Audits PATH... afresh and compares every claim's status and numbers with --baseline.
    Exits 1 with a readable diff when a status changed, a claim appeared or vanished, or a
    number (from a paper, a reference card or a reproduction run) moved beyond the tolerance
    stored beside it in the baseline; --update accepts the changes by rewriting the file.
    """
    from verify_claims.claims import OutputWriteError
    from verify_claims.reports.baseline import (
        BaselineError,
        baseline_lock,
        baseline_of,
        compare,
        format_drift,
        read_baseline,
        write_baseline,
    )

    if update:  # held until the command ends: two updates take turns, each told of the other
        try:
            ctx.with_resource(baseline_lock(baseline))
        except OutputWriteError as error:
            raise output_failure(error, 1) from None
    previous = None
    if baseline.exists() or not update:
        try:
            previous = read_baseline(baseline)
        except BaselineError as error:
            console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    result = run_audit(paths, out, sources, offline, cache_dir, results, quiet, strict,
                        absolute_paths, follow_links)
    fresh = baseline_of(claim for report in result.reports for claim in report.claims)
    name = escape(str(baseline))
    drifts = compare(previous, fresh) if previous is not None else []
    if drifts:
        print(format_drift(drifts), flush=True)
    changed = len({drift.claim_id for drift in drifts})
    if update:
        try:
            write_baseline(baseline, fresh)
        except OutputWriteError as error:
            raise output_failure(error, 1) from None
        console.print(f"wrote {name} ({len(fresh.claims)} claims; "
                      f"{changed} changed since the last baseline)"
                      if previous is not None else
                      f"wrote {name} ({len(fresh.claims)} claims)",
                      highlight=False, soft_wrap=True)
    elif drifts:
        console.print(f"[red]{changed} of {len(fresh.claims)} claims drifted from {name}[/]; "
                      "review the changes above, then accept them with --update",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    else:
        console.print(f"{len(fresh.claims)} claims match {name}",
                      highlight=False, soft_wrap=True)
