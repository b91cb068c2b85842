"""The `verify-claims` command group and its console (verify_claims/cli.py).

The typer app every command module registers with, `audit` as its default command
(`verify-claims PATH...`), the exit-status text printed by --help, the console on standard
error, and the two ways a command reports what went wrong (a skipped file, an output that
could not be written). Kept apart so that the command modules share one app and one console
without importing the entry point, which imports them.
"""

from __future__ import annotations

import difflib
import os
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from verify_claims import __version__

if TYPE_CHECKING:
    from verify_claims.claims import Problem

__all__ = ["COMMANDS", "EXIT_STATUS", "app", "console", "output_failure", "print_problems"]

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


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        colour = "red" if problem.severity == "error" else "yellow"
        label = "skipped" if problem.severity == "error" else "warning"
        console.print(f"[{colour}]{label}[/]: {escape(problem.file)}: {escape(problem.message)}",
                      highlight=False, markup=True, soft_wrap=True)



def output_failure(error: Exception, code: int) -> typer.Exit:
    """Print why the output could not be written; the exit to raise (2: usage, 1: writing)."""
    console.print(f"[red]error[/]: {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(code)
