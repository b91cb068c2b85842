"""Which files an audit reads, and the name each goes by in its records.

A report's name is its path relative to the common root of the inputs the user gave
(`verify-claims runs/` names `runs/a/report.txt` "a/report.txt"): two reports with the same file
name in different folders keep distinct names, and so distinct claim ids and pages, while the
names do not depend on where the folder sits on this machine, so the ids stay the same across
runs and machines. Only `--absolute-paths` puts the machine's absolute paths into the outputs.

This module imports nothing heavy (no PDF reader, no spaCy): the command line lists and checks
its inputs before any work starts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from verify_claims.claims.fs import SkippedLink, outside, skipped_link
from verify_claims.claims.ids import scrub

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = set(TEXT_SUFFIXES) | PDF_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    """One file to read: where it is (`path`), its name in records (`name`, relative to the
    inputs' root, with `/` separators) and the path written into outputs (`shown_path`: the name,
    or the absolute path with `--absolute-paths`)."""

    path: Path
    name: str
    shown_path: str


def iter_input_files(paths: Iterable[Path | str], follow_links: bool = False,
                     skipped: list[SkippedLink] | None = None) -> Iterator[Path]:
    """Expand folders (recursively, sorted) into the supported files they hold; files given
    by name are yielded whatever their suffix, so that a wrong one is reported, not skipped.

    In a folder, a symbolic link that leads out of it (to a file, or to a folder) is not
    followed unless `follow_links`: an input folder must not make the audit read `/etc/passwd`
    through a link named `paper.txt`. Each such link is appended to `skipped`. Hidden files
    and folders (a leading dot) inside a given folder are left out."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(_folder_files(path, follow_links,
                                            skipped if skipped is not None else []))
        else:
            yield path


def _folder_files(root: Path, follow_links: bool, skipped: list[SkippedLink]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()  # folders entered, so that a link cycle ends
    for folder, dirs, names in os.walk(root, followlinks=follow_links):
        here = Path(folder)
        info = os.stat(here)
        if (info.st_dev, info.st_ino) in seen:
            dirs.clear()
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        if not follow_links:  # os.walk does not enter linked folders; say which lead out
            for name in dirs:
                target = outside(here / name, root) if (here / name).is_symlink() else None
                if target is not None:
                    skipped.append(skipped_link(here / name, root, target))
        for name in names:
            child = here / name
            if name.startswith(".") or child.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            target = None if follow_links else outside(child, root)
            if target is not None:
                skipped.append(skipped_link(child, root, target))
            elif child.is_file():
                yield child


def input_root(paths: Sequence[Path | str]) -> Path:
    """The deepest folder that holds every input: a folder given counts as itself, a file as
    its folder. Paths are made absolute without resolving links (a linked file keeps the name
    it has where the user put it)."""
    folders = [os.path.abspath(path) if Path(path).is_dir()
               else os.path.dirname(os.path.abspath(path)) for path in paths]
    if not folders:
        return Path(os.getcwd())
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:  # inputs on different drives (Windows): no common root
        return Path(os.path.abspath(os.sep))


def name_under(path: Path | str, root: Path) -> str:
    """`path` relative to `root` with `/` separators (the file name alone if it is not under
    `root`), with undecodable bytes of a file name replaced (ids.scrub)."""
    absolute = os.path.abspath(path)
    try:
        relative = PurePath(os.path.relpath(absolute, root))
    except ValueError:  # another drive
        relative = PurePath(os.path.basename(absolute))
    if relative.parts[:1] == ("..",) or relative.is_absolute():
        relative = PurePath(os.path.basename(absolute))
    return scrub(relative.as_posix())


def collect_inputs(paths: Sequence[Path | str], absolute_paths: bool = False,
                   follow_links: bool = False,
                   skipped: list[SkippedLink] | None = None) -> list[InputFile]:
    """The files to read for `paths` (folders expanded as `iter_input_files` does, links that
    leave a folder appended to `skipped` unless `follow_links`), each once (a file reached
    twice, by name and through its folder, is read once), with its name."""
    root = input_root(paths)
    inputs: list[InputFile] = []
    seen: set[str] = set()
    for path in iter_input_files(paths, follow_links, skipped):
        absolute = os.path.abspath(path)
        if absolute in seen:
            continue
        seen.add(absolute)
        name = name_under(path, root)
        inputs.append(InputFile(path=path, name=name,
                                shown_path=scrub(absolute) if absolute_paths else name))
    return inputs


__all__ = ["PDF_SUFFIXES", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "InputFile", "collect_inputs",
           "input_root", "iter_input_files", "name_under"]
