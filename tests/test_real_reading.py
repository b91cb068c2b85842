"""Reading real typeset papers (issue 10): words from glyphs, columns, reading order, and the
PDFs that cannot be read as text. Regression tests are named after the bug they pin and run
on the real papers of tests/real/papers (origins in tests/real/README.md); the gold set of
record is scored by benchmarks/reading.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.hostile import paper_cases
from verify_claims.extract.gutters import find_gutter
from verify_claims.extract.layout import read_layout
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.pdfwords import Glyph, glyph_text, read_pages, words_from_glyphs
from verify_claims.extract.readers import ReadError, read_document

PAPERS = Path(__file__).parent / "real" / "papers"
fpdf = pytest.importorskip("fpdf")


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def n18():
    return parse_paper(read_document(PAPERS / "N18-3011.pdf"))


@pytest.fixture(scope="module")
def s2orc():
    return parse_paper(read_document(PAPERS / "2020.acl-main.447.pdf"))


def sentences_with(paper, text: str) -> list[str]:
    return [sentence.text for sentence in paper.sentences if squash(text) in squash(sentence.text)]


# ---------------------------------------------------------------------------------------------
# Words from glyphs


def glyphs(text: str, x: float, size: float = 10.0, gap: float = 0.0,
           baseline: float = 100.0) -> list[Glyph]:
    """Glyphs of `text` set left to right from `x`, each 0.5 em wide, `gap` apart."""
    out = []
    for char in text:
        out.append(Glyph(text=char, x0=x, x1=x + size / 2, top=baseline - size,
                         bottom=baseline + 2, baseline=baseline, size=size, font="Times"))
        x += size / 2 + gap
    return out


def test_run_together_numbers_split_by_glyph_gaps():
    # Two table cells a column gap apart, with no space character between them in the text
    # layer (as pypdf reads them: "66.3061.44").
    words = words_from_glyphs(glyphs("66.30", 100) + glyphs("61.44", 100 + 25 + 4))
    assert [word.text for word in words] == ["66.30", "61.44"]


def test_kerned_glyphs_stay_one_word():
    assert [word.text for word in words_from_glyphs(glyphs("accuracy", 100, gap=0.4))] \
        == ["accuracy"]


def test_raw_codes_of_a_font_without_unicode_map_are_dropped():
    """Sensor paper (allenai/papermage fixtures, key-error-585bcfc...pdf) pages 5-9: the labels
    of its plots are set in a font with no Unicode map, read as raw two-byte codes
    ("\\x00F\\x00P\\x009\\x00V"); they ran into sentences as control characters."""
    garbage = glyphs("\x00\x03\x00F\x00P", 100) + glyphs("\x009\x00V", 140)
    words = words_from_glyphs(glyphs("Strain", 40) + garbage + glyphs("sensor", 200))
    assert [word.text for word in words] == ["Strain", "sensor"]


def test_superscript_footnote_mark_is_its_own_word():
    mark = glyphs("1", 100 + 25, size=7, baseline=96)
    words = sorted(words_from_glyphs(glyphs("81.1M", 100) + mark), key=lambda word: word.x0)
    assert [word.text for word in words] == ["81.1M", "1"]
    assert words[1].size < words[0].size


def test_unmapped_math_minus_and_plus_minus_are_resolved_by_font_family():
    assert glyph_text("(cid:0)", "ABCDEF+CMSY10") == "\u2212"
    assert glyph_text("(cid:6)", "MT2SYT") == "\u00b1"
    assert glyph_text("(cid:0)", "CMEX10") == "\ufffd"  # a big bracket, not a minus
    assert glyph_text("x", "CMSY10") == "x"


def test_unmapped_check_marks_are_resolved_by_font_family():
    # amssymb's \checkmark (arXiv:1912.10667 Table 4 prints it beside "×") and pifont's marks.
    assert glyph_text("(cid:88)", "RXNEKG+MSAM10") == "\u2713"
    assert glyph_text("(cid:51)", "ZapfDingbats") == "\u2713"
    assert glyph_text("(cid:55)", "ABCDEF+Dingbats") == "\u2717"
    assert glyph_text("(cid:4)", "IAIEQJ+MSAM7") == "\ufffd"  # another AMS symbol


def test_ligatures_and_math_italics_are_plain_letters():
    words = words_from_glyphs(glyphs("\ufb01ne", 100) + glyphs("\U0001d465", 200))
    assert [word.text for word in words] == ["fine", "x"]


# ---------------------------------------------------------------------------------------------
# Columns and reading order on real papers


def test_two_column_pages_are_split_at_their_gutter():
    pages = read_pages(PAPERS / "N18-3011.pdf")
    gutters = [layout.gutter for layout in read_layout(pages)]
    assert all(gutter is not None and 290 < gutter < 310 for gutter in gutters), gutters


def test_sentence_running_from_left_to_right_column_stays_whole(n18):
    # Page 2 of N18-3011: "... conceptualize the literature graph" ends the left column and
    # the sentence goes on at the head of the right column (gold: tests/real/papers).
    gold = yaml.safe_load((PAPERS / "N18-3011.gold.yaml").read_text(encoding="utf-8"))
    crossing = [sentence["text"] for sentence in gold["sentences"]
                if sentence.get("crosses") == "column"]
    assert crossing
    for text in crossing:
        assert sentences_with(n18, text), text


def test_page_number_is_not_read_into_a_sentence(n18):
    found = sentences_with(n18, "Unlike most formulations of named entity recognition problems")
    assert found and " 87 " not in found[0]
    assert "(e.g., protein, drug, chemical, disease)" in found[0]


def test_footnote_marks_are_dropped_not_read_as_digits(s2orc):
    # "we introduce S2ORC,7 the Semantic Scholar8 Open Research Corpus": raised footnote marks.
    found = sentences_with(s2orc, "we introduce S2ORC, the Semantic Scholar Open Research Corpus")
    assert found
    assert "S2ORC,7" not in squash(found[0]) and "Scholar8" not in found[0]


def test_running_header_and_footer_are_not_sentences(n18):
    assert not sentences_with(n18, "Proceedings of NAACL-HLT 2018")


def test_one_column_paper_with_a_table_is_not_read_as_two_columns(tmp_path):
    """A one-column page whose table leaves an empty vertical stretch must not be split there:
    the table's rows have wide gaps between cells, running text does not."""
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for index in range(12):
        pdf.multi_cell(0, 5, f"Paragraph {index}: the intermediate task improves the target "
                       "task across all of the languages that we evaluate in this study.",
                       new_x="LMARGIN", new_y="NEXT")
    for index in range(25):
        pdf.cell(60, 5, f"Task {index}")
        pdf.cell(40, 5, f"{50 + index}.1")
        pdf.cell(40, 5, f"{60 + index}.2", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "one-column.pdf"
    pdf.output(str(path))
    page = read_pages(path)[0]
    assert find_gutter(page, 10.0) is None
    paper = parse_paper(read_document(path))
    assert sentences_with(paper, "Paragraph 11: the intermediate task improves the target task "
                                 "across all of the languages that we evaluate in this study.")


def test_column_of_small_print_references_still_splits_the_page(tmp_path):
    """CHI 2023 (CiteSee, allenai/papermage fixtures) page 14: the left column is body text, the
    right one a few body lines over references set in 7 pt. Counting body-size words only,
    the right column held too few of them and the page was read as one column, each left
    line glued to a reference ("ArXiv abs/2004.07180 (2020). study and combined ideas ...")."""
    pdf = fpdf.FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("times", size=9)
    for index in range(50):
        pdf.set_xy(54, 60 + 11 * index)
        pdf.cell(240, 11, f"Left {index} says that the reader keeps each column of text apart.")
    for index in range(6):
        pdf.set_xy(318, 60 + 11 * index)
        pdf.cell(240, 11, f"Right {index} thanks the people who helped with this study.")
    pdf.set_font("times", size=7)
    for index in range(55):
        pdf.set_xy(318, 140 + 8.5 * index)
        pdf.cell(240, 8.5, f"[{index}] A. Author and B. Author. 2020. A title of a paper. ArXiv.")
    path = tmp_path / "references-column.pdf"
    pdf.output(str(path))
    (layout,) = read_layout(read_pages(path))
    assert layout.gutter is not None and 294 < layout.gutter < 318
    texts = [line.text for line in layout.lines]
    assert "Left 7 says that the reader keeps each column of text apart." in texts
    assert not any("Left" in text and ("Author" in text or "Right" in text) for text in texts)


def test_footnotes_set_a_little_smaller_are_not_running_text(tmp_path):
    """AAAI 2023 (NC-RAPT, allenai/papermage fixtures) page 4: footnotes set in 9 pt under a
    10 pt body, each a URL opened by a raised mark, were not small enough to count as small
    print and ran into the sentence that goes on at the top of the next column ("we use
    Sentence-BERT (...) https://quoradata.quora.com/... along with ...")."""
    pdf = fpdf.FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("times", size=10)
    for index in range(40):
        pdf.set_xy(72, 60 + 12 * index)
        pdf.cell(460, 12, f"Line {index} of the body says that we use a sentence encoder here.")
    for index, url in enumerate(["https://example.org/first-dataset",
                                 "https://github.com/example/second-code"]):
        top = 620 + 11 * index
        pdf.set_font("times", size=6)
        pdf.set_xy(72, top - 2)
        pdf.cell(4, 6, str(index + 2))
        pdf.set_font("courier", size=9)
        pdf.set_xy(76, top)
        pdf.cell(300, 10, url)
    path = tmp_path / "footnotes.pdf"
    pdf.output(str(path))
    (layout,) = read_layout(read_pages(path))
    kinds = {line.text: line.kind for line in layout.lines}
    assert kinds["https://example.org/first-dataset"] == "footnote"
    assert kinds["https://github.com/example/second-code"] == "footnote"
    assert kinds["Line 39 of the body says that we use a sentence encoder here."] == "text"


# ---------------------------------------------------------------------------------------------
# PDFs that cannot be read as text, and odd pages


def test_scanned_pdf_without_text_layer_is_a_clear_error(tmp_path):
    pytest.importorskip("PIL")
    with pytest.raises(ReadError, match="no extractable text"):
        read_document(paper_cases.scanned_pdf(tmp_path / "scanned.pdf"))


def test_pdf_whose_fonts_lack_a_unicode_map_is_a_clear_error(tmp_path):
    font = paper_cases.font_path()
    if font is None:
        pytest.skip("no DejaVu font to embed")
    with pytest.raises(ReadError, match="no Unicode mapping"):
        read_document(paper_cases.unmapped_pdf(tmp_path / "unmapped.pdf", font))


def test_page_rotated_90_degrees_is_read_in_order(tmp_path):
    paper = parse_paper(read_document(paper_cases.rotated_pdf(tmp_path / "rotated.pdf")))
    on_two = [sentence for sentence in paper.sentences if "On page 2" in sentence.text]
    assert len(on_two) == 20
    assert {sentence.page for sentence in on_two} == {2}
    assert "by 7.2 points" in on_two[7].text


def test_long_document_is_read_whole_page_by_page(tmp_path):
    """A thesis-length document (40 pages here; benchmarks/reading.py --hostile times 500):
    every page's every line comes back, on its page."""
    paper = parse_paper(read_document(paper_cases.thesis_pdf(tmp_path / "thesis.pdf", 40)))
    pages = {sentence.page for sentence in paper.sentences}
    assert pages == set(range(1, 41))
    assert sum("In experiment" in sentence.text for sentence in paper.sentences) == 40 * 30


def test_table_running_over_page_breaks_keeps_the_rows_at_each_break(tmp_path):
    """Rows at the top and bottom of each page repeat in shape (digits aside) on every page,
    as a running title does; they stayed rows only since a repeated edge line that looks like
    its inner neighbour is no longer page furniture (300 rows here; the benchmark reads
    2,000)."""
    path = paper_cases.long_table_pdf(tmp_path / "long-table.pdf", 300)
    paper = parse_paper(read_document(path))
    rows = [row[0].text for table in paper.tables for row in table.rows]
    assert rows == [f"config-{index}" for index in range(300)]
