"""A claim that copies a paper's sentence with one change contradicts it
(verify/verbatim_flips.py), and each number of a sentence answers one claimed number
(verify/number_slots.py). Pinned on sentences of tests/real/papers as the gold files print
them."""

from __future__ import annotations

import pytest
from test_mutations_quick import verify_texts

from verify_claims.claims import Location, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.number_sides import _claim_side
from verify_claims.verify.number_slots import read_numbers
from verify_claims.verify.verbatim_flips import flip_of

# fader11 (ReVerb), p. 9.
PRECISION = ("In fact, REVERB\u2019s frequency 1 extractions had a precision of 0.75, which "
             "TEXTRUNNER could not approach even with frequency 10 extractions, which had a "
             "precision of 0.34.")
# fader11, the error analysis.
DUE = ("As with the false positive extractions, the majority of false negatives (52%) were due "
       "to the argument-finding heuristics choosing the wrong arguments, or failing to extract "
       "all possible arguments (in the case of coordinating conjunctions).")
# 2023.eacl-main.121, Table 4's discussion.
SUPERPAL = ("In Table 4, we find that SuperPAL (Ernst et al., 2021), a weakly supervised linking "
            "algorithm, performs best (0.61 recall@3 vs the next best 0.47).")
# dyer12, the setup.
PERCEPTRON = ("If not indicated otherwise, the perceptron was run for 10 epochs with learning "
              "rate \u03b7 = 0.0001, started at zero weight vector, using deduplicated 100-best "
              "lists.")
# P14-1059, recursive decomposition.
RANKS = ("Although considerably more difficult than the previous task, the results are still "
         "very good, with median ranks under 100 for the cbow vectors (random median rank at "
         "10K).")
# bunescu-acl07, the results.
SPARSER = ("Extrapolating from the test set distribution, the positive bags in the "
           "person-birthplace dataset are significantly sparser in real positive instances than "
           "the positive bags in the corporate acquisition dataset.")


@pytest.mark.parametrize(("claim", "sentence", "kind"), [
    (PRECISION.replace("0.34", "0.24"), PRECISION, "number"),
    (SUPERPAL.replace("performs best", "performs worst"), SUPERPAL, "opposite"),
    (PERCEPTRON.replace("100-best", "100-worst"), PERCEPTRON, "opposite"),
    (SPARSER.replace("sparser", "denser"), SPARSER, "opposite"),
    (DUE.replace("were due", "were not due"), DUE, "negation"),
    (PERCEPTRON.replace("If not", "If"), PERCEPTRON, "negation"),
    # A leading reporting phrase dropped is no second change.
    (SUPERPAL.replace("In Table 4, we find that SuperPAL", "SuperPAL").replace("best (", "worst ("),
     SUPERPAL, "opposite"),
])
def test_a_copy_with_one_change_is_a_flip(claim: str, sentence: str, kind: str):
    assert flip_of(claim, sentence) == kind


@pytest.mark.parametrize(("claim", "sentence"), [
    (PRECISION, PRECISION),  # the sentence itself
    (RANKS.replace("under 100", "under 130"), RANKS),  # a bound: both may hold
    (SUPERPAL.replace("Table 4", "Table 5"), SUPERPAL),  # a reference, not a value
    (SUPERPAL.replace("2021", "2020"), SUPERPAL),  # a year of a citation
    (PRECISION.replace("0.34", "0.340"), PRECISION),  # the same value
    # Two changes: the claim is no copy any more.
    (PRECISION.replace("0.34", "0.24").replace("In fact, ", "Indeed, "), PRECISION),
    # A leading condition dropped is a change of its own.
    (SPARSER.replace("Extrapolating from the test set distribution, ", "").replace(
        "sparser", "denser"), SPARSER),
    # A word that is no opposite of the one replaced.
    (SUPERPAL.replace("performs best", "performs well"), SUPERPAL),
    # "not only" negates nothing.
    (SPARSER.replace("are significantly", "are not only"), SPARSER.replace(
        "are significantly", "are only")),
])
def test_other_changes_are_no_flip(claim: str, sentence: str):
    assert flip_of(claim, sentence) is None


def test_each_number_answers_one_claimed_number():
    """The changed 0.24 meets the 0.34 of its own slot, not the 0.75 the claim gives too."""
    claim = build_claim("r.md", PRECISION.replace("0.34", "0.24"), Location(file="r.md", line=1))
    sentence = build_claim("p.md", PRECISION, Location(file="p.md", line=1))
    pairs = read_numbers(_claim_side(claim), _claim_side(sentence))
    assert [pair.found.text if pair.found else None for pair in pairs] == \
        ["1", "0.75", "10", "0.34"]
    assert [pair.state for pair in pairs] == ["agree", "agree", "agree", "disagree"]


def test_copies_with_one_change_are_contradicted_through_the_engine():
    claims = verify_texts("fader11", PRECISION, PRECISION.replace("0.34", "0.24"),
                          DUE, DUE.replace("were due", "were not due"))
    assert [claim.status for claim in claims] == [
        Status.confirmed, Status.contradicted, Status.confirmed, Status.contradicted]
    assert "copies a sentence" in " ".join(check.explanation for check in claims[3].checks)
