"""The `verify-claims` command line: a thin layer over `verify_claims.pipeline`.

    verify-claims reports/ --out audit          # audit a folder of reports (the default command)
    verify-claims extract paper.pdf             # claim records as JSONL on standard output
    verify-claims schema --out claims/schema    # regenerate the committed JSON Schemas
    verify-claims check reports/ --baseline baseline.json   # fail when a verdict moved
    verify-claims reproduce planted-transfer --scale smoke --seeds 3   # re-measure a claim

Exit status: 0 when the audit was written, 1 when no input file could be read (and, for
`check`, when the audit drifted from its baseline), 2 on usage errors.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from verify_claims import __version__
from verify_claims.claims import OutputError, OutputWriteError, Problem, Report, SkippedLink
from verify_claims.claims.ids import scrub
from verify_claims.claims.jsonl import dumps_jsonl, write_atomic
from verify_claims.extract.canonical import assign_canonical_ids
from verify_claims.extract.files import ReadError, extract_file, iter_input_files
from verify_claims.pipeline import Audit, run_audit
from verify_claims.reports.summary import count_claims

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Audit the claims of synthesis reports and papers against the papers they cite.",
)
console = Console(stderr=True)
COMMANDS = {"audit", "check", "extract", "schema", "reproduce", "recipes", "plan"}


def _version(value: bool) -> None:
    if value:
        print(f"verify-claims {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Audit the claims of synthesis reports and papers against the papers they cite."""


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        colour = "red" if problem.severity == "error" else "yellow"
        label = "skipped" if problem.severity == "error" else "warning"
        console.print(f"[{colour}]{label}[/]: {escape(problem.file)}: {escape(problem.message)}",
                      highlight=False, markup=True, soft_wrap=True)


SUMMARY_ROWS = 40  # reports listed in the terminal table; the HTML overview lists them all


def _summary(reports: Iterable[Report]) -> tuple[Table, list[Problem]]:
    """The terminal table (the first SUMMARY_ROWS reports) and the reports' own problems, from
    one pass over the reports (each is read back from disk, so it is walked once)."""
    table = Table(title="Audit", show_lines=False)
    for column in ("report", "claims", "cut", "✓", "×",
                   "confirmed", "contradicted", "unverified", "disagree"):
        if column == "report":
            table.add_column(column, overflow="fold", min_width=24)
        else:
            table.add_column(column, justify="right")
    problems: list[Problem] = []
    left_out = 0
    for report in reports:
        problems += report.problems
        if len(table.rows) == SUMMARY_ROWS:
            left_out += 1
            continue
        counts = count_claims(report.claims)
        table.add_row(escape(report.file), *(str(value) for value in (
            counts.claims, counts.truncated, counts.marked_true, counts.marked_false,
            counts.confirmed, counts.contradicted, counts.unverified, counts.disagreements)))
    if left_out:
        table.caption = f"… and {left_out:,} more reports (index.html lists them all)"
    return table, problems


# Options shared by `audit` and `check`, which run the same audit.
Paths = Annotated[list[Path], typer.Argument(help="Report or paper files, or folders of them.")]
Sources = Annotated[Path | None, typer.Option(
    help="Folder of cited papers named by arXiv id and version (2005.13013v2.pdf).",
    exists=True, file_okay=False)]
Offline = Annotated[bool, typer.Option(help="Never touch the network.")]
CacheDir = Annotated[Path | None, typer.Option(
    help="Cache of downloaded papers (default: $XDG_CACHE_HOME/verify-claims).")]
Results = Annotated[Path, typer.Option(
    help="Folder of reproduction results (from `verify-claims reproduce`).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")]
FollowLinks = Annotated[bool, typer.Option(
    "--follow-links", help="Read files that symbolic links in the input folders and --sources "
                           "lead to outside them (skipped by default).")]


