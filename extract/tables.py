"""Recover tables from the text of a paper: header cells, then rows of cells with numbers parsed.

Which text to read a PDF table from: pypdf's plain extraction joins the cells of a row with
single spaces ("XLM-R (baseline) 79.2 86.4"), so a cell that holds a space cannot be told from
two cells, and a header cell wrapped over two lines comes out as a line of its own. Its layout
extraction (`read_document(path, layout=True)`) instead places every piece of text at a column
proportional to its position on the page, so cells are separated by runs of two or more spaces
and a stacked header cell ("Intermediate" over "task") sits at the same columns on two lines.
Tables are therefore recovered from layout text, by column positions:

1. Split every line into segments at runs of 2+ spaces, keeping each segment's columns.
2. A *data row* is a line of 2 to 15 short segments of which enough parse as numbers (or as a
   dash for "no value"); consecutive data rows whose segments line up form a table body.
3. The body's rows define the column grid. Non-blank lines right above the body that fit the
   grid are the header; each of their segments goes to the column it overlaps, so stacked
   header lines join per column ("Intermediate task").
4. A "Table N: ..." line above (or else below) the table is its caption.
5. A table that ends a page and one that starts the next page with the same number of columns
   and the same (repeated) header, no header, or a "(continued)" caption are one table.

Running headers and footers ("Preprint. Under review.", page numbers) are removed first, since
a running header above a continued table would read as its header; `page_furniture` is shared
with the sentence splitter in `paper.py`.

Plain-text and Markdown papers hold Markdown pipe tables or tab-separated tables instead.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from verify_claims.claims import Cell, Document, Page, Table

from .bracketed_percents import read_bracketed_percents
from .cell_values import _is_value, make_cell, parse_cell, parse_cell_value
from .grid_tables import is_two_column, tables_from_pages
from .header_rows import split_blocks
from .page_lines import body_size
from .pdfwords import read_pages
from .readers import ReadError, read_document
from .sideways_tables import sideways_tables
from .slash_columns import split_slash_columns
from .unit_cells import read_unit_cells

if TYPE_CHECKING:
    from .pdfwords import PageWords

# ---------------------------------------------------------------------------------------------
# Running headers, footers and page numbers

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?(?:\s+of\s+\d+)?$",
                          re.IGNORECASE)
_ARXIV_STAMP = re.compile(r"^arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.\-]+\]\s+\d{1,2}\s+\w{3}\s+"
                          r"\d{4}$")
EDGE_LINES = 3  # how many non-blank lines at the top and bottom of a page can be furniture


def _edge_key(line: str) -> str:
    """Lines that differ only in whitespace or digits (page numbers) are the same furniture."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def page_furniture(pages: list[str]) -> list[set[int]]:
    """For each page text, the indexes of its lines that are page furniture, not content.

    Furniture is a bare page number or arXiv stamp near a page edge, or a line that recurs at
    the same edge (top or bottom) of at least half the pages (and of two or more): running
    titles, "Preprint. Under review.", "Page 3 of 9" and the like.
    """
    split = [page.split("\n") for page in pages]
    edges: list[dict[str, list[int]]] = []  # per page: "top"/"bottom" -> line indexes
    for lines in split:
        content = [index for index, line in enumerate(lines) if line.strip()]
        edge = min(EDGE_LINES, len(content) // 2)  # on a short page the edges must not meet
        edges.append({"top": content[:edge], "bottom": content[len(content) - edge:]})
    counts: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    for lines, edge in zip(split, edges, strict=True):
        for side, indexes in edge.items():
            counts[side].update({_edge_key(lines[index]) for index in indexes})
    needed = max(2, math.ceil(len(pages) / 2))
    furniture: list[set[int]] = []
    for lines, edge in zip(split, edges, strict=True):
        found: set[int] = set()
        content = [index for index, line in enumerate(lines) if line.strip()]
        for side, indexes in edge.items():
            for index in indexes:
                line = lines[index].strip()
                repeated = counts[side][_edge_key(line)] >= needed and \
                    not _like_its_neighbour(lines, content, index, side)
                if repeated or _PAGE_NUMBER.match(line) or _ARXIV_STAMP.match(line):
                    found.add(index)
        furniture.append(found)
    return furniture


def _like_its_neighbour(lines: list[str], content: list[int], index: int, side: str) -> bool:
    """Whether the next content line towards the body has the same shape (digits aside) as
    line `index`: then the two are rows of one table or list that runs over the page break
    ("config-47 52.7 42.0" above "config-48 53.8 43.1"), not a running title, which stands
    alone."""
    position = content.index(index)
    inner = position + 1 if side == "top" else position - 1
    if not 0 <= inner < len(content):
        return False
    return _edge_key(lines[content[inner]]) == _edge_key(lines[index])


# ---------------------------------------------------------------------------------------------
# Layout text: lines split into positioned segments


@dataclass
class Segment:
    """A run of text between gaps of 2+ spaces, and the columns [start, end) it occupies."""

    text: str
    start: int
    end: int

    def overlap(self, start: int, end: int) -> int:
        return min(self.end, end) - max(self.start, start)


@dataclass
class Line:
    """A line of layout text as segments. Its position in the page's list is its line index;
    furniture lines are kept, blanked, so that positions stay line indexes."""

    page: int
    segments: list[Segment]

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)

    @property
    def blank(self) -> bool:
        return not self.segments


