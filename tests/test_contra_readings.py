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


# dyer12, section 3: "We use three rule templates in our work: ..."
TEMPLATES = "We use three rule templates in our work: Rule identifiers: These features identify."


def test_a_compound_noun_counted_on_both_sides_ties_the_counts():
    from verify_claims.claims import Location
    from verify_claims.extract.claim_builder import build_claim
    from verify_claims.verify.compound_counts import counted_noun

    claim = build_claim("r.md", "The local features are read off the translation rules with "
                        "four rule templates.", Location(file="r.md", line=1))
    (four,) = claim.quantities
    assert counted_noun(claim.text, four, ()) == ("rule", "templ")
    (three,) = parse_quantities(TEMPLATES)
    assert counted_noun(TEMPLATES, three, ()) == ("rule", "templ")
    # An adjective that only says the things differ is no part of the noun.
    text = "The data set covers 12 different prepositions."
    (twelve,) = parse_quantities(text)
    assert len(counted_noun(text, twelve, ("prepo",))) == 1


def test_a_wrong_count_of_a_compound_noun_is_contradicted_through_the_engine():
    claims = verify_texts("dyer12", "The local features are read off the translation rules "
                          "with four rule templates.")
    assert claims[0].status == Status.contradicted


# dyer12, section 5.2.
ONLY_IF = ("Feature templates such as rule n-grams and rule shapes only work if iterative mixing "
           "(algorithm 3) or feature selection (algorithm 4) are used.")


def test_a_condition_made_necessary_is_not_done_without():
    claims = verify_texts(
        "dyer12",
        "Rule n-gram and rule shape templates work well even without iterative mixing or "
        "feature selection.",
        "Rule n-gram and rule shape templates work well with iterative mixing or feature "
        "selection.")
    assert claims[0].status == Status.contradicted
    assert "only under the condition" in " ".join(check.explanation
                                                  for check in claims[0].checks)
    assert claims[1].status != Status.contradicted


def test_printed_values_one_unit_apart_do_not_agree():
    """0.9 and 0.8 print intervals that only touch ([0.85, 0.95), [0.75, 0.85)); the float
    sums 0.8 + 0.05 and 0.9 - 0.05 round apart, which read them as overlapping (dyer12:
    "which gains 0.8 BLEU points over tuning 12 features")."""
    from verify_claims.verify.number_values import values_agree

    def first(text: str):
        return parse_quantities(text)[0]

    assert not values_agree(first("gains another 0.9 BLEU"), first("gains 0.8 BLEU points"))
    assert values_agree(first("gains 5.4 points"), first("gains 5.45 points"))
    assert values_agree(first("gains 0.9 BLEU"), first("gains 0.90 BLEU points"))


# bohnet09, abstract.
SECOND = ("For the subtask of syntactic dependency parsing, we could reach the second place with "
          "an accuracy in average of 85.68 which is only 0.09 points behind the first ranked "
          "system.")


@pytest.mark.parametrize(("text", "found"), [
    (SECOND, [2]),  # "the first ranked system" is another system's place
    ("We reached therefore the fourth place (ranked by the macro F1 score) in the joint task.",
     [4]),
    ("We adopted the second order MST parsing algorithm.", []),
    ("The first-place team used an ensemble.", []),
])
def test_places_a_statement_gives_its_subject(text: str, found: list[int]):
    from verify_claims.verify.rank_flips import places

    assert places(text) == found


def test_another_place_in_the_ranking_is_contradicted_through_the_engine():
    claims = verify_texts(
        "bohnet09",
        "Bohnet's parser ranked first in the syntactic dependency parsing subtask of the shared "
        "task.",
        "Bohnet's parser took second place in the syntactic dependency parsing subtask of the "
        "shared task.")
    assert claims[0].status == Status.contradicted
    assert "another place" in " ".join(check.explanation for check in claims[0].checks)
    assert claims[1].status != Status.contradicted


def test_the_complete_clauses_of_a_cut_claim_are_checked_for_a_contradiction():
    from test_mutations_quick import mutations

    from verify_claims.claims import Location, Outcome
    from verify_claims.extract.claim_builder import build_claim
    from verify_claims.verify.cut_clauses import complete_clauses
    from verify_claims.verify.source_check import check_source

    paper = mutations.parse_papers(["bohnet09"])["bohnet09"]

    def cut(text: str):
        return build_claim("r.md", text, Location(file="r.md", line=1), truncated=True)

    wrong = cut("Bohnet's parser ranked first in the syntactic dependency parsing subtask, and "
                "its semantic role labeler placed four")
    kept = complete_clauses(wrong)
    assert kept is not None and kept.text.endswith("parsing subtask.") and not kept.truncated
    check = check_source(wrong, paper, "bohnet09")
    assert check.outcome == Outcome.contradicted and "cut" in check.explanation
    right = cut("Bohnet's parser took second place in the syntactic dependency parsing subtask, "
                "and its semantic role labeler placed four")
    assert check_source(right, paper, "bohnet09").outcome != Outcome.contradicted
    # Nothing complete before the cut: nothing is checked on its own.
    assert complete_clauses(cut("Bohnet's parser ranked first in the syntactic subt")) is None
