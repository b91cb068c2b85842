"""The `verify-claims` command line: a thin layer over `verify_claims.pipeline`.

    verify-claims reports/ --out audit          # audit a folder of reports (the default command)
    verify-claims extract paper.pdf             # claim records as JSONL on standard output
    verify-claims schema --out claims/schema    # regenerate the committed JSON Schemas
    verify-claims check reports/ --baseline baseline.json   # fail when a verdict moved
    verify-claims reproduce planted-transfer --scale smoke --seeds 3   # re-measure a claim

Exit status (EXIT_STATUS below, printed by --help): 0 when the command did its work, 1 when no
input file could be read (or, with --strict, when any was skipped; for `check`, when the audit
drifted from its baseline), 2 on usage errors, found before any work starts.

Start-up is kept light: this module imports typer and rich only, and the stages (spaCy, the PDF
reader, the recipes' PyTorch) are imported inside the commands that need them, so that
`--help`, `--version`, `schema` and `recipes` answer at once (benchmarks/startup.py).
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from verify_claims import __version__

if TYPE_CHECKING:
    from rich.table import Table

    from verify_claims.claims import Problem, Report
    from verify_claims.extract.inputs import InputFile
    from verify_claims.pipeline import Audit

COMMANDS = {"audit", "check", "extract", "schema", "reproduce", "recipes", "plan"}

# "\b" keeps click from re-wrapping the paragraph that follows (the rest is soft-wrapped to the
# terminal's width).
EXIT_STATUS = """\b
Exit status:
  0  done: the audit was written (even if some inputs were skipped)
  1  no input file could be read; with --strict, an input file was skipped;
     for `check`, the audit drifted from its baseline
  2  usage error, found before any work: an unknown command or option,
     a path that does not exist, a bad option value"""


class _Commands(TyperGroup):
    """The command group, with `audit` as the default command: `verify-claims PATH...` is
    `verify-claims audit PATH...`. A first word that is neither a command nor an existing file,
    but is close to a command's name (`audti`), is a usage error that suggests the command,
    instead of an audit of a path that does not exist."""

    def resolve_command(self, ctx, args):  # type: ignore[no-untyped-def]
        word = args[0] if args else ""
        if word and word not in self.commands and not word.startswith("-"):
            close = difflib.get_close_matches(word, sorted(self.commands), n=1, cutoff=0.6)
            if close and not os.path.lexists(word):
                ctx.fail(f"no command {word!r}, and no file or folder of that name. "
                         f"Did you mean {close[0]!r}? (See verify-claims --help.)")
            args = ["audit", *args]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # click's plain help: soft-wrapped to the terminal, no type names
    context_settings={"max_content_width": 120},  # wrap at the terminal's width, up to 120
)
console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        print(f"verify-claims {__version__}")
        raise typer.Exit()


@app.callback(epilog=EXIT_STATUS)
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Audit the claims of synthesis reports and papers against the papers they cite.

    \b
      verify-claims PATH...           is short for  verify-claims audit PATH...
      verify-claims reports/ --out audit --offline
      verify-claims COMMAND --help    the options of a command
    """


# Set by `main`, the console script: the process is the command's own (see _loading_stages).
_OWN_PROCESS = False