_SEGMENT = re.compile(r"\S+(?: \S+)*")
# "Table 2: ...", "Table 2. ...", "Table 2 (continued)"; not a sentence like "Table 2 shows".
CAPTION = re.compile(r"^(?:Table|Tab\.)\s+(?:[A-Z]-?)?\d+[a-z]?\s*(?:[:.|\u2013\u2014-]|\(cont)",
                     re.IGNORECASE)
_CONTINUED = re.compile(r"\bcont(?:inued|'d|\.)", re.IGNORECASE)
MAX_COLUMNS = 15
MAX_CELL_WORDS = 6  # a longer run of words is prose, not a cell
MAX_BLANKS_IN_TABLE = 2  # layout text puts blank lines between rows; more means the table ended
MAX_HEADER_LINES = 4


def _segments(text: str) -> list[Segment]:
    return [Segment(m.group(), m.start(), m.end()) for m in _SEGMENT.finditer(text)]


def _is_data_row(line: Line) -> bool:
    """2..15 short cells of which at least one in three (after the label) is a value."""
    cells = line.segments
    if not 2 <= len(cells) <= MAX_COLUMNS or CAPTION.match(line.text):
        return False
    if any(len(cell.text.split()) > MAX_CELL_WORDS for cell in cells):
        return False
    values = sum(_is_value(cell.text) for cell in cells[1:])
    return values >= max(1, math.ceil((len(cells) - 1) / 3))


@dataclass
class _Column:
    start: int
    end: int


def _assign(segment: Segment, grid: list[_Column]) -> int:
    """The column a segment belongs to: the one it overlaps most (or is nearest to)."""
    return max(range(len(grid)), key=lambda i: segment.overlap(grid[i].start, grid[i].end))


def _fits(line: Line, grid: list[_Column]) -> bool:
    """No segment runs over two columns (prose does) and no two segments share a column."""
    columns = []
    for segment in line.segments:
        if sum(segment.overlap(column.start, column.end) > 0 for column in grid) > 1:
            return False
        columns.append(_assign(segment, grid))
    return len(set(columns)) == len(columns)


def _is_fragment(line: Line, grid: list[_Column]) -> bool:
    """A line inside a table body that continues the cells of the row above (a label wrapped
    over two lines): a few words in some columns, no number, no sentence end. A line with text
    in every column is the header of a new table instead."""
    return (_fits(line, grid) and len(line.segments) < len(grid)
            and not line.text.endswith(".")
            and all(len(segment.text.split()) <= 4 and not _is_value(segment.text)
                    for segment in line.segments))


def _aligned(row: Line, grid: list[_Column]) -> bool:
    """A row belongs to a table body when each of its cells lands, in order, in a different
    column of the body's grid and lies on or next to it (right- and left-aligned cells of one
    column overlap)."""
    if len(row.segments) > len(grid):
        return False
    columns = [_assign(segment, grid) for segment in row.segments]
    return columns == sorted(set(columns)) and all(
        segment.overlap(grid[column].start, grid[column].end) > -3
        for segment, column in zip(row.segments, columns, strict=True))


