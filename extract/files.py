"""One entry point from a file on disk to a `Report` record.

A file with a claims table is a synthesis report; any other readable file is treated as a
paper, whose own result statements become its claims. Unreadable files raise `ReadError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from verify_claims.claims import Paper, Report

from .paper import parse_paper
from .paper_claims import paper_claims
from .readers import SUPPORTED_SUFFIXES, ReadError, read_document
from .references import find_references
from .report import is_synthesis_report, parse_report

Kind = Literal["auto", "synthesis", "paper"]


def extract_file(path: Path | str, kind: Kind = "auto") -> Report:
    """Read `path` and return its Report with claims (ids not yet grouped across reports)."""
    return extract_with_paper(path, kind)[0]


def extract_with_paper(path: Path | str, kind: Kind = "auto") -> tuple[Report, Paper | None]:
    """`extract_file`, plus the parsed Paper when the file is a paper (so that its own result
    statements can be checked against its own tables without parsing it twice)."""
    document = read_document(path)
    if kind == "synthesis" or (kind == "auto" and is_synthesis_report(document)):
        return parse_report(document), None
    paper = parse_paper(document)  # takes "arXiv:2005.13013v2" from a file so named
    report = Report(
        file=document.file, path=document.path, format=document.format, kind="paper",
        title=paper.title, references=find_references(document.text),
        claims=paper_claims(paper),
    )
    return report, paper


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Expand folders (recursively, sorted) into the supported files they hold; files given
    by name are yielded whatever their suffix, so that a wrong one is reported, not skipped."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES \
                        and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


__all__ = ["ReadError", "extract_file", "extract_with_paper", "iter_input_files"]
