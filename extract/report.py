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
  confidence on the middle line of the claim (see `_layout_rows`).

Columns are found by header name, in any order. Every printed row becomes one `Claim`; what
looks wrong (a missing column, no table at all, an unreadable mark, a duplicated row) is
reported as a warning `Problem` on the Report rather than raised.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from verify_claims.claims import Claim, Document, Location, Problem, Reference, Report
from verify_claims.claims.bounded import short_repr

from .claim_builder import build_claim
from .references import find_references
from .truncation import ends_like_sentence, is_truncated

# --- columns and cell values -------------------------------------------------------------

CLAIM, MARK, CONFIDENCE = "claim", "mark", "confidence"
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    CLAIM: ("claim", "claims", "claim text", "statement"),
    MARK: ("verified", "verification", "supported", "mark", "verdict"),
    CONFIDENCE: ("confidence", "conf.", "conf", "confidence score"),
}
_KEY_OF_NAME = {name: key for key, names in COLUMN_NAMES.items() for name in names}
_NAME = "|".join(sorted((re.escape(name) for name in _KEY_OF_NAME), key=len, reverse=True))
_NAME_RE = re.compile(rf"(?<!\S)(?:{_NAME})(?!\S)", re.IGNORECASE)

TRUE_MARKS = {"\u2713", "\u2714", "\u2611", "\u2705", "\u221a", "yes", "true", "y"}
FALSE_MARKS = {"\u00d7", "\u2717", "\u2718", "\u2715", "\u274c", "x", "no", "false", "n"}
MISSING = {"", "\u2014", "\u2013", "-", "n/a", "na", "none", "?"}

# Strict token patterns, used where cells are not delimited (PDF text) so that a word of a
# claim is not mistaken for a cell. "x"/"X" and "Y"/"N" are accepted only in delimited cells.
_MARK_TOKEN = (r"(?:[\u2713\u2714\u2611\u2705\u221a\u00d7\u2717\u2718\u2715\u274c]"
               r"|Yes|No|True|False)")
_CONFIDENCE_TOKEN = r"(?:\d{1,3}(?:\.\d+)?\s?%|0?\.\d+|[01](?:\.\d+)?|[\u2014\u2013-]|n/a)"
TOKENS = {MARK: _MARK_TOKEN, CONFIDENCE: _CONFIDENCE_TOKEN}


def parse_mark(cell: str) -> bool | None:
    """✓ ✔ Yes True → True; × ✗ ✘ x No False → False; empty or a dash → None.
    Raises ValueError for anything else."""
    value = unicodedata.normalize("NFC", cell).strip().casefold()
    if value in TRUE_MARKS:
        return True
    if value in FALSE_MARKS:
        return False
    if value in MISSING:
        return None
    raise ValueError(f"unreadable mark {short_repr(cell.strip())}")


def parse_confidence(cell: str) -> float | None:
    """"0.15" → 0.15, "15%" → 0.15; empty or a dash → None. Raises ValueError for text that is
    not a number or a number outside [0, 1]."""
    value = cell.strip()
    if value.casefold() in MISSING:
        return None
    percent = value.endswith("%")
    try:
        number = float(value.rstrip("%").strip())
    except ValueError:
        raise ValueError(f"unreadable confidence {short_repr(value)}") from None
    if percent:
        number /= 100
    if not 0 <= number <= 1:
        raise ValueError(f"confidence {short_repr(value)} is outside 0 to 1")
    return number


# --- what the table parsers produce ------------------------------------------------------


@dataclass
class Row:
    """One printed row: the claim cell as printed (Markdown escapes undone, a wrapped PDF
    cell's lines joined by single spaces), the other cells raw, and where the claim starts
    (page, 1-based line) and spans in the page text: the cell as it stands in the file, or,
    for a wrapped PDF cell, from its first character to its last on that page."""

    claim: str
    cells: dict[str, str]
    page: int
    line: int
    span: tuple[int, int]


@dataclass
class ParsedTable:
    columns: list[str | None]  # column keys in print order; None for a column we do not use
    rows: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Line:
    page: int
    number: int  # 1-based line in the page text
    start: int  # offset of the line in the page text
    text: str