def _grid(rows: list[Line]) -> list[_Column]:
    """Column extents from the rows with the most cells."""
    width = max(len(row.segments) for row in rows)
    full = [row for row in rows if len(row.segments) == width]
    return [_Column(min(row.segments[i].start for row in full),
                    max(row.segments[i].end for row in full)) for i in range(width)]


def _bodies(lines: list[Line]) -> list[list[int]]:
    """Runs of aligned data rows (line positions). Blank lines may separate rows, and so may
    fragments (a row label wrapped over two lines)."""
    bodies: list[list[int]] = []
    current: list[int] = []
    blanks = 0
    for position, line in enumerate(lines):
        if line.blank:
            blanks += 1
            if blanks > MAX_BLANKS_IN_TABLE and current:
                bodies.append(current)
                current = []
            continue
        blanks = 0
        grid = _grid([lines[i] for i in current]) if current else None
        if _is_data_row(line):
            if grid and not (_aligned(line, grid) or _aligned(lines[current[-1]], _grid([line]))):
                bodies.append(current)
                current = []
            current.append(position)
        elif grid and not _is_fragment(line, grid):
            bodies.append(current)
            current = []
    if current:
        bodies.append(current)
    return bodies


@dataclass
class _Part:
    """A table, or the part of one, found on one page."""

    page: int
    caption: str | None
    header: list[str]
    rows: list[list[Cell]]
    top: int  # line index of its first line (caption, header or row) on the page
    bottom: int  # and of its last


def _row_cells(lines: list[Line], grid: list[_Column]) -> list[str]:
    """Join the segments of one or more stacked lines column by column."""
    cells = [""] * len(grid)
    for line in lines:
        for segment in line.segments:
            column = _assign(segment, grid)
            cells[column] = f"{cells[column]} {segment.text}".strip()
    return cells


def _block(lines: list[Line], start: int, step: int, limit: int) -> list[int]:
    """Positions of the non-blank lines from `start` on (going by `step`) up to the next blank
    line, at most `limit` of them."""
    found = []
    position = start
    while 0 <= position < len(lines) and not lines[position].blank and len(found) < limit:
        found.append(position)
        position += step
    return found


def _skip_blanks(lines: list[Line], position: int, step: int, most: int = 2) -> int:
    skipped = 0
    while 0 <= position < len(lines) and lines[position].blank and skipped < most:
        position += step
        skipped += 1
    return position


def _caption_lines(lines: list[Line], positions: list[int]) -> list[int] | None:
    """The caption among a block of lines: from its "Table N" line to the block's end."""
    ordered = sorted(positions)
    for number, position in enumerate(ordered):
        if CAPTION.match(lines[position].text):
            return ordered[number:]
    return None


def _part(lines: list[Line], body: list[int]) -> _Part:
    """Header, caption and rows around a body of data rows."""
    grid = _grid([lines[i] for i in body])
    groups: list[list[Line]] = [[lines[i]] for i in body]
    for number, position in enumerate(body):
        end = body[number + 1] if number + 1 < len(body) else position + 1
        groups[number] += [lines[p] for p in range(position + 1, end) if not lines[p].blank]
    # The header: the block of lines just above the body that fit the grid and are neither a
    # caption nor the end of a sentence.
    above = _block(lines, _skip_blanks(lines, body[0] - 1, -1), -1, MAX_HEADER_LINES)
    header_positions: list[int] = []
    for position in above:
        line = lines[position]
        if not _fits(line, grid) or CAPTION.match(line.text) or line.text.endswith("."):
            break
        header_positions.insert(0, position)
    top = header_positions[0] if header_positions else body[0]
    bottom = body[-1]
    # The caption: the block above the header, or else the block below the body.
    caption_at = _caption_lines(lines, _block(lines, _skip_blanks(lines, top - 1, -1), -1, 4))
    if caption_at is None:
        below = _block(lines, _skip_blanks(lines, bottom + 1, 1), 1, 4)
        caption_at = below if below and CAPTION.match(lines[below[0]].text) else None
    if caption_at:
        top, bottom = min(top, caption_at[0]), max(bottom, caption_at[-1])
    return _Part(
        page=lines[body[0]].page,
        caption=" ".join(lines[p].text for p in caption_at) if caption_at else None,
        header=_row_cells([lines[p] for p in header_positions], grid),
        rows=[[make_cell(text) for text in _row_cells(group, grid)] for group in groups],
        top=top,
        bottom=bottom,
    )


