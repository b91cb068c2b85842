"""Round 16 (tab16): a passage that gives two claimed numbers to each other's names never
confirms the claim.

Paper Plain (arXiv 2203.00130, red team 2's source), page 25, read from the page image:
"Participants scored no worse on the comprehension questions with Paper Plain (mu = 3.67,
sigma = 1.78) compared to the PDF reader (mu = 3.50, sigma = 1.31)". Red team 2's row 7,
"Participants scored 3.67 on comprehension with Paper Plain against 3.50 with the PDF reader"
(gold confirmed), is unverified: "against" is demanded as a word, and the sentence says
"compared to". tab16 stopped demanding "against" before a number; that alone confirmed the
claim with the two scores swapped, and on the blind heldout16 it made one wrong decisive
verdict (aggregates, the rule switched off: 0 wrong), so it was reverted at the merge. Main
already confirmed the swap worded with ", and": the sentence check compares numbers as a set.
verify/guards_crossed_numbers.py reads which part of each text each number is in. The rule is
switched off by monkeypatch to show its test fails then (claim parts are remembered per text,
so that test words the claim anew)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.verify import guard_chain
from verify_claims.verify.guards_crossed_numbers import crossed

SOURCES = Path(__file__).resolve().parent / "real" / "redteam2" / "sources"
TRUE = ("Participants scored 3.67 on comprehension with Paper Plain against 3.50 with the PDF "
        "reader.")
SWAPPED = TRUE.replace("3.67", "X").replace("3.50", "3.67").replace("X", "3.50")
SWAPPED_AND = ("Participants scored 3.50 on comprehension with Paper Plain, and 3.67 with the "
               "PDF reader.")
TRUE_AND = SWAPPED_AND.replace("3.50", "X").replace("3.67", "3.50").replace("X", "3.67")


@pytest.fixture(scope="module")
def paper():
    return _papers_of(SOURCES)("2203.00130")[0]


def _verify(paper, *texts):
    return mutations.verify_texts(paper, *texts, stem="2203.00130")


def test_against_before_a_number_stays_a_demanded_word(paper):
    (claim,) = _verify(paper, TRUE)
    assert claim.status == Status.unverified


def test_swapped_scores_are_never_confirmed(paper):
    swapped, swapped_and, true_and = _verify(paper, SWAPPED, SWAPPED_AND, TRUE_AND)
    assert swapped.status != Status.confirmed
    assert swapped_and.status != Status.confirmed
    assert true_and.status == Status.confirmed  # the same wording, the numbers in place
    assert "Not confirmed: the passage gives" in " ".join(
        check.explanation for check in swapped_and.checks)


def test_planted_bug_crossed_numbers_unguarded(paper, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_crossed_numbers", lambda *args: None)
    swapped_and, = _verify(paper, SWAPPED_AND.replace("Participants", "The participants"))
    assert swapped_and.status == Status.confirmed


def test_crossed_needs_both_numbers_bound_on_both_sides(paper):
    (claim,) = _verify(paper, SWAPPED_AND)
    sentence = ("Participants scored no worse on the comprehension questions with Paper Plain "
                "(mu = 3.67, sigma = 1.78) compared to the PDF reader (mu = 3.50, sigma = 1.31).")
    assert crossed(claim, sentence) is not None
    # Both numbers in one part of the passage: which is whose, it does not say.
    assert crossed(claim, "Paper Plain and the PDF reader scored 3.67 and 3.50.") is None
    # The passage keeps each number with the claim's name: nothing crossed.
    kept = sentence.replace("3.67", "X").replace("3.50", "3.67").replace("X", "3.50")
    assert crossed(claim, kept) is None
