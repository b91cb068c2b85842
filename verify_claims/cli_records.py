"""The record commands: `extract` and `schema` (verify_claims/cli.py).

`extract` prints the claim records of reports or papers as JSON Lines without checking
anything; `schema` writes the JSON Schemas of those records. Kept apart from the audit
because they stop at the records.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from .cli_app import EXIT_STATUS, app, console, print_problems
from .cli_options import AbsolutePaths, Paths, input_files
from .cli_stages import loading_stages

__all__ = ["extract", "schema"]


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
    inputs = input_files(paths, absolute_paths)
    with loading_stages():
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
    print_problems(problems + [p for r in reports for p in r.problems])
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