def _continues(previous: _Part, part: _Part, pages: dict[int, list[Line]]) -> bool:
    """Is `part` the rest of `previous`: it opens the next page, `previous` closes its page,
    both have as many columns, and `part` repeats the header, has none, or says
    "(continued)"?"""
    if part.page != previous.page + 1 or len(part.rows[0]) != len(previous.rows[0]):
        return False
    if part.caption and not _CONTINUED.search(part.caption):
        return False
    after = pages[previous.page][previous.bottom + 1:]
    before = pages[part.page][:part.top]
    if any(not line.blank for line in after + before):
        return False
    return not any(part.header) or part.header == previous.header or bool(part.caption)


def tables_from_layout(pages: list[Page]) -> list[Table]:
    """Tables in pages of layout-mode PDF text (see the module docstring)."""
    furniture = page_furniture([page.text for page in pages])
    lines_of: dict[int, list[Line]] = {}
    parts: list[_Part] = []
    for page, skip in zip(pages, furniture, strict=True):
        lines = [Line(page.number, [] if index in skip else _segments(text))
                 for index, text in enumerate(page.text.split("\n"))]
        lines_of[page.number] = lines
        parts += [_part(lines, body) for body in _bodies(lines)]
    tables: list[Table] = []
    for number, part in enumerate(parts):
        if number and _continues(parts[number - 1], part, lines_of):
            tables[-1].rows.extend(part.rows)
            tables[-1].pages.append(part.page)
        else:
            tables.append(Table(caption=part.caption, header=part.header, rows=part.rows,
                                pages=[part.page]))
    return tables


# ---------------------------------------------------------------------------------------------
# Plain-text and Markdown tables

_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _pipe_cells(line: str) -> list[str]:
    stripped = line.strip()
    stripped = stripped[1:] if stripped.startswith("|") else stripped
    stripped = stripped[:-1] if stripped.endswith("|") else stripped
    return [cell.strip() for cell in stripped.split("|")]


def _text_caption(lines: list[str], top: int, bottom: int) -> str | None:
    """A "Table N" line next to lines [top, bottom): the nearest non-blank line above, or else
    the nearest below, with at most one blank line between."""

    def nearest(first: int, step: int) -> str:
        for position in (first, first + step):
            if 0 <= position < len(lines) and lines[position].strip():
                return lines[position].strip()
        return ""

    for candidate in (nearest(top - 1, -1), nearest(bottom, 1)):
        if CAPTION.match(candidate):
            return candidate
    return None


def tables_from_text(text: str, page: int = 1) -> list[Table]:
    """Markdown pipe tables (header, rule line, rows) and tab-separated blocks (first line is
    the header) in plain text."""
    lines = text.split("\n")
    tables: list[Table] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        following = lines[position + 1] if position + 1 < len(lines) else ""
        if "|" in line and _PIPE_RULE.match(following.strip()):
            end = position + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            header = _pipe_cells(line)
            rows = [[make_cell(cell) for cell in _pipe_cells(row)]
                    for row in lines[position + 2:end]]
        elif "\t" in line.strip() and "\t" in following.strip():
            width = len(line.strip().split("\t"))
            end = position + 1
            while end < len(lines) and len(lines[end].strip().split("\t")) == width:
                end += 1
            header = [cell.strip() for cell in line.strip().split("\t")]
            rows = [[make_cell(cell) for cell in row.strip().split("\t")]
                    for row in lines[position + 1:end]]
        else:
            position += 1
            continue
        header = [cell.replace("**", "").strip() for cell in header]
        tables.append(Table(caption=_text_caption(lines, position, end), header=header,
                            rows=rows, pages=[page]))
        position = end
    return tables


