"""Diagonal cells of a pairwise matrix (verify/guards_diagonal.py), on the real page that gave
the mutation benchmark its wrong confirmations (seeds 1 and 3, tenth round):
test_Grobid_1_05452615.pdf (IEEE DSDE 2010), whose Tables 4 to 7 print rows and columns R1 to
R4. Each test fails with the rule switched off.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

import verify_claims.verify.guard_chain as guard_chain
from verify_claims.claims import Status
from verify_claims.verify.guards_diagonal import said_times

STEM = "test_Grobid_1_05452615"
CLAIMS = (
    # Table 6 prints 0.20 under R4 × Sum of rows, 0.05 under R4 × R4.
    "According to Table 6 (Table 6 Calculate the sum of rows for), the Sum of rows of R4 is 0.05.",
    # Table 4 prints 1 under R1 × R1; the text's "5" is "in position (R12)", R1 against R2.
    "The R1 for R1 is 5.",
    # The true diagonal cell, said for both axes: still confirmed.
    "In Table 4, the R1 for R1 is 1.",
)


@pytest.fixture(scope="module")
def paper():
    from conftest import _read_real

    return _read_real(STEM)[0]


def _verify(paper):
    return mutations.verify_texts(paper, *CLAIMS, stem=STEM)


def test_a_label_said_once_names_one_axis_of_a_diagonal_cell(paper):
    one_word, passage, true = _verify(paper)
    assert one_word.status == Status.unverified
    assert any("diagonal cell" in check.explanation for check in one_word.checks)
    assert passage.status == Status.unverified
    assert any("says \u201cR1\u201d twice" in check.explanation for check in passage.checks)
    assert true.status == Status.confirmed


def test_without_the_rule_both_wrong_confirmations_come_back(paper, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_diagonal_cells", lambda *args, **kwargs: None)
    one_word, passage, _ = _verify(paper)
    assert one_word.status == Status.confirmed
    assert passage.status == Status.confirmed


def test_a_label_inside_a_longer_token_is_not_said():
    assert said_times("R1", "position (R12) shows that R1 is 5 times R2") == 1
    assert said_times("R1", "the R1 for R1") == 2
