"""Wrong verdicts found by red-teaming a paper the tool was never tuned on (tests/real/redteam12,
round 21: Peters et al., Deep Contextualized Word Representations, ELMo, arXiv:1802.05365), each
fixed by a general rule and pinned here on the real page; each rule's test also switches it off
and sees the wrong verdict come back. Planted tests use claim texts of their own (the claim's
words are remembered per text).

Batch one (40 claims about the tables) gave one wrong verdict:

- "The SRL model with ELMo was trained for 20 epochs" (unverified) was contradicted by "For
  example, the SRL model reaches a maximum development F1 after 486 epochs of training without
  ELMo" (page 8): the sentence's number is of the variant without the claim's component
  (`guards_absent_sources`).

Batch two (40 claims about the text) gave one more:

- "For WSD, the biLM's first layer is better than its top layer" (false: 67.4 against 69.0) was
  confirmed by "However, unlike WSD, accuracies using the first biLM layer are higher than the
  top layer" (page 8, of POS tagging): the sentence names WSD only as what it is unlike
  (`guards_exceptions`: h21's rule for the same page, kept at the merge).

Batch three (33 claims over tables and text) gave one more:

- "For SQuAD, including ELMo only at the input beats including it at input and output" (false:
  85.1 against 85.6) was confirmed by "including ELMo at both the input and output layers for
  SNLI and SQuAD improves over just the input layer" (page 6): the restricted side ("only",
  "just") is on the other side of the comparison (`guards_marked_arguments`).

Batch four (37 claims over the introduction, method, figures and layer tables) gave one more:

- "Belinkov et al. (2017) found the second layer of a 2-layer LSTM encoder better at
  predicting POS tags" (false) was confirmed by "... the representations learned at the first
  layer in a 2-layer LSTM encoder are better at predicting POS tags then second layer" (page
  2): the ordinal is on the other side of the comparison (`guards_marked_arguments`, which
  reads the paper's "then" as "than").
"""

from __future__ import annotations

import re

import pytest
from planted_patterns import round30_guards_off
from probe_verdicts import explained, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.verify import (
    guards_absent_sources,
    guards_exceptions,
    guards_marked_arguments,
)
from verify_claims.verify.guards_absent_sources import absent_component
from verify_claims.verify.guards_marked_arguments import turned_marker

ELMO = "1802.05365"  # Peters et al., ELMo (NAACL 2018)
EPOCHS = ("For example, the SRL model reaches a maximum development F1 after 486 epochs of "
          "training without ELMo.")


@pytest.fixture(scope="module")
def papers(redteam12_paper):
    return {ELMO: redteam12_paper(ELMO)[0]}


def _status(papers, text: str) -> Status:
    return status_of(papers, ELMO, text)[0]


# --- guards_absent_sources -----------------------------------------------------------------

def test_a_component_printed_only_as_absent_is_read():
    assert absent_component("The SRL model with ELMo was trained for 20 epochs.", EPOCHS) == "ELMo"
    # the claim that says "without" speaks of the sentence's own variant
    assert absent_component("Without ELMo, the SRL model peaks after 20 epochs.", EPOCHS) is None
    # a word the sentence also prints outside the phrase is not only absent
    assert absent_component("The model with ELMo peaks after 20 epochs.",
                            "With ELMo the model peaks at epoch 10, without ELMo at 486.") is None
    # a short word that is no name ("data") is not read
    assert absent_component("Trained with data for 20 epochs.", "Trained without data.") is None
    # support through a long word is guards_negated_words' (not read here)
    assert absent_component("The model with attention reaches 80.", "Without attention it "
                            "reaches 80.", short_names_only=True) is None


def test_a_sentence_of_the_variant_without_the_component_decides_nothing(papers):
    verified = verify_on(papers, ELMO, ["The SRL model with ELMo was trained for 20 epochs."])[0]
    assert verified.status == Status.unverified
    assert "only as absent" in explained(verified)
    # the claim of the sentence's own variant is still decided
    assert _status(papers, "Without ELMo, the SRL model reaches its maximum development F1 "
                           "after 486 epochs.") == Status.confirmed