# ---------------------------------------------------------------------------------------------
# Entry point


def layout_document(doc: Document) -> Document | None:
    """The PDF behind `doc` read again in layout mode, or None when it cannot be re-read (a
    Document built in memory, a file since moved)."""
    if doc.format != "pdf":
        return None
    try:
        return read_document(doc.path, layout=True)
    except (ReadError, OSError):
        return None


def word_pages(doc: Document) -> list[PageWords] | None:
    """The words and rules of the PDF behind `doc`, or None when it cannot be read so (a
    Document built in memory, a file since moved, a PDF pdfminer cannot parse)."""
    if doc.format != "pdf":
        return None
    try:
        return read_pages(doc.path)
    except Exception:  # noqa: BLE001 - any failure of the word layer falls back to text
        return None


def find_tables(doc: Document, layout: Document | None = None,
                pages: list[PageWords] | None = None) -> list[Table]:
    """The tables of a document. A two-column PDF (a typeset paper) is read as grids from its
    words with their positions (`pages`, or the file read again; grid_tables.py): there a line
    of text holds two columns and a row's numbers run together in the text. A one-column PDF
    is read from its layout-mode text (`layout`, or the file re-read in layout mode; failing
    both, its own pages), which the generated papers and their tests are built on. Text and
    Markdown files are read from their pipe and tab-separated tables. A column of paired
    numbers under a header naming both parts ("MNLI-(m/mm)") is cut in two (slash_columns.py)."""
    if doc.format == "pdf" and pages is None:
        pages = word_pages(doc) or []
    found = _tables(doc, layout, pages)
    if pages and any(page.sideways for page in pages):
        # Tables set sideways (landscape on a portrait page), read from their turned glyphs.
        found += sideways_tables(pages, body_size(list(pages)))
    # A column of numbers printed with their units ("62.7 U mg", unit_cells.py).
    # A column of percentages printed in brackets under "(%)" (bracketed_percents.py).
    return [read_bracketed_percents(read_unit_cells(split_slash_columns(block)))
            for table in found for block in split_blocks(table)]


def _tables(doc: Document, layout: Document | None,
            pages: list[PageWords] | None) -> list[Table]:
    """`find_tables` before tables stacked in blocks are cut apart (header_rows.py)."""
    if doc.format == "pdf":
        pages = pages if pages is not None else word_pages(doc)
        if pages and is_two_column(pages):
            return tables_from_pages(pages)
        layout = layout or layout_document(doc) or doc
        tables = tables_from_layout(layout.pages)
        if pages:
            # A real one-column paper (NeurIPS, IOP, an arXiv preprint) sets its tables as
            # typeset grids that the layout-text reader reads poorly (a table cut in two at a
            # mid rule, an equation as a table, wrapped and spanning headers); the grid
            # reader is kept where it binds more "Table N" captions, or as many with fewer
            # tables that have none; the layout-text reader (the generated papers') otherwise.
            grids = tables_from_pages(pages)
            if _caption_score(grids) > _caption_score(tables):
                return grids
        return tables
    return [table for page in doc.pages for table in tables_from_text(page.text, page.number)]

def _caption_score(tables: list[Table]) -> tuple[int, int]:
    """(distinct "Table N" bound, minus the tables bound to none), by label or by caption
    (the layout-text reader keeps the caption and no label)."""
    labels = set()
    unbound = 0
    for table in tables:
        match = _CAPTION_NUMBER.match(table.caption or "")
        label = table.label or (f"Table {match[1]}" if match else None)
        if label:
            labels.add(label)
        else:
            unbound += 1
    return len(labels), -unbound


_CAPTION_NUMBER = re.compile(r"^\s*(?:Table|Tab\.)\s*([A-Z]?\d+)", re.IGNORECASE)


__all__ = ["CAPTION", "find_tables", "layout_document", "make_cell", "page_furniture",
           "parse_cell", "parse_cell_value", "tables_from_layout", "tables_from_text",
           "word_pages"]
