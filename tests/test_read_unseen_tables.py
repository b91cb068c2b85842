"""Tables of real two-column papers nobody tuned the reader on (issue 11, round `read5`).

Each test is named after the bug it pins, on the pages of tests/real/papers/ copied unchanged
from public test fixtures: test_Grobid_1_05452615.pdf (kermitt2/grobid; IEEE proceedings,
boxed tables with "Table 4 Sum of ..." captions under them), zolotov04.pdf
(allenai/science-parse; SIGMOD 2004, a ruled table run over the column break) and
example1.pdf (CeON/CERMINE; International Psychogeriatrics, letter-spaced small capitals and a
dotted header rule). The expected cells were read off the page images (see their gold files),
not taken from the reader's output. Every test fails with its rule disabled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract.grid_captions import _caption_start
from verify_claims.extract.grid_lines import Line
from verify_claims.extract.grid_tables import tables_from_pages
from verify_claims.extract.pdfwords import Glyph, Word, read_pages, words_from_glyphs

PAPERS = Path(__file__).parent / "real" / "papers"


def _tables(name: str) -> dict:
    return {table.label: table for table in tables_from_pages(read_pages(PAPERS / name))}


@pytest.fixture(scope="module")
def ahp():
    return _tables("test_Grobid_1_05452615.pdf")


@pytest.fixture(scope="module")
def xml_index():
    return _tables("zolotov04.pdf")


@pytest.fixture(scope="module")
def dementia_pages():
    return read_pages(PAPERS / "example1.pdf")


def _cells(table) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:
    return {(tuple(cell.row_headers), tuple(cell.column_headers)): cell.text
            for row in table.rows for cell in row}


def _word(text: str, *, bold: bool = False, size: float = 10.0, x0: float = 0.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + 5 * len(text), top=0.0, bottom=size, baseline=size,
                size=size, font="Times-Bold" if bold else "Times-Roman", bold=bold)


def test_read_caption_unpunctuated_set_apart():
    """"Table 4 Sum of columns" (no colon) opens a caption when set apart: smaller type than
    the body, or a bold label before plain words; prose opening a line with a table
    reference does not."""
    def line(*words: Word) -> Line:
        return Line(list(words), 0.0, 10.0)
    small = line(_word("Table", size=8), _word("4", size=8), _word("Sum", size=8))
    assert _caption_start(small, 10.0) == ("Table 4", False)
    bold = line(_word("Table", bold=True), _word("1", bold=True), _word("Gain"))
    assert _caption_start(bold, 10.0) == ("Table 1", False)
    assert _caption_start(line(_word("Table"), _word("2"), _word("Gain")), 10.0) is None
    assert _caption_start(line(_word("Table", bold=True), _word("2", bold=True),
                               _word("provides")), 10.0) is None


def test_read_caption_below_boxed_tables(ahp):
    """Captions under boxed tables with no colon after the number were never found: the
    paper's Tables 4 to 7 were not read at all."""
    assert {"Table 4", "Table 5", "Table 6", "Table 7"} <= set(ahp)
    cells = _cells(ahp["Table 4"])
    assert cells[(("Total",), ("R4",))] == "20"
    assert cells[(("R3",), ("R2",))] == "0.33"
    assert _cells(ahp["Table 7"])[(("Total",), ("Priority",))] == "1.00"


def test_read_paragraph_tail_over_boxed_table(ahp):
    """The last line of the paragraph above a boxed table ("columns for four
    requirements."), read upwards from the caption under the table, became the top of every
    column's header path."""
    assert all(path == ["R1"] or path == ["R2"] or path == ["R3"] or path == ["R4"]
               or path == ["Requirements"] for path in
               [cell.column_headers for row in ahp["Table 4"].rows for cell in row])


def test_read_cell_over_two_lines_in_ruled_grid(ahp):
    """A cell printed over two lines in a grid ruled under every row ("1/1.54" over
    "=0.65") is one cell, not half a row and a row without a label."""
    cells = _cells(ahp["Table 5"])
    assert cells[(("R1",), ("R1",))] == "1/1.54 =0.65"
    assert cells[(("R4",), ("R3",))] == "0.11/9.11 =0.01"
    assert all(cell.row_headers for row in ahp["Table 5"].rows for cell in row)


