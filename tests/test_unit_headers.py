"""Header numbers printed with their unit glued on, and the three wrong verdicts reading them
first gave (arXiv:1511.05298, S-RNN, Table 1: angle errors {80, 160, 320, 560, 1000} ms after
the seed motion, columns "80ms" ... "1000ms", rows per activity and method, on the test
subject).

Before round 11, "1000ms" gave the header word "ms" and no number, so the five columns were one
to a claim's "1000 ms": no cell of the table decided anything (tests/real/redteam3 0.439).
Reading the number made eight red-team claims decide right (0.496) and first three wrong, each
a rule of its own, pinned here:

- "the lowest 1000 ms error of the three methods" was confirmed by S-RNN's 2.58: the spelled
  count "three" agreed with 2.58 within the rounding of "3" (`cell_kinds.spelled_count`);
- "S-RNN's 1000 ms error on the validation subject is 1.95" was contradicted by the test
  subject's 2.13 (`other_cells.other_split`);
- "Fragkiadaki et al. report an 80 ms angle error of 1.30 for ERD" was confirmed by the paper's
  own run of ERD (`other_cells.reported_elsewhere`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Quantity, Status
from verify_claims.verify.cell_kinds import _agree, spelled_count
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.other_cells import other_split, reported_elsewhere, splits

SRNN = "1511.05298"
CLAIMS = (
    "LSTM-3LR's angle error on smoking 1000 ms after the seed motion is 3.42.",  # 0: true
    "LSTM-3LR's angle error on smoking 1000 ms after the seed motion is 3.24.",  # 1: 560 ms'
    "On eating, S-RNN has the lowest 1000 ms error of the three methods.",  # 2: ERD's is
    "On the walking activity of the validation subject, S-RNN's 1000 ms error is 1.95.",  # 3
    "Fragkiadaki et al. report an 80 ms angle error of 1.30 for ERD on walking.",  # 4
    "On the walking activity of the test subject, S-RNN's 1000 ms error is 2.13.",  # 5: true
)


@pytest.fixture(scope="module")
def srnn(redteam3_paper):
    paper, _ = redteam3_paper(SRNN)
    return mutations.verify_texts(paper, *CLAIMS, stem=SRNN)


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_a_number_with_its_unit_glued_on_names_its_column(srnn):
    assert srnn[0].status == Status.confirmed
    assert "1000ms" in _explained(srnn[0])
    assert srnn[1].status == Status.contradicted
    assert srnn[5].status == Status.confirmed
    numbers = [word.number for word in header_words("Long-term forecast 1000ms")]
    assert 1000.0 in numbers and "ms" in [word.word for word in header_words("1000ms")]
    assert [word.number for word in header_words("2nd v2 3LR")] == [None, None, None]


def test_a_spelled_count_is_no_score(srnn):
    assert srnn[2].status == Status.unverified
    three = Quantity(text="three", value=3.0, span=(0, 5), unit="methods")
    assert spelled_count(three)
    assert not _agree(three, Quantity(text="2.58", value=2.58, decimals=2, span=(0, 4)))
    assert _agree(three, Quantity(text="3", value=3.0, span=(0, 1)))
    assert not spelled_count(Quantity(text="3", value=3.0, span=(0, 1)))


def test_a_cell_of_another_data_split_decides_nothing(srnn):
    assert srnn[3].status == Status.unverified
    assert splits("results on the test subject; the validation set") == {"test", "dev"}
    assert other_split("on the validation subject", "averaged ... on the test subject")
    assert not other_split("on the test subject", "averaged ... on the test subject")
    assert not other_split("S-RNN's error is 2.13", "on the test subject")  # no split said


def test_what_other_authors_reported_is_not_the_papers_own_run(srnn):
    assert srnn[4].status == Status.unverified
    assert reported_elsewhere("Fragkiadaki et al. report an error of 1.30", "Walking / ERD [14]")
    assert not reported_elsewhere("Fragkiadaki et al. report an error of 1.30",
                                  "Results reported in [14]")
    assert not reported_elsewhere("ERD has an error of 1.30", "Walking / ERD [14]")
    assert not reported_elsewhere("BERT and RoBERTa show 90.1 F1", "BERT / F1")  # models
    assert reported_elsewhere("Smith and Jones (2019) found 3.2", "Ours / Error")
