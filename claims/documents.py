"""Documents as read from disk: pages of text, and papers split into sections, sentences and
tables.

`extract` builds these; `verify` searches them for evidence. They live in `claims/` because
they cross a stage boundary, and stages only talk through `claims/` types.
"""

from __future__ import annotations

from typing import ClassVar, Literal

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
    # Where the cell sits in a table read as a grid (typeset PDFs): the row-header path outer ->
    # inner (a group label spanning several rows is repeated in each), the column-header path
    # top -> bottom (a spanning header repeated for each column under it), and the marks that
    # were printed on the number but are not part of it ("bold", "underline", "asterisk",
    # "dagger", ...). Empty for tables read from plain rows.
    row_headers: list[str] = Field(default_factory=list)
    column_headers: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)


class Region(Record):
    """A table's box on one page, in PDF points from the page's top-left corner: the sentence
    reader keeps the words inside it out of the paper's prose."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class Table(Record):
    """A table recovered from text: header cells, then rows of cells. The first cell of a row
    is usually its label (a task or model name); `pages` lists the pages it spans. `header`
    holds the column headers flattened to one string per column (a multi-level header joined
    top to bottom); each cell of a grid-read table also carries its own header paths.
    `label` is the printed "Table 3" when known; `regions` its boxes, one per page or column."""

    caption: str | None = None
    header: list[str]
    rows: list[list[Cell]]
    pages: list[int] = Field(default_factory=list)
    label: str | None = None
    regions: list[Region] = Field(default_factory=list)

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


class Reading(Record):
    """How much of a PDF the reader made into text, so that an audit can say when a paper was
    read too poorly for its verdicts to mean much.

    A paper whose fonts the reader cannot decode does not fail: it reads as a handful of
    sentences, or as words that are glyph names ("/C5/D9"), and every claim citing it stays
    unverified with no sign of why (round 27: a 1994 arXiv paper in dvips bitmap fonts gave 14
    sentences from 18 pages before its fonts were read). Measured (round 28) over the 133 PDFs
    of `tests/real/` outside the blind corpora and `../shared/`: the fewest sentences a page is
    3.9 (a 9-page supplement of procedures and spectra, rsc_polyimide_esi), the next 8.3; the
    lowest share of words is 0.81. The 71 PDFs of the blind corpora, read for these two figures
    only: 6.3 and 0.87. Unreadable papers: 0.2 and 0.8 sentences a page (the two Type 3 papers with
    their fonts unread), a word share of 0.02 (fonts with no Unicode map). A page of tables is
    read too, so a paper is poor on sentences only with fewer tables than pages.
    """

    pages: int
    sentences: int
    tables: int
    words: float  # the share of the sentences' tokens that are words of letters (0 to 1)

    SENTENCES_PER_PAGE: ClassVar[float] = 3.0
    WORDS: ClassVar[float] = 0.4

    @property
    def summary(self) -> str:
        """ "read 310 sentences and 5 tables from 18 pages"."""
        return (f"read {_counted(self.sentences, 'sentence')} and "
                f"{_counted(self.tables, 'table')} from {_counted(self.pages, 'page')}")

    @property
    def poor(self) -> str | None:
        """Why the paper reads too poorly to be trusted as a source, or None."""
        per_page = self.sentences / max(self.pages, 1)
        if per_page < self.SENTENCES_PER_PAGE and self.tables < self.pages:
            return (f"only {_counted(self.sentences, 'sentence')} from "
                    f"{_counted(self.pages, 'page')} ({per_page:.1f} per page)")
        if self.words < self.WORDS:
            return f"only {self.words:.0%} of the text read is words"
        return None


def _counted(number: int, noun: str) -> str:
    """ "1 page", "18 pages"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


class Paper(Record):
    """A scientific paper parsed for verification (and as a source of its own claims)."""

    file: str
    source_id: str | None = None  # "arXiv:2005.13013v2" when known from the file name
    title: str | None = None
    byline: str | None = None  # authors and affiliations, between the title and first heading
    sections: list[Section] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    reading: Reading | None = None  # a PDF's reading health; None for text, Markdown and cards
