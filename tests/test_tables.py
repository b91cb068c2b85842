"""extract/tables.py: tables recovered from generated PDFs (layout text), from Markdown and
tab-separated text, with numbers parsed from their cells."""

from __future__ import annotations

import pytest

from synth.paper import (
    DATASET_TABLE,
    LANGUAGE_TABLE,
    RESULTS_TABLE,
    example_spec,
    render_paper_pdf,
    render_paper_text,
)
from verify_claims.claims import Document, Page
from verify_claims.extract.readers import read_document
from verify_claims.extract.tables import (
    find_tables,
    page_furniture,
    parse_cell_value,
    tables_from_layout,
    tables_from_text,
)

pytest.importorskip("fpdf")


def expected_value(text: str) -> float | None:
    """What a printed cell of the example tables stands for, worked out independently of the
    parser: dashes are missing values, daggers are footnote marks, commas group thousands."""
    text = text.rstrip("\u2020")
    if text in {"-", "\u2013"}:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def assert_same_table(found, spec_table) -> None:
    caption, header, rows = spec_table
    assert found.caption == caption
    assert found.header == [cell.replace("\n", " ") for cell in header]
    assert [[cell.text for cell in row] for row in found.rows] == rows
    assert [[cell.value for cell in row] for row in found.rows] == \
        [[expected_value(cell) for cell in row] for row in rows]


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory):
    return render_paper_pdf(example_spec(), tmp_path_factory.mktemp("tables") / "example.pdf")


@pytest.fixture(scope="module")
def example_tables(example_pdf):
    return find_tables(read_document(example_pdf))


# ---------------------------------------------------------------------------------------------
# Cell values


@pytest.mark.parametrize(("text", "value"), [
    ("66.3", 66.3), ("69.7\u2020", 69.7), ("80.1*", 80.1), ("1,104,934", 1104934.0),
    ("45.3%", 45.3), ("45.3 %", 45.3), ("\u22121.2", -1.2), ("-0.8", -0.8), ("+0.8", 0.8),
    ("66.3 \u00b1 0.4", 66.3), ("393k", 393000.0), ("7B", 7e9), ("**80.9**", 80.9),
    (".5", 0.5), ("2020", 2020.0), (" 12 ", 12.0),
    ("\u2013", None), ("-", None), ("\u2014", None), ("n/a", None), ("", None),
    ("XLM-R", None), ("XLM-R (baseline)", None), ("1,10", None), ("3 points", None),
    ("v2", None), ("12.3.4", None),
])
def test_parse_cell_value(text, value):
    assert parse_cell_value(text) == value


# ---------------------------------------------------------------------------------------------
# Page furniture


def test_running_headers_and_page_numbers_are_furniture():
    bodies = ["1 Introduction\nWe study transfer.", "It helps on XNLI.\nAnd on PAWS-X.",
              "3 Results\nThe model improves.", "5 Conclusion\nIt works."]
    pages = [f"Preprint. Under review.\n{body}\n\n{n}\n"
             for n, body in enumerate(bodies, start=1)]
    pages[2] = "Preprint. Under review.\n3 Results\nText.\n- 3 -"
    furniture = page_furniture(pages)
    assert furniture[0] == {0, 4}
    assert furniture[2] == {0, 3}
    # A running title with the page number in it, on every page: digits do not tell it apart.
    numbered = page_furniture([f"Intermediate tasks {n}\nText {chr(64 + n)}." for n in (1, 2)])
    assert numbered == [{0}, {0}]
    # A line on only one page's edge is content.
    assert page_furniture(["Title page\nText.", "Other top\nMore."]) == [set(), set()]


def test_a_single_page_has_no_repeated_furniture():
    assert page_furniture(["Results\nThe model improves.\n7"]) == [{2}]


# ---------------------------------------------------------------------------------------------
# The example paper


def test_example_tables_are_recovered_exactly(example_tables):
    assert len(example_tables) == 3
    for found, spec_table in zip(example_tables, [DATASET_TABLE, RESULTS_TABLE,
                                                  LANGUAGE_TABLE], strict=True):
        assert_same_table(found, spec_table)


