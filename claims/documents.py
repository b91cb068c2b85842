"""Documents as read from disk: pages of text, and papers split into sections, sentences and
tables.

`extract` builds these; `verify` searches them for evidence. They live in `claims/` because
they cross a stage boundary, and stages only talk through `claims/` types.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .models import Clause, Entity, Printable, Quantity, Record


class Page(Record):
    """The text of one page (1-based), already cleaned: ligatures expanded, hyphenated line
    breaks joined. A plain-text or Markdown file is a single page."""

    number: int
    text: Printable


class Document(Record):
    """A readable file: its pages and the format it was read as."""

    file: Printable
    path: Printable
    format: Literal["text", "markdown", "pdf"]
    pages: list[Page] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)


class Sentence(Record):
    """One sentence of a paper. A sentence that runs across a page break starts on `page` and
    ends on `end_page`."""

    text: str
    page: int
    end_page: int | None = None
    section: str | None = None
    # Filled by extract (the same parsers as for claims), so that verify compares like with like.
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    direction: Literal["increase", "decrease"] | None = None
    negated: bool = False
    clauses: list[Clause] = Field(default_factory=list)
    # A reference card's statement: where the card took it from ("arXiv:2005.13013v2 abstract").
    provenance: str | None = None


class Cell(Record):
    """A table cell as printed, and the number it holds with its printed precision (the
    statcheck interval): "69.7" has 1 decimal, "393k" has -3; None when it prints no number."""

    text: str
    value: float | None = None
    decimals: int | None = None


class Table(Record):
    """A table recovered from text: header cells, then rows of cells. The first cell of a row
    is usually its label (a task or model name); `pages` lists the pages it spans."""

    caption: str | None = None
    header: list[str]
    rows: list[list[Cell]]
    pages: list[int] = Field(default_factory=list)

    def column(self, name: str) -> int | None:
        """Index of the header cell equal to `name` (case-insensitive), or None."""
        lowered = name.casefold()
        for index, cell in enumerate(self.header):
            if cell.casefold() == lowered:
                return index
        return None


class Section(Record):
    title: str
    page: int


class Paper(Record):
    """A scientific paper parsed for verification (and as a source of its own claims)."""

    file: str
    source_id: str | None = None  # "arXiv:2005.13013v2" when known from the file name
    title: str | None = None
    sections: list[Section] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
