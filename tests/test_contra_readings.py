"""Contradictions read from paraphrased claims: the metric printed inside a score's unit
(verify/inner_measures.py) and comparatives of one dimension said the other way
(verify/comparative_antonyms.py). Pinned on sentences of tests/real/papers."""

from __future__ import annotations

import pytest
from test_mutations_quick import verify_texts

from verify_claims.claims import Status
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify.comparative_antonyms import opposite_comparison
from verify_claims.verify.inner_measures import inner_measure

# dyer12, section 5.2.
CRAWL = ("Another 0.5 BLEU points (test-crawl11) or even 1.3 BLEU points (test-crawl10) are "
         "gained when scaling to the full training set using iterative features selection.")
# bunescu-acl07, section 6.
SPARSER = ("Extrapolating from the test set distribution, the positive bags in the "
           "person-birthplace dataset are significantly sparser in real positive instances than "
           "the positive bags in the corporate acquisition dataset.")
DENSER = ("The positive bags of the person-birthplace data are denser in real positive sentences "
          "than those of the corporate acquisition data.")


def test_the_metric_inside_a_score_unit_is_its_measure():
    assert [inner_measure(q) for q in parse_quantities(CRAWL)] == [("bleu",), ("bleu",)]
    assert [inner_measure(q) for q in parse_quantities(
        "It improves accuracy by 2.1 absolute points, or 4.6 percentage points.")] == [(), ()]


def test_a_changed_score_gain_is_contradicted_by_its_slot():
    claims = verify_texts("dyer12", "Scaling to the full training set with feature selection "
                          "gains another 0.9 BLEU on test-crawl11.")
    assert claims[0].status == Status.contradicted


@pytest.mark.parametrize(("claim", "opposite"), [
    (DENSER, True),
    (DENSER.replace("denser", "sparser"), False),  # the paper's own statement
    # The arguments the other way round with the paper's word: the opposite again.
    ("The positive bags of the corporate acquisition data are sparser in real positive "
     "sentences than those of the person-birthplace data.", True),
    # Another dimension: "larger" says nothing of "sparser".
    (DENSER.replace("denser", "larger"), False),
])
def test_comparatives_of_one_dimension(claim: str, opposite: bool):
    assert (opposite_comparison(claim, SPARSER) is not None) == opposite


def test_more_and_fewer_compare_the_noun_after_them():
    paper = "ReVerb makes fewer errors than TextRunner on the test set."
    assert opposite_comparison("ReVerb makes more errors than TextRunner on the test set.",
                               paper) is not None
    assert opposite_comparison("ReVerb makes more calls than TextRunner on the test set.",
                               paper) is None


def test_an_opposite_comparative_is_contradicted_through_the_engine():
    claims = verify_texts("bunescu-acl07", DENSER, DENSER.replace("denser", "sparser"))
    assert claims[0].status == Status.contradicted
    assert claims[1].status != Status.contradicted


def test_running_an_experiment_is_a_frame_word():
    """"was run on" says what "was conducted on" says: the count decides (2020.acl-main.207,
    "In a dataset of 4,113 clicks, we found that SPECTER ranker improved clickthrough rate")."""
    claims = verify_texts("2020.acl-main.207",
                          "The SPECTER A/B test was run on a dataset of 5,113 clicks.",
                          "The SPECTER A/B test was run on a dataset of 4,113 clicks.")
    assert [claim.status for claim in claims] == [Status.contradicted, Status.confirmed]
