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

This module is the entry point (`main`); the commands live by what they do: cli_audit.py
(audit, check), cli_records.py (extract, schema), cli_reproduce.py (recipes, reproduce, plan),
over cli_app.py (the command group, its console), cli_options.py (shared options),
cli_stages.py (loading the stages) and cli_summary.py (the end-of-audit summary).
"""

from __future__ import annotations

from verify_claims import cli_stages

# Importing the command modules registers their commands with `app`, in this order (the order
# --help lists them in).
from .cli_app import COMMANDS, EXIT_STATUS, app, console
from .cli_audit import audit, check, run_audit
from .cli_records import extract, schema
from .cli_reproduce import plan, recipes, reproduce
from .cli_stages import loading_stages, thinc_without_torch
from .cli_summary import (
    COLUMNS,
    PLAIN,
    SUMMARY_ROWS,
    summary,
    summary_lines,
    summary_table,
)

# The names tests and scripts import from here, under the names they had before the commands
# moved into the cli_* modules.
_summary = summary
_loading_stages = loading_stages
_thinc_without_torch = thinc_without_torch
_run_audit = run_audit

__all__ = ["COLUMNS", "COMMANDS", "EXIT_STATUS", "PLAIN", "SUMMARY_ROWS", "app", "audit", "check",
           "console", "extract", "main", "plan", "recipes", "reproduce", "schema",
           "summary_lines", "summary_table"]


def main(argv: list[str] | None = None) -> None:
    """Entry point. `verify-claims PATH...` means `verify-claims audit PATH...` (cli_app)."""
    cli_stages.OWN_PROCESS = True
    app(args=argv, prog_name="verify-claims")


if __name__ == "__main__":
    main()