def test_without_the_absent_source_rule_the_baseline_s_count_contradicts(papers, monkeypatch):
    monkeypatch.setattr(guards_absent_sources, "absent_component", lambda *args, **kw: None)
    assert _status(papers, "The SRL model with ELMo was trained for 25 epochs.") == \
        Status.contradicted


# --- "unlike X" as an exception phrase -----------------------------------------------------
# probe21 and h21 found this wrong verdict on the same page in the same round and each wrote a
# rule; h21's (`guards_exceptions._CONTRAST`: "unlike X" is an exception phrase) is kept, and
# probe21's `guards_unlike_phrases` was dropped at the merge as its duplicate.

def test_a_sentence_unlike_the_claim_s_subject_does_not_confirm(papers):
    verified = verify_on(papers, ELMO, ["For WSD, the biLM's first layer is better than its "
                                        "top layer."])[0]
    assert verified.status == Status.unverified
    assert "exception" in explained(verified)


def test_without_the_unlike_rule_the_pos_sentence_confirms_the_wsd_claim(papers, monkeypatch):
    monkeypatch.setattr(guards_exceptions, "_CONTRAST", re.compile(r"(?!)"))
    assert _status(papers, "In WSD, the biLM's first layer is better than its top "
                           "layer.") == Status.confirmed


# --- guards_marked_arguments --------------------------------------------------------------

LOCATIONS = ("As shown in Table 3, including ELMo at both the input and output layers for SNLI "
             "and SQuAD improves over just the input layer, but for SRL (and coreference "
             "resolution, not shown) performance is highest when it is included at just the "
             "input layer.")


def test_a_restricted_side_turned_is_read():
    claim = "For SQuAD, including ELMo only at the input beats including it at input and output."
    assert turned_marker(claim, LOCATIONS) == "(restricted)"
    # the claim that compares the passage's way round
    assert not turned_marker("For SQuAD, including ELMo at input and output beats including "
                               "it only at the input.", LOCATIONS)
    # no restricting word in the claim: nothing to turn
    assert not turned_marker("On SQuAD, input and output beats the input.", LOCATIONS)
    # "not only" restricts nothing
    assert not turned_marker("Not only the input beats the output layer.",
                               "The output layer improves over just the input.")


def test_a_comparison_the_other_way_round_does_not_confirm(papers):
    verified = verify_on(papers, ELMO, ["For SQuAD, including ELMo only at the input beats "
                                        "including it at input and output."])[0]
    assert verified.status == Status.unverified
    assert "other way round" in explained(verified)


def test_without_the_marked_argument_rule_the_turned_comparisons_are_confirmed(papers,
                                                                              monkeypatch):
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    monkeypatch.setattr(guards_marked_arguments, "turned_marker", lambda *args: None)
    assert _status(papers, "On SQuAD, including ELMo only at the input beats including it at "
                           "input and output.") == Status.confirmed
    assert _status(papers, "Belinkov et al. (2017) found that the second layer of a 2-layer "
                           "LSTM encoder is better at predicting POS tags.") == Status.confirmed


BELINKOV = ("In an RNN-based encoder-decoder machine translation system, Belinkov et al. (2017) "
            "showed that the representations learned at the first layer in a 2-layer LSTM "
            "encoder are better at predicting POS tags then second layer.")


def test_an_ordinal_argument_turned_is_read(papers):
    claim = ("Belinkov et al. (2017) found the second layer of a 2-layer LSTM encoder better at "
             "predicting POS tags.")
    assert turned_marker(claim, BELINKOV) == "second"
    assert turned_marker("Belinkov et al. (2017) found the first layer of a 2-layer LSTM "
                         "encoder better at predicting POS tags.", BELINKOV) is None
    verified = verify_on(papers, ELMO, [claim])[0]
    assert verified.status == Status.unverified
    assert "'second' argument" in explained(verified)