@contextlib.contextmanager
def _loading_stages() -> Iterator[None]:
    """Import the stages (spaCy, the PDF reader, pydantic models) inside this block.

    The cyclic garbage collector is paused while they load: imports create hundreds of
    thousands of objects and no garbage, and the collections they trigger cost about a fifth
    of the import time. In the command's own process (`main`) what was loaded is then frozen
    (`gc.freeze`), so that the collections during the audit do not walk it again, which saves
    about as much again, and PyTorch is kept out (`_thinc_without_torch`); a caller running
    `app` in a process of its own keeps its heap and its modules as they were."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with _thinc_without_torch(hide=_OWN_PROCESS):
            yield
    finally:
        if _OWN_PROCESS:
            gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _thinc_without_torch(hide: bool = True) -> Iterator[None]:
    """Import spaCy inside this block without its library thinc importing PyTorch.

    thinc imports torch, when installed, only to offer torch-backed layers; the audit's
    pipeline (a blank English tokenizer with rules) never uses them, and the import costs some
    2.5 s and 180 MB per run. Hiding torch while spaCy is first imported (a None entry in
    sys.modules makes `import torch` fail, which thinc handles) saves that; afterwards torch
    imports normally again. Done only when asked (`hide`: the command's own process; the library
    never does it), when neither torch nor spaCy is loaded yet, and when no trained spaCy
    pipeline is configured (VERIFY_CLAIMS_SPACY_MODEL), which might need torch."""
    hide = hide and not ({"torch", "thinc", "spacy"} & set(sys.modules)) \
        and not os.environ.get("VERIFY_CLAIMS_SPACY_MODEL")
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if hide and "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        colour = "red" if problem.severity == "error" else "yellow"
        label = "skipped" if problem.severity == "error" else "warning"
        console.print(f"[{colour}]{label}[/]: {escape(problem.file)}: {escape(problem.message)}",
                      highlight=False, markup=True, soft_wrap=True)


SUMMARY_ROWS = 40  # reports listed in the terminal; the HTML overview lists them all
COLUMNS = ("report", "claims", "cut", "✓", "×", "confirmed", "contradicted", "unverified",
           "disagree")
# The same columns in plain lines (CI logs): words instead of the marks.
PLAIN = ("claims", "cut", "marked ✓", "marked ×", "confirmed", "contradicted", "unverified",
         "disagree")


def _summary(reports: Iterable[Report]) -> tuple[list[tuple[str, list[int]]], int, list[Problem]]:
    """The summary rows (report name and its counts, for the first SUMMARY_ROWS reports), how
    many reports were left out, and the reports' own problems, from one pass over the reports
    (each is read back from disk, so it is walked once)."""
    from verify_claims.reports.summary import count_claims

    rows: list[tuple[str, list[int]]] = []
    problems: list[Problem] = []
    left_out = 0
    for report in reports:
        problems += report.problems
        if len(rows) == SUMMARY_ROWS:
            left_out += 1
            continue
        counts = count_claims(report.claims)
        rows.append((report.file, [
            counts.claims, counts.truncated, counts.marked_true, counts.marked_false,
            counts.confirmed, counts.contradicted, counts.unverified, counts.disagreements]))
    return rows, left_out, problems


def _left_out_line(left_out: int) -> str:
    return f"… and {left_out:,} more reports (index.html lists them all)"


def summary_table(rows: list[tuple[str, list[int]]], left_out: int) -> Table:
    """The summary as a rich table, for a terminal."""
    from rich.table import Table

    table = Table(title="Audit", show_lines=False)
    for column in COLUMNS:
        if column == "report":
            table.add_column(column, overflow="fold", min_width=24)
        else:
            table.add_column(column, justify="right")
    for name, values in rows:
        table.add_row(escape(name), *map(str, values))
    if left_out:
        table.caption = _left_out_line(left_out)
    return table


def summary_lines(rows: list[tuple[str, list[int]]], left_out: int) -> list[str]:
    """The summary as plain lines, one per report with every column, for a log (a table cut
    at 80 columns would lose columns there)."""
    lines = [f"{name}: " + ", ".join(f"{value} {label}" for value, label in zip(
        values, PLAIN, strict=True)) for name, values in rows]
    if left_out:
        lines.append(_left_out_line(left_out))
    return lines


def _print_summary(rows: list[tuple[str, list[int]]], left_out: int) -> None:
    if console.is_terminal:
        console.print(summary_table(rows, left_out))
    else:
        for line in summary_lines(rows, left_out):
            console.print(line, markup=False, highlight=False, soft_wrap=True)


def _inputs(paths: list[Path], absolute_paths: bool,
            follow_links: bool = False) -> list[InputFile]:
    """The input files, named relative to the inputs' root; exit 1 when there are none."""
    from verify_claims.extract.inputs import SUPPORTED_SUFFIXES, collect_inputs

    links: list = []
    inputs = collect_inputs(paths, absolute_paths, follow_links, links)
    if not inputs:
        console.print(f"[red]error[/]: no report files "
                      f"({', '.join(sorted(SUPPORTED_SUFFIXES))}) in the given folders"
                      + (f" ({len(links)} symbolic links that lead out of them were not "
                         "followed; --follow-links reads them)" if links else ""),
                      highlight=False)
        raise typer.Exit(1)
    return inputs


