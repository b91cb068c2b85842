"""Claims tables in PDF text, where nothing delimits a cell (extract/report.py).

pypdf prints a table in one of two ways. In its default ("plain") mode each row prints its
cells in column order, a wrapped claim's lines first and the row's mark and confidence after
them (`plain_rows`); in "layout" mode the cells sit side by side, the mark and confidence on
the middle line of the claim (`layout_rows`). Either way the table may run across pages, with
or without its header repeated and with page numbers between (`_flow_body`). Kept apart from
the delimited tables (report_table.py) because reading these rows is a search over how to cut
the lines into rows, not a split on a delimiter.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .report_cells import CLAIM, TOKENS
from .report_header import Header, Line, ParsedTable, Row, flow_header
from .truncation import ends_like_sentence, is_truncated

__all__ = ["layout_rows", "plain_rows"]

# Headings that end a table or open the references.
_STOP = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:references|bibliography|sources|works cited|"
    r"appendix|acknowledge?ments|notes|conclusions?|discussion|limitations)\s*:?\s*$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


def _flow_body(lines: Sequence[Line], header: Header) -> list[Line | None]:
    """The lines after the header up to the end of the table, across pages. A header row
    repeated near the top of a page and page numbers at the top or bottom of a page are
    dropped; blank lines become None (a hint, in layout mode, that a row ends there)."""
    printed: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if line.text.strip():
            printed[line.page].append(index)
    tops = {index for indexes in printed.values() for index in indexes[:2]}
    bottoms = {indexes[-1] for indexes in printed.values()}
    body: list[Line | None] = []
    for index in range(header.index + 1, len(lines)):
        line = lines[index]
        if not line.text.strip():
            body.append(None)
        elif _STOP.match(line.text):
            break
        elif (index in tops | bottoms and _PAGE_NUMBER.match(line.text)) \
                or (index in tops and flow_header(line.text)):
            continue
        else:
            body.append(line)
    while body and body[-1] is None:
        body.pop()
    return body


_MAX_ROW_LINES = 40  # a claim wrapped over more lines than this is not a table row


def plain_rows(lines: Sequence[Line], header: Header) -> ParsedTable:
    """Rows of pypdf's plain text: cells follow each other in column order, a wrapped claim's
    lines first, so each row is `[cells before the claim] claim [cells after it]` over one or
    more whole lines, the cells other than the claim matching strict token patterns.

    Which lines make a row is decided over the whole table, not greedily: a claim line that
    happens to end in something like a cell ("rises by 2.1 % —") would end its row too
    early and leave the next line unreadable. Dynamic programming picks the reading that
    leaves the fewest lines out of any row, and on a tie the shorter row first.
    """
    table = ParsedTable(header.columns)
    body = [line for line in _flow_body(lines, header) if line is not None]
    claim_at = header.columns.index(CLAIM)
    before, after = header.columns[:claim_at], header.columns[claim_at + 1:]

    def cell(key: str | None, index: int, where: str) -> str:
        return f"(?P<{where}{index}>{TOKENS[key]})"  # PDF headers only name known columns

    # Cells of a row print on one line or several, apart by any whitespace. The claim starts and
    # ends with a printed character, so a run of spaces is scanned once, not from each of its
    # positions (which took seconds on a line of 20,000 spaces).
    gap = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
    prefix = "".join(cell(key, i, "b") + gap for i, key in enumerate(before))
    suffix = "".join(gap + cell(key, i, "a") for i, key in enumerate(after))
    row = re.compile(r"[^\S\n]*" + prefix + r"(?P<claim>\S(?:.*?\S)?)" + suffix + r"[^\S\n]*",
                     re.DOTALL)

    def read(first: int, last: int) -> re.Match[str] | None:
        return row.fullmatch("\n".join(line.text for line in body[first:last + 1]))

    # left_out[i]: fewest lines left out when reading body[i:]; step[i]: the last line of the
    # row that starts at i, or None to leave line i out.
    count = len(body)
    left_out = [0] * (count + 1)
    step: list[int | None] = [None] * count
    for first in range(count - 1, -1, -1):
        left_out[first], step[first] = 1 + left_out[first + 1], None
        for last in range(first, min(count, first + _MAX_ROW_LINES)):
            if left_out[last + 1] < left_out[first] and read(first, last):
                left_out[first], step[first] = left_out[last + 1], last
    index, skipped = 0, []
    while index < count:
        last = step[index]
        if last is None:
            skipped.append(body[index])
            index += 1
            continue
        if skipped and table.rows:  # lines after the last row just end the table
            table.warnings.extend(
                f"page {line.page}, line {line.number}: not part of any table row: "
                f"{line.text.strip()[:60]!r}" for line in skipped)
        skipped = []
        table.rows.append(_plain_row(read(index, last), body[index:last + 1], before, after))
        index = last + 1
    return table


def _plain_row(match: re.Match[str] | None, lines: Sequence[Line],
               before: Sequence[str | None], after: Sequence[str | None]) -> Row:
    assert match is not None
    cells = {}
    for group, value in match.groupdict().items():
        if group != "claim" and value is not None:
            key = (before if group[0] == "b" else after)[int(group[1:])]
            if key:
                cells[key] = value
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines[:-1]), initial=0))
    claim_end = match.end("claim")
    first = _line_at(starts, match.start("claim"))
    last = _line_at(starts, claim_end - 1)
    line = lines[first]
    span_start = line.start + match.start("claim") - starts[first]
    if lines[last].page == line.page:
        span_end = lines[last].start + claim_end - starts[last]
    else:  # the claim runs over a page: its span ends with its last line on the first page
        on_page = max(i for i in range(first, last) if lines[i].page == line.page)
        span_end = lines[on_page].start + len(lines[on_page].text.rstrip())
    return Row(_single_spaced(match.group("claim")), cells, line.page, line.number,
               (span_start, span_end))


def _line_at(starts: Sequence[int], offset: int) -> int:
    index = 0
    for number, start in enumerate(starts):
        if start <= offset:
            index = number
    return index


def _single_spaced(text: str) -> str:
    return " ".join(text.split())



# --- PDF text in layout mode --------------------------------------------------------------

_CHUNK = re.compile(r"\S+(?: \S+)*")  # runs of text separated by two or more spaces
_COLUMN_TOLERANCE = 4  # characters a centred cell may sit from its column's centre


@dataclass
class _LayoutLine:
    line: Line
    claim: str  # the claim-column text on this line ("" if none)
    span: tuple[int, int] | None  # of the claim text, in the page
    cells: dict[str, str]  # value cells found on this line
    blank_before: bool


def _column_centres(page_lines: Sequence[Line], header: Header,
                    header_line: Line | None) -> dict[str, float]:
    """Centre (in characters) of each value column on one page: from the header row when the
    page prints it, else from where that column's tokens most often sit on the page (pypdf
    shifts the whole page left when nothing is printed left of the table)."""
    centres: dict[str, float] = {}
    if header_line is not None:
        found = flow_header(header_line.text)
        if found:
            for key, (start, end) in zip(found.columns, found.positions, strict=True):
                if key and key != CLAIM:
                    centres[key] = (start + end) / 2
            return centres
    for key in header.columns:
        if not key or key == CLAIM:
            continue
        pattern = re.compile(TOKENS[key] + "$")
        spots = [round((chunk.start() + chunk.end()) / 2) for line in page_lines
                 for chunk in _CHUNK.finditer(line.text) if pattern.match(chunk.group())]
        if spots:
            centres[key] = Counter(spots).most_common(1)[0][0]
    return centres


def _layout_lines(lines: Sequence[Line], header: Header) -> list[_LayoutLine]:
    body = _flow_body(lines, header)
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in body:
        if line is not None:
            by_page[line.page].append(line)
    headers = {line.page: line for line in lines[header.index:] if flow_header(line.text)}
    centres = {page: _column_centres(page_lines, header, headers.get(page))
               for page, page_lines in by_page.items()}
    result: list[_LayoutLine] = []
    blank = False
    for line in body:
        if line is None:
            blank = True
            continue
        cells: dict[str, str] = {}
        claim_chunks: list[re.Match[str]] = []
        for chunk in _CHUNK.finditer(line.text):
            centre = (chunk.start() + chunk.end()) / 2
            for key, where in centres[line.page].items():
                if key not in cells and abs(centre - where) <= _COLUMN_TOLERANCE \
                        and re.fullmatch(TOKENS[key], chunk.group()):
                    cells[key] = chunk.group()
                    break
            else:
                claim_chunks.append(chunk)
        claim = " ".join(chunk.group() for chunk in claim_chunks)
        span = ((line.start + claim_chunks[0].start(), line.start + claim_chunks[-1].end())
                if claim_chunks else None)
        result.append(_LayoutLine(line, claim, span, cells, blank))
        blank = False
    return result


def layout_rows(lines: Sequence[Line], header: Header) -> ParsedTable:
    """Rows of pypdf's layout text, where nothing but geometry says which lines of a wrapped
    claim belong to which row.

    fpdf2 (and most table makers) centre the short cells vertically, so a row's mark and
    confidence print on the middle line of its claim. With u claim lines above the value line
    and d below: an odd number of lines puts the values on the middle line (d == u); an even
    number puts them half-way between two lines, where pypdf prints them on a line of their
    own (d == u) or on the upper of the two (d == u + 1). Between two value lines the claim
    lines must be split between the two rows; dynamic programming picks the split that keeps
    every row centred so, and prefers rows that start with a capital letter, after a blank
    line or after a finished sentence, and that end like a sentence or at the generator's
    cut. When no split fits (a table that aligns its cells otherwise), rows are read as if
    top-aligned and a warning says so. pypdf's plain text has none of this ambiguity.
    """
    table = ParsedTable(header.columns)
    entries = _layout_lines(lines, header)
    anchors = [i for i, entry in enumerate(entries) if entry.cells]
    if not anchors:
        return table

    def start_cost(index: int) -> float:
        """Cost of a row starting at entries[index]: claims start with a capital letter (a
        lowercase start is most likely a continuation, a digit or sign less likely a start); a
        start after a blank line, or after a line that ends a sentence, is a likely row."""
        if index >= len(entries):
            return 0.0
        text = entries[index].claim.lstrip("\"'(\u201c[")
        cost = 0.0 if text[:1].isupper() else 2.0 if text[:1].islower() else 0.75
        if entries[index].blank_before:
            cost -= 1.0
        if index > 0 and re.search(r"[.!?)]$", entries[index - 1].claim) \
                and text[:1].isupper():
            cost -= 0.5
        return cost

    def row_cost(anchor: int, up: int, down: int) -> float | None:
        """None when the row cannot be centred on its value line (see the docstring)."""
        merged = bool(entries[anchor].claim)
        if down != up and not (merged and down == up + 1):
            return None
        inner = range(anchor - up + 1, anchor + down + 1)
        blanks = sum(1 for i in inner if entries[i].blank_before)
        text = " ".join(entries[i].claim for i in range(anchor - up, anchor + down + 1))
        # A claim ends a sentence or is cut at the generator's limit; anything else is
        # probably missing its last line.
        unfinished = not (ends_like_sentence(text) or is_truncated(" ".join(text.split())))
        return (down - up) * 0.1 + blanks * 3.0 + unfinished * 1.0 + start_cost(anchor - up)

    # cost[k][s]: the cheapest way to read rows 0..k-1 so that row k starts at entry s.
    # Lines before the first row cost 5 each (a caption, say); lines after the last row are
    # left out of the table at 1 each, so that a row keeps its trailing lines when it can.
    cost: list[dict[int, float]] = [{s: 5.0 * s for s in range(anchors[0] + 1)}]
    back: list[dict[int, int]] = [{}]
    for k, anchor in enumerate(anchors):
        limit = anchors[k + 1] if k + 1 < len(anchors) else len(entries)
        options: dict[int, float] = {}
        choices: dict[int, int] = {}
        for start, so_far in cost[k].items():
            for end in range(anchor, limit):
                own = row_cost(anchor, anchor - start, end - anchor)
                if own is None:
                    continue
                total = so_far + own + (len(entries) - 1 - end if k + 1 == len(anchors) else 0)
                if end + 1 not in options or total < options[end + 1]:
                    options[end + 1], choices[end + 1] = total, start
        if not options:
            table.warnings.append("PDF table (layout text): the rows are not centred on their "
                                  "marks; each row was read from its mark's line down")
            return _top_aligned_rows(table, entries, anchors)
        cost.append(options)
        back.append(choices)
    # Walk back from the cheapest end of the last row.
    end = min(cost[-1], key=cost[-1].__getitem__)
    bounds: list[tuple[int, int]] = []
    for k in range(len(anchors), 0, -1):
        start = back[k][end]
        bounds.append((start, end))
        end = start
    for start, end in reversed(bounds):
        _append_row(table, entries[start:end])
    return table


def _top_aligned_rows(table: ParsedTable, entries: Sequence[_LayoutLine],
                      anchors: Sequence[int]) -> ParsedTable:
    """The fallback reading: every row starts on its value line (cells aligned to the top)."""
    bounds = [0, *anchors[1:], len(entries)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        _append_row(table, entries[start:end])
    return table


def _append_row(table: ParsedTable, group: Sequence[_LayoutLine]) -> None:
    """One row from its layout lines: the claim text of each joined, the cells collected."""
    texts = [entry for entry in group if entry.claim]
    cells: dict[str, str] = {}
    for entry in group:
        cells.update(entry.cells)
    if not texts:
        first = group[0].line
        table.rows.append(Row("", cells, first.page, first.number, (first.start, first.start)))
        return
    first = texts[0]
    # The span ends at the claim's last character on its first page (a row may run over).
    last = [entry for entry in texts if entry.line.page == first.line.page][-1]
    assert first.span is not None and last.span is not None
    table.rows.append(Row(_single_spaced(" ".join(entry.claim for entry in texts)), cells,
                          first.line.page, first.line.number, (first.span[0], last.span[1])))
