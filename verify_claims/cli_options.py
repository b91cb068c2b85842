"""The options several commands share, and reading their input paths (verify_claims/cli.py).

`audit` and `check` run the same audit and take the same options; `extract` takes the paths
and --absolute-paths too. One definition each keeps their names, defaults and help the same
across the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .cli_app import console

if TYPE_CHECKING:
    from verify_claims.extract.inputs import InputFile

__all__ = ["AbsolutePaths", "CacheDir", "FollowLinks", "Offline", "Paths", "Quiet", "Results",
           "Sources", "Strict", "input_files"]

# Options shared by `audit` and `check`, which run the same audit.
Paths = Annotated[list[Path], typer.Argument(
    metavar="PATH", hidden=True, exists=True, show_default=False,
    help="Report or paper files, or folders of them.")]
Sources = Annotated[Path | None, typer.Option(
    metavar="DIR", exists=True, file_okay=False,
    help="Folder of cited papers named by arXiv id and version (2005.13013v2.pdf), ACL "
         "Anthology id (P07-1088.pdf) or DOI with / written %2F "
         "(10.1145%2F1327452.1327492.pdf), or listed in its sources.yaml.")]
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


def input_files(paths: list[Path], absolute_paths: bool,
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
