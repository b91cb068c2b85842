"""Tables read upwards from a caption under them, at the top of a page, on the real pages
(issue 11, round 12; defects noted by the fifth red team, tests/real/redteam5/README.md).

R-LACE (arXiv:2201.12091) sets its Table 1 and Table 2 at the top of their pages, under the
running title "Linear Adversarial Concept Erasure" and its underline:

- Table 1 stacks three blocks (Math-art., Professions-family., Science-art.), each opened by a
  one-word label between two rules. The label ends in a period, so the region, growing upwards
  from the caption, took "Science-art." over its rule for the last line of a paragraph and
  stopped there: only the last block was read, without its header
  (`grid_tables._row_above`). The first block's label, right above the body, was read as a
  header (`grid_cells.build_grid`), and the running title as a row group.
- Table 2's every column header began with the running title (`grid_tables._running_head`).

Without the running title, Paper Plain's Table 2 (arXiv:2203.00130) lost the page number that
had, by accident, set where its row labels end; its second block's header row ("QA − SD") was
then read as a row group over the second block (`table_groups.grouped_grid`'s label edge).
fader11's boxed Table 5, at the top of its page, keeps its one-cell header: a rule lies over it.
"""

from __future__ import annotations

import pytest

RL = "2201.12091"


def _table(paper, label: str):
    return next(table for table in paper.tables if (table.label or "").startswith(label))


def _cell(table, text: str):
    return next(cell for row in table.rows for cell in row if cell.text == text)


@pytest.fixture(scope="module")
def rlace(redteam5_paper):
    return redteam5_paper(RL)[0]


def test_all_three_blocks_of_a_stacked_table_under_labels_ending_in_a_period(rlace):
    table = _table(rlace, "Table 1")
    assert len(table.rows) == 12
    assert _cell(table, "1.10 \u00b1 0.10").row_headers == ["Math-art.", "INLP"]
    assert _cell(table, "0.78 \u00b1 0.01").row_headers == ["Professions-family.", "RLACE"]
    assert _cell(table, "1.03 \u00b1 0.11").row_headers == ["Science-art.", "INLP"]
    assert _cell(table, "1.57").column_headers == ["WEAT\u2019s d \u2193"]


def test_the_running_title_heads_no_column_and_no_row(rlace):
    for label in ("Table 1", "Table 2"):
        table = _table(rlace, label)
        paths = [" ".join(cell.row_headers + cell.column_headers)
                 for row in table.rows for cell in row]
        assert not any("Concept Erasure" in path for path in paths), label
    table = _table(rlace, "Table 2")
    assert _cell(table, "52.48").column_headers == ["Accuracy (gender) \u2193"]


def test_a_second_header_row_heads_its_own_block(redteam2_paper):
    paper, _ = redteam2_paper("2203.00130")
    table = _table(paper, "Table 2")
    assert _cell(table, "-1.141").column_headers == ["QA \u2212 SD"]
    assert _cell(table, "-1.141").row_headers == ["Reading Difficulty (1\u20135)"]
    assert _cell(table, "-0.344").column_headers == ["PP \u2212 QA"]
    assert not any(cell.text == "24" for row in table.rows for cell in row)  # the page number


def test_a_boxed_table_at_the_top_of_a_page_keeps_its_one_cell_header():
    from conftest import _read_real

    paper, _ = _read_real("fader11")
    table = _table(paper, "Table 5")
    assert _cell(table, "65%").column_headers == ["REVERB - Incorrect Extractions"]


# --- BERT's SQuAD tables (arXiv:1810.04805, tests/real/redteam6) ------------------------------
# Each opens its body with a group label centred under the header rule ("Top Leaderboard
# Systems (Dec 10th, 2018)"), words at plain spacing that read as prose: the region, growing
# upwards from the caption, stopped there and lost both header rows (Dev / Test over EM / F1).
# Read whole, Table 2 (SQuAD 1.1) confirmed a claim about SQuAD 2.0 from its cell: the
# versioned-names guard (verify/guards_versioned_names.py) sets such evidence aside.

BERT = "1810.04805"
SQUAD = (
    "The BERT-Large ensemble reaches 85.8 EM on the SQuAD 2.0 dev set.",  # false: SQuAD 1.1's
    "The BERT-Large ensemble reaches 85.8 EM on the SQuAD 1.1 dev set.",  # true (Table 2)
)


@pytest.fixture(scope="module")
def bert(redteam6_paper):
    return redteam6_paper(BERT)[0]


def test_a_centred_group_label_under_the_header_rule_keeps_the_header(bert):
    for label in ("Table 2", "Table 3"):
        table = _table(bert, label)
        assert table.header == ["System", "Dev EM", "Dev F1", "Test EM", "Test F1"], label
        human = table.rows[0]
        assert human[0].row_headers == ["Top Leaderboard Systems (Dec 10th, 2018)", "Human"]
    assert _cell(_table(bert, "Table 2"), "84.1").column_headers == ["Dev", "EM"]


def test_a_claim_about_another_version_of_the_benchmark_is_not_decided(bert):
    from test_mutations_quick import mutations

    from verify_claims.claims import Status

    made = [mutations.Made(text=text, kind="test", paper=BERT, origin=text) for text in SQUAD]
    wrong, right = mutations.verify(made, {BERT: bert})
    assert wrong.status == Status.unverified
    assert "SQuAD 2.0" in " ".join(check.explanation for check in wrong.checks)
    assert right.status == Status.confirmed


# --- a setting the cell does not print (verify/guards_claimed_settings.py) --------------------
# R-LACE's Table 1, read whole, holds one RLACE row; the paper gives WEAT results for no other
# rank. Once "R-LACE" named "RLACE", claims about ranks 5 and 100 were contradicted by it.

RANKS = (
    "A rank-100 R-LACE projection lowers the science-art WEAT d to 0.73.",  # unverifiable
    "A rank-5 R-LACE projection lowers the math-art WEAT d to 0.41.",  # unverifiable
    "The R-LACE projection lowers the science-art WEAT d to 0.73.",  # false: 0.77
)


def test_a_setting_the_cell_does_not_print_decides_nothing(rlace):
    from test_mutations_quick import mutations

    from verify_claims.claims import Status
    from verify_claims.verify.guards_claimed_settings import claimed_settings

    assert claimed_settings("a 4-layer model, k=10, GPT-4 and T5-3B") == (
        ("4-layer", "layer 4"), ("k=10", "k 10"))
    made = [mutations.Made(text=text, kind="test", paper=RL, origin=text) for text in RANKS]
    hundred, five, plain = mutations.verify(made, {RL: rlace})
    for claim in (hundred, five):
        assert claim.status == Status.unverified, claim.text
        assert "setting" in " ".join(check.explanation for check in claim.checks)
    assert plain.status == Status.contradicted
