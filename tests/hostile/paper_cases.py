"""Hostile papers for the PDF reader (issue 10), made on demand with fpdf2 and pypdf.

Each function writes one PDF to the path it is given and returns that path:

- `scanned_pdf`: a page that is only an image (no text layer): a clear error, "needs OCR";
- `unmapped_pdf`: an embedded font whose ToUnicode map was removed, so its glyph codes cannot
  be read as characters: a clear error, not gibberish checked as if it were words;
- `rotated_pdf`: three pages, the second turned 90 degrees: read in order, every line kept;
- `thesis_pdf`: a one-column document of many pages (500 for a thesis): bounded time and
  memory, every page read (benchmarks/reading.py --hostile measures it);
- `long_table_pdf`: one table of many rows (2,000) over many pages: one table, every row.

They are generated rather than committed because fpdf2 writes them in a second and the large
ones would weigh megabytes; tests/test_real_reading.py and benchmarks/reading.py use them.
"""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/dejavu/DejaVuSans.ttf")


def scanned_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("L", (800, 1000), 255)
    ImageDraw.Draw(image).text((50, 50), "Results improve by 8.2 points", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buffer, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def font_path() -> str | None:
    """A TrueType font to embed (DejaVu, as Debian ships it), or None."""
    return next((font for font in FONTS if Path(font).exists()), None)


def unmapped_pdf(path: Path, font: str) -> Path:
    """Twenty lines in an embedded TrueType font, then its ToUnicode maps removed."""
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_font("embedded", "", font)
    pdf.set_font("embedded", size=11)
    pdf.add_page()
    for index in range(20):
        pdf.cell(0, 8, f"Sentence {index}: the model improves accuracy by {index}.5 points.",
                 new_x="LMARGIN", new_y="NEXT")
    mapped = io.BytesIO(pdf.output())
    writer = PdfWriter(clone_from=PdfReader(mapped))
    for page in writer.pages:
        for reference in page["/Resources"]["/Font"].values():
            font_object = reference.get_object()
            if "/ToUnicode" in font_object:
                del font_object["/ToUnicode"]
    writer.write(path)
    return path


def _lines_pdf(pages: int, lines: int, text: str) -> FPDF:
    """`pages` pages of `lines` lines each, `text` formatted with page and line numbers."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page in range(1, pages + 1):
        pdf.add_page()
        for line in range(lines):
            pdf.cell(0, 8, text.format(page=page, line=line), new_x="LMARGIN", new_y="NEXT")
    return pdf


def rotated_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    pdf = _lines_pdf(3, 20, "On page {page} the model improves accuracy by {line}.{page} points.")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf.output())))
    writer.pages[1].rotate(90)
    writer.write(path)
    return path


def thesis_pdf(path: Path, pages: int = 500) -> Path:
    """A one-column thesis: a title, a heading per chapter of ten pages, 30 lines of prose a
    page."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page in range(1, pages + 1):
        pdf.add_page()
        if page == 1:
            pdf.set_font("helvetica", style="B", size=20)
            pdf.cell(0, 14, "Transfer Across Tasks", new_x="LMARGIN", new_y="NEXT")
        if page % 10 == 1:
            pdf.set_font("helvetica", style="B", size=14)
            pdf.cell(0, 10, f"{page // 10 + 1} Chapter", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", size=11)
        for line in range(30):
            pdf.cell(0, 8, f"In experiment {page}.{line} the model improves accuracy by "
                     f"{line}.{page % 10} points over the baseline.", new_x="LMARGIN",
                     new_y="NEXT")
    pdf.output(str(path))
    return path


def long_table_pdf(path: Path, rows: int = 2000) -> Path:
    """A short paragraph, then a captioned table of `rows` rows that runs over many pages."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "The table below lists the accuracy of every configuration we ran.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Table 1: Accuracy of every configuration.", new_x="LMARGIN", new_y="NEXT")
    for cell in ("Configuration", "Dev", "Test"):
        pdf.cell(50, 6, cell)
    pdf.ln()
    for row in range(rows):
        pdf.cell(50, 5, f"config-{row}")
        pdf.cell(50, 5, f"{50 + row % 50}.{row % 10}")
        pdf.cell(50, 5, f"{40 + row % 50}.{(row + 3) % 10}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
