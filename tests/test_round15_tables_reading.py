"""Reader defects of round 15 found by the reader helper (reader15), each pinned on its real
page with its rule switched off:

- arXiv:1504.06236 (tests/real/redteam) p. 5: Figure 2, a bar chart, stands right under Table
  1; its 3.5-point tick labels and legend became seventeen rows of the 9-point table, the
  number columns, half empty, were read as row labels, and no Order or Size cell held a
  number (extract/grid_tables.py, `FIGURE_TEXT`). With the table read, "Advogato has 51127
  nodes" met the "Size" column (edges, by the caption's "Order and size are the number of
  nodes and edges, resp."): verify/guards_count_headers.py;
- arXiv:1706.03762 (tests/real/redteam2) p. 8: under Table 2's caption, which ends a sentence,
  the spanning header "BLEU    Training Cost (FLOPs)" has one wide gap only, and was read as
  the caption's third line, "Model" as its fourth: the table had no column headers at all
  (extract/grid_captions.py, `_cell_gaps` after a sentence's end);
- arXiv:2206.10883 (tests/real/redteam2) p. 9: Table 5's group labels side by side, each
  centred over five columns, bridged those columns into one: "47.89 23.24 28.31 39.16" was
  one cell and held no number (extract/grid_cells.py, `_value_lines`).
"""

from __future__ import annotations

from pathlib import Path

from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_captions, grid_cells, grid_tables, tables
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import cell_check

REAL = Path(__file__).resolve().parent / "real"
TRANSFORMER = REAL / "redteam2" / "sources" / "1706.03762.pdf"
MULTILEXSUM = REAL / "redteam2" / "sources" / "2206.10883.pdf"
BUNESCU = REAL / "heldout" / "sources" / "P07-1073.pdf"
INFLUENCE = REAL / "redteam" / "sources" / "1504.06236.pdf"


def _table(found, label: str):
    return next((table for table in found if table.label == label), None)


def _cell(table, row: str, column: str):
    return next(cell for line in table.rows for cell in line
                if row in cell.row_headers and "/".join(cell.column_headers) == column)
def _advogato_order():
    table = _table(tables.find_tables(read_document(INFLUENCE)), "Table 1")
    row = next(row for row in table.rows if row[0].text == "Advogato (AD)")
    return table, next(cell for cell in row if cell.column_headers == ["Order"])


def test_a_figures_small_print_under_a_table_is_no_row_of_it():
    table, order = _advogato_order()
    assert (order.text, order.value, order.row_headers) == (
        "6541", 6541.0, ["Advogato (AD)", "directed"])
    assert len(table.rows) == 15  # Twitter lists (TL) ... NetHEPT, as printed
    assert not any(row[0].text in ("Betweenness", "100") for row in table.rows)


def test_without_the_figure_rule_the_number_columns_become_labels(monkeypatch):
    monkeypatch.setattr(grid_tables, "FIGURE_TEXT", 0.0)
    _, order = _advogato_order()
    assert order.value is None and "6541" in order.row_headers


def _transformer_table_2():
    return _table(tables.find_tables(read_document(TRANSFORMER)), "Table 2")


def test_a_spanning_header_under_a_caption_that_ends_a_sentence_stays_a_header():
    table = _transformer_table_2()
    assert table.caption.endswith("at a fraction of the training cost.")
    assert table.header[:3] == ["Model", "BLEU EN-DE", "BLEU EN-FR"]
    assert _cell(table, "ConvS2S Ensemble [9]", "BLEU/EN-FR").text == "41.29"


def test_without_the_sentence_end_rule_the_header_joins_the_caption(monkeypatch):
    gaps = grid_captions._cell_gaps
    monkeypatch.setattr(grid_captions, "_cell_gaps", lambda line, least=2: gaps(line))
    table = _transformer_table_2()
    assert "BLEU Training Cost" in table.caption and not any(table.header)


def _multilexsum_table_5():
    return _table(tables.find_tables(read_document(MULTILEXSUM)), "Table 5")


def test_group_labels_side_by_side_do_not_bridge_the_columns_under_them():
    table = _multilexsum_table_5()
    cell = _cell(table, "BART, Multitask: D \u2192 {L, S, T}", "R-2f1")
    assert (cell.text, cell.value, cell.row_headers[-1]) == ("23.24", 23.24, "L")
    right = _cell(table, "BART, Single-task: L \u2192 S, L \u2192 T", "R-1f1")
    assert right.text in ("56.04", "31.65")


def test_a_row_printing_digits_in_brackets_still_sets_the_columns():
    # P07-1073 p. 5 Table 2: "Yahoo  Inktomi  433 (115)" holds no value as printed, but it is
    # a row: without it, "50 (41)" above it had split "Size" in two.
    table = _table(tables.find_tables(read_document(BUNESCU)), "Table 2")
    assert table.header == ["+/\u2212", "Arg a1", "Arg a2", "Size"]


def test_without_the_value_lines_rule_the_columns_glue(monkeypatch):
    monkeypatch.setattr(grid_cells, "_value_lines", lambda lines: lines)
    table = _multilexsum_table_5()
    assert any(cell.text == "47.89 23.24 28.31 39.16" for row in table.rows for cell in row)


def test_a_count_header_paired_with_another_noun_is_not_read_for_this_one(monkeypatch):
    paper = parse_paper(read_document(INFLUENCE))
    texts = ["Advogato has 51127 nodes.",  # false: 6541 nodes, 51127 edges
             "Advogato has 6541 nodes."]
    wrong, right = verify_on({"1504.06236": paper}, "1504.06236", texts)
    assert wrong.status == Status.unverified, explained(wrong)
    assert right.status != Status.contradicted, explained(right)
    monkeypatch.setattr(cell_check, "count_paired_otherwise", lambda *args: False)
    wrong, = verify_on({"1504.06236": paper}, "1504.06236", texts[:1])
    assert wrong.status == Status.confirmed