# Options shared by `audit` and `check`, which run the same audit.
Paths = Annotated[list[Path], typer.Argument(
    metavar="PATH", hidden=True, exists=True, show_default=False,
    help="Report or paper files, or folders of them.")]
Sources = Annotated[Path | None, typer.Option(
    metavar="DIR", exists=True, file_okay=False,
    help="Folder of cited papers named by arXiv id and version (2005.13013v2.pdf).")]
Offline = Annotated[bool, typer.Option("--offline/--no-offline", show_default=False,
                                       help="Never touch the network (default: --no-offline).")]
CacheDir = Annotated[Path | None, typer.Option(
    metavar="DIR", help="Cache of downloaded papers (default: $XDG_CACHE_HOME/verify-claims).")]
Results = Annotated[Path, typer.Option(
    metavar="DIR", help="Folder of reproduction results (from `verify-claims reproduce`).")]
Quiet = Annotated[bool, typer.Option("--quiet/--no-quiet", "-q", show_default=False,
                                     help="Leave out the progress bar and the summary "
                                          "(default: --no-quiet; for `check`, --quiet).")]
Strict = Annotated[bool, typer.Option(
    "--strict", show_default=False,
    help="Exit 1 when any input file was skipped (the audit is still written).")]
AbsolutePaths = Annotated[bool, typer.Option(
    "--absolute-paths", show_default=False,
    help="Write absolute paths into the outputs (default: relative to the folder that holds "
         "the inputs; report names and claim ids are relative either way).")]
FollowLinks = Annotated[bool, typer.Option(
    "--follow-links", show_default=False,
    help="Read files that symbolic links in the input folders and --sources lead to outside "
         "them (skipped by default).")]


def _output_failure(error: Exception, code: int) -> typer.Exit:
    """Print why the output could not be written; the exit to raise (2: usage, 1: writing)."""
    console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _run_audit(paths: list[Path], out: Path | None, sources: Path | None, offline: bool,
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

    inputs = _inputs(paths, absolute_paths, follow_links)
    with _loading_stages():
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
            raise _output_failure(error, 2) from None
        except OutputWriteError as error:
            raise _output_failure(error, 1) from None
    rows, left_out, report_problems = _summary(result.reports)
    _print_problems(result.problems + report_problems)
    if not result.reports:
        console.print("[red]error[/]: none of the input files could be read; nothing written")
        raise typer.Exit(1)
    if not quiet:
        _print_summary(rows, left_out)
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
    _run_audit(paths, out, sources, offline, cache_dir, results, quiet, strict, absolute_paths,
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
            raise _output_failure(error, 1) from None
    previous = None
    if baseline.exists() or not update:
        try:
            previous = read_baseline(baseline)
        except BaselineError as error:
            console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    result = _run_audit(paths, out, sources, offline, cache_dir, results, quiet, strict,
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


@app.command(epilog=EXIT_STATUS)
def extract(
    paths: Paths,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="FILE", help="Write JSONL here instead of stdout.")] = None,
    kind: Annotated[str, typer.Option(metavar="[auto|synthesis|paper]",
                                      help="Read the files as synthesis reports or papers "
                                           "(auto: a file with a claims table is a report).")]
    = "auto",
    absolute_paths: AbsolutePaths = False,
) -> None:
    """Print the claim records of reports or papers as JSON Lines.

    PATH is a .pdf, .txt or .md file, or a folder of them. Reports are named, and their claim
    ids derived, as in `audit`; nothing is checked against the cited papers.
    """
    if kind not in ("auto", "synthesis", "paper"):
        raise typer.BadParameter("must be auto, synthesis or paper", param_hint="--kind")
    inputs = _inputs(paths, absolute_paths)
    with _loading_stages():
        from verify_claims.claims import Problem
        from verify_claims.claims.ids import scrub
        from verify_claims.claims.jsonl import dumps_jsonl, write_atomic
        from verify_claims.extract.canonical import assign_canonical_ids
        from verify_claims.extract.files import ReadError, extract_file
    reports, problems = [], []
    for file in inputs:
        try:
            reports.append(extract_file(file.path, kind=kind,  # type: ignore[arg-type]
                                        name=file.name, shown_path=file.shown_path))
        except ReadError as error:
            problems.append(Problem(file=file.shown_path, message=error.problem))
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
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR",
                                      help="Folder for the *.schema.json files.")]
    = Path("claims/schema"),
) -> None:
    """Write the JSON Schemas of the record types (committed under claims/schema/)."""
    from verify_claims.claims.json_schema import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")


