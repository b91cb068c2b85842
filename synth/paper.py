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
# What the Latin-1 fallback font prints for dashes and daggers.
_LATIN1_STAND_INS = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2020": "*",
                                   "\u2021": "**"})

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
            text = unicodedata.normalize("NFKC", text).translate(_LATIN1_STAND_INS)
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
    # A break after a real hyphen ("intermediate-|task") prints that hyphen, not a second one.
    text = text.replace("-" + SOFT_HYPHEN, "-\n").replace(SOFT_HYPHEN, "-\n")
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


# ---------------------------------------------------------------------------------------------
# The example paper used by tests and the benchmark

_LANGUAGES = (
    ("Afrikaans", "af"), ("Arabic", "ar"), ("Bulgarian", "bg"), ("Bengali", "bn"),
    ("German", "de"), ("Greek", "el"), ("Spanish", "es"), ("Estonian", "et"), ("Basque", "eu"),
    ("Persian", "fa"), ("Finnish", "fi"), ("French", "fr"), ("Hebrew", "he"), ("Hindi", "hi"),
    ("Hungarian", "hu"), ("Indonesian", "id"), ("Italian", "it"), ("Japanese", "ja"),
    ("Javanese", "jv"), ("Georgian", "ka"), ("Kazakh", "kk"), ("Korean", "ko"),
    ("Malayalam", "ml"), ("Marathi", "mr"), ("Malay", "ms"), ("Burmese", "my"), ("Dutch", "nl"),
    ("Portuguese", "pt"), ("Russian", "ru"), ("Swahili", "sw"), ("Tamil", "ta"),
    ("Telugu", "te"), ("Thai", "th"), ("Tagalog", "tl"), ("Turkish", "tr"), ("Urdu", "ur"),
    ("Vietnamese", "vi"), ("Yoruba", "yo"), ("Chinese", "zh"), ("Welsh", "cy"),
)


def _per_language_rows() -> list[list[str]]:
    """40 rows of made-up retrieval accuracies: long enough that the table always spans two
    pages. A fixed formula, not a random draw, so the numbers never change."""
    rows = []
    for index, (name, code) in enumerate(_LANGUAGES):
        baseline = 40.0 + (index * 37 % 50) + (index % 7) / 10
        mnli = baseline + 1.0 + (index % 5) * 0.7
        squad = baseline + 0.5 + (index % 3) * 0.9
        rows.append([name, code, f"{baseline:.1f}", f"{mnli:.1f}", f"{squad:.1f}"])
    return rows


RESULTS_TABLE: TableSpec = (
    "Table 2: Zero-shot results on the target tasks (accuracy for XNLI and PAWS-X, F1 for "
    "TyDiQA). \u2020: best of three runs.",
    ["Intermediate\ntask", "XNLI", "PAWS-X", "TyDiQA", "Avg"],
    [
        ["XLM-R (baseline)", "79.2", "86.4", "65.1", "76.9"],
        ["MNLI", "80.9", "88.1", "66.5", "78.5"],
        ["SQuAD", "79.6", "87.0\u2020", "66.9", "77.8"],
        ["HellaSwag", "78.4", "86.9", "\u2013", "\u2013"],
    ],
)
DATASET_TABLE: TableSpec = (
    "Table 1: Intermediate-task datasets.",
    ["Dataset", "Train size", "Source"],
    [
        ["MNLI", "392,702", "Crowdsourced"],
        ["SQuAD", "87,599", "Wikipedia"],
        ["HellaSwag", "39,905", "ActivityNet"],
        ["WikiLingua", "1,104,934", "WikiHow"],
    ],
)
LANGUAGE_TABLE: TableSpec = (
    "Table 3: Tatoeba retrieval accuracy by language.",
    ["Language", "ISO", "Baseline", "MNLI", "SQuAD"],
    _per_language_rows(),
)