def _output_failure(error: Exception, code: int) -> typer.Exit:
    """Print why the output could not be written; the exit to raise (2: usage, 1: writing)."""
    console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _run_audit(paths: list[Path], out: Path | None, sources: Path | None, offline: bool,
               cache_dir: Path | None, results: Path, quiet: bool,
               follow_links: bool = False) -> Audit:
    """Run the audit with a progress bar, print what was skipped, exit 1 if nothing was read
    (or the audit folder could not be written; 2 when --out cannot be a folder)."""
    links: list[SkippedLink] = []
    files = list(iter_input_files(paths, follow_links, links))
    if not files:
        console.print("[red]error[/]: no report files found in the given paths"
                      + (f" ({len(links)} symbolic links that lead out of them were not "
                         "followed; --follow-links reads them)" if links else ""))
        raise typer.Exit(1)
    progress = Progress(TextColumn("[bold]reading"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"),
                        console=console, disable=quiet, transient=True)
    with progress:
        task = progress.add_task("", total=len(files))

        def advance(path: Path) -> None:
            progress.update(task, advance=1, description=scrub(path.name))

        try:
            result = run_audit(paths, out=out, sources=sources, offline=offline,
                               cache_dir=cache_dir, results=results, on_file=advance,
                               follow_links=follow_links)
        except OutputError as error:
            raise _output_failure(error, 2) from None
        except OutputWriteError as error:
            raise _output_failure(error, 1) from None
    table, report_problems = _summary(result.reports)
    _print_problems(result.problems + report_problems)
    if not result.reports:
        console.print("[red]error[/]: none of the input files could be read; nothing written")
        raise typer.Exit(1)
    if not quiet:
        console.print(table)
    if out is not None:
        console.print(f"wrote {len(result.written)} files to {escape(scrub(str(out)))}/ "
                      f"({result.reports.claim_count} claims from {len(result.reports)} files; "
                      f"open {escape(scrub(str(out / 'index.html')))})")
    return result


@app.command()
def audit(
    paths: Paths,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the audit to.")]
    = Path("audit"),
    sources: Sources = None,
    offline: Offline = False,
    cache_dir: CacheDir = None,
    results: Results = Path("runs"),
    quiet: Quiet = False,
    follow_links: FollowLinks = False,
) -> None:
    """Extract every claim, check it against the papers it cites, and write claims.jsonl,
    audit.json and index.html.

    Cited papers are looked up in --sources, the bundled reference cards, the cache, then
    arXiv (unless --offline). A paper that cannot be found leaves its claims unverified."""
    _run_audit(paths, out, sources, offline, cache_dir, results, quiet, follow_links)


@app.command()
def check(
    ctx: typer.Context,
    paths: Paths,
    baseline: Annotated[Path, typer.Option(
        help="The committed baseline (JSON) to compare the fresh audit with.")],
    update: Annotated[bool, typer.Option(
        help="Rewrite the baseline from the fresh audit instead of failing.")] = False,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Also write the fresh audit to this folder.")] = None,
    sources: Sources = None,
    offline: Offline = False,
    cache_dir: CacheDir = None,
    results: Results = Path("runs"),
    quiet: Quiet = True,
    follow_links: FollowLinks = False,
) -> None:
    """Audit PATHS afresh and compare every claim's status and numbers with --baseline.

    Exits 1 with a readable diff when a status changed, a claim appeared or vanished, or a
    number (from a paper, a reference card or a reproduction run) moved beyond the tolerance
    stored beside it in the baseline; --update accepts the changes by rewriting the file."""
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
            raise _output_failure(error, 1) from None
    previous = None
    if baseline.exists() or not update:
        try:
            previous = read_baseline(baseline)
        except BaselineError as error:
            console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    result = _run_audit(paths, out, sources, offline, cache_dir, results, quiet, follow_links)
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
            raise _output_failure(error, 1) from None
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


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report or paper files, or folders of them.")],
    out: Annotated[Path | None, typer.Option("--out", "-o",
                                             help="Write JSONL here instead of stdout.")] = None,
    kind: Annotated[str, typer.Option(help="auto, synthesis or paper.")] = "auto",
) -> None:
    """Print the claim records of reports or papers as JSON Lines."""
    if kind not in ("auto", "synthesis", "paper"):
        raise typer.BadParameter("must be auto, synthesis or paper", param_hint="--kind")
    reports, problems = [], []
    for path in iter_input_files(paths):
        try:
            reports.append(extract_file(path, kind=kind))  # type: ignore[arg-type]
        except ReadError as error:
            problems.append(Problem(file=str(path), message=error.problem))
    claims = [claim for report in reports for claim in report.claims]
    assign_canonical_ids(claims)
    _print_problems(problems + [p for r in reports for p in r.problems])
    text = dumps_jsonl(claims)
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out, text)
        console.print(f"wrote {len(claims)} claims to {escape(scrub(str(out)))}")
    if not reports:
        raise typer.Exit(1)


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the *.schema.json files.")]
    = Path("claims/schema"),
) -> None:
    """Write the JSON Schemas of the record types (committed under claims/schema/)."""
    from verify_claims.claims.json_schema import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")


@app.command()
def recipes(
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", help="Extra folders of recipe files.")] = None,
) -> None:
    """List the reproduction recipes and the claims they re-measure."""
    from verify_claims.reproduce.registry import Registry

    registry = Registry(recipes_dir or [])
    table = Table(title="Recipes")
    for column in ("id", "version", "scale", "claimed", "re-measures", "GPU-h/seed"):
        table.add_column(column, overflow="fold")
    for recipe_id in registry.ids():
        recipe = registry.get(recipe_id)
        table.add_row(recipe.id, str(recipe.metadata.version), recipe.scale,
                      "direction" if recipe.claimed is None else f"{recipe.claimed:g}",
                      escape(recipe.claims[0].text), f"{recipe.cost.gpu_hours or '—'}")
    console.print(table)
    for error in registry.problems:
        console.print(f"[yellow]warning[/]: {escape(str(error))}", highlight=False)


