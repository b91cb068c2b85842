"""Find a claims table and read its rows, whatever form it is printed in (extract/report.py).

Delimited tables (tab-separated rows under a header, Markdown tables with `\\|` escapes) are
read here, a row per line; PDF text goes to report_pdf_table.py. `is_synthesis_report` is
here too: a claims table, not its wording, is what makes a file a synthesis report. Kept apart
from report.py so that telling a report from a paper needs only the table reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Document

from .report_cells import CLAIM
from .report_header import (
    Header,
    Line,
    ParsedTable,
    Row,
    doc_lines,
    find_header,
    split_markdown,
    unescape_markdown,
)
from .report_pdf_table import layout_rows, plain_rows

__all__ = ["find_claims_table", "is_synthesis_report"]


def _delimited_rows(lines: Sequence[Line], header: Header) -> ParsedTable:
    table = ParsedTable(header.columns)
    first = header.index + (2 if header.style == "markdown" else 1)
    claim_at = header.columns.index(CLAIM)
    for line in lines[first:]:
        # The table ends at the first line that is not a row (a blank line, a heading).
        if not line.text.strip():
            break
        if header.style == "markdown":
            if "|" not in line.text:
                break
            cells = split_markdown(line.text)
            cells = [(unescape_markdown(text), start, end) for text, start, end in cells]
        else:
            if "\t" not in line.text:
                break
            cells, start = [], 0
            for text in line.text.split("\t"):
                cells.append((text.strip(), start + len(text) - len(text.lstrip()),
                              start + len(text.rstrip())))
                start += len(text) + 1
        extra = len(cells) - len(header.columns)
        if extra > 0 and header.style == "tabs":
            # A tab inside the claim: give the surplus cells back to the claim column.
            # Empty surplus cells at either end leave tabs there: strip them as any cell.
            merged = cells[claim_at:claim_at + extra + 1]
            joined = line.text[merged[0][1]:merged[-1][2]]
            start = merged[0][1] + len(joined) - len(joined.lstrip())
            claim_text = joined.strip()
            cells[claim_at:claim_at + extra + 1] = [(claim_text, start, start + len(claim_text))]
        elif extra:
            table.warnings.append(f"line {line.number}: the row has {len(cells)} cells but "
                                  f"the header has {len(header.columns)}")
        cells += [("", line.start, line.start)] * max(0, -extra)
        by_key = {key: cells[i][0] for i, key in enumerate(header.columns) if key}
        text, start, end = cells[claim_at]
        table.rows.append(Row(text, by_key, line.page, line.number,
                              (line.start + start, line.start + end)))
    return table



def find_claims_table(doc: Document) -> ParsedTable | None:
    """The claims table of `doc` in whichever form it is printed, or None if it has none."""
    lines = doc_lines(doc)
    header = find_header(lines)
    if header is None:
        return None
    if header.style in ("tabs", "markdown"):
        return _delimited_rows(lines, header)
    if header.style == "layout":
        return layout_rows(lines, header)
    return plain_rows(lines, header)


def is_synthesis_report(doc: Document) -> bool:
    """True when `doc` prints a claims table (a header row naming a Claim column and a mark or
    confidence column): that, not its wording, is what makes a synthesis report."""
    return find_header(doc_lines(doc)) is not None
