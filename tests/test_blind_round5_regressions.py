"""Wrong verdicts the blind corpus tests/real/heldout4 showed on its first run, each fixed by a
general rule and pinned here on the real paper (these claims are no longer blind):

- arXiv:2212.08410v3 Table 1: a claim about the condition "without a calculator" was decided
  by the "with Calc." cells (`verify/guards_absence.py`), and "the calculator adds 16.22
  points" was compared as a level with a cell (`claimed_levels._AMOUNT_VERB`);
- arXiv:2203.06947 §4.2: "3.47% F1 score" on relation extraction was contradicted by "1.48%
  F1 score" on the SER task: a metric's compound name is no count that ties two numbers to
  one thing (`verify/compound_counts.is_count`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.quantities import parse_quantities
from verify_claims.extract.readers import read_document
from verify_claims.verify.compound_counts import is_count
from verify_claims.verify.guards_absence import absent_words, present_label

SOURCES = Path(__file__).parent / "real" / "heldout4" / "sources"


def _verify(pdf: Path, *texts: str) -> list:
    paper = parse_paper(read_document(pdf))
    return mutations.verify_texts(paper, *texts, stem=pdf.stem)


@pytest.fixture(scope="module")
def calculator():
    return _verify(
        SOURCES / "2212.08410v3.pdf",
        "Averaged over GSM8K, MAWPS and ASDiv, the CoT-finetuned T5 XXL reaches 44.84% "
        "accuracy without a calculator.",
        "Averaged over GSM8K, MAWPS and ASDiv, the CoT-finetuned T5 XXL reaches 62.39% "
        "accuracy with a calculator.",
        "The CoT-finetuned T5 XXL reaches 38.21% accuracy on GSM8K without a calculator.",
        "The external calculator adds 16.22 points to the GSM8K accuracy of the "
        "CoT-finetuned T5 XXL.")


def test_a_claim_about_the_condition_without_is_not_decided_by_cells_with_it(calculator):
    without_mean, with_mean, without_cell, _ = calculator
    assert without_mean.status == Status.unverified
    assert without_cell.status == Status.unverified
    assert "without 'calculator'" in " ".join(check.explanation
                                             for check in without_cell.checks)
    assert with_mean.status == Status.confirmed  # the cells with it still decide


def test_the_amount_a_verb_adds_is_no_level(calculator):
    assert calculator[3].status != Status.contradicted


def test_absent_words_and_the_labels_that_print_them_present():
    assert absent_words("reaches 44.84% accuracy without a calculator") == ["calculator"]
    assert absent_words("w/o pretraining and with no dropout") == ["pretraining", "dropout"]
    # Both conditions said: a comparison of the two (N18-3011 Table 5, from the mutations).
    assert absent_words("On F1, Avg. of 15 models with LM exceeds Without LM by 5.3.") == []
    assert present_label("with Calc.", ["calculator"])
    assert not present_label("w/o Calc.", ["calculator"])  # negates it too
    assert not present_label("Acc.", ["calculator"])


def test_a_metric_compound_is_no_count():
    (rate,) = parse_quantities("by 1.48% F1 score on the XFUN dataset")
    (count,) = parse_quantities("we collect 237M entity mentions")
    assert not is_count(rate)
    assert is_count(count)


def test_a_score_on_another_task_does_not_contradict():
    (claim,) = _verify(SOURCES / "2203.06947.pdf",
                       "On XFUN relation extraction, XYLayoutLM beats LayoutXLM by 3.47% F1 "
                       "score on average.")
    assert claim.status != Status.contradicted