# Sentences the example paper states as results (paper_claims must find these) ...
EXAMPLE_RESULT_SENTENCES = (
    "Training on MNLI first improves the average score by 1.6 points over the XLM-R baseline.",
    "With SQuAD as the intermediate task, the model reaches 66.9 F1 on TyDiQA, 1.8 points "
    "higher than the baseline.",
    "Our best configuration outperforms the baseline by 1.6 points on average.",
    "The gains from MNLI are largest on PAWS-X, where accuracy rises by 1.7 points, from 86.4 "
    "to 88.1.",
    "HellaSwag hurts cross-lingual transfer: XNLI accuracy drops by 0.8 points.",
    "MNLI gains 2.4 points on Tatoeba on average over the baseline.",
    "In short, intermediate training on MNLI outperforms the baseline by 1.6 points.",
)
# ... and method sentences with numbers that are not results (it must skip these).
EXAMPLE_METHOD_SENTENCES = (
    "We fine-tune XLM-R Large for 2 epochs on each intermediate task with a learning rate of "
    "1e-5 and a batch size of 32.",
    "We select the checkpoint that achieves the best development accuracy within 2 epochs.",
    "Table 1 lists the 4 intermediate-task datasets and their sizes.",
)


def example_spec() -> PaperSpec:
    """A fictional paper on intermediate-task transfer with every hard case of real PDFs.

    Page 1 ends inside the sentence "The gains from MNLI ..." (a page break in the middle of
    a sentence); "inter-mediate" and "intermediate-task" are broken at line ends; the results
    table stacks "Intermediate / task" in its first header cell; Table 3 runs over two pages.
    """
    r = EXAMPLE_RESULT_SENTENCES
    m = EXAMPLE_METHOD_SENTENCES
    crossing = r[3].replace("accuracy rises", "accuracy rises" + PAGE_BREAK)
    return PaperSpec(
        title="Intermediate-Task Transfer for Zero-Shot Cross-Lingual Understanding",
        authors=["Ada Lindqvist", "Ravi Menon", "Chlo\u00e9 Martin"],
        abstract=(
            "Intermediate-task training fine-tunes a pretrained encoder on a labelled English "
            "task before it is fine-tuned on the target task. We ask whether this inter"
            + SOFT_HYPHEN + "mediate step also helps when the target task is in another "
            "language. Using three intermediate tasks and the XLM-R encoder, we evaluate "
            "zero-shot transfer on three target tasks. " + r[0] + " " + r[1]
        ),
        sections=[
            ("Introduction", [
                "Pretrained multilingual encoders transfer surprisingly well across languages, "
                "yet the effect of an additional intermediate-" + SOFT_HYPHEN + "task stage "
                "on such transfer is not well understood. We study it in a controlled "
                "setting in which only the intermediate task varies. " + r[2],
                "The rest of this paper describes the setup, reports the results and discusses "
                "where the intermediate stage fails to help.",
            ]),
            ("Experimental Setup", [
                m[0] + " " + m[1] + " " + m[2],
                0,
                "All target tasks are evaluated zero-shot: the model never sees labelled data "
                "in the target language. Scores are averaged over three random restarts.",
            ]),
            ("Results", [
                "Table 2 compares each intermediate task with the baseline. Each configuration "
                "was trained and evaluated with identical budgets, and the differences below "
                "are consistent across restarts. We report the mean of three restarts unless "
                "a cell is marked otherwise, and the average column is computed over the "
                "three target tasks only. The pattern is clear for the sentence-pair tasks, "
                "while the extractive question answering task benefits most from a question "
                "answering intermediate task. For the classification tasks the picture is "
                "more mixed, but no intermediate task changes the ranking of the languages. "
                "Per-language results follow the same trend and are listed in the appendix "
                "tables of the extended version. " + crossing,
                1,
            ]),
            ("Analysis", [
                "Not every intermediate task is useful. " + r[4] + " We suspect that its "
                "commonsense completions are too far from the target tasks.",
                "Sentence retrieval needs no training on the target task at all, so it "
                "isolates the effect of the intermediate stage on the representations. "
                + r[5],
                2,
            ]),
            ("Conclusion", [
                r[6] + " Future work should look at more languages and at larger models.",
            ]),
        ],
        tables=[DATASET_TABLE, RESULTS_TABLE, LANGUAGE_TABLE],
        references=[
            "Ada Lindqvist and Ravi Menon. 2021. Larger encoders outperform smaller ones by 3 "
            "points on every benchmark. In Proceedings of the Workshop on Imaginary "
            "Results, pages 10\u201320.",
            "Chlo\u00e9 Martin. 2022. A survey of intermediate-task transfer. arXiv:2201.01234.",
        ],
    )
