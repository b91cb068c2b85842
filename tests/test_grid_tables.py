"""extract/grid_tables.py and grid_cells.py: tables of real two-column papers read as grids.

Each test is named after the bug it pins, seen on the real papers in tests/real/papers/ (copied
unchanged from allenai/s2orc-doc2json and allenai/science-parse test fixtures): the expected
cells were read off the page images, not taken from the reader's output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify_claims.extract.grid_captions import join_lines
from verify_claims.extract.grid_lines import Line, _strip_marks, segments
from verify_claims.extract.grid_tables import is_two_column, tables_from_pages
from verify_claims.extract.pdfwords import PageWords, Rule, Word, read_pages
from verify_claims.extract.readers import read_document
from verify_claims.extract.tables import find_tables

PAPERS = Path(__file__).parent / "real" / "papers"


@pytest.fixture(scope="module")
def specter_pages():
    return read_pages(PAPERS / "2020.acl-main.207.pdf")


@pytest.fixture(scope="module")
def specter(specter_pages):
    return {table.label: table for table in tables_from_pages(specter_pages)}


@pytest.fixture(scope="module")
def n18_pages():
    return read_pages(PAPERS / "N18-3011.pdf")


@pytest.fixture(scope="module")
def n18(n18_pages):
    return tables_from_pages(n18_pages)


def cells_of(table) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:
    return {(tuple(cell.row_headers), tuple(cell.column_headers)): cell.text
            for row in table.rows for cell in row if cell.column_headers}


def test_two_column_page_table_is_one_table(specter_pages, specter):
    """Table 1 of SPECTER spans both columns of page 7: one table of 14 columns, not five."""
    table = specter["Table 1"]
    assert table.pages == [7]
    assert len(table.header) == 14
    assert {len(row) for row in table.rows} == {14}
    (region,) = table.regions
    middle = specter_pages[6].width / 2
    assert region.page == 7 and region.x0 < middle - 100 and region.x1 > middle + 100
    cells = cells_of(table)
    assert cells[(("Random",), ("Classification", "MAG", "F1"))] == "4.8"
    assert cells[(("SPECTER (Ours)",), ("Citation prediction", "Co-Cite", "nDCG"))] == "94.8"
    assert cells[(("SPECTER (Ours)",), ("Recomm.", "P@1"))] == "20.0"
    assert cells[(("SPECTER (Ours)",), ("Avg.",))] == "80.0"


def test_run_together_numbers_split_by_glyph_gaps(specter):
    """LaTeX sets a row's numbers closer than a space: each must still be its own cell."""
    run_together = re.compile(r"\d\.\d+\d\.\d")
    for table in specter.values():
        for row in table.rows:
            assert not any(run_together.search(cell.text) for cell in row), row
    cells = cells_of(specter["Table 1"])
    row = [cells[(("SciBERT (2019)",), path)] for path in [
        ("Classification", "MAG", "F1"), ("Classification", "MeSH", "F1"),
        ("User activity prediction", "Co-View", "MAP")]]
    assert row == ["79.7", "80.7", "50.7"]


def test_caption_not_glued_to_other_column(n18):
    """N18-3011's Table 1 sits in the right column beside left-column prose."""
    captions = {table.label: table.caption for table in n18}
    assert captions["Table 1"] == "Table 1: Results of the ScienceParse system."
    assert captions["Table 2"].startswith(
        "Table 2: Document-level evaluation of three approaches in two scientific areas:")
    assert captions["Table 2"].endswith("(Bio).")  # "ap-" / "proaches" joined, nothing more


def test_body_text_columns_are_not_tables(n18_pages, n18):
    """Lines of two columns side by side are not rows of a table: only the four captioned
    tables are found, each inside one column."""
    assert [table.label for table in n18] == ["Table 1", "Table 2", "Table 3", "Table 4"]
    middle = n18_pages[0].width / 2
    for table in n18:
        for region in table.regions:
            assert region.x1 < middle or region.x0 > middle
        assert all(len(row) <= 5 for row in table.rows)
    assert sum(len(table.rows) for table in n18) == 6 + 3 + 3 + 2


def test_spanning_headers_follow_their_cmidrules(n18):
    table = next(table for table in n18 if table.label == "Table 2")
    cells = cells_of(table)
    assert cells[(("Hybrid",), ("CS", "yield"))] == "1990"
    assert cells[(("Off-the-shelf",), ("Bio", "prec."))] == "77.5"
    assert table.header == ["Approach", "CS prec.", "CS yield", "Bio prec.", "Bio yield"]