def _page_lines(page_number: int, text: str) -> list[_Line]:
    lines, start = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        lines.append(_Line(page_number, number, start, line))
        start += len(line) + 1
    return lines


def _doc_lines(doc: Document) -> list[_Line]:
    return [line for page in doc.pages for line in _page_lines(page.number, page.text)]


# Headings that end a table or open the references.
_STOP = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:references|bibliography|sources|works cited|"
    r"appendix|acknowledge?ments|notes|conclusions?|discussion|limitations)\s*:?\s*$",
    re.IGNORECASE,
)
# Within one line ([^\S\n], not \s): a pattern free to run over line ends tried every blank line
# below each line start, which took seconds on a page of a few thousand blank lines.
_REFERENCES_HEADING = re.compile(
    r"^[^\S\n]*(?:#{1,6}[^\S\n]*)?(?:\d+(?:\.\d+)*\.?[^\S\n]+)?"
    r"(?:references|bibliography|sources|works cited)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


# --- finding the header -------------------------------------------------------------------


@dataclass
class _Header:
    style: str  # "tabs", "markdown", "plain" or "layout"
    index: int  # index into the document's lines
    columns: list[str | None]
    positions: list[tuple[int, int]] = field(default_factory=list)  # layout: [start, end)


def _keys(names: Sequence[str]) -> list[str | None]:
    return [_KEY_OF_NAME.get(" ".join(name.split()).casefold()) for name in names]


def _is_table_header(keys: Sequence[str | None]) -> bool:
    known = [key for key in keys if key]
    return CLAIM in known and len(known) >= 2 and len(set(known)) == len(known)


_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _split_markdown(line: str) -> list[tuple[str, int, int]]:
    """Cells of a GFM table row with their [start, end) in the line; `\\|` is a pipe inside a
    cell (and `\\\\` a backslash), any other pipe a cell boundary."""
    bounds, index = [], 0
    while index < len(line):
        if line[index] == "\\":
            index += 2
            continue
        if line[index] == "|":
            bounds.append(index)
        index += 1
    stripped = line.strip()
    edges = [-1, *bounds, len(line)]
    cells = []
    for left, right in zip(edges, edges[1:], strict=False):
        raw = line[left + 1:right]
        start = left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append((raw.strip(), start, start + len(raw.strip())))
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        cells = cells[:-1]
    return cells


def _unescape_markdown(text: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def _find_header(lines: Sequence[_Line]) -> _Header | None:
    for index, line in enumerate(lines):
        text = line.text
        if "\t" in text:
            keys = _keys(text.split("\t"))
            if _is_table_header(keys):
                return _Header("tabs", index, keys)
        if "|" in text and index + 1 < len(lines) and _MD_SEPARATOR.match(lines[index + 1].text):
            keys = _keys([cell for cell, _, _ in _split_markdown(text)])
            if _is_table_header(keys):
                return _Header("markdown", index, keys)
        header = _flow_header(text)
        if header:
            header.index = index
            return header
    return None


def _flow_header(text: str) -> _Header | None:
    """A header line of PDF text: nothing but column names, separated by spaces."""
    names = list(_NAME_RE.finditer(text))
    if len(names) < 2 or _NAME_RE.sub("", text).strip():
        return None
    keys = _keys([match.group() for match in names])
    if not _is_table_header(keys):
        return None
    gaps = [text[left.end():right.start()] for left, right in zip(names, names[1:], strict=False)]
    style = "layout" if all(len(gap) >= 2 for gap in gaps) else "plain"
    return _Header(style, 0, keys, [match.span() for match in names])


# --- delimited tables: tabs and Markdown -------------------------------------------------


def _delimited_rows(lines: Sequence[_Line], header: _Header) -> ParsedTable:
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
            cells = _split_markdown(line.text)
            cells = [(_unescape_markdown(text), start, end) for text, start, end in cells]
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


# --- PDF text: the table body across pages -----------------------------------------------


def _flow_body(lines: Sequence[_Line], header: _Header) -> list[_Line | None]:
    """The lines after the header up to the end of the table, across pages. A header row
    repeated near the top of a page and page numbers at the top or bottom of a page are
    dropped; blank lines become None (a hint, in layout mode, that a row ends there)."""
    printed: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if line.text.strip():
            printed[line.page].append(index)
    tops = {index for indexes in printed.values() for index in indexes[:2]}
    bottoms = {indexes[-1] for indexes in printed.values()}
    body: list[_Line | None] = []
    for index in range(header.index + 1, len(lines)):
        line = lines[index]
        if not line.text.strip():
            body.append(None)
        elif _STOP.match(line.text):
            break
        elif (index in tops | bottoms and _PAGE_NUMBER.match(line.text)) \
                or (index in tops and _flow_header(line.text)):
            continue
        else:
            body.append(line)
    while body and body[-1] is None:
        body.pop()
    return body


_MAX_ROW_LINES = 40  # a claim wrapped over more lines than this is not a table row


def _plain_rows(lines: Sequence[_Line], header: _Header) -> ParsedTable:
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


def _plain_row(match: re.Match[str] | None, lines: Sequence[_Line],
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
    line: _Line
    claim: str  # the claim-column text on this line ("" if none)
    span: tuple[int, int] | None  # of the claim text, in the page
    cells: dict[str, str]  # value cells found on this line
    blank_before: bool


def _column_centres(page_lines: Sequence[_Line], header: _Header,
                    header_line: _Line | None) -> dict[str, float]:
    """Centre (in characters) of each value column on one page: from the header row when the
    page prints it, else from where that column's tokens most often sit on the page (pypdf
    shifts the whole page left when nothing is printed left of the table)."""
    centres: dict[str, float] = {}
    if header_line is not None:
        found = _flow_header(header_line.text)
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


def _layout_lines(lines: Sequence[_Line], header: _Header) -> list[_LayoutLine]:
    body = _flow_body(lines, header)
    by_page: dict[int, list[_Line]] = defaultdict(list)
    for line in body:
        if line is not None:
            by_page[line.page].append(line)
    headers = {line.page: line for line in lines[header.index:] if _flow_header(line.text)}
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


def _layout_rows(lines: Sequence[_Line], header: _Header) -> ParsedTable:
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


# --- the whole table ----------------------------------------------------------------------


def find_claims_table(doc: Document) -> ParsedTable | None:
    """The claims table of `doc` in whichever form it is printed, or None if it has none."""
    lines = _doc_lines(doc)
    header = _find_header(lines)
    if header is None:
        return None
    if header.style in ("tabs", "markdown"):
        return _delimited_rows(lines, header)
    if header.style == "layout":
        return _layout_rows(lines, header)
    return _plain_rows(lines, header)


def is_synthesis_report(doc: Document) -> bool:
    """True when `doc` prints a claims table (a header row naming a Claim column and a mark or
    confidence column): that, not its wording, is what makes a synthesis report."""
    return _find_header(_doc_lines(doc)) is not None


# --- metadata -----------------------------------------------------------------------------

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
_DATE_LINE = re.compile(rf"^\s*(?:#+\s*)?(?:date:\s*)?(?:(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),"
                        rf"?\s+(?P<year>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\s*$",
                        re.IGNORECASE)
_EXAMINES = re.compile(r"This\s+paper\s+examines:\s*(?P<value>.+?)\s*(?=Research\s+question:|$)",
                       re.IGNORECASE)
_QUESTION = re.compile(r"Research\s+question:\s*(?P<value>.+)", re.IGNORECASE)
# A count starts where its digits start: "(?<!\d)" finds the same matches, but without it a
# search tries every digit of a long run as a start and takes quadratic time.
_RETRIEVED = re.compile(r"(?<!\d)(?P<n>\d+)\s+papers\s+retrieved|yielded\s+(?P<m>\d+)\s+papers",
                        re.IGNORECASE)
_EXTRACTED = re.compile(r"(?<!\d)(?P<n>\d+)\s+claims\s+extracted", re.IGNORECASE)
_VERIFIED = re.compile(r"(?<!\d)(?P<n>\d+)\s+(?:claims\s+)?(?:independently\s+)?verified",
                       re.IGNORECASE)
# A count or score with more digits than this is no count a report states but noise; reading
# it would overflow a float (the score) or pass Python's limit on int conversion (4300 digits).
_MAX_COUNT_DIGITS = 9
_SCORE = re.compile(r"quality (?:review )?score(?:\s+of|:)\s*(?P<n>\d+(?:\.\d+)?)\s*/\s*10",
                    re.IGNORECASE)


def _date(lines: Sequence[_Line]) -> tuple[int, str] | None:
    """(index of the date line, the date as ISO 8601, or as printed if it is no real date)."""
    for index, line in enumerate(lines[:40]):
        match = _DATE_LINE.match(line.text)
        if not match:
            continue
        if match.group("iso"):
            return index, match.group("iso")
        printed = f"{match.group('month')} {match.group('day')} {match.group('year')}"
        try:
            return index, dt.datetime.strptime(printed, "%B %d %Y").date().isoformat()
        except ValueError:
            return index, line.text.strip()
    return None


def _title(lines: Sequence[_Line], date_index: int | None) -> str | None:
    """The first paragraph of page 1, without Markdown `#`s. In PDF text, where paragraphs
    are not separated by blank lines, a title that wraps runs into the byline and the date:
    the line just above the date is then taken for the byline."""
    texts: list[str] = []
    for index, line in enumerate(lines):
        if line.page != lines[0].page or (texts and not line.text.strip()):
            break
        if date_index is not None and index >= date_index:
            if len(texts) > 1:
                texts.pop()
            break
        if line.text.strip():
            texts.append(line.text.strip().lstrip("#").strip())
    return " ".join(" ".join(texts).split()) or None


def _sentence_value(text: str, pattern: re.Pattern[str]) -> str | None:
    """The value after a label such as "Research question:", up to the end of its line, or of
    the next lines while the text has not reached a sentence end (PDF text wraps lines)."""
    match = pattern.search(text)
    if not match:
        return None
    value = match.group("value")
    rest = text[match.end():].split("\n")
    for line in rest[1:4]:
        if re.search(r"[.?!]\s*$", value) or not line.strip():
            break
        value += " " + line
    return " ".join(value.split())


def _metadata(doc: Document) -> dict[str, object]:
    lines = [line for line in _doc_lines(doc) if line.page == doc.pages[0].number]
    found = _date(lines)
    text = doc.text
    flat = " ".join(text.split())
    meta: dict[str, object] = {"date": found[1] if found else None,
                               "title": _title(lines, found[0] if found else None)}
    examines = _EXAMINES.search(flat)
    if examines:
        value = examines.group("value")
        meta["examines"] = value[:-1] if value.endswith(".") else value
    question = _sentence_value(text, _QUESTION)
    if question:
        meta["research_question"] = question[:-1] if question.endswith(".") else question
    for name, pattern in (("papers_retrieved", _RETRIEVED), ("claims_extracted", _EXTRACTED),
                          ("claims_verified", _VERIFIED)):
        match = pattern.search(flat)
        digits = next((group for group in match.groups() if group), "") if match else ""
        if 0 < len(digits) <= _MAX_COUNT_DIGITS:
            meta[name] = int(digits)
    score = _SCORE.search(flat)
    if score and len(score.group("n").partition(".")[0]) <= _MAX_COUNT_DIGITS:
        meta["quality_score"] = float(score.group("n"))
    return meta


def report_references(doc: Document) -> list[Reference]:
    """The references of the References section, or of the whole text when it has none."""
    text = doc.text
    # The last such heading: a table of contents may name it earlier.
    heading = next(reversed(list(_REFERENCES_HEADING.finditer(text))), None)
    if heading is not None:
        references = find_references(text[heading.end():])
        if references:
            return references
    return find_references(text)


# --- the report ---------------------------------------------------------------------------


def parse_report(doc: Document) -> Report:
    """Read a synthesis report: metadata, references and one Claim per printed table row."""
    problems: list[Problem] = []

    def warn(message: str) -> None:
        problems.append(Problem(file=doc.file, message=message, severity="warning"))

    meta = _metadata(doc)
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
