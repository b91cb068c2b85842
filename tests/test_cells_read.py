"""Guards read a table check's cell with the labels the cell check read it by, also in tables
whose rows are labelled only by their first cell (`verify/cells_read.py`).

arXiv:1804.07821 Table 1 (p.6), as printed: one column "MAE" under "Method", rows AMDCN 290.82,
Hydra2s [18] 333.73, MCNN [28] 377.60, [27] 467.00, [23] 295.80, [3] 318.10. The table reader
gives its value cells no row headers of their own: the row's label is its first cell. Before
the guards shared `cells_read`, the closer-cell and difference guards skipped such tables.
"""

from __future__ import annotations

from verify_claims.claims import Check, CheckKind, Evidence, Location, Outcome
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.cells_read import labelled_cells, read_cells
from verify_claims.verify.guards_cells import (
    closer_cell,
    guard_closer_cells,
    guard_difference_readings,
)


def claim_of(text: str):
    return build_claim("report.md", text, Location(file="report.md", line=1))


def _table_one(redteam_paper):
    paper, _ = redteam_paper("1804.07821")
    table = next(table for table in paper.tables if table.label == "Table 1")
    return paper, table


def _check(quotes: list[str], outcome: Outcome) -> Check:
    return Check(kind=CheckKind.table, outcome=outcome, decisive=True, explanation="cell",
                 evidence=[Evidence(source="arXiv:1804.07821", quote=quote,
                                    location=f"Table 1, {quote.split(':')[0]}")
                           for quote in quotes])


def test_a_stub_labelled_table_is_read_by_its_first_column(redteam_paper):
    paper, table = _table_one(redteam_paper)
    assert not any(cell.row_headers for row in table.rows for cell in row[1:])  # stub only
    read = {(found.row, found.column): found.cell.text for found in labelled_cells(table)}
    assert read[("[23]", "MAE")] == "295.80" and read[("Hydra2s [18]", "MAE")] == "333.73"
    assert len(read) == 6  # the stub cells are labels, not values
    [(found_table, found)] = read_cells(paper, "Table 1, [23] × MAE", "[23] × MAE: 295.80")
    assert found_table is table and found.cell.text == "295.80"
    assert read_cells(paper, "Table 1, [23] × MAE", "[23] × MAE: 467.00") == []


def test_a_closer_named_row_undecides_a_stub_labelled_cell(redteam_paper):
    paper, table = _table_one(redteam_paper)
    claim = claim_of("On UCF crowds, method [27] reaches a mean absolute error of 295.80.")
    cell = next(found.cell for found in labelled_cells(table) if found.row == "[23]")
    rival = closer_cell(claim.text, table, cell)
    assert rival is not None and rival.row == "[27]" and rival.cell.text == "467.00"
    check = _check(["[23] × MAE: 295.80"], Outcome.supported)
    guard_closer_cells(claim, [check], paper)
    assert not check.decisive and "[27] × MAE (467.00)" in check.explanation
    kept = _check(["[23] × MAE: 295.80"], Outcome.supported)
    guard_closer_cells(claim_of("On UCF crowds, [23] reaches an MAE of 295.80."), [kept], paper)
    assert kept.decisive


def test_a_difference_of_stub_labelled_rows_the_claim_names_is_not_contradicted(redteam_paper):
    paper, _ = _table_one(redteam_paper)
    # Hydra2s [18] 333.73 - AMDCN 290.82 = 42.91; the check read another pair.
    check = _check(["MCNN [28] × MAE: 377.60", "AMDCN × MAE: 290.82"], Outcome.contradicted)
    guard_difference_readings(claim_of("Hydra2s [18] is higher than AMDCN on MAE by 42.91."),
                              [check], paper)
    assert not check.decisive
    wrong = _check(["MCNN [28] × MAE: 377.60", "AMDCN × MAE: 290.82"], Outcome.contradicted)
    guard_difference_readings(claim_of("Hydra2s [18] is higher than AMDCN on MAE by 52.91."),
                              [wrong], paper)
    assert wrong.decisive