def test_read_header_wrapped_over_three_lines(ahp):
    """"Sum" / "of" / "rows" stacked in one header cell is the header "Sum of rows"."""
    assert _cells(ahp["Table 6"])[(("R2",), ("Sum of rows",))] == "0.76"


def test_read_header_word_broken_at_underscore(xml_index):
    """"PATH_" over "VALUE" is the header PATH_VALUE; its lower half, centred over the
    table, was read as a row-group label over every row."""
    cells = _cells(xml_index["Table 2"])
    assert cells[(("Q1",), ("PATH_VALUE",))] == "595.3"
    assert cells[(("Q16",), ("VALUE",))] == "5.0"


def test_read_table_over_column_break(xml_index):
    """Table 1 starts at the foot of the left column (header, Q1 to Q16) and ends at the top
    of the right one (Q17 to Q20) over its caption: one table, every row under the header."""
    cells = _cells(xml_index["Table 1"])
    assert cells[(("Q1",), ("PRIMARY",))] == "5.8"
    assert cells[(("Q7",), ("PATH_VALUE",))] == "43.6"
    assert cells[(("Q20",), ("VALUE",))] == "0.8"
    assert xml_index["Table 1"].caption.startswith("Table 1 Gain in using XML index")


def test_read_tracked_small_capitals(dementia_pages):
    """Small capitals set 1 pt apart ("ALL DEMENTIA", "DEMENTIA-FREE", "p-VALUE") are words,
    not a row of letters."""
    texts = {word.text for page in dementia_pages[2:5] for word in page.words}
    assert {"ALL", "DEMENTIA", "DEMENTIA-FREE", "p-VALUE", "MODEL"} <= texts
    # The accent set as an apostrophe from a text font, at another size, stays in its word.
    assert "ALZHEIMER\u00b4S" in texts


def test_read_tracking_leaves_plain_type_alone():
    """Touching glyphs (ordinary type) keep their word breaks at 0.1 em."""
    glyphs = [Glyph(text=c, x0=5.0 * i + (3.0 if i >= 3 else 0.0), x1=5.0 * i + 5.0
                    + (3.0 if i >= 3 else 0.0), top=0.0, bottom=10.0, baseline=10.0,
                    size=10.0, font="Times") for i, c in enumerate("abcdefgh")]
    assert [word.text for word in words_from_glyphs(glyphs)] == ["abc", "defgh"]


def test_read_dotted_header_rule(dementia_pages):
    """A line of full stops under the header is a rule: it was a word, then a row label and
    a header prefix of every cell."""
    assert not any(set(word.text) == {"."} and len(word.text) > 11
                   for page in dementia_pages for word in page.words)
    table = {t.label: t for t in tables_from_pages(dementia_pages)}["Table 2"]
    rows = [row[0].row_headers for row in table.rows if row and row[0].row_headers]
    assert ["Number of life events"] in rows


def test_read_ruled_grid_keeps_inner_label_rows():
    """roark13 Table 4 is ruled with walls, and its inner labels ("MaxEnt-CI") stand under a
    multirow outer label with no rule between: such lines are rows of their own, not the
    second line of the row above (joining them lost 126 of the gold cells)."""
    tables = {t.label: t for t in tables_from_pages(read_pages(PAPERS / "roark13.pdf"))}
    paths = {tuple(row[0].row_headers) for row in tables["Table 4"].rows if row}
    assert ("Supervised", "MaxEnt-CI") in paths


def test_read_header_over_bare_numbers(dementia_pages):
    """Example1 Table 2: "MODEL 1" over "HR (95% CI)" over a dotted rule, then cells such as
    "0.99 (0.96–1.03)" that no single value parses. The header was cut after its first line
    (no number found to end it) and its lower lines read as rows; the rule over the first
    line of bare numbers ends it. Its spanning cell, set in letter-spaced small capitals,
    stays whole ("ALL DEMENTIA", not "ALL" over one column and "DEMENTIA" over the next)."""
    table = {t.label: t for t in tables_from_pages(dementia_pages)}["Table 2"]
    cells = _cells(table)
    assert cells[(("Number of life events",), ("ALL DEMENTIA", "MODEL 1", "HR (95% CI)"))] \
        == "0.99 (0.96\u20131.03)"
    assert cells[(("Number of negative and very negative events",),
                  ("ALL DEMENTIA", "MODEL 2", "HR (95% CI)"))] == "0.96 (0.91\u20131.01)"
