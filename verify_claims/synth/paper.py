"""Fictional arXiv-style papers, rendered as PDF (fpdf2) or as plain text / Markdown.

Tests and the accuracy benchmark need papers whose every sentence, page and table cell is known
in advance, with the hard parts of real PDFs present on purpose: justified paragraphs that wrap,
words hyphenated at line ends, ligature glyphs, running headers and page numbers, a sentence
that runs over a page break, table header cells stacked over two lines, and tables that break
across pages. The spec says where each of these happens, so a test can state exactly what a
parser should recover.

Markers inside paragraph text (in `PaperSpec.abstract` and section paragraphs):

- `SOFT_HYPHEN` (U+00AD) marks a word broken at a line end: the PDF prints "inter-" and goes
  on with "mediate" on the next line, the text rendering prints the word whole.
- `PAGE_BREAK` (U+000C, form feed) ends the page in the middle of the paragraph: the rest of
  the paragraph (and so the rest of its sentence) continues on the next page.
- An `int` in a section's paragraph list places table number `int` (0-based index into
  `PaperSpec.tables`) there. Tables never placed are printed after the last section.

Header cells may contain "\\n" to stack over two lines. fpdf2 is imported only when a PDF is
rendered, so the text rendering works without it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SOFT_HYPHEN = "\u00ad"
PAGE_BREAK = "\f"

# A Unicode TrueType font gives ligature glyphs and typographic dashes; the first one found is
# used, else fpdf2's built-in Helvetica (Latin-1 only, so no ligatures).
FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
)
# What TeX does to running text: these letter pairs print as single ligature glyphs, which PDF
# text extraction then returns as U+FB01 / U+FB02.
_LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}

TableSpec = tuple[str, list[str], list[list[str]]]  # caption, header, rows


@dataclass
class PaperSpec:
    """Everything printed in a fictional paper, in reading order."""

    title: str
    authors: list[str]
    abstract: str
    sections: list[tuple[str, list[str | int]]]
    tables: list[TableSpec] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    running_header: str | None = "Preprint. Under review."
    number_sections: bool = True  # print "1 Introduction" for a section titled "Introduction"
    ligatures: bool = True  # print fi/fl in paragraphs as ligature glyphs (PDF only)
    repeat_table_header: bool = True  # repeat the header row on every page a table spans

    def section_titles(self) -> list[str]:
        """Section titles as printed (numbered when `number_sections`)."""
        if not self.number_sections:
            return [title for title, _ in self.sections]
        return [f"{number} {title}" for number, (title, _) in enumerate(self.sections, start=1)]

    def placed_tables(self) -> set[int]:
        return {item for _, items in self.sections for item in items if isinstance(item, int)}


def plain(text: str) -> str:
    """Paragraph text as a reader should recover it: markers removed, page break a space."""
    return text.replace(SOFT_HYPHEN, "").replace(PAGE_BREAK, " ")


# ---------------------------------------------------------------------------------------------
# Text and Markdown


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("\n", " ") for cell in cells) + " |"


def _text_table(table: TableSpec) -> list[str]:
    caption, header, rows = table
    lines = [caption, "", _pipe_row(header), "|" + "|".join("---" for _ in header) + "|"]
    lines += [_pipe_row(row) for row in rows]
    return lines + [""]


def render_paper_text(spec: PaperSpec, markdown: bool = False) -> str:
    """The paper as plain text (headings on their own lines) or Markdown (`#` headings).

    Tables are Markdown pipe tables in both, with their caption on the line above."""
    heading = "## " if markdown else ""
    lines = [("# " if markdown else "") + spec.title, "", ", ".join(spec.authors), ""]
    lines += [f"{heading}Abstract", "", plain(spec.abstract), ""]
    for title, (_, items) in zip(spec.section_titles(), spec.sections, strict=True):
        lines += [f"{heading}{title}", ""]
        for item in items:
            lines += _text_table(spec.tables[item]) if isinstance(item, int) \
                else [plain(item), ""]
    for index, table in enumerate(spec.tables):
        if index not in spec.placed_tables():
            lines += _text_table(table)
    if spec.references:
        lines += [f"{heading}References", ""]
        lines += [line for reference in spec.references for line in (reference, "")]
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# PDF


def find_font() -> tuple[str, str] | None:
    """(regular, bold) paths of the first Unicode TTF font installed, or None."""
    for regular, bold in FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            return regular, bold
    return None


def _make_pdf(spec: PaperSpec):  # -> fpdf.FPDF
    from fpdf import FPDF  # lazily: only PDF rendering needs fpdf2

    font = find_font()

    class PaperPDF(FPDF):
        """An A4 page with a running header line and a centred page number."""

        unicode_font = font is not None
        family = "Body" if font else "Helvetica"

        def header(self) -> None:
            if spec.running_header:
                self.set_font(self.family, size=8)
                self.cell(0, 6, self.fix(spec.running_header), align="C",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(self.family, size=9)
            self.cell(0, 10, str(self.page_no()), align="C")

        def fix(self, text: str) -> str:
            """Text the current font can print: core fonts only know Latin-1."""
            if self.unicode_font:
                return text
            text = unicodedata.normalize("NFKC", text).replace("\u2013", "-").replace("\u2014",
                                                                                      "-")
            return text.encode("latin-1", "replace").decode("latin-1")

    pdf = PaperPDF(format="A4")
    if font:
        pdf.add_font("Body", "", font[0])
        pdf.add_font("Body", "B", font[1])
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 18, 22)
    return pdf


def _paragraph(pdf, spec: PaperSpec, text: str) -> None:
    """Print a justified paragraph; soft hyphens become forced "-" line breaks and form feeds
    forced page breaks."""
    pdf.set_font(pdf.family, size=10)
    if spec.ligatures and pdf.unicode_font:
        for letters, glyph in _LIGATURES.items():
            text = text.replace(letters, glyph)
    text = text.replace(SOFT_HYPHEN, "-\n")
    for number, part in enumerate(text.split(PAGE_BREAK)):
        if number:
            pdf.add_page()
        pdf.multi_cell(0, 5, pdf.fix(part.strip(" ")), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _heading(pdf, title: str) -> None:
    pdf.ln(2)
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(0, 7, pdf.fix(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _is_number(text: str) -> bool:
    stripped = text.strip().rstrip("%\u2020\u2021*").replace(",", "").replace(".", "", 1)
    return stripped.lstrip("+-\u2212").isdigit() or stripped in {"-", "\u2013", "\u2014"}


def _table(pdf, spec: PaperSpec, table: TableSpec) -> None:
    """Print caption and table. The label column is wider; numeric columns are right-aligned,
    text columns left-aligned, as in typeset papers."""
    from fpdf.fonts import FontFace

    caption, header, rows = table
    pdf.set_font(pdf.family, size=9)
    pdf.multi_cell(0, 5, pdf.fix(caption), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    numeric = [all(_is_number(row[i]) for row in rows) for i in range(len(header))]
    widths = [2.2 if i == 0 else 1.0 for i in range(len(header))]
    with pdf.table(
        col_widths=widths,
        text_align=["RIGHT" if is_numeric else "LEFT" for is_numeric in numeric],
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD"),
        line_height=5,
        padding=(1, 2),
        repeat_headings=1 if spec.repeat_table_header else 0,
    ) as grid:
        for cells in [header, *rows]:
            printed = grid.row()
            for cell in cells:
                printed.cell(pdf.fix(cell))
    pdf.ln(4)


def render_paper_pdf(spec: PaperSpec, path: Path | str) -> Path:
    """Write the paper as a PDF at `path` and return the path."""
    pdf = _make_pdf(spec)
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 15)
    pdf.multi_cell(0, 7, pdf.fix(spec.title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(pdf.family, size=10)
    pdf.multi_cell(0, 5, pdf.fix(", ".join(spec.authors)), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _heading(pdf, "Abstract")
    _paragraph(pdf, spec, spec.abstract)
    for title, (_, items) in zip(spec.section_titles(), spec.sections, strict=True):
        _heading(pdf, title)
        for item in items:
            if isinstance(item, int):
                _table(pdf, spec, spec.tables[item])
            else:
                _paragraph(pdf, spec, item)
    for index, table in enumerate(spec.tables):
        if index not in spec.placed_tables():
            _table(pdf, spec, table)
    if spec.references:
        _heading(pdf, "References")
        pdf.set_font(pdf.family, size=9)
        for reference in spec.references:
            pdf.multi_cell(0, 4.5, pdf.fix(reference), align="L", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(1)
    path = Path(path)
    pdf.output(str(path))
    return path