def test_full_width_caption_tail_is_not_a_column_header(specter):
    """Table 2 stands in the right column under the second line of Table 1's full-width
    caption; that line must end Table 2's region, not head its columns."""
    cells = cells_of(specter["Table 2"])
    assert cells[(("SPECTER",), ("CLS",))] == "84.2"
    assert cells[(("\u2212 abstract",), ("REC",))] == "34.5"


@pytest.fixture(scope="module")
def dyer():
    return {table.label: table for table in tables_from_pages(
        read_pages(PAPERS / "dyer12.pdf"))}


def test_row_groups_printed_once_fill_their_rows(dyer):
    """dyer12 Table 2 prints the algorithm and tuning set once per block of rows."""
    cells = cells_of(dyer["Table 2"])
    assert cells[(("1", "dev-nc", "+id"), ("#Features",))] == "137k"
    assert cells[(("2", "train-nc", "+ng"), ("devtest-nc",))] == "26.09"
    assert cells[(("3", "train-nc", "default"), ("devtest-nc",))] == "26.09 @2"


def test_bold_and_marks_are_flags_not_digits(dyer):
    table = dyer["Table 2"]
    by_path = {(tuple(c.row_headers), tuple(c.column_headers)): c
               for row in table.rows for c in row}
    bold = by_path[(("1", "dev-nc", "default"), ("devtest-nc",))]
    assert (bold.text, bold.value, "bold" in bold.flags) == ("25.88", 25.88, True)
    marked = by_path[(("1", "dev-nc", "+id"), ("test-nc",))]
    assert marked.value == 27.6 and "dagger" in marked.flags


def test_spanning_header_without_cmidrule_split_at_vertical_rules():
    """roark13 Table 4: "1-best", "WCN" and "manual" span four, four and one columns,
    separated by vertical rules only; "N/A" is set once across the four WCN columns."""
    tables = {t.label: t for t in tables_from_pages(read_pages(PAPERS / "roark13.pdf"))}
    cells = cells_of(tables["Table 4"])
    row = ("Baseline word-alignment:",)
    assert cells[(row, ("1-best", "baseline"))] == "71.9"
    assert cells[(row, ("1-best", "AM+LM"))] == "85.4"
    assert cells[(row, ("manual", "N/A"))] == "88.8"
    assert [cells[(row, ("WCN", asr))] for asr in ("baseline", "AM", "LM", "AM+LM")] == \
        ["N/A"] * 4
    assert cells[(("Hybrid", "CRF-CI"), ("WCN", "AM+LM"))] == "92.4"


def test_find_tables_reads_two_column_pdfs_as_grids():
    doc = read_document(PAPERS / "N18-3011.pdf")
    tables = find_tables(doc)
    assert [table.label for table in tables] == ["Table 1", "Table 2", "Table 3", "Table 4"]
    assert tables[0].rows[0][1].value == 85.5


# ---------------------------------------------------------------------------------------------
# Cells of one line, from hand-made words


def word(text, x0, x1, size=10.0, top=0.0, bold=False):
    return Word(text=text, x0=x0, x1=x1, top=top, bottom=top + size, baseline=top + 0.8 * size,
                size=size, font="Times-Bold" if bold else "Times", bold=bold, italic=False)


def test_numbers_closer_than_a_space_stay_apart_but_plus_minus_and_slash_join():
    line = Line([word("Ours", 0, 20), word("66.30", 40, 62), word("61.44", 63, 85),
                 word("71.2", 100, 118), word("\u00b1", 120, 126), word("0.3", 128, 140),
                 word("46.9/63.8", 160, 200), word("85.2*", 220, 245, bold=True)], 0, 10)
    found = segments(line, [Rule(x0=220, top=10.5, x1=245, bottom=11)])
    assert [s.text for s in found] == ["Ours", "66.30", "61.44", "71.2 \u00b1 0.3",
                                       "46.9/63.8", "85.2"]
    assert found[-1].flags == ["asterisk", "bold", "underline"]


def test_superscript_is_a_flag():
    line = Line([word("27.6", 0, 18), word("\u2020", 18.5, 21, size=6),
                 word("23", 21, 26, size=6)], 0, 10)
    (cell,) = segments(line)
    assert cell.text == "27.6" and cell.flags == ["dagger", "sup:23"]