def test_wrapped_header_cell_is_joined(example_tables):
    results = example_tables[1]
    assert results.header[0] == "Intermediate task"
    assert results.column("TyDiQA") == 3
    baseline = results.rows[0]
    assert baseline[0].text == "XLM-R (baseline)"
    assert baseline[results.column("avg")].value == 76.9


def test_table_broken_across_pages_is_one_table(example_pdf, example_tables):
    languages = example_tables[2]
    assert len(languages.pages) == 2 and languages.pages[1] == languages.pages[0] + 1
    assert len(languages.rows) == len(LANGUAGE_TABLE[2]) == 40
    # The repeated header on the second page is not a row.
    assert all(row[0].text != "Language" for row in languages.rows)
    # Both pages really hold rows: the break is in the PDF, not an artefact of the test.
    first, second = (read_document(example_pdf).pages[p - 1].text for p in languages.pages)
    assert "Afrikaans" in first and "Welsh" in second


def test_table_broken_without_repeated_header(tmp_path):
    spec = example_spec()
    spec.repeat_table_header = False
    tables = find_tables(read_document(render_paper_pdf(spec, tmp_path / "bare.pdf")))
    assert len(tables) == 3
    assert_same_table(tables[2], LANGUAGE_TABLE)
    assert len(tables[2].pages) == 2


def test_layout_text_is_the_basis(example_pdf):
    """Plain-mode text joins cells with single spaces, so the tables are read from layout
    text; passing the layout document directly gives the same tables."""
    plain = read_document(example_pdf)
    layout = read_document(example_pdf, layout=True)
    assert "Baseline MNLI SQuAD" in plain.text  # no way to see the columns there
    assert tables_from_layout(layout.pages) == find_tables(plain)
    assert find_tables(plain, layout=layout) == find_tables(plain)


def test_pdf_that_cannot_be_reread_falls_back_to_its_pages(example_pdf):
    layout = read_document(example_pdf, layout=True)
    moved = Document(file="gone.pdf", path="/nonexistent/gone.pdf", format="pdf",
                     pages=layout.pages)
    assert find_tables(moved) == tables_from_layout(layout.pages)


# ---------------------------------------------------------------------------------------------
# Continued tables, captions below, tables that must stay apart