@app.command()
def reproduce(
    recipe_ids: Annotated[list[str] | None, typer.Argument(
        metavar="[RECIPE]...", help="Recipe ids (see `verify-claims recipes`).")] = None,
    claim: Annotated[str | None, typer.Option(
        help="Run the recipes bound to this claim id (from --claims).")] = None,
    claims_file: Annotated[Path, typer.Option(
        "--claims", help="claims.jsonl of an audit, for --claim.")] = Path("audit/claims.jsonl"),
    scale: Annotated[str, typer.Option(help="smoke (tiny, CPU) or paper.")] = "smoke",
    seeds: Annotated[int | None, typer.Option(help="How many seeds (default: the recipe's).")]
    = None,
    launcher: Annotated[str, typer.Option(help="local, accelerate or slurm.")] = "local",
    results: Annotated[Path, typer.Option(help="Folder for results and checkpoints.")]
    = Path("runs"),
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", help="Extra folders of recipe files.")] = None,
) -> None:
    """Re-measure claims by running their recipes; completed runs are skipped and results are
    written to --results, where the audit picks them up."""
    from verify_claims.claims import Claim, read_jsonl
    from verify_claims.reproduce import launch
    from verify_claims.reproduce.registry import Registry, UnknownRecipe
    from verify_claims.reproduce.results import ResultsStore

    if scale not in ("smoke", "paper"):
        raise typer.BadParameter("must be smoke or paper", param_hint="--scale")
    if launcher not in launch.LAUNCHERS:
        raise typer.BadParameter(f"must be one of {', '.join(launch.LAUNCHERS)}",
                                 param_hint="--launcher")
    folders = recipes_dir or []
    registry = Registry(folders)
    try:
        chosen = [registry.get(recipe_id) for recipe_id in recipe_ids or []]
    except (UnknownRecipe, ValueError) as error:
        console.print(f"[red]error[/]: {escape(str(error))}", highlight=False)
        raise typer.Exit(2) from None
    if claim is not None:
        matches = [c for c in read_jsonl(claims_file, Claim) if c.id == claim]
        if not matches:
            console.print(f"[red]error[/]: no claim {escape(claim)} in {escape(str(claims_file))}")
            raise typer.Exit(2)
        chosen += registry.for_claim(matches[0])
    if not chosen:
        console.print("[red]error[/]: name recipes or --claim (see `verify-claims recipes`)")
        raise typer.Exit(2)
    store = ResultsStore(results)
    todo, done = launch.plan(list({r.id: r for r in chosen}.values()), scale, seeds, store)
    for job in done:
        console.print(f"skip {job.recipe} seed {job.seed} ({scale}): already completed")
    if launcher == "local":
        finished = launch.launch_local(todo, results, folders)
    elif launcher == "accelerate":
        finished = launch.launch_accelerate(todo, results, folders)
    else:
        finished = launch.launch_slurm(todo, results, folders)
    for result in finished:
        state = (f"{result.aggregate:+.2f}" if result.aggregate is not None
                 else f"failed: {result.error}")
        console.print(f"{result.recipe} seed {result.seed} ({result.scale}): {state} "
                      f"in {result.wall_time_s or 0:.1f} s", highlight=False)
    console.print(f"results in {results}/ (the audit reads them with --results {results})")
    if any(result.status == "failed" for result in finished):
        raise typer.Exit(1)


@app.command()
def plan(
    recipe_ids: Annotated[list[str], typer.Argument(
        metavar="RECIPE...", help="Recipe ids (see `verify-claims recipes`).")],
    scale: Annotated[str, typer.Option(help="smoke or paper.")] = "paper",
    seeds: Annotated[int | None, typer.Option(help="How many seeds (default: the recipe's).")]
    = None,
    throughput: Annotated[Path | None, typer.Option(
        help="Throughput JSON from benchmarks/gpu.py (default: reproduce/throughput.json).")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", help="Extra folders of recipe files.")] = None,
) -> None:
    """List every job of the recipes (seed x arm x stage), the data each reads and its
    GPU-hours, without running anything or reaching the network."""
    import json

    from verify_claims.reproduce import planning
    from verify_claims.reproduce.registry import Registry, UnknownRecipe

    if scale not in ("smoke", "paper"):
        raise typer.BadParameter("must be smoke or paper", param_hint="--scale")
    registry = Registry(recipes_dir or [])
    try:
        chosen = [registry.get(recipe_id) for recipe_id in recipe_ids]
        result = planning.plan(chosen, scale, seeds, throughput)
    except (UnknownRecipe, ValueError) as error:
        console.print(f"[red]error[/]: {escape(str(error))}", highlight=False)
        raise typer.Exit(2) from None
    print(json.dumps(result.to_json(), indent=1) if as_json else planning.render(result))


def main(argv: list[str] | None = None) -> None:
    """Entry point. `verify-claims PATH...` means `verify-claims audit PATH...`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and not args[0].startswith("-"):
        args.insert(0, "audit")
    app(args=args, prog_name="verify-claims")


if __name__ == "__main__":
    main()
