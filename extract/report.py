"""Parse a synthesis report: its metadata, its references and its table of claims.

A synthesis report (see the seeds) prints a few metadata sentences ("This paper examines: ...",
"21 claims extracted; 14 independently verified", "quality score of 7.4/10") and a table of
claims with the generator's own mark (✓/×) and confidence. The table comes in three forms:

* tab-separated rows under a `Claim<TAB>Verified<TAB>Confidence` header (the seeds);
* a Markdown table (`| Claim | Verified | Confidence |`, `|---|` separator, `\\|` escapes);
* a PDF table as pypdf extracts it, where long claims wrap over several lines and the table
  may run across pages, with or without its header repeated. In pypdf's default ("plain")
  mode each row prints its cells in column order, so a wrapped claim's lines come first and the
  row's mark and confidence follow; in "layout" mode the cells sit side by side, the mark and
  confidence on the middle line of the claim (see `report_pdf_table.layout_rows`).

Columns are found by header name, in any order. Every printed row becomes one `Claim`; what
looks wrong (a missing column, no table at all, an unreadable mark, a duplicated row) is
reported as a warning `Problem` on the Report rather than raised.

This module assembles the Report; the parts live in their own modules: report_cells.py (column
names, marks, confidences), report_header.py (lines, the header row, the row records),
report_table.py (finding the table; tab and Markdown rows), report_pdf_table.py (PDF text rows,
plain and layout), report_metadata.py (date, title, counts, references).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from verify_claims.claims import Claim, Document, Location, Problem, Reference, Report

from .claim_builder import build_claim
from .report_cells import (
    CLAIM,
    COLUMN_NAMES,
    CONFIDENCE,
    FALSE_MARKS,
    MARK,
    MISSING,
    TOKENS,
    TRUE_MARKS,
    parse_confidence,
    parse_mark,
)
from .report_header import ParsedTable, Row
from .report_metadata import metadata, report_references
from .report_table import find_claims_table, is_synthesis_report
from .truncation import ends_like_sentence, is_truncated

# The names other modules and the tests import from here, wherever they now live.
__all__ = ["CLAIM", "COLUMN_NAMES", "CONFIDENCE", "FALSE_MARKS", "MARK", "MISSING", "TOKENS",
           "TRUE_MARKS", "ParsedTable", "Row", "find_claims_table", "is_synthesis_report",
           "parse_confidence", "parse_mark", "parse_report", "report_references"]


def parse_report(doc: Document) -> Report:
    """Read a synthesis report: metadata, references and one Claim per printed table row."""
    problems: list[Problem] = []

    def warn(message: str) -> None:
        problems.append(Problem(file=doc.file, message=message, severity="warning"))

    meta = metadata(doc)
    references = report_references(doc)
    claims: list[Claim] = []
    table = find_claims_table(doc)
    if table is None:
        warn("no claims table found (no header row naming Claim, Verified and Confidence "
             "columns)")
    else:
        for key, name in ((MARK, "Verified"), (CONFIDENCE, "Confidence")):
            if key not in table.columns:
                warn(f"the claims table has no {name} column; its values are left empty")
        for message in table.warnings:
            warn(message)
        claims = _claims(doc, table, references, warn)
        extracted = meta.get("claims_extracted")
        if extracted is not None and extracted != len(claims):
            warn(f"the report says {extracted} claims were extracted but its table has "
                 f"{len(claims)} rows")
    return Report(file=doc.file, path=doc.path, format=doc.format, kind="synthesis",
                  references=references, claims=claims, problems=problems, **meta)


def _claims(doc: Document, table: ParsedTable, references: list[Reference],
            warn: Callable[[str], None]) -> list[Claim]:
    """One Claim per row with a claim; unreadable cells and repeated rows become warnings."""
    def where(page: int, line: int | None) -> str:
        return f"page {page}, line {line}" if doc.format == "pdf" else f"line {line}"

    claims: list[Claim] = []
    for row in table.rows:
        here = where(row.page, row.line)
        if not row.claim:
            warn(f"{here}: a table row with an empty claim was skipped")
            continue
        mark = confidence = None
        try:
            mark = parse_mark(row.cells.get(MARK, ""))
        except ValueError as error:
            warn(f"{here}: {error}")
        try:
            confidence = parse_confidence(row.cells.get(CONFIDENCE, ""))
        except ValueError as error:
            warn(f"{here}: {error}")
        location = Location(file=doc.file, page=row.page, line=row.line, span=row.span)
        truncated = is_truncated(row.claim)
        claims.append(build_claim(report=doc.file, text=row.claim, location=location,
                                  truncated=truncated,
                                  fragment=not truncated and not ends_like_sentence(row.claim),
                                  mark=mark, confidence=confidence, references=references))
    printed: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        printed[claim.id].append(claim)
    for same in printed.values():
        if len(same) > 1:
            places = "; ".join(where(claim.location.page or 1, claim.location.line)
                               for claim in same)
            warn(f"the claim {same[0].text[:60]!r} is printed {len(same)} times ({places}); "
                 "every row is kept")
    return claims