def _pdf_with_tables(path):
    """Page 1 ends with Table 4; page 2 opens with "Table 4 (continued)", then prose, then
    Table 5 (another table at the same place on the page as a continuation could be) and
    Table 6 with its caption below, ACL style."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)

    def table(rows):
        with pdf.table(col_widths=(3, 1, 1), text_align=("LEFT", "RIGHT", "RIGHT"),
                       line_height=6) as grid:
            for cells in rows:
                row = grid.row()
                for cell in cells:
                    row.cell(cell)

    def text(line):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.add_page()
    text("Some prose that comes before the first table on the page.")
    pdf.set_y(200)
    text("Table 4: Scores by model.")
    table([["Model", "Dev", "Test"], ["Small", "61.0", "60.2"], ["Base", "70.4", "69.9"]])
    pdf.add_page()
    text("Table 4 (continued)")
    table([["Model", "Dev", "Test"], ["Large", "75.5", "74.8"]])
    text("Prose between the tables ends one and starts the next.")
    table([["Size", "Params", "Layers"], ["Tiny", "4", "2"], ["Mini", "11", "4"]])
    text("Table 5: Model sizes.")
    text("Closing remarks without numbers.")
    pdf.output(str(path))
    return path


def test_continued_caption_joins_and_caption_below_is_found(tmp_path):
    tables = find_tables(read_document(_pdf_with_tables(tmp_path / "continued.pdf")))
    assert [table.caption for table in tables] == ["Table 4: Scores by model.",
                                                   "Table 5: Model sizes."]
    scores, sizes = tables
    assert scores.pages == [1, 2]
    assert scores.header == ["Model", "Dev", "Test"]
    assert [row[0].text for row in scores.rows] == ["Small", "Base", "Large"]
    assert scores.rows[2][2].value == 74.8
    assert sizes.pages == [2]
    assert sizes.header == ["Size", "Params", "Layers"]
    assert [[cell.value for cell in row] for row in sizes.rows] == [[None, 4, 2], [None, 11, 4]]


def test_row_label_wrapped_over_two_lines(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Table 9: Narrow labels.", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(1, 1, 1), width=90, line_height=5,
                   text_align=("LEFT", "RIGHT", "RIGHT")) as grid:
        for cells in [["Model", "Dev", "Test"], ["XLM-R large (baseline)", "79.2", "78.1"],
                      ["MNLI then target", "80.9", "80.0"], ["Tiny", "1.0", "2.0"]]:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "narrow.pdf"
    pdf.output(str(path))
    assert "(baseline)" in read_document(path).pages[0].text.split("\n")[3]  # really wrapped
    (table,) = find_tables(read_document(path))
    assert table.caption == "Table 9: Narrow labels."
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["XLM-R large (baseline)", "79.2", "78.1"], ["MNLI then target", "80.9", "80.0"],
        ["Tiny", "1.0", "2.0"]]


def test_prose_with_numbers_is_not_a_table():
    page = Page(number=1, text=(
        "We  train  for  2  epochs  with  a  batch  size  of  32  and  a  learning  rate  of\n"
        "1e-5. The model reaches 66.9 F1, 1.8 points higher than the baseline of 65.1.\n"
        "\n"
        "3 Results\n"))
    assert tables_from_layout([page]) == []


# ---------------------------------------------------------------------------------------------
# Text and Markdown


def test_markdown_tables_of_the_text_rendering():
    tables = tables_from_text(render_paper_text(example_spec(), markdown=True))
    assert len(tables) == 3
    for found, spec_table in zip(tables, [DATASET_TABLE, RESULTS_TABLE, LANGUAGE_TABLE],
                                 strict=True):
        assert_same_table(found, spec_table)
        assert found.pages == [1]


def test_tab_separated_table_with_caption_below():
    text = ("Intro line.\n\nTask\tXNLI\tAvg\nMNLI\t80.9\t78.5\nSQuAD\t79.6\t\u2013\n\n"
            "Table 7: Tab-separated scores.\n")
    (table,) = tables_from_text(text)
    assert table.caption == "Table 7: Tab-separated scores."
    assert table.header == ["Task", "XNLI", "Avg"]
    assert [[cell.value for cell in row] for row in table.rows] == [[None, 80.9, 78.5],
                                                                    [None, 79.6, None]]


def test_markdown_table_without_caption_and_prose_with_pipes():
    text = ("The a | b notation is not a table.\n\n| Model | F1 |\n|:---|---:|\n"
            "| **Ours** | **70.2** |\n| Baseline | 68.0 |\n")
    (table,) = tables_from_text(text)
    assert table.caption is None
    assert table.header == ["Model", "F1"]
    assert [row[1].value for row in table.rows] == [70.2, 68.0]


def test_find_tables_on_a_text_document(tmp_path):
    path = tmp_path / "paper.md"
    path.write_text(render_paper_text(example_spec(), markdown=True), encoding="utf-8")
    tables = find_tables(read_document(path))
    assert [table.caption for table in tables] == [DATASET_TABLE[0], RESULTS_TABLE[0],
                                                   LANGUAGE_TABLE[0]]


@pytest.mark.parametrize(("text", "value", "decimals"), [
    ("66.3", 66.3, 1), ("69.70†", 69.7, 2), ("1,104,934", 1104934, 0), ("393k", 393000, -3),
    ("1.2M", 1200000, -5), ("−1.2", -1.2, 1), ("45.3%", 45.3, 1), ("–", None, None),
    ("XLM-R", None, None),
])
def test_cells_keep_their_printed_precision(text, value, decimals):
    """The statcheck interval of a cell comes from here, not from re-reading its text later."""
    from verify_claims.extract.tables import make_cell

    cell = make_cell(text)
    assert (cell.value, cell.decimals) == (pytest.approx(value) if value else value, decimals)
