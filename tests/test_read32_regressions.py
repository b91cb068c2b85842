"""Round 32 reading fixes (read32): tables of the real corpora of record that the PDF reader
missed or misread, leaving their table claims unverified. Each bug is pinned on the real PDF,
and each fix has a planted-bug check: switched off, the misreading comes back.

- A table wrapped in prose on a one-column page (Hu et al., arXiv:1503.03244, Tables 1-3 on
  pages 7 and 8): no line opened with its caption, so none was read, and the rows' cells were
  read into the sentences beside them (extract/wrapped_tables.py).
- A caption label set without a space, "Table1." (Le and Mikolov, arXiv:1405.4053): Tables 1 to
  3 were never anchored (grid_captions._unfused); and a reference in prose wrapped to a line's
  start, "... different methods in" / "Table 1. The first highlight ...", was read as Table 1's
  caption, its region the prose above it (grid_tables._runs_on_from_prose).
- A row whose value is set closer to its label than a cell gap, "MultichannelCNN (Kim) 64.62"
  in italics (Yin and Schütze, arXiv:1710.00519, Table 6): one cell, read as a group label, its
  value lost (aligned_values.split_aligned_values); and the same rows, read as prose while a
  region grew, cut off Tables 3 and 5 above them (aligned_values.ends_in_value_column).

Three verdicts the newly read tables moved are pinned too: a claim naming one table's short
caption ("on tweet matching") contradicted by the other table's cell
(guards_table_names.caption_settings); a sentence's "50 units" withheld because a table prints
a percentage for its subject (guards_other_readings._claimed_share); and "(test of equal
proportions, p < .05)" read as naming a data split (guards_unprinted_splits._ANY_SPLIT).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract import (
    aligned_values,
    grid_captions,
    grid_cells,
    grid_tables,
    table_groups,
)
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guards_other_readings, guards_table_names, guards_unprinted_splits

REAL = Path(__file__).resolve().parent / "real"
HU = REAL / "redteam10" / "sources" / "1503.03244.pdf"
LE = REAL / "redteam11" / "sources" / "1405.4053.pdf"
YIN = REAL / "redteam10" / "sources" / "1710.00519.pdf"


def _read(path: Path) -> Paper:
    return parse_paper(read_document(path))


_parsed = cache(_read)


def _table(paper: Paper, label: str):
    return next((table for table in paper.tables if table.label == label), None)


def _rows(paper: Paper, label: str) -> dict[str, list[str]]:
    """Each row of the table `label`: its label, and the texts of its other cells."""
    table = _table(paper, label)
    if table is None:
        return {}
    return {row[0].text: [cell.text for cell in row[1:]] for row in table.rows if row}


def _status(paper: Paper, text: str) -> tuple[Status, str]:
    claim = verify_on({"p": paper}, "p", [text])[0]
    return claim.status, " ".join(check.explanation for check in claim.checks)


# ---------------------------------------------------------------------------------------------
# A table wrapped in prose (extract/wrapped_tables.py)


def _wrapped_tables_read(paper: Paper) -> bool:
    return (_rows(paper, "Table 1").get("ARC-II") == ["49.62"]
            and _rows(paper, "Table 2").get("ARC-II") == ["61.95"]
            and _rows(paper, "Table 3").get("ARC-II") == ["69.9", "80.91"])


def test_wrapped_table_beside_prose_is_read():
    paper = _parsed(HU)
    assert _wrapped_tables_read(paper), [t.label for t in paper.tables]
    assert _table(paper, "Table 3").header == ["Model", "Acc. (%)", "F1(%)"]
    text = " ".join(sentence.text for sentence in paper.sentences)
    assert "which contains 4,076 instances for training and 1,725 for test" in text
    assert "ARC-I 69.6" not in text
    status, why = _status(paper, "ARC-II reaches 49.62 P@1 on sentence completion.")
    assert status == Status.confirmed, why
    status, why = _status(paper, "SENNA+MLP reaches 56.48 P@1 on tweet matching.")
    assert status == Status.confirmed, why


def test_wrapped_table_planted(monkeypatch):
    monkeypatch.setattr(grid_captions, "wrapped_caption_spans", lambda *args: [])
    assert not _wrapped_tables_read(_read(HU))


def test_wrapped_band_leaves_out_prose_across_the_page():
    """The band right of the prose holds the table's rows only: a full line of prose over the
    table ("... understanding. This experiment") is no header of it."""
    assert _table(_parsed(HU), "Table 3").header[0] == "Model"


# ---------------------------------------------------------------------------------------------
# "Table1." and a reference wrapped to a line's start (grid_captions, grid_tables)


def test_fused_caption_label_is_read():
    paper = _parsed(LE)
    assert _rows(paper, "Table 2").get("Paragraph Vector") == ["7.42%"]
    assert _rows(paper, "Table 3").get("Paragraph Vector") == ["3.82%"]
    status, why = _status(paper, "On IMDB, NBSVM-uni reaches an error rate of 8.78%.")
    assert status == Status.contradicted, why


def test_fused_caption_label_planted(monkeypatch):
    monkeypatch.setattr(grid_captions, "_unfused", lambda words: words)
    paper = _read(LE)
    assert _table(paper, "Table 2") is None


def test_reference_wrapped_to_line_start_is_no_caption():
    table = _table(_parsed(LE), "Table 1")
    assert table is not None and table.caption.startswith("Table1. The performance")
    assert table.header[0] == "Model"
    assert "Results:" not in _rows(_parsed(LE), "Table 1")
    assert _rows(_parsed(LE), "Table 1")["Paragraph Vector"] == ["12.2%", "51.3%"]


def test_reference_wrapped_to_line_start_planted(monkeypatch):
    monkeypatch.setattr(grid_tables, "_runs_on_from_prose", lambda *args: False)
    table = _table(_read(LE), "Table 1")
    assert table is not None and not table.caption.startswith("Table1. The performance")


# ---------------------------------------------------------------------------------------------
# A value set close to its label (extract/aligned_values.py)


def test_value_close_to_its_label_is_a_cell():
    paper = _parsed(YIN)
    rows = _rows(paper, "Table 6")
    assert rows.get("MultichannelCNN (Kim)") == ["64.62"]
    light = next(row for row in _table(paper, "Table 6").rows if row[0].text == "light")
    assert light[1].row_headers == ["light"]
    assert _rows(paper, "Table 4").get("AttentiveConvNet (advanced+intra-attention)") == ["88.7"]
    status, why = _status(paper, "MultichannelCNN reaches 64.62% accuracy on Yelp.")
    assert status == Status.confirmed, why


def test_value_close_to_its_label_planted(monkeypatch):
    monkeypatch.setattr(grid_cells, "split_aligned_values", lambda *args: None)
    monkeypatch.setattr(table_groups, "split_aligned_values", lambda *args: None)
    assert "MultichannelCNN (Kim)" not in _rows(_read(YIN), "Table 6")


def test_row_with_close_value_does_not_end_the_region():
    paper = _parsed(YIN)
    rows = _rows(paper, "Table 3")
    assert rows.get("bi-CNN") == ["80.3"] and rows.get("ensemble") == ["89.3"]
    assert rows.get("APCNN (dos Santos et al., 2016)") == ["83.9"]
    assert len(rows) == 15
    assert _rows(paper, "Table 5").get("WordC1") == ["68.87"]
    status, why = _status(paper, "Light AttentiveConvNet reaches 86.3% accuracy on SNLI.")
    assert status == Status.confirmed, why


def test_row_with_close_value_planted(monkeypatch):
    monkeypatch.setattr(grid_tables, "ends_in_value_column", lambda *args: False)
    assert "bi-CNN" not in _rows(_read(YIN), "Table 3")


def test_ends_in_value_column_asks_the_same_decimals():
    assert aligned_values._decimals("83.9") == 1 and aligned_values._decimals("84.14") == 2
    assert aligned_values._decimals("89.1*") == 1 and aligned_values._decimals("12") == 0


# ---------------------------------------------------------------------------------------------
# Verdicts the tables newly read moved


URAE = "uRAE+MLP reaches 55.0 P@1 on tweet matching."


def test_claim_naming_another_tables_caption_is_not_contradicted():
    status, why = _status(_parsed(HU), URAE)
    assert status == Status.unverified, why
    assert "tweetmatching" in guards_table_names.caption_settings(_parsed(HU))


def test_claim_naming_another_tables_caption_planted(monkeypatch):
    monkeypatch.setattr(guards_table_names, "caption_settings", lambda paper: set())
    status, why = _status(_read(HU), URAE)
    assert status == Status.contradicted, why


UNITS = ("On IMDB, the paragraph vectors are fed through a neural network with one hidden layer "
         "of 50 units.")


def test_percentage_cell_is_no_other_count():
    status, why = _status(_parsed(LE), UNITS)
    assert status == Status.confirmed, why


def test_percentage_cell_planted(monkeypatch):
    monkeypatch.setattr(guards_other_readings, "_claimed_share", lambda *args: True)
    status, why = _status(_read(LE), UNITS)
    assert status == Status.unverified, why


DEV = "Sentence-Rank reaches 86.00 p@1 on the SQuAD-AnSS dev set."


def test_statistical_test_names_no_split():
    status, why = _status(_parsed(YIN), DEV)
    assert status == Status.unverified, why
    assert guards_unprinted_splits._ANY_SPLIT.search("(test of equal proportions, p < .05)") is None
    assert guards_unprinted_splits._ANY_SPLIT.search("Results on the test set") is not None


def test_statistical_test_planted(monkeypatch):
    monkeypatch.setattr(guards_unprinted_splits, "_ANY_SPLIT", re.compile(
        r"(?<![a-z])(?:dev|train|test|valid|held[- ]?out|eval)", re.IGNORECASE))
    status, why = _status(_read(YIN), DEV)
    assert status == Status.confirmed, why
