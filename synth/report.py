"""Write seed-like synthesis reports as plain text, Markdown or PDF.

Tests, examples and benchmarks need reports whose every claim, mark and confidence is known in
advance, in each form the parser must read: the seeds' plain-text layout (with and without `#`
headings), a Markdown table, and a PDF whose table wraps long claims over several lines and
runs across pages. `render_text` reproduces the seed layout exactly, so a spec written from a
seed renders back to the seed byte for byte.

PDF output needs fpdf2 (the `dev` extra); it is imported only inside `render_pdf`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

MarkStyle = Literal["check", "yesno", "truefalse"]
Column = Literal["Claim", "Verified", "Confidence"]
SEED_COLUMNS: tuple[Column, ...] = ("Claim", "Verified", "Confidence")

DEFAULT_ABSTRACT = (
    "Intermediate-task training\u2014fine-tuning a pretrained model on an intermediate task "
    "before fine-tuning again on the target task\u2014often improves model performance "
    "substantially on language understanding tasks in monolingual English settings."
)
LIMITATIONS = (
    "This report is a machine-generated literature synthesis and does not constitute original "
    "research. Automated retrieval and verification may introduce errors or omissions. Review "
    "scores reflect automated assessment, not human peer review. Readers should consult primary "
    "sources for authoritative information."
)
# Unicode TrueType fonts that carry ✓ and ×, in order of preference.
UNICODE_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
# What a core (Latin-1) font prints instead of the typographic characters it lacks.
_LATIN1_SUBSTITUTES = str.maketrans({"\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'",
                                     "\u201c": '"', "\u201d": '"', "\u2026": "..."})
MARKS: dict[str, tuple[str, str]] = {
    "check": ("\u2713", "\u00d7"), "yesno": ("Yes", "No"), "truefalse": ("True", "False"),
}


@dataclass
class ReportSpec:
    """Everything a generated report prints. `claims` holds (text, mark, confidence); a
    confidence of None prints as an em dash."""

    title: str
    date: dt.date | str  # a str is printed as it is, e.g. "November 2, 2026"
    examines: str
    research_question: str
    papers_retrieved: int
    claims_extracted: int
    claims_verified: int
    quality_score: float
    claims: list[tuple[str, bool, float | None]] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    abstract: str = DEFAULT_ABSTRACT
    author: str = "Assignee Research"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def format_date(date: dt.date | str) -> str:
    """"June 21, 2026", as the seeds print dates (no zero padding, English whatever the
    locale); a string is taken as already printed."""
    if isinstance(date, str):
        return date
    return f"{MONTHS[date.month - 1]} {date.day}, {date.year}"


def format_confidence(confidence: float | None) -> str:
    return "\u2014" if confidence is None else f"{confidence:.2f}"


def _cells(claim: tuple[str, bool, float | None], columns: Sequence[Column],
           marks: tuple[str, str]) -> list[str]:
    text, mark, confidence = claim
    values = {"Claim": text, "Verified": marks[0] if mark else marks[1],
              "Confidence": format_confidence(confidence)}
    return [values[column] for column in columns]


def _sections(spec: ReportSpec) -> list[tuple[str, str]]:
    """The prose sections of the seed layout, as (heading, paragraph)."""
    score = f"{spec.quality_score:.1f}"
    return [
        ("Abstract", spec.abstract),
        ("1 Introduction",
         f"This paper examines: {spec.examines}. "
         f"Research question: {spec.research_question}."),
        ("2 Methodology",
         "Systematic literature search across multiple databases yielded "
         f"{spec.papers_retrieved} papers. Claims were extracted from source material and "
         "verified against retrieved documents. An independent multi-reviewer assessment "
         f"produced a quality score of {score}/10."),
        ("3 Results",
         f"{spec.papers_retrieved} papers retrieved. {spec.claims_extracted} claims extracted; "
         f"{spec.claims_verified} independently verified. Quality review score: {score}/10."),
        ("4 Limitations", LIMITATIONS),
    ]


def render_text(spec: ReportSpec, headings: bool = True,
                columns: Sequence[Column] = SEED_COLUMNS) -> str:
    """The seeds' plain-text layout: `#` headings when `headings`, bare ones otherwise, and a
    tab-separated claims table. `columns` reorders or drops table columns (for parser tests)."""
    h1, h2 = ("# ", "## ") if headings else ("", "")
    parts = [f"\n\n{h1}{spec.title}", spec.author, format_date(spec.date)]
    parts += [f"{h2}{heading}\n\n{text}" for heading, text in _sections(spec)]
    # The seeds with `#` headings leave three blank lines before the claims section.
    parts[-1] += "\n\n" if headings else ""
    rows = ["\t".join(columns)]
    rows += ["\t".join(_cells(claim, columns, MARKS["check"])) for claim in spec.claims]
    parts.append(f"{h2}5 Extracted Claims\n\n" + "\n".join(rows))
    parts.append(f"{h2}References\n\n" + "\n".join(f"- <{ref}>" for ref in spec.references))
    return "\n\n".join(parts)


def _markdown_cell(text: str) -> str:
    """Escape what would end or alter a GFM table cell: backslashes and pipes."""
    return text.replace("\\", "\\\\").replace("|", "\\|")


def render_markdown(spec: ReportSpec, columns: Sequence[Column] = SEED_COLUMNS) -> str:
    """The seed layout with Markdown headings and a GFM table for the claims."""
    parts = [f"# {spec.title}", spec.author, format_date(spec.date)]
    parts += [f"## {heading}\n\n{text}" for heading, text in _sections(spec)]
    rows = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    rows += ["| " + " | ".join(_markdown_cell(cell) for cell in
                                _cells(claim, columns, MARKS["check"])) + " |"
             for claim in spec.claims]
    parts.append("## 5 Extracted Claims\n\n" + "\n".join(rows))
    parts.append("## References\n\n" + "\n".join(f"- <{ref}>" for ref in spec.references))
    return "\n\n".join(parts) + "\n"


def find_unicode_font() -> Path | None:
    """A TrueType font with ✓ and × on this machine, or None."""
    return next((path for path in UNICODE_FONTS if path.is_file()), None)


def render_pdf(spec: ReportSpec, path: Path | str, mark_style: MarkStyle = "check", *,
               columns: Sequence[Column] = SEED_COLUMNS, repeat_header: bool = True,
               page_numbers: bool = True, claim_width: float = 110.0) -> None:
    """Write `spec` as a PDF with a real fpdf2 table.

    The claim column is `claim_width` mm wide (of 190), so claims of the seeds' 120
    characters wrap over two lines and longer ones over more; the table runs across pages when
    it must, repeating its header row when `repeat_header`. The text uses DejaVu Sans so that
    ✓ and × print; on a machine without a Unicode font it falls back to Helvetica, which has no
    ✓, and then the "check" style prints Yes/No instead and other characters outside Latin-1
    are replaced by "?".
    """
    from fpdf import FPDF  # optional dependency: only this function needs it

    class _Report(FPDF):
        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.cell(0, 10, f"Page {self.page_no()}", align="C")

    pdf = _Report(format="A4")
    pdf.set_margins(10, 15, 10)
    pdf.set_auto_page_break(auto=True, margin=20)
    font = find_unicode_font()
    if font is not None:
        pdf.add_font("Body", "", str(font))
        bold = font.with_name(font.name.replace(".ttf", "-Bold.ttf"))
        pdf.add_font("Body", "B", str(bold if bold.is_file() else font))
        family = "Body"
    else:
        family = "Helvetica"
        mark_style = "yesno" if mark_style == "check" else mark_style

    def fit(text: str) -> str:
        if font is not None:
            return text
        text = text.translate(_LATIN1_SUBSTITUTES)
        return text.encode("latin-1", "replace").decode("latin-1")

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 8, fit(spec.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.ln(3)
    pdf.multi_cell(0, 6, fit(spec.author), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, format_date(spec.date), new_x="LMARGIN", new_y="NEXT")
    for heading, text in [*_sections(spec), ("5 Extracted Claims", "")]:
        pdf.ln(4)
        pdf.set_font(family, "B", 13)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 10)
        if text:
            pdf.multi_cell(0, 5, fit(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    other = (190 - claim_width) / max(1, len(columns) - 1)
    widths = [claim_width if column == "Claim" else other for column in columns]
    aligns = ["LEFT" if column == "Claim" else "CENTER" for column in columns]
    with pdf.table(col_widths=widths, text_align=aligns, line_height=5,
                   repeat_headings=1 if repeat_header else 0) as table:
        table.row(list(columns))
        for claim in spec.claims:
            table.row([fit(cell) for cell in _cells(claim, columns, MARKS[mark_style])])
    pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.multi_cell(0, 7, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for reference in spec.references:
        pdf.multi_cell(0, 5, fit(f"- {reference}"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
