"""Mixed-case Roman table captions ("Table I:", "Table II:") on a real IEEE paper.

Kowalczuk, Psota and Pérez, "Real-time Temporal Stereo Matching using Iterative Adaptive
Support Weights" (IEEE 2013, two columns; tests/real/papers/stereo_ieee13.pdf, from
opendatalab/MinerU's demo/pdfs/demo2.pdf) sets its two tables under captions "Table I:
Parameters used in the evaluation ..." (page 4) and "Table II: A comparison of speed and
accuracy ..." (page 5). The grid reader found neither table, and the layout reader ran the
first caption into the sentence it interrupts. extract/mixed_roman_captions reads the
label in its narrowest form (colon right after the numeral, a capital after it).
Cells below are copied from the page images (pdftoppm -r 250, pages 4 and 5).
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from verify_claims.extract import grid_captions, line_kinds
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.pdfwords import Word
from verify_claims.extract.readers import read_document

PDF = Path(__file__).parent / "real" / "papers" / "stereo_ieee13.pdf"


def _parse():
    return parse_paper(read_document(PDF))


@pytest.fixture(scope="module")
def paper():
    return _parse()


def _grid(table) -> dict[tuple[str, str], str]:
    return {(cell.row_headers[0], cell.column_headers[-1]): cell.text
            for row in table.rows for cell in row if cell.row_headers and cell.column_headers}


def test_both_tables_read_with_their_cells(paper):
    tables = {table.label: table for table in paper.tables}
    assert set(tables) == {"Table I", "Table II"}
    first, second = tables["Table I"], tables["Table II"]
    assert first.pages == [4] and second.pages == [5]
    assert (first.caption or "").startswith("Table I: Parameters used in the evaluation")
    assert (second.caption or "").startswith("Table II: A comparison of speed and accuracy")

    assert len(first.rows) == 8
    assert [row[0].column_headers[-1] for row in first.rows[:1]] == ["Symbol"]
    cells = _grid(first)
    assert cells[("ω", "Description")] == "Window size for cost aggregation"
    assert cells[("ω", "Value")] == "33"
    assert cells[("τ", "Value")] == "40"
    assert cells[("λ", "Value")] == "varied"
    assert cells[("k", "Value")] == "3"
    assert cells[("α", "Value")] == "0.08"

    assert len(second.rows) == 8
    assert [cell.column_headers[-1] for cell in second.rows[0]] == \
        ["Method", "GPU", "MDE/s", "FPS", "Error"]
    cells = _grid(second)
    assert cells[("Our Method", "GPU")] == "GeForce GTX 680"
    assert cells[("Our Method", "MDE/s")] == "215.7"
    assert cells[("Our Method", "FPS")] == "90"
    assert cells[("Our Method", "Error")] == "6.20"
    assert cells[("ESAW [6]", "MDE/s")] == "194.8"
    assert cells[("DCBGrid [19]", "Error")] == "10.90"
    assert cells[("RealtimeBP [21]", "FPS")] == "8"


def test_caption_not_read_into_the_sentence(paper):
    texts = [sentence.text for sentence in paper.sentences]
    assert not any("Table I:" in text or "Table II:" in text for text in texts)
    assert any(text.startswith("This increasing of λ has the effect of averaging out noise")
               for text in texts)


def test_planted_bug_without_the_rules(monkeypatch):
    """Switched off, the tables are lost and the caption runs into the sentence again."""
    monkeypatch.setattr(grid_captions, "mixed_case_roman_start", lambda *args: None)
    monkeypatch.setattr(line_kinds, "CAPTION_LINE", re.compile(r"(?!)"))
    paper = _parse()
    assert paper.tables == []
    assert any("has the effect Table I: Parameters" in s.text for s in paper.sentences)


def _line(*texts: str):
    words, x = [], 10.0
    for text in texts:
        words.append(Word(text=text, x0=x, x1=x + 6 * len(text), top=0.0, bottom=8.0,
                          baseline=6.4, size=8.0, font="Times", bold=False, italic=False))
        x += 6 * len(text) + 3
    return SimpleNamespace(words=words)


@pytest.mark.parametrize(("texts", "expected"), [
    (("Table", "I:", "Parameters", "used"), ("Table I", False)),
    (("Table", "XII:", "A", "comparison"), ("Table XII", False)),
    (("Table", "I:", "parameters"), None),  # lower case after the colon
    (("Table", "I", "shows", "the", "cost"), None),  # prose names the table
    (("Table", "II.", "It", "is"), None),  # "... as shown in" / "Table II. It is also"
    (("Table", "II", ":", "Results"), None),  # only the colon set right after the numeral
    (("Table", "I:"), None),  # nothing after the label
    (("Table", "IIII:", "Values"), None),  # not a numeral
])
def test_mixed_case_caption_starts(texts, expected):
    assert grid_captions._caption_start(_line(*texts)) == expected


def test_layout_caption_line():
    assert line_kinds.CAPTION_LINE.match("Table II: A comparison of speed")
    assert not line_kinds.CAPTION_LINE.match("Table II: a comparison")
    assert not line_kinds.CAPTION_LINE.match("Table II. It is also the second")
