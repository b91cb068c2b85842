"""Round 38 table-reading fixes (recall38b) on real typeset papers, each pinned on the real
PDF with a planted-bug check: switched off, the misreading comes back and the test fails.

- Yang et al., transfer learning for sequence tagging (arXiv:1703.06345, tests/real/redteam8),
  page 8, Table 3: a one-column paper, the table with no bottom rule. The first line of the
  paragraph under it cites three numbers ("... the improvements with 0.1 labels are 6% and
  3%"), which `grid_tables._is_prose` took for a row of numbers, so the line was glued onto
  the last row's label "Ours w/ transfer" and no claim about that row found its cells
  (`extract/prose_values.py`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract import pdfwords, prose_values
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

REAL = Path(__file__).resolve().parent / "real"
TRANSFER = REAL / "redteam8" / "sources" / "1703.06345.pdf"


def _read(path: Path) -> Paper:
    return parse_paper(read_document(path))


@cache
def _transfer() -> Paper:
    return _read(TRANSFER)


def _row_labels(paper: Paper, label: str) -> list[str]:
    table = next(table for table in paper.tables if table.label == label)
    return [" / ".join(row[0].row_headers) for row in table.rows]


def _status(paper: Paper, text: str) -> Status:
    return verify_on({"p": paper}, "p", [text])[0].status


TRANSFER_TRUE = "With transfer, our model reaches 85.19 on Dutch."  # Table 3, Ours w/ transfer
TRANSFER_FALSE = "With transfer, our model reaches 85.00 on Dutch."  # 85.00 is w/o transfer's


def test_prose_citing_numbers_ends_a_table_without_a_bottom_rule():
    labels = _row_labels(_transfer(), "Table 3")
    assert labels[-1] == "Ours w/ transfer"
    assert _status(_transfer(), TRANSFER_TRUE) == Status.confirmed
    assert _status(_transfer(), TRANSFER_FALSE) == Status.contradicted


def test_planted_prose_citing_numbers_glued_to_the_last_row(monkeypatch):
    monkeypatch.setattr(prose_values, "enabled", False)
    paper = _read(TRANSFER)
    assert _row_labels(paper, "Table 3")[-1].startswith("Ours w/ transfer example, as shown")
    assert _status(paper, TRANSFER_TRUE) == Status.unverified
    assert _status(paper, TRANSFER_FALSE) == Status.unverified


def _words(line: str, gap: float, width: float = 20) -> list[pdfwords.Word]:
    words, x = [], 100.0
    for text in line.split():
        words.append(pdfwords.Word(text=text, x0=x, x1=x + width, top=0, bottom=10,
                                   baseline=9, size=10, font="f"))
        x += width + gap
    return words


def test_prose_citing_values_needs_word_spacing_and_few_values_apart():
    prose = "the improvements with 0.1 labels are 6% and 3% on both"
    assert prose_values.prose_citing_values(_words(prose, 3.9), 10, 400, 400, 0.55)
    # a cell gap between the words: a table row
    assert not prose_values.prose_citing_values(_words(prose, 9.0), 10, 400, 400, 0.55)
    # values side by side: a row of numbers with a long label
    row = "a model with attention and copy and more 12.3 45.6 78.9"
    assert not prose_values.prose_citing_values(_words(row, 3.9), 10, 400, 400, 0.55)
    # values the bulk of the words
    many = "on 1 and 2 or 3 with 4 to 5"
    assert not prose_values.prose_citing_values(_words(many, 3.9), 10, 400, 400, 0.55)
    # a short line, or one across little of the span
    short = " ".join(prose.split()[:6])
    assert not prose_values.prose_citing_values(_words(short, 3.9), 10, 400, 400, 0.55)
    assert not prose_values.prose_citing_values(_words(prose, 3.9), 10, 150, 400, 0.55)
