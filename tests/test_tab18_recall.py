"""Round 18 (tab18): table claims read from their cells on real pages.

All on real PDFs of the corpora of record, values read from the page images:

- Lin et al. 2016 (ACL, P16-1200), page 8, Table 2 "P@N for relation extraction in the entity
  pairs with different number of sentences", fully ruled: "Test Settings | One | Two | All",
  each group over "100 200 300 Mean" (the stub of that line says "P@N(%)"); rows "CNN+ONE",
  "+AVE", "+ATT", "PCNN+ONE", "+AVE", "+ATT". Rows CNN+ATT: One 76.2 65.2 60.8 67.4, All
  76.2 68.6 59.8 68.2; PCNN+ONE: All 72.3 69.7 64.1 68.7; PCNN+ATT: Two 77.2 71.6 66.1
  71.6, All 76.2 73.1 67.4 72.2. The paper never prints "development" or "dev".
- Devlin et al. 2019 (arXiv:1810.04805), Table 2 (SQuAD 1.1), row "BERTLARGE (Single)",
  columns Dev EM 84.1, Dev F1 90.9 — also a cell of Table 3, so the twin-table guard holds.
- Yu et al. 2018, QANet (arXiv:1804.09541), the adversarial SQuAD table: BiDAF AddSent 34.3,
  AddOneSent 45.7 (F1); the TriviaQA Wikipedia table: QANet full dev EM 51.1, F1 56.6.

Each rule is switched off by monkeypatch to show that its test fails then. The reader rules
are switched off before the PDF is parsed again (a paper read once keeps its tables).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of, _read_real
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.extract import grid_cells
from verify_claims.extract import paper as paper_module
from verify_claims.verify import cell_check, guard_chain, label_text, reference_checks

REAL = Path(__file__).resolve().parent / "real"
RELATION = REAL / "redteam7" / "sources"


@pytest.fixture(scope="module")
def relation():
    return _papers_of(RELATION)("P16-1200")[0]


@pytest.fixture(scope="module")
def qanet():
    return _papers_of(REAL / "redteam8" / "sources")("1804.09541")[0]


def _verify(paper, stem, *texts):
    return mutations.verify_texts(paper, *texts, stem=stem)


def _statuses(paper, stem, *texts):
    return [claim.status for claim in _verify(paper, stem, *texts)]


def _table_2(paper):
    return next(table for table in paper.tables if table.label == "Table 2")


# extract/repeated_subheads.py `repeats_groups` and `cutoff_names`: "100 200 300 Mean" under
# each of "One", "Two", "All" is header, and "300" under "P@N(%)" is P@300.

def test_repeated_cutoffs_are_header(relation):
    table = _table_2(relation)
    assert table.header[1:5] == ["One P@100", "One P@200", "One P@300", "One Mean P@N"]
    assert table.header[-1] == "All Mean P@N"
    first = table.rows[0]
    assert first[0].text == "CNN+ONE"  # no row "P@N(%)" of cut-offs in the body
    assert first[3].text == "53.8" and first[3].column_headers == ["One", "P@300"]


CUTOFF_CLAIMS = ("CNN+ATT reaches a P@300 of 60.8 in the One test setting.",
                 "PCNN+ATT reaches a P@100 of 76.2 in the Two test setting.")  # 77.2


def test_cutoff_claims_decided(relation):
    assert _statuses(relation, "P16-1200", *CUTOFF_CLAIMS) == [Status.confirmed,
                                                               Status.contradicted]


def test_planted_no_repeated_subheads(monkeypatch):
    monkeypatch.setattr(grid_cells, "repeats_groups", lambda *args: False)
    paper = _read_real("P16-1200", RELATION)[0]
    header = _table_2(paper).header
    assert "One P@300" not in header and "One Mean P@N" not in header
    assert _statuses(paper, "P16-1200", *CUTOFF_CLAIMS) == [Status.unverified] * 2


MEAN_CLAIM = "PCNN+ONE's mean P@N in the All setting is 68.7."


def test_mean_column_is_mean_p_at_n(relation):
    # "Mean" beside "P@100": named only "Mean", the cell lacked the claim's "P@N", which
    # labels the P@k columns beside it (other_cells.labels_other_cells).
    assert _statuses(relation, "P16-1200", MEAN_CLAIM) == [Status.confirmed]


def test_planted_no_cutoff_names(monkeypatch):
    monkeypatch.setattr(grid_cells, "cutoff_names", lambda *args: {})
    paper = _read_real("P16-1200", RELATION)[0]
    assert _table_2(paper).header[3] == "One 300"
    assert _statuses(paper, "P16-1200", CUTOFF_CLAIMS[0]) == [Status.unverified]


def test_planted_mean_not_named(monkeypatch):
    named = grid_cells.cutoff_names
    monkeypatch.setattr(grid_cells, "cutoff_names", lambda line: {
        index: text for index, text in named(line).items() if " " not in text})
    paper = _read_real("P16-1200", RELATION)[0]
    assert _table_2(paper).header[4] == "One Mean"
    assert _statuses(paper, "P16-1200", MEAN_CLAIM) == [Status.unverified]


# extract/plus_rows.py `name_plus_rows`: "+ATT" under "PCNN+ONE" is PCNN+ATT, as the text says.

PLUS_CLAIMS = ("In the One setting, PCNN+ATT reaches a P@200 of 69.2.",
               "In the Two setting, PCNN+ATT's P@300 is 62.1.")


def test_variant_rows_named_in_full(relation):
    labels = [row[0].text for row in _table_2(relation).rows]
    assert labels == ["CNN+ONE", "CNN+AVE", "CNN+ATT", "PCNN+ONE", "PCNN+AVE", "PCNN+ATT"]
    assert _statuses(relation, "P16-1200", *PLUS_CLAIMS) == [Status.confirmed,
                                                             Status.contradicted]  # 66.1


def test_planted_variant_rows_unnamed(monkeypatch):
    monkeypatch.setattr(paper_module, "name_plus_rows", lambda tables, text: tables)
    paper = _read_real("P16-1200", RELATION)[0]
    assert [row[0].text for row in _table_2(paper).rows][1] == "+AVE"
    assert _statuses(paper, "P16-1200", *PLUS_CLAIMS) == [Status.unverified] * 2


def test_variant_row_needs_the_printed_name():
    from verify_claims.claims import Cell, Table
    from verify_claims.extract.plus_rows import name_plus_rows
    table = Table(header=["", "F1"], rows=[[Cell(text="BERT+CRF")], [Cell(text="+ATT")]])
    (kept,) = name_plus_rows([table], "BERT+CRF is our baseline.")
    assert kept.rows[1][0].text == "+ATT"  # "BERT+ATT" is printed nowhere
    (named,) = name_plus_rows([table], "BERT+ATT helps.")
    assert named.rows[1][0].text == "BERT+ATT"


# verify/unsaid_splits.py: a split the paper never names is read from no table.

def test_unsaid_split_decides_nothing(relation):
    # One claim a call: claims of one report that give one number for two splits are
    # withheld together (verify/batch_checks.py).
    assert _statuses(relation, "P16-1200",
                     "On the development set, PCNN+ATT's mean P@N is 72.2.") == [
        Status.unverified]
    assert _statuses(relation, "P16-1200",
                     "PCNN+ATT's mean P@N is 72.2 on the test set.") == [Status.confirmed]


def test_planted_unsaid_split_confirms(relation, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_splits", lambda *args: None)
    # Round 23's dev split against a table naming no split (guards_unprinted_splits.py)
    # withholds the same verdict: the same reading of an unprinted split, switched off with it.
    monkeypatch.setattr(guard_chain, "guard_unprinted_dev_split", lambda *args: None)
    assert _statuses(relation, "P16-1200",
                     "On the development set, PCNN+ATT's mean P@N is 72.2.") == [
        Status.confirmed]  # the wrong verdict the guard withholds


# verify/stub_headers.py: "Test Settings", the stub of a two-level header, says "setting".

STUB_CLAIM = "PCNN+ATT reaches a P@100 of 77.2 in the Two test setting."


def test_stub_header_says_setting(relation):
    assert _statuses(relation, "P16-1200", STUB_CLAIM) == [Status.confirmed]


def test_planted_no_stub_header(relation, monkeypatch):
    monkeypatch.setattr(cell_check, "stub_header", lambda *args: "")
    monkeypatch.setattr(cell_check, "_passages", _fresh_passages(monkeypatch))
    assert _statuses(relation, "P16-1200", STUB_CLAIM) == [Status.unverified]


def _fresh_passages(monkeypatch):
    """`cell_check._passages` without its per-index memo, so a patched rule is read anew."""
    original = cell_check._passages

    def passages(paper, index):
        index.prepared.pop(("cell_check", -1), None)
        return original(paper, index)
    return passages


# verify/row_mate_columns.py and label_text._CODE: two measures of one row, each by its name.

ROW_MATES = ("BiDAF scores 34.3 F1 on AddSent and 45.7 on AddOneSent.",
             "On the full TriviaQA Wikipedia development set, QANet reaches 51.1 EM and 56.6 F1.")


def test_row_mates_name_their_columns(qanet):
    assert _statuses(qanet, "1804.09541", *ROW_MATES) == [Status.confirmed] * 2


def test_swapped_measures_are_not_confirmed(qanet):
    (claim,) = _verify(qanet, "1804.09541",
                       "On the full TriviaQA Wikipedia development set, QANet reaches 56.6 EM "
                       "and 51.1 F1.")
    assert claim.status != Status.confirmed


def test_planted_no_row_mates(qanet, monkeypatch):
    monkeypatch.setattr(cell_check, "row_mate_headers", lambda *args: "")
    # round 34 reads each claim as two, one measure each (verify/measure_pairs.py): off here
    monkeypatch.setattr(reference_checks, "measure_parts", lambda claim: None)
    assert _statuses(qanet, "1804.09541", *ROW_MATES) == [Status.unverified] * 2


def test_planted_f1_no_name(qanet, monkeypatch):
    monkeypatch.setattr(label_text, "_CODE", __import__("re").compile(r"(?!)"))
    monkeypatch.setattr(reference_checks, "measure_parts", lambda claim: None)  # round 34
    assert _statuses(qanet, "1804.09541", ROW_MATES[1]) == [Status.unverified]


# verify/guards_table_twins.py `_words` (versioned names, round 18; tab18 and main each wrote
# one, and main's reader of them, guards_versioned_names.versioned_names, is kept): "SQuAD 1.1"
# names Table 2 ("SQuAD 1.1 results"),
# not Table 3 ("SQuAD 2.0 results"), which prints a cell under the same labels.

BERT_SQUAD = "A single BERT-Large reaches 84.1 EM and 90.9 F1 on the SQuAD 1.1 dev set."


@pytest.fixture(scope="module")
def bert():
    return _papers_of(REAL / "redteam6" / "sources")("1810.04805")[0]


def test_versioned_caption_names_its_table(bert):
    assert _statuses(bert, "1810.04805", BERT_SQUAD) == [Status.confirmed]
    assert _statuses(bert, "1810.04805",
                     "A single BERT-Large reaches 84.1 EM on the SQuAD 2.0 dev set.") == [
        Status.unverified]  # names the other table's version


def test_swapped_squad_measures_not_confirmed(bert):
    assert _statuses(bert, "1810.04805", "A single BERT-Large reaches 90.9 EM and 84.1 F1 on "
                                         "the SQuAD 1.1 dev set.") != [Status.confirmed]


def test_planted_no_versions(bert, monkeypatch):
    from verify_claims.verify import guards_table_twins
    monkeypatch.setattr(guards_table_twins, "versioned_names", lambda text: {})
    assert _statuses(bert, "1810.04805", BERT_SQUAD) == [Status.unverified]
