"""Wrong verdicts that reading more tables first gave on red team 3 (olmOCR 2,
arXiv:2510.19817, tests/real/redteam3): its captions print no colon ("Table 2 Finetuning on
..."), so its tables were first read in issue 11 round read5, and two claims of the corpus
were confirmed from cells read right:
- "raised the arXiv score from 70.8 to 78.6", the two numbers swapped, by the one cell 78.6 of
  the row the claim leaves: verify/guards_changes.py;
- "scores 75.8 on the tables subset", by the system's overall score, the claim's "tables" met
  by the caption's label "Table 1" and then passed over: verify/label_text.caption_text and
  verify/guards_column_names.py.
A claim the cells do support stays confirmed.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status


@pytest.fixture(scope="module")
def olmocr2(redteam3_paper):
    paper, _ = redteam3_paper("2510.19817")
    return mutations.verify_texts(
        paper,
        "Finetuning on olmOCR-mix-1025 instead of olmOCR-mix-0225 raised the arXiv score "
        "from 70.8 to 78.6.",
        "MonkeyOCR Pro 3B scores 75.8 on the tables subset of olmOCR-Bench.",
        "MonkeyOCR Pro 3B scores 75.8 on olmOCR-Bench.",
        "DeepSeek-OCR scores 75.7 overall.",
        stem="2510.19817")


def _table_explanation(claim) -> str:
    return next(check.explanation for check in claim.checks if check.kind.value == "table")


def test_change_between_two_rows_is_not_read_from_one_cell(olmocr2):
    swapped = olmocr2[0]
    assert swapped.status == Status.unverified
    # Merged with the ninth blind corpus's row-label rule, which runs first and also sets
    # this one aside ("olmOCR-mix-1025" is a row label the cell lacks).
    assert "runs between two rows of ArXiv" in _table_explanation(swapped) \
        or "a row label of this table" in _table_explanation(swapped)


def test_claim_naming_another_column_is_not_confirmed(olmocr2):
    subset = olmocr2[1]
    assert subset.status == Status.unverified
    assert "“tables” is a column the paper prints" in _table_explanation(subset)


def test_overall_score_still_confirmed(olmocr2):
    assert olmocr2[2].status == Status.confirmed


def test_claim_held_under_the_column_it_names_stays_confirmed(olmocr2):
    """"Overall" heads a column of Table 3; the cell read is Table 1's score of the same row
    with the same number, so the claim holds under the column it names."""
    assert olmocr2[3].status == Status.confirmed


def test_difference_of_two_named_columns_stays_confirmed():
    """The two ends of a difference are read together: "coarse" heads one of them, and
    "precision" is printed "prec." (N18-3011 Table 2, SPECTER Table 3 style headers)."""
    from conftest import _read_real

    paper, _ = _read_real("N18-3011")
    claims = mutations.verify_texts(
        paper, "The off-the-shelf approach loses 19.9 points of precision from computer "
        "science to biomedical papers.", stem="N18-3011")
    assert claims[0].status == Status.confirmed