_MARK_TEXT = st.sampled_from(["*", "\u2020", "\u2021", "\u2217", "\u00a7"])


@given(number=st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False),
       marks=st.lists(_MARK_TEXT, max_size=3))
def test_strip_marks_keeps_the_number(number, marks):
    text = f"{number}{''.join(marks)}"
    core, flags = _strip_marks(text)
    assert core == str(number)
    assert len(flags) == len(marks)


@given(st.text(max_size=12))
def test_strip_marks_never_loses_text(text):
    core, flags = _strip_marks(text)
    assert (core == text) == (not flags)
    assert core in text


def test_hyphenated_caption_lines_join():
    assert join_lines(["Table 2: three ap-", "proaches in two areas."]) == \
        "Table 2: three approaches in two areas."
    assert join_lines(["state-of-the-", "Art"]) == "state-of-the- Art"
    # A real hyphen at the line end stays when the document prints the word with it.
    words = frozenset({"news-commentary", "data"})
    assert join_lines(["on news-", "commentary data."], words) == "on news-commentary data."
    assert join_lines(["on news-", "commentary data."]) == "on newscommentary data."


# ---------------------------------------------------------------------------------------------
# Bad input


def test_table_of_2000_rows_is_one_bounded_table(tmp_path):
    """A 2,000-row table over many pages: one table with every row, read in linear time."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_page()
    pdf.set_font("Helvetica", size=6)
    pdf.cell(0, 3, "Table 1: Two thousand rows.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for number in range(2000):
        if number == 0:
            cells = ("System", "Dev", "Test")
            pdf.cell(40, 2.6, cells[0])
            pdf.cell(20, 2.6, cells[1], align="R")
            pdf.cell(20, 2.6, cells[2], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(40, 2.6, f"system {number}")
        pdf.cell(20, 2.6, f"{number / 100:.2f}", align="R")
        pdf.cell(20, 2.6, f"{number % 97}.5", align="R", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    pages = read_pages(path)
    assert len(pages) > 15 and not is_two_column(pages)
    (table,) = tables_from_pages(pages)
    assert table.label == "Table 1" and table.pages == list(range(1, len(pages) + 1))
    assert len(table.rows) == 2000
    assert [cell.text for cell in table.rows[1234]] == ["system 1234", "12.34", "70.5"]
    assert table.rows[1999][1].column_headers == ["Dev"]


def _grid_lines(rows):
    """Lines of (text, x0, x1) words, one line per `rows` item at 12 pt steps."""
    return [Line([word(text, x0, x1, top=12 * n) for text, x0, x1 in items], 12 * n, 12 * n + 10)
            for n, items in enumerate(rows)]


def test_one_line_label_beside_wrapped_labels_heads_only_its_column():
    """AAAI 2023 (NC-RAPT, allenai/papermage fixtures) Table 4: "BERT", "BLEU" and "iBLEU"
    are set vertically centred beside the two-line labels "Self-" / "TER" and "Self-" /
    "BLEU", so they fall on a header line of their own between those two. "BERT" is no
    parent of the Self- columns and "Self-" no parent of "BLEU"; "Self-" / "TER" is one
    label."""
    from verify_claims.extract.grid_cells import build_grid
    lines = _grid_lines([
        [("Self-", 100, 120), ("Self-", 140, 160)],
        [("Method", 0, 30), ("BERT", 60, 85), ("BLEU", 180, 200), ("iBLEU", 220, 245)],
        [("TER", 100, 118), ("BLEU", 140, 160)],
        [("Copy", 0, 20), ("100.0", 60, 85), ("0.00", 100, 118), ("100.0", 140, 160),
         ("32.78", 180, 200), ("-7.05", 220, 245)],
        [("Truth", 0, 22), ("89.05", 60, 85), ("54.31", 100, 118), ("30.98", 140, 160),
         ("100.0", 180, 200), ("60.71", 220, 245)],
    ])
    grid = build_grid(lines, [Rule(x0=0, top=34, x1=245, bottom=34.5)])
    assert grid.header_lines == [["Method"], ["BERT"], ["Self-TER"], ["Self-BLEU"], ["BLEU"],
                                 ["iBLEU"]]
    first = {tuple(cell.column_headers): cell.text for cell in grid.rows[0]}
    assert first[("BERT",)] == "100.0" and first[("Self-TER",)] == "0.00"
    assert first[("BLEU",)] == "32.78"


def test_wrapped_spanning_header_is_one_cell_over_all_its_columns():
    """IOP J. Phys. Conf. Ser. 2188 (2022) 012011 Table 1: "Trigger Identification" /
    "+ Classification (%)" is one label wrapped over two lines, centred over P, R and F1. The
    lower line takes P, R and F1 from the rule under it; the upper line alone overlaps only R
    and was read as R's own parent, leaving P and F1 with half the label."""
    from verify_claims.extract.grid_cells import build_grid
    lines = _grid_lines([
        [("Method", 100, 137), ("Trigger Identification", 328, 431)],
        [("+ Classification (%)", 333, 426)],
        [("P", 292, 298), ("R", 374, 382), ("F1", 475, 486)],
        [("CrossEntity [1]", 100, 167), ("72.9", 284, 303), ("64.3", 368, 387),
         ("68.3", 469, 489)],
        [("JRNN [4]", 100, 150), ("66.0", 284, 303), ("73.0", 368, 387), ("69.3", 469, 489)],
    ])
    grid = build_grid(lines, [Rule(x0=240, top=22.5, x1=489, bottom=23),
                              Rule(x0=100, top=34, x1=489, bottom=34.5)])
    label = "Trigger Identification + Classification (%)"
    assert grid.header_lines[1:] == [[label, "P"], [label, "R"], [label, "F1"]]


