"""One entry point from a file on disk to a `Report` record.

A file with a claims table is a synthesis report; any other readable file is treated as a
paper, whose own result statements become its claims. Unreadable files raise `ReadError`.

What is readable but suspect becomes a warning on the Report, so that the user learns of it
without losing the file: a report that says it extracted claims but prints no claims table (it
is read as a report with no claims, not silently as a paper), a paper in which no sentence
states a result, and an `arXiv:` citation that is not a valid identifier (path tricks such as
`arXiv:../../etc/passwd` included), which is never looked up.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from verify_claims.claims import Claim, Document, Paper, Problem, Report
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.claims.bounded import short_repr
from verify_claims.claims.ids import claim_id, scrub

from .inputs import iter_input_files
from .paper import parse_paper
from .paper_claims import paper_claims
from .readers import ReadError, read_document
from .references import MAX_REFERENCE_CHARS, find_references, overlong_links
from .report import is_synthesis_report, parse_report

Kind = Literal["auto", "synthesis", "paper"]


def extract_file(path: Path | str, kind: Kind = "auto", *, name: str | None = None,
                 shown_path: str | None = None) -> Report:
    """Read `path` and return its Report with claims (ids not yet grouped across reports).

    `name` is what the records call the file (by default its file name; an audit passes its
    path relative to the inputs' root, extract/inputs.py), and claim ids derive from it;
    `shown_path` is the path the Report records (by default `path` as given)."""
    return extract_with_paper(path, kind, name=name, shown_path=shown_path)[0]


# What only a synthesis report says of itself (the seeds: "21 claims extracted; 14 verified",
# a "5 Extracted Claims" heading); used when its claims table is missing.
_SAYS_SYNTHESIS = re.compile(r"\b\d+\s+claims\s+extracted\b|^[#\s\d.]*extracted\s+claims\s*$",
                             re.IGNORECASE | re.MULTILINE)
# An explicit arXiv citation: "arXiv:" and what follows up to white space.
_ARXIV_CITATION = re.compile(r"\barXiv:\s?\S+", re.IGNORECASE)
_CLOSING = ".,;:!?)]}>'\""


def extract_with_paper(path: Path | str, kind: Kind = "auto", *, name: str | None = None,
                       shown_path: str | None = None) -> tuple[Report, Paper | None]:
    """`extract_file`, plus the parsed Paper when the file is a paper (so that its own result
    statements can be checked against its own tables without parsing it twice)."""
    document = read_document(path)
    if name is not None:  # before parsing: claims take their report name and ids from it
        document.file = scrub(name)
    report, paper = _parse(document, kind)
    if shown_path is not None:  # after parsing: a table parser re-reads `document.path`
        report.path = scrub(shown_path)
    distinct_claim_ids(report.claims)
    return report, paper


def distinct_claim_ids(claims: list[Claim]) -> None:
    """Give a claim that its report prints again (the same text in a second row) an id of its
    own, derived from how many times the text came before, so that every record of a run has
    a distinct id (a baseline or a join keyed by id would otherwise merge the rows). The first
    occurrence keeps the plain id; later ones keep theirs for as long as the rows before them
    stay."""
    seen: dict[str, int] = {}
    for claim in claims:
        count = seen.get(claim.id, 0) + 1
        seen[claim.id] = count
        if count > 1:
            unique = claim_id(claim.report, claim.text, occurrence=count)
            if claim.canonical_id == claim.id:
                claim.canonical_id = unique
            claim.id = unique


def _parse(document: Document, kind: Kind) -> tuple[Report, Paper | None]:
    if kind == "synthesis" or (kind == "auto" and (is_synthesis_report(document)
                                                   or _SAYS_SYNTHESIS.search(document.text))):
        report = parse_report(document)  # warns when the claims table is missing
        report.problems += [_warning(document, message)
                            for message in invalid_arxiv_citations(document.text)]
        report.problems += _overlong_warning(document)
        return report, None
    paper = parse_paper(document)  # takes "arXiv:2005.13013v2" from a file so named
    report = Report(
        file=document.file, path=document.path, format=document.format, kind="paper",
        title=paper.title, references=find_references(document.text),
        claims=paper_claims(paper),
    )
    report.problems += _overlong_warning(document)
    if not report.claims:
        report.problems.append(_warning(
            document, "read as a paper (it has no claims table), but none of its sentences "
                      "states a result, so it has no claims to check"))
    return report, paper


def invalid_arxiv_citations(text: str) -> list[str]:
    """One message per distinct `arXiv:...` citation in `text` that is not a valid arXiv
    identifier: a mistyped id, or a path such as `arXiv:../../etc/passwd`. Such a citation
    never becomes a Reference, so nothing is ever looked up for it; this says so."""
    seen: dict[str, None] = {}
    for match in _ARXIV_CITATION.finditer(text):
        citation = match.group(0).rstrip(_CLOSING)
        if parse_arxiv_id(citation) is None:
            seen.setdefault(citation, None)
    return [f"the citation {short_repr(citation)} is not a valid arXiv identifier (such as "
            "arXiv:2005.13013v2); it was ignored and nothing was looked up for it"
            for citation in seen]


def _overlong_warning(document: Document) -> list[Problem]:
    """One warning for the links and DOIs too long to be references (find_references leaves
    them out rather than copy them into every claim)."""
    links = overlong_links(document.text)
    if not links:
        return []
    what = "a link or DOI" if len(links) == 1 else f"{len(links):,} links or DOIs"
    return [_warning(document, f"{what} longer than {MAX_REFERENCE_CHARS:,} characters "
                               f"ignored, not taken for a reference: {short_repr(links[0])}")]


def _warning(document: Document, message: str) -> Problem:
    return Problem(file=document.file, message=message, severity="warning")


__all__ = ["ReadError", "distinct_claim_ids", "extract_file", "extract_with_paper",
           "invalid_arxiv_citations", "iter_input_files"]
