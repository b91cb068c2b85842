"""The two wrong confirmations the round-6 red team left unfixed, both probes on arXiv:1103.5254
(Waugh, Ziebart and Bagnell), each fixed by a general rule and pinned here on the real paper:

- "The maximum likelihood estimator overtakes MaxEnt ICE after 16 observations" was confirmed
  by "it achieves close to its best performance with as few at 16 observations": "overtakes"
  was not read as a comparison (`verify/comparisons.py`). Read as one, the true claim "...
  only after about 10,000 observations" needs the paper's "The maximum likelihood estimator
  eventually overtakes it", whose second argument is a pronoun named in the sentence before
  (`comparisons._kept_through_pronoun`).
- "MaxEnt ICE performed well after only 1% of the game had been observed" was confirmed by the
  "1" of Algorithm 1's "for t from 1 to T do" (`verify/pseudo_code.py`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify.pseudo_code import is_pseudo_code


@pytest.fixture(scope="module")
def rationalization(redteam_paper):
    paper, _ = redteam_paper("1103.5254")
    texts = ("The maximum likelihood estimator overtakes MaxEnt ICE after 16 observations.",
             "The maximum likelihood estimator overtakes MaxEnt ICE only after about 10,000 "
             "observations.",
             "The maximum likelihood estimator overtakes MaxEnt ICE only after about 1,000 "
             "observations.",
             "MaxEnt ICE overtakes the maximum likelihood estimator only after about 10,000 "
             "observations.",
             "MaxEnt ICE performed well after only 1% of the game had been observed.")
    return mutations.verify_texts(paper, *texts, stem="1103.5254")


def test_overtaking_is_a_comparison_kept_in_order(rationalization):
    # Wrong before: confirmed by another sentence's "16 observations".
    assert rationalization[0].status == Status.contradicted  # it overtakes after 10,000
    assert rationalization[1].status == Status.confirmed  # "... overtakes it": named before
    assert rationalization[2].status == Status.contradicted
    assert rationalization[3].status == Status.unverified  # the other way round: not said


def test_an_algorithms_steps_confirm_no_number(rationalization):
    claim = rationalization[4]
    assert claim.status == Status.unverified
    assert any("pseudo-code" in check.explanation for check in claim.checks)


@pytest.mark.parametrize("text", [
    "Input: G, k Output: S 1: S ← ∅ 2: while |S| < k do 3: s ← max(L) 4: end while",
    "for all words w on computer do Lock word w Retrieve n(t, w) end for",
    "for t from 1 to T do /* compute the gradient */ g ← 0",
])
def test_pseudo_code_is_recognised(text):
    assert is_pseudo_code(text)


@pytest.mark.parametrize("text", [
    "We return to this question in Section 5.",
    "For each task we do five runs and report the mean.",
    "The model's output: a ranked list of 20 candidates.",
    "Training ends for all models after 10 epochs, and the best checkpoint is returned.",
])
def test_prose_with_one_keyword_is_not_pseudo_code(text):
    assert not is_pseudo_code(text)