def test_caption_stops_at_a_header_row_set_right_under_it():
    """NeurIPS 2022 datasets track (Multi-LexSum, allenai/papermage fixtures) Table 8: the
    header row sits closer under the one-line caption than a line space, in the same size;
    it was read as the caption's second line ("...splits. Source D Long L Short S ...") and
    the table lost its header. A line with gaps wider than an em between words is no
    caption line."""
    words = [word("Table", 100, 125, top=80), word("8:", 127, 135, top=80),
             word("Data", 137, 158, top=80), word("splits.", 160, 190, top=80)]
    header = [("Source", 160, 190), ("Long", 230, 252), ("Short", 290, 315),
              ("Total", 350, 372)]
    words += [word(text, x0, x1, top=93) for text, x0, x1 in header]
    for n, (label, values) in enumerate([("Train", ("28,557", "3,177", "2,210", "6,517")),
                                         ("Test", ("7,428", "908", "616", "1,836")),
                                         ("Dev", ("4,134", "454", "312", "927"))]):
        top = 108 + 11 * n
        words.append(word(label, 100, 125, top=top))
        words += [word(value, x0 + 2, x0 + 26, top=top)
                  for value, (_, x0, _) in zip(values, header, strict=True)]
    page = PageWords(number=1, width=612, height=792, words=words,
                     rules=[Rule(x0=100, top=105, x1=380, bottom=105.4)])
    (table,) = tables_from_pages([page])
    assert table.label == "Table 8" and table.caption == "Table 8: Data splits."
    cells = cells_of(table)
    assert cells[(("Train",), ("Source",))] == "28,557"
    assert cells[(("Dev",), ("Total",))] == "927"


def test_one_column_real_paper_tables_are_read_as_grids():
    """J. Phys.: Conf. Ser. 2188 012011 (IOP, one column; tests/real/papers/jpcs-2188-012011.pdf
    from allenai/papermage's fixtures): the layout-text reader, meant for the generated
    papers, cut Table 1 in two at a mid rule, read an equation as a third table and bound no
    "Table N" label. One-column PDFs now take the grid reader when it binds more captions."""
    doc = read_document(PAPERS / "jpcs-2188-012011.pdf")
    tables = find_tables(doc)
    assert [table.label for table in tables] == ["Table 1", "Table 2"]
    first = tables[0]
    assert first.pages == [8] and len(first.rows) == 13
    assert first.caption.startswith("Table 1. Overall performance on ACE2005 test set.")
    assert not first.caption.endswith("(%)")
    cells = cells_of(first)
    label = "Trigger Identification + Classification (%)"
    assert cells[(("JRNN\u2020 [4]",), (label, "R"))] == "73.0"
    assert cells[(("SemEAGAT\u2021",), (label, "F1"))] == "76.8"
