"""The lines of a report and the header row that opens its claims table (extract/report.py).

`Line` is one printed line with its page and offset; `Row` and `ParsedTable` are what every
table parser produces; `find_header` finds the first header row naming a Claim column and a
mark or confidence column, in any of the table's forms (tabs, Markdown, PDF text plain or in
layout). Kept apart because the header decides which parser reads the body, and the PDF
parsers read repeated headers again on later pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify_claims.claims import Document

from .report_cells import CLAIM, KEY_OF_NAME, NAME_RE

__all__ = ["Header", "Line", "ParsedTable", "Row", "doc_lines", "find_header", "flow_header",
           "split_markdown", "unescape_markdown"]


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
class Line:
    page: int
    number: int  # 1-based line in the page text
    start: int  # offset of the line in the page text
    text: str


def _page_lines(page_number: int, text: str) -> list[Line]:
    lines, start = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        lines.append(Line(page_number, number, start, line))
        start += len(line) + 1
    return lines


def doc_lines(doc: Document) -> list[Line]:
    return [line for page in doc.pages for line in _page_lines(page.number, page.text)]



@dataclass
class Header:
    style: str  # "tabs", "markdown", "plain" or "layout"
    index: int  # index into the document's lines
    columns: list[str | None]
    positions: list[tuple[int, int]] = field(default_factory=list)  # layout: [start, end)


def _keys(names: Sequence[str]) -> list[str | None]:
    return [KEY_OF_NAME.get(" ".join(name.split()).casefold()) for name in names]


def _is_table_header(keys: Sequence[str | None]) -> bool:
    known = [key for key in keys if key]
    return CLAIM in known and len(known) >= 2 and len(set(known)) == len(known)


_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def split_markdown(line: str) -> list[tuple[str, int, int]]:
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


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def find_header(lines: Sequence[Line]) -> Header | None:
    for index, line in enumerate(lines):
        text = line.text
        if "\t" in text:
            keys = _keys(text.split("\t"))
            if _is_table_header(keys):
                return Header("tabs", index, keys)
        if "|" in text and index + 1 < len(lines) and _MD_SEPARATOR.match(lines[index + 1].text):
            keys = _keys([cell for cell, _, _ in split_markdown(text)])
            if _is_table_header(keys):
                return Header("markdown", index, keys)
        header = flow_header(text)
        if header:
            header.index = index
            return header
    return None


def flow_header(text: str) -> Header | None:
    """A header line of PDF text: nothing but column names, separated by spaces."""
    names = list(NAME_RE.finditer(text))
    if len(names) < 2 or NAME_RE.sub("", text).strip():
        return None
    keys = _keys([match.group() for match in names])
    if not _is_table_header(keys):
        return None
    gaps = [text[left.end():right.start()] for left, right in zip(names, names[1:], strict=False)]
    style = "layout" if all(len(gap) >= 2 for gap in gaps) else "plain"
    return Header(style, 0, keys, [match.span() for match in names])
