"""Round 34 coverage fixes (recall34) on ELMo (Peters et al., NAACL 2018, arXiv:1802.05365;
tests/real/redteam12): Table 1, the paper's test-set table, was read wrongly, so its claims
stayed unverified. Each fix is pinned on the real PDF, with a planted-bug check: switched off,
the misreading (or the wrong verdict it let through) comes back and the test fails.

- A "±" of TeX's math symbol font (CMSY), whose declared descent of almost an em boxed it from
  its baseline down: "88.7 ± 0.17" put its "±" half a row low, read as a line of its own and
  taken as a group label over the four rows below (pdfwords.sunk_box).
- Two small-capital header cells a word space apart, "BASELINE" under "OUR" and "BASELINE"
  under "ELMO +", read as one cell over every column (grid_headers.split_at_columns).
- With the cells read whole, "The ELMo-enhanced NER F1 of 92.22% is averaged over five runs"
  (gold confirmed) was contradicted by the mean of the row's three value columns, taking
  "five" for the mean: an average over counted runs asks no mean of the table
  (table_check._AVERAGED_OVER).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract import grid_headers, pdfwords
from verify_claims.extract.grid_lines import Segment
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import table_check

ELMO = Path(__file__).resolve().parent / "real" / "redteam12" / "sources" / "1802.05365.pdf"


def _read() -> Paper:
    return parse_paper(read_document(ELMO))


def _table(paper: Paper, label: str):
    return next(table for table in paper.tables if table.label == label)


def _row(table, name: str) -> list:
    return next(row for row in table.rows if row and row[0].text == name)


def test_a_math_font_plus_minus_stays_in_its_row():
    table = _table(_read(), "Table 1")
    assert [row[0].text for row in table.rows] == ["SQuAD", "SNLI", "SRL", "Coref", "NER",
                                                   "SST-5"]
    assert not any("\u00b1" in header for row in table.rows for cell in row
                   for header in cell.row_headers or [])
    assert any(cell.text == "88.7 \u00b1 0.17" for cell in _row(table, "SNLI"))


def test_planted_sunk_plus_minus_comes_back(monkeypatch):
    monkeypatch.setattr(pdfwords, "sunk_box", lambda glyph: glyph)
    table = _table(_read(), "Table 1")
    assert any("\u00b1" in header for row in table.rows for cell in row
               for header in cell.row_headers or [])


def test_sunk_box_moves_only_a_glyph_boxed_below_its_baseline():
    sunk = pdfwords.Glyph(text="\u00b1", x0=0, x1=7.7, top=150.5, bottom=160.4,
                          baseline=150.9, size=9.95, font="CMSY10")
    text = pdfwords.Glyph(text="8", x0=0, x1=5, top=143.7, bottom=153.7, baseline=150.9,
                          size=9.95, font="NimbusRomNo9L-Regu")
    moved = pdfwords.sunk_box(sunk)
    assert moved.bottom == pytest.approx(150.9 + 0.25 * 9.95)
    assert moved.bottom - moved.top == pytest.approx(160.4 - 150.5)
    assert pdfwords.sunk_box(text) == text
    # a calligraphic capital of the same font, in a raised index ("G^(B)", VILA Table 4), stays
    letter = pdfwords.Glyph(text="B", x0=0, x1=5, top=239.9, bottom=246.1, baseline=240.2,
                            size=6.2, font="HSCDOW+CMSY8")
    assert pdfwords.sunk_box(letter) == letter


def test_a_calligraphic_index_stays_in_its_header():
    # VILA (arXiv:2106.00676, tests/real/redteam4) Table 4 heads its columns "Text Line G(L)"
    # and "Text Block G(B)", the "(B)" a raised index whose "B" is CMSY's
    vila = parse_paper(read_document(ELMO.parents[2] / "redteam4" / "sources" / "2106.00676.pdf"))
    headers = {header for table in vila.tables for row in table.rows for cell in row
               for header in cell.column_headers or []}
    assert {"Text Line G(L)", "Text Block G(B)"} <= headers


def test_small_capital_cells_a_space_apart_head_their_own_columns():
    table = _table(_read(), "Table 1")
    assert "OUR BASELINE" in table.header and "ELMO + BASELINE" in table.header
    assert not any("BASELINE BASELINE" in header for header in table.header)
    assert "TASK" in table.header


def test_planted_joined_small_capital_cells_come_back(monkeypatch):
    monkeypatch.setattr(grid_headers, "split_at_columns", lambda segment, columns: [segment])
    table = _table(_read(), "Table 1")
    assert any("BASELINE BASELINE" in header for header in table.header)


def _segment(words: list[tuple[str, float, float]]) -> Segment:
    made = [pdfwords.Word(text=text, x0=x0, x1=x1, top=0, bottom=8, baseline=7, size=8,
                          font="f") for text, x0, x1 in words]
    return Segment(text=" ".join(text for text, _, _ in words), x0=made[0].x0, x1=made[-1].x1,
                   words=made)


def test_a_label_centred_over_two_columns_stays_whole():
    columns = [(100.0, 120.0), (140.0, 160.0)]
    centred = _segment([("All", 115, 128), ("layers", 130, 150)])
    assert grid_headers.split_at_columns(centred, columns) == [centred]
    # A word reaching into the next column is no cell of its own column.
    reaching = _segment([("Baseline", 100, 141), ("x", 140, 145)])
    assert grid_headers.split_at_columns(reaching, columns) == [reaching]
    apart = _segment([("BASELINE", 100, 118), ("BASELINE", 140, 158)])
    assert [part.text for part in grid_headers.split_at_columns(apart, columns)] == [
        "BASELINE", "BASELINE"]


FIVE_RUNS = "The ELMo-enhanced NER F1 of 92.22% is averaged over five runs."


def _status(text: str) -> Status:
    return verify_on({"elmo": _read()}, "elmo", [text])[0].status


def test_an_average_over_counted_runs_is_no_mean_of_the_row():
    assert _status(FIVE_RUNS) != Status.contradicted
    assert table_check._AVERAGED_OVER.search("F1 is averaged over ")
    assert not table_check._AVERAGED_OVER.search("improves over ")


def test_planted_mean_of_the_row_contradicts_again(monkeypatch):
    monkeypatch.setattr(table_check, "_AVERAGED_OVER", re.compile(r"(?!x)x"))
    monkeypatch.setattr(table_check, "_ASKS", table_check.Memo(16))
    assert _status(FIVE_RUNS) == Status.contradicted


# ---------------------------------------------------------------------------------------------
# Table 1's other misreadings, and the development tables' unnamed measure


def test_the_scores_beside_a_boxed_header_share_it():
    table = _table(_read(), "Table 1")
    snli = _row(table, "SNLI")
    score = next(cell for cell in snli if cell.text == "88.6")
    assert score.column_headers == ["PREVIOUS SOTA"]


def test_planted_unheaded_scores_come_back(monkeypatch):
    monkeypatch.setattr(grid_headers, "_boxed_unheaded", lambda paths, columns, walls: paths)
    table = _table(_read(), "Table 1")
    score = next(cell for cell in _row(table, "SNLI") if cell.text == "88.6")
    assert score.column_headers != ["PREVIOUS SOTA"]


def test_boxed_unheaded_needs_rules_on_both_sides():
    columns = [(0.0, 10.0), (20.0, 30.0), (40.0, 50.0), (60.0, 70.0)]
    paths = [["Task"], ["Previous"], [], ["Ours"]]
    assert grid_headers._boxed_unheaded(paths, columns, [15.0, 55.0])[2] == ["Previous"]
    # no rule closing the box on the right, or a rule between the two: no header shared
    assert grid_headers._boxed_unheaded(paths, columns, [15.0])[2] == []
    assert grid_headers._boxed_unheaded(paths, columns, [15.0, 35.0, 55.0])[2] == []


def test_a_slash_list_wrapped_over_two_header_lines_splits_its_column():
    table = _table(_read(), "Table 1")
    assert "INCREASE ABSOLUTE" in table.header and "INCREASE RELATIVE" in table.header
    sst = _row(table, "SST-5")
    assert [cell.text for cell in sst[-2:]] == ["3.3", "6.8%"]


def test_planted_wrapped_slash_list_stays_one_column(monkeypatch):
    from verify_claims.extract import slash_columns
    monkeypatch.setattr(slash_columns, "_unwrapped", lambda headers: list(headers))
    monkeypatch.setattr(slash_columns, "_WRAPPED_SLASH", re.compile(r"(?!x)x"))
    table = _table(_read(), "Table 1")
    assert "INCREASE RELATIVE" not in table.header


def test_split_columns_keep_a_spanning_dataset_over_its_splits():
    """Attention-over-Attention (arXiv:1607.04423) Table 2: "CNN News" over "Valid" and
    "Test", its two words by chance at the two columns' left edges; nothing above parts the
    columns, so it heads both (two contradictions of red team 7 were lost without this)."""
    paper = parse_paper(read_document(Path(__file__).resolve().parent / "real" / "redteam7"
                                      / "sources" / "1607.04423.pdf"))
    assert "CNN News Test" in _table(paper, "Table 2").header


SRL_DEV = "Including ELMo only at the input gives an SRL development F1 of 84.7."
SNLI_DEV_F1 = "Including ELMo only at the input gives an SNLI development F1 of 88.9."


def test_a_row_takes_the_measure_the_paper_gives_it():
    assert _status(SRL_DEV) == Status.confirmed
    # SNLI is reported in accuracy: a claim of its F1 is still not accounted for.
    assert _status(SNLI_DEV_F1) == Status.unverified


def test_planted_no_row_measure_leaves_it_unverified(monkeypatch):
    from verify_claims.verify import cell_check, unnamed_measures
    monkeypatch.setattr(unnamed_measures, "row_measure", lambda table, rows, index: "")
    monkeypatch.setattr(cell_check, "row_measure", lambda table, rows, index: "")
    monkeypatch.setattr(table_check, "row_measure", lambda table, rows, index: "")
    assert _status(SRL_DEV) == Status.unverified


LARGEST = "NER has the largest relative increase in Table 1, 21%."


def test_a_percentage_column_ranks_its_cells_whatever_their_decimals():
    assert _status(LARGEST) != Status.confirmed
    assert _status("SQuAD has the largest relative increase in Table 1, 24.9%.") \
        != Status.contradicted


def test_planted_decimals_only_peers_confirm_the_wrong_superlative(monkeypatch):
    from verify_claims.verify import guards_table_superlatives
    monkeypatch.setattr(guards_table_superlatives, "_shares", lambda one, other: False)
    assert _status(LARGEST) == Status.confirmed
