"""Wrong verdicts the eighth blind corpus (tests/real/heldout8: natural claims of machine-written
syntheses) gave on its first run, each fixed by a general rule of
verify/guards_other_readings.py and pinned here on the real page (these claims are no longer
blind):

- arXiv:2501.10120 §5.3 and Table 7: "The PaSa Selector achieves an F1 score of 85%,
  outperforming GPT-4o by 5%" contradicted by GPT-4o's F1 cell (0.80) while the sentence prints
  the claim as stated (`guard_disputed_numbers`);
- arXiv:2501.10120 §5.1 and Table 4: "PPO training of the Crawler used 16 NVIDIA H100 GPUs"
  contradicted by the imitation-learning sentence's "8 NVIDIA H100 GPUs" while Table 4, the PPO
  hyperparameters, prints "NVIDIA H100 GPU 16" (`guard_claimed_count_in_table`);
- arXiv:2501.10120 Tables 5 and 6 (same rows and columns, AutoScholarQuery and
  RealScholarQuery): "GPT-o1 reaches a recall of 0.1925 on RealScholarQuery" confirmed by
  Table 5's cell (`guard_sibling_captions`);
- found by the probes after the fix: arXiv:2501.10120: "PPO training of the Crawler used 8
  NVIDIA H100 GPUs" confirmed by the imitation-learning sentence, while Table 4 prints 16 for
  PPO training, and "The learning rate used in PPO training was 1e-5" confirmed by the same
  sentence while Table 4 prints 1e-6, and "The forward batch size in PPO training is 4" by its
  "batch size of 4 per device" while Table 4 prints 1 (`guard_claimed_count_in_table`, its
  support side, which reads numbers in exponent notation too);
- found by the later probes: arXiv:2406.06769 Table 6, whose rotated headers are read as one
  glued word ("Avg.StepsMovementSAtecptsion..."): "Humans averaged 717 movement steps"
  confirmed and "... 628 movement steps" contradicted by the average steps, 717
  (`guard_glued_headers`); §5: "The Hypothesizer discovered 34% of gold knowledge in challenge
  tasks" confirmed by "... only 34% of gold knowledge in easy tasks, and only 8% in challenge
  tasks" (`guard_parallel_settings`); arXiv:2501.10120 §5.3: "The PaSa-7b Selector reaches a
  precision of 0.95" contradicted by "the Selector's precision reaches 95%"
  (`guard_share_scales`);
- arXiv:2406.06769 Table 6 (rotated headers read as one label): "Average human knowledge
  performance on DiscoveryWorld was 55%" contradicted by the average steps, 717
  (`guard_percent_cells`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status

PASA, DW = "2501.10120", "2406.06769"
CLAIMS = {
    PASA: (
        "The PaSa Selector achieves an F1 score of 85%, outperforming GPT-4o by 5%.",  # 0
        "PPO training of the Crawler used 16 NVIDIA H100 GPUs.",  # 1: Table 4's count
        "The imitation learning stage of the Crawler used 8 NVIDIA H100 GPUs.",  # 2: still right
        "GPT-o1 reaches a recall of 0.1925 on RealScholarQuery.",  # 3: Table 5's cell
        "GPT-o1 reaches a recall of 0.1925 on AutoScholarQuery.",  # 4: still confirmed
        "PaSa-7b reaches a crawler recall of 0.7071 on RealScholarQuery.",  # 5: Table 6's own
        "PPO training of the Crawler used 8 NVIDIA H100 GPUs.",  # 6: the sentence's other stage
        "The learning rate used in PPO training was 1e-5.",  # 7: Table 4 prints 1e-6
        "The PaSa-7b Selector reaches a precision of 0.95.",  # 8: "95%" is the same share
        "The forward batch size in PPO training is 4.",  # 9: Table 4 prints 1
    ),
    DW: (
        "Average human knowledge performance on DiscoveryWorld was 55%.",  # 0: not 717 steps
        "Humans averaged 717 movement steps across tasks.",  # 1: 717 is the average steps
        "Humans averaged 628 movement steps across tasks.",  # 2: not contradicted by 717
        "On the Space Sick challenge task, human scientists needed 3458 steps on average.",  # 3
        "The Hypothesizer discovered 34% of gold knowledge in challenge tasks.",  # 4: easy's
        "The Hypothesizer discovered 34% of gold knowledge in easy tasks.",  # 5: still right
    ),
}


def _verify(round9_paper, stem: str):
    paper, _ = round9_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text)
            for text in CLAIMS[stem]]
    return mutations.verify(made, {stem: paper})


@pytest.fixture(scope="module")
def pasa(round9_paper):
    return _verify(round9_paper, PASA)


@pytest.fixture(scope="module")
def discoveryworld(round9_paper):
    return _verify(round9_paper, DW)


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_a_cell_disputing_the_number_a_sentence_prints_as_claimed_decides_nothing(pasa):
    assert pasa[0].status == Status.unverified
    assert "two readings disagree" in _explained(pasa[0])


def test_a_sentence_of_another_stage_does_not_contradict_a_count_a_table_prints(pasa):
    assert pasa[1].status == Status.unverified
    assert "setting the claim names" in _explained(pasa[1])
    assert pasa[2].status == Status.confirmed


def test_a_sentence_of_another_stage_does_not_confirm_a_count_a_table_gives_otherwise(pasa):
    assert pasa[6].status == Status.unverified
    assert "another number" in _explained(pasa[6])
    assert pasa[7].status == Status.unverified
    assert "learning rate" in _explained(pasa[7])
    # "batch size of 4 per device" is the imitation stage's: never a confirmation. Table 4, the
    # PPO settings ("forward batch size | 1" under "Name | Value"), contradicts it since round
    # 19 reads a bare "Value" header as no word a claim must say (verify/value_columns.py).
    assert pasa[9].status == Status.contradicted
    assert "forward batch size" in _explained(pasa[9])
    assert pasa[2].status == Status.confirmed


def test_a_cell_of_the_twin_table_of_another_dataset_decides_nothing(pasa):
    assert pasa[3].status == Status.unverified
    # Two guards know this fact: red team 4's guards_table_names (a setting the tables tell
    # apart, run first) and guard_sibling_captions (a twin table's caption); either explains.
    explained = _explained(pasa[3])
    assert "Another table with the same row and column" in explained \
        or "a setting the paper's tables tell apart" in explained
    assert pasa[4].status == Status.confirmed
    assert pasa[5].status == Status.confirmed


def test_a_percentage_is_not_contradicted_by_a_count(discoveryworld):
    assert discoveryworld[0].status == Status.confirmed
    assert "above 100" in _explained(discoveryworld[0])


def test_a_share_as_a_fraction_is_not_contradicted_by_its_percentage(pasa):
    assert pasa[8].status != Status.contradicted
    assert "other scale of a share" in _explained(pasa[8])


def test_a_cell_under_glued_headers_decides_nothing_for_the_later_headers_words(
        discoveryworld):
    assert discoveryworld[1].status == Status.unverified
    assert discoveryworld[2].status == Status.unverified
    assert "several headers read as one" in _explained(discoveryworld[1])
    assert discoveryworld[3].status == Status.confirmed  # the first glued header's own cell


def test_the_claimed_number_of_an_earlier_clause_does_not_confirm_a_later_clauses_setting(
        discoveryworld):
    assert discoveryworld[4].status == Status.unverified
    assert "parallel clause" in _explained(discoveryworld[4])
    assert discoveryworld[5].status == Status.confirmed
