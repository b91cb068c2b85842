"""extract/readers.py on real files written by the tests: PDFs made with fpdf2, text and
Markdown files, and every kind of unreadable input."""

from __future__ import annotations

import pytest

from synth.paper import find_font
from verify_claims.extract.readers import ReadError, clean_text, join_hyphenated, read_document

fpdf = pytest.importorskip("fpdf")


def _pdf(pages: list[str], unicode_font: bool = False):
    """An FPDF with one page per text; lines are printed as given (no re-wrapping)."""
    pdf = fpdf.FPDF()
    if unicode_font:
        font = find_font()
        if font is None:
            pytest.skip("no Unicode TTF font (DejaVuSans) installed for the ligature glyphs")
        pdf.add_font("Body", "", font[0])
        pdf.set_font("Body", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        for line in text.split("\n"):
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return pdf


PAGE_ONE = ("Intermediate-task training helps zero-shot transfer.\n"
            "We study the inter-\n"
            "mediate stage and its effect on intermediate-\n"
            "task transfer to many languages.")
PAGE_TWO = ("The \ufb01rst \ufb01ndings \ufb02ow from Table 2.\n"
            "Results are ef\ufb01cient to repro-\n"
            "duce on one GPU.")


@pytest.fixture(scope="module")
def two_page_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("readers") / "paper.pdf"
    _pdf([PAGE_ONE, PAGE_TWO], unicode_font=True).output(str(path))
    return path


def test_pdf_pages_are_numbered_and_keep_their_text(two_page_pdf):
    doc = read_document(two_page_pdf)
    assert doc.format == "pdf" and doc.file == "paper.pdf"
    assert [page.number for page in doc.pages] == [1, 2]
    assert "zero-shot transfer" in doc.pages[0].text
    assert "one GPU" in doc.pages[1].text and "one GPU" not in doc.pages[0].text


def test_hyphenated_line_breaks_are_joined_but_real_compounds_keep_their_hyphen(two_page_pdf):
    page_one, page_two = (page.text for page in read_document(two_page_pdf).pages)
    assert "the intermediate stage" in page_one
    assert "inter-" not in page_one
    # "intermediate-task" is printed whole on line 1, so the break after its hyphen keeps it.
    assert "on intermediate-task transfer" in page_one
    assert "intermediatetask" not in page_one
    assert "to reproduce on" in page_two.replace("\n", " ")


def test_ligatures_are_expanded(two_page_pdf):
    page_two = read_document(two_page_pdf).pages[1].text
    assert "The first findings flow from Table 2." in page_two
    assert "efficient" in page_two
    assert not any(char in page_two for char in "\ufb00\ufb01\ufb02\ufb03\ufb04")


def test_layout_mode_keeps_columns_apart(tmp_path):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for label, score in (("Baseline model", "79.2"), ("With MNLI", "80.9")):
        pdf.cell(60, 6, label)
        pdf.cell(30, 6, score, align="R", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    plain = read_document(path).pages[0].text
    layout = read_document(path, layout=True).pages[0].text
    assert "Baseline model 79.2" in plain
    row = next(line for line in layout.split("\n") if "Baseline" in line)
    label, _, score = row.strip().partition("  ")
    assert label == "Baseline model" and score.strip() == "79.2"


def test_clean_text_helpers():
    assert join_hyphenated("an inter-\nmediate step") == "an intermediate step"
    # Without the joined form anywhere but with the hyphenated one, the hyphen stays.
    assert join_hyphenated("zero-shot and zero-\nshot") == "zero-shot and zero-shot"
    assert join_hyphenated("XLM-\nR") == "XLM-\nR"  # no lowercase continuation: left alone
    assert clean_text("e\ufb03cient co\u00adoperation") == "efficient cooperation"


def test_plain_text_and_markdown(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_bytes("\ufeffFirst line.\r\nSecond line, caf\u00e9.\r\n".encode())
    doc = read_document(text)
    assert doc.format == "text" and len(doc.pages) == 1 and doc.pages[0].number == 1
    assert doc.pages[0].text == "First line.\nSecond line, caf\u00e9.\n"  # BOM and CRLF gone
    markdown = tmp_path / "paper.md"
    markdown.write_text("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    doc = read_document(markdown)
    assert doc.format == "markdown"
    assert doc.text.startswith("# Title")


# ---------------------------------------------------------------------------------------------
# Unreadable inputs: each a ReadError naming the file and the problem


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _expect(path, *words: str) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(path.name + ":")
    for word in words:
        assert word in message.casefold()
    return caught.value


def test_zero_byte_pdf(tmp_path):
    _expect(_write(tmp_path / "empty.pdf", b""), "empty")


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_truncated_pdf(tmp_path, two_page_pdf, fraction):
    data = two_page_pdf.read_bytes()
    _expect(_write(tmp_path / "cut.pdf", data[:int(len(data) * fraction)]), "corrupt")


def test_garbage_after_pdf_magic(tmp_path):
    _expect(_write(tmp_path / "junk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8), "corrupt")


def test_text_behind_pdf_suffix(tmp_path):
    _expect(_write(tmp_path / "letter.pdf", b"Dear reader, this is not a PDF."), "corrupt")


def test_pdf_with_user_password_needs_it(tmp_path):
    pdf = _pdf(["Secret results: 99.9 points."])
    pdf.set_encryption(owner_password="owner", user_password="secret")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    _expect(path, "encrypted", "password")


def test_pdf_encrypted_with_empty_user_password_is_readable(tmp_path):
    pdf = _pdf(["Open results: 42.0 points."])
    pdf.set_encryption(owner_password="owner")  # no user password: opens without one
    path = tmp_path / "open.pdf"
    pdf.output(str(path))
    assert "Open results: 42.0 points." in read_document(path).pages[0].text


def test_pdf_without_text(tmp_path):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)  # a drawing, no text: like a scanned page
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _expect(path, "no extractable text")


def test_binary_file_named_txt(tmp_path):
    _expect(_write(tmp_path / "data.txt", bytes(range(256)) * 4), "binary")


def test_pdf_named_txt(tmp_path, two_page_pdf):
    _expect(_write(tmp_path / "paper.txt", two_page_pdf.read_bytes()), "pdf", "rename")


def test_latin1_text_is_refused_with_the_offset(tmp_path):
    error = _expect(_write(tmp_path / "old.txt", "na\u00efve r\u00e9sum\u00e9".encode("latin-1")),
                    "not utf-8", "0xef", "offset 2")
    assert error.path.endswith("old.txt")


def test_empty_text_file(tmp_path):
    _expect(_write(tmp_path / "blank.md", b"  \n\n"), "empty")


def test_unsupported_suffix(tmp_path):
    _expect(_write(tmp_path / "paper.docx", b"PK\x03\x04"), "unsupported", ".docx")


def test_missing_file(tmp_path):
    _expect(tmp_path / "nowhere.pdf", "no such file")