@app.command()
def recipes(
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", exists=True, file_okay=False,
        help="Extra folder of recipe files (repeatable).")] = None,
) -> None:
    """List the reproduction recipes and the claims they re-measure."""
    from rich.table import Table

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
        metavar="RECIPE", hidden=True, show_default=False,
        help="Recipe ids (see `verify-claims recipes`).")] = None,
    claim: Annotated[str | None, typer.Option(
        metavar="ID", help="Run the recipes bound to this claim id (from --claims).")] = None,
    claims_file: Annotated[Path, typer.Option(
        "--claims", metavar="FILE", help="claims.jsonl of an audit, for --claim.")]
    = Path("audit/claims.jsonl"),
    scale: Annotated[str, typer.Option(metavar="[smoke|paper]",
                                       help="smoke (tiny, CPU) or paper.")] = "smoke",
    seeds: Annotated[int | None, typer.Option(
        metavar="N", help="How many seeds (default: the recipe's).")] = None,
    launcher: Annotated[str, typer.Option(metavar="[local|accelerate|slurm]",
                                          help="Where the runs go.")] = "local",
    results: Annotated[Path, typer.Option(metavar="DIR",
                                          help="Folder for results and checkpoints.")]
    = Path("runs"),
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", exists=True, file_okay=False,
        help="Extra folder of recipe files (repeatable).")] = None,
) -> None:
    """Re-measure claims by running their recipes.

    Runs the recipes named (RECIPE..., see `verify-claims recipes`) or bound to --claim;
    completed runs are skipped, and results are written to --results, where the audit picks
    them up. Needs the reproduction extra (PyTorch, transformers, datasets).
    """
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


@app.command(epilog=EXIT_STATUS)
def plan(
    recipe_ids: Annotated[list[str], typer.Argument(
        metavar="RECIPE", hidden=True, show_default=False,
        help="Recipe ids (see `verify-claims recipes`).")],
    scale: Annotated[str, typer.Option(metavar="[smoke|paper]",
                                       help="smoke (tiny, CPU) or paper.")] = "paper",
    seeds: Annotated[int | None, typer.Option(
        metavar="N", help="How many seeds (default: the recipe's).")] = None,
    throughput: Annotated[Path | None, typer.Option(
        metavar="FILE",
        help="Throughput JSON from benchmarks/gpu.py (default: reproduce/throughput.json).")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", show_default=False,
                                          help="Print the plan as JSON.")] = False,
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", help="Extra folders of recipe files.")] = None,
) -> None:
    """List every job of the recipes (seed x arm x stage), the data each reads and its
    GPU-hours, without running anything or reaching the network.

    RECIPE... are recipe ids (see `verify-claims recipes`).
    """
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
    """Entry point. `verify-claims PATH...` means `verify-claims audit PATH...` (_Commands)."""
    global _OWN_PROCESS
    _OWN_PROCESS = True
    app(args=argv, prog_name="verify-claims")


if __name__ == "__main__":
    main()
