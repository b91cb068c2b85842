"""Wrong verdicts found by red-teaming three papers the tool was never tuned on
(tests/real/redteam8, round 17), each fixed by a general rule and pinned here on the real page;
each rule's test also switches the rule off and sees the wrong verdict come back. Planted
tests use claim texts of their own (the claim's words are remembered per text).

Batch one (QANet, arXiv:1804.09541, 76 claims) gave three wrong decisive verdicts:

- "Adding more augmented data with French as a pivot gives a further performance gain" (false)
  was confirmed by "While adding more augmented data with French as a pivot does not provide
  performance gain, injecting ... En-De-En ... brings another 0.2 improvement" (page 9): the
  statement is the main clause's (`verify/leading_concessions.py`);
- "Increasing the sampling weight of augmented data from 1:1:1 to 1:2:1 improves EM and F1"
  (false: they drop) was confirmed by the sentence whose first direction word is the change
  made ("when we increase the sampling weight ... the EM/F1 performance drops",
  `verify/effect_directions.py`), then by the parts of its ratios read as numbers matching
  "1.5/1.1" (`verify/ratio_parts.py`), and readings a rule set aside lent their numbers
  (source_check `_joint_support`, lent_numbers);
- "As an ensemble, QANet reaches 84.6 F1 on the SQuAD test set" (unverified: single models
  only) was confirmed by the single model's 84.6: "ensemble" is a setting word now
  (content_words `_CONDITION_WORDS`), and the paper never prints it.

Batch two (Yang et al., arXiv:1703.06345, 69 claims) gave two:

- "The improvements by the architectures follow the order T-C > T-B > T-A" (false) was
  confirmed by "... in the following order: T-A > T-B > T-C" (page 8,
  `verify/symbol_chains.py`);
- "Transferring from PTB to Genia gives a tagging accuracy of 92% with 0.1 labels"
  (unverified) was contradicted by "92% with only 0.001 labels" (page 7): the number that
  differs is the setting, the result agrees (`verify/setting_mismatch.py`).

Batch three (Zhang et al., arXiv:1509.01626, 85 claims; withdrawn from the corpus since, the
blind heldout15 citing that paper: tests/real/redteam8/withdrawn/README.md) gave four:

- "Each Yahoo! Answers class contains 140,000 training samples and 5,000 testing samples"
  (true) was contradicted by the Yelp paragraph's "The full dataset has 130,000 training
  samples ..." (page 6), and "The Yelp polarity dataset has 19,000 test samples in each
  polarity" (true) by the Amazon paragraph's sentence (`verify/run_in_heads.py`) and by Table
  3's total of 38,000 (`verify/guards_per_unit.py`);
- "The bag-of-words model selects the 500,000 most frequent words ..." (false: 50,000) was
  confirmed by "... the 500,000 most frequent n-grams" (page 4): "most" ended the counted noun
  (content.measure_of);
- "The semantics of the tasks play a role in deciding which method is better" (false) was
  confirmed by "... does not seem to play a role in deciding which method is better" (page 8,
  `verify/unread_negations.py`).

Batch four (42 claims over the three papers) gave two: "QANet reaches 82.7 F1 on the SQuAD test
set", contradicted by page 9's "the one trained with the original SQuAD data (the one getting
84.6 F1 on test set)", was labelled unverified and is realigned to contradicted (the page gives
plain QANet's test F1); "On AddSent, QANet trained without data augmentation scores 45.2 F1"
(unverified: page 9 and page 10 disagree on the model's training data) was confirmed by Table
6's cell, silent on augmentation, a condition Table 5 varies (`verify/guards_unsaid_absence.py`).
"""

from __future__ import annotations

import pytest
from conftest import REDTEAM2_SOURCES, REDTEAM8_SOURCES, _read_real
from planted_patterns import round30_guards_off
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import (
    content,
    guard_chain,
    sentence_reading,
    side_memo,
    source_check,
)
from verify_claims.verify.content_words import _CONDITION_WORDS
from verify_claims.verify.effect_directions import effect_unsaid
from verify_claims.verify.guards_unsaid_absence import absent_phrase
from verify_claims.verify.leading_concessions import in_leading_concession
from verify_claims.verify.memo import Memo
from verify_claims.verify.run_in_heads import _is_head
from verify_claims.verify.symbol_chains import chain_reordered
from verify_claims.verify.unread_negations import EXPLANATION as UNREAD

QA = "1804.09541"  # Yu et al., QANet (ICLR 2018)
TL = "1703.06345"  # Yang, Salakhutdinov, Cohen, transfer learning for sequence tagging
CC = "1509.01626"  # Zhang, Zhao, LeCun, character-level ConvNets


# Zhang et al. is kept out of the corpus (tests/real/redteam8/withdrawn/README.md: the blind
# heldout15 cites it); its PDF stays beside the withdrawn claims.
WITHDRAWN = REDTEAM8_SOURCES.parent / "withdrawn"


@pytest.fixture(scope="module")
def papers(redteam8_paper):
    found = {stem: redteam8_paper(stem)[0] for stem in (QA, TL)}
    found[CC] = _read_real(CC, WITHDRAWN)[0]
    return found


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


def _fresh(stem: str):
    """The paper parsed anew: a rule switched off must not find sides read with it on."""
    return {stem: _read_real(stem, WITHDRAWN if stem == CC else REDTEAM8_SOURCES)[0]}


# --- verify/leading_concessions.py ---------------------------------------------------------

FRENCH = "Adding more augmented data with French as a pivot gives a further performance gain."
WHILE = ("While adding more augmented data with French as a pivot does not provide performance "
         "gain, injecting additional augmented data En-De-En of the same amount brings another "
         "0.2 improvement in F1.")


def test_a_claim_inside_a_leading_concession_is_not_read_by_the_main_clause(papers):
    assert in_leading_concession(FRENCH, WHILE)
    assert not in_leading_concession("Injecting additional En-De-En data brings another 0.2 "
                                      "improvement in F1.", WHILE)
    claim = verify_on(papers, QA, [FRENCH])[0]
    assert claim.status == Status.unverified
    assert "concession" in explained(claim)


def test_without_the_concession_rule_the_french_claim_is_confirmed(papers, monkeypatch):
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    # The negation of the concession also stands among the shared words (unread_negations,
    # batch three's rule): with that rule off, the concession rule alone withholds; with both
    # off, the claim is confirmed.
    monkeypatch.setattr(sentence_reading, "unread_negation", lambda *args: False)
    text = "Adding more augmented data with French as the pivot gives a further performance gain."
    assert _status(papers, QA, text) == Status.unverified
    monkeypatch.setattr(sentence_reading, "in_leading_concession", lambda *args: False)
    text = "Adding more augmented data with French as pivot gives a further performance gain."
    assert _status(papers, QA, text) == Status.confirmed


# --- verify/effect_directions.py, verify/ratio_parts.py ------------------------------------

RATIO = "Increasing the sampling weight of augmented data from 1:1:1 to 1:2:1 improves EM and F1."


def test_the_effect_not_the_change_decides(papers):
    assert effect_unsaid(RATIO, "when we increase the sampling weight of augmented data from "
                                "(1:1:1) to (1:2:1), the EM/F1 performance drops by 0.5/0.3.")
    assert not effect_unsaid("Increasing the weight lowers EM.", "increasing the weight, EM "
                                                                  "drops.")
    # Since round 21 (text21, verify/effect_flips.py) the claim is contradicted: the sentence
    # states the change and its effect, with the effect turned ("drops"); it never confirms.
    assert _status(papers, QA, RATIO) == Status.contradicted
    # "raising" is a direction word too (claims/vocabulary.py), so the change is read as one
    assert _status(papers, QA, "Raising the sampling weight of augmented data from 1:1:1 to "
                               "1:2:1 improves EM and F1.") != Status.confirmed


def test_without_the_effect_rule_the_ratio_claim_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "effect_unsaid", lambda *args: False)
    # text21's effect flip reads the same sentence as a contradiction: off with it.
    monkeypatch.setattr(sentence_reading, "effect_flip", lambda *args: False)
    text = ("Increasing the sampling weight of the augmented data from 1:1:1 to 1:2:1 improves "
            "EM and F1.")
    assert _status(papers, QA, text) == Status.confirmed


def test_without_the_ratio_rule_the_parts_match_another_sentence(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "ratio_mismatch", lambda *args: False)
    text = ("Increasing the sampling weight of augmented data from 1:1:1 to 1:2:1 improves both "
            "EM and F1.")
    claim = verify_on(papers, QA, [text])[0]
    assert claim.status == Status.confirmed
    assert "1.5/1.1" in explained(claim)


# --- content_words: "ensemble" is a setting -------------------------------------------------

def test_an_ensemble_claim_is_not_confirmed_by_a_paper_of_single_models(papers):
    assert _status(papers, QA, "As an ensemble, QANet reaches 84.6 F1 on the SQuAD test set.") \
        == Status.unverified


def test_without_ensemble_as_a_setting_the_single_model_confirms_it(papers, monkeypatch):
    monkeypatch.setattr(content, "_CONDITION_WORDS",
                        _CONDITION_WORDS - {"ensem", "ensemble", "ensembles"})
    text = "As an ensemble, QANet gets 84.6 F1 on the SQuAD test set."
    assert _status(papers, QA, text) == Status.confirmed


# --- verify/symbol_chains.py ----------------------------------------------------------------

def test_an_order_of_names_chained_with_signs_is_read_in_order(papers):
    assert chain_reordered("T-C > T-B > T-A", "order: T-A > T-B > T-C.")
    assert not chain_reordered("T-C < T-B < T-A", "order: T-A > T-B > T-C.")
    assert _status(papers, TL, "The improvements by the architectures follow the order "
                               "T-C > T-B > T-A.") == Status.unverified
    assert _status(papers, TL, "The improvements by the architectures follow the order "
                               "T-A > T-B > T-C.") == Status.confirmed


def test_without_the_chain_rule_the_reversed_order_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "chain_reordered", lambda *args: False)
    assert _status(papers, TL, "The improvements of the architectures follow the order "
                               "T-C > T-B > T-A.") == Status.confirmed


# --- verify/setting_mismatch.py -------------------------------------------------------------

def test_the_same_result_under_another_setting_decides_nothing(papers):
    claim = verify_on(papers, TL, ["Transferring from PTB to Genia gives a tagging accuracy of "
                                   "92% with 0.1 labels."])[0]
    assert claim.status == Status.unverified
    assert "setting" in explained(claim)
    assert _status(papers, TL, "Transferring from PTB to Genia gives a tagging accuracy of 92% "
                               "with only 0.001 labels.") == Status.confirmed


def test_without_the_setting_rule_the_claim_is_contradicted(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "other_setting", lambda *args: False)
    assert _status(papers, TL, "Transferring from PTB to Genia yields a tagging accuracy of 92% "
                               "with 0.1 labels.") == Status.contradicted


# --- verify/run_in_heads.py, verify/guards_per_unit.py --------------------------------------

YAHOO = "Each Yahoo! Answers class contains 140,000 training samples and 5,000 testing samples."


def test_a_sentence_under_another_datasets_head_decides_nothing(papers):
    assert _is_head("Yelp reviews.") and not _is_head("The fields used are title and content.")
    claim = verify_on(papers, CC, [YAHOO])[0]
    assert claim.status == Status.unverified
    assert "run-in head" in explained(claim)
    # the paragraph's own claims still read it
    assert _status(papers, CC, "The full Yelp dataset has 600,000 training samples in each "
                               "star.") != Status.confirmed


def test_without_the_head_rule_the_yahoo_claim_is_contradicted(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "other_head", lambda *args: False)
    # Probe21b's rule also keeps this contradiction away (a closer passage prints both
    # claimed numbers, verify/agreeing_passages.py): switched off too.
    monkeypatch.setattr(source_check, "agreeing_passage", lambda *args: None)
    # probe24b's setting numbers answered with another number (verify/setting_numbers.py):
    # "5,000 testing samples" against the paper's other count also withholds it: off too.
    from verify_claims.verify import setting_numbers  # noqa: PLC0415
    monkeypatch.setattr(setting_numbers, "SETTING_STATES", ("unknown",))
    text = "Each Yahoo! Answers class has 140,000 training samples and 5,000 testing samples."
    assert _status(papers, CC, text) == Status.contradicted


def test_a_count_in_each_class_is_not_a_tables_total(papers):
    claim = verify_on(papers, CC, ["The Yelp polarity dataset has 19,000 test samples in each "
                                   "polarity."])[0]
    assert claim.status == Status.unverified
    assert "per unit" in explained(claim)
    assert _status(papers, CC, "Yelp Review Polarity has 38,000 test samples.") \
        == Status.confirmed


def test_without_the_per_unit_guard_the_total_contradicts(papers, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_per_unit_counts", lambda *args: None)
    assert _status(papers, CC, "The Yelp polarity dataset holds 19,000 test samples in each "
                               "polarity.") == Status.contradicted


# --- content.measure_of: "the N most frequent X" --------------------------------------------

def test_the_most_frequent_ngrams_are_not_words(papers):
    assert _status(papers, CC, "The bag-of-words model selects the 500,000 most frequent words "
                               "from the training subset.") == Status.unverified
    assert _status(papers, CC, "The bag-of-words model selects the 50,000 most frequent words "
                               "from the training subset.") == Status.confirmed


def test_without_skipping_most_the_ngram_count_confirms_words(monkeypatch):
    monkeypatch.setattr(content, "_SUPERLATIVE_SKIP", frozenset())
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sides read anew
    assert _status(_fresh(CC), CC, "The bag-of-words model picks the 500,000 most frequent "
                                   "words from the training subset.") == Status.confirmed


# --- verify/unread_negations.py -------------------------------------------------------------

def test_a_negation_among_the_shared_words_withholds(papers):
    claim = verify_on(papers, CC, ["The semantics of the tasks play a role in deciding which "
                                   "method is better."])[0]
    assert claim.status == Status.unverified
    assert UNREAD in explained(claim)


def test_without_the_negation_rule_the_denied_claim_is_confirmed(papers, monkeypatch):
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    monkeypatch.setattr(sentence_reading, "unread_negation", lambda *args: False)
    assert _status(papers, CC, "Task semantics play a role in deciding which method is "
                               "better.") == Status.confirmed


# --- verify/guards_unsaid_absence.py ---------------------------------------------------------

def test_a_cell_silent_on_a_varied_condition_does_not_decide_its_absence(papers):
    assert absent_phrase("QANet trained without data augmentation scores 45.2") \
        == absent_phrase("data augmentation") | absent_phrase("without data augmentation")
    assert absent_phrase("QANet trained with data augmentation scores 45.2") == frozenset()
    claim = verify_on(papers, QA, ["On AddSent, QANet trained without data augmentation scores "
                                   "45.2 F1."])[0]
    assert claim.status == Status.unverified
    assert "condition the paper's tables vary" in explained(claim)
    assert _status(papers, QA, "On AddSent, QANet scores 45.2 F1.") == Status.confirmed


def test_without_the_unsaid_absence_guard_the_cell_confirms_it(papers, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_absent_conditions", lambda *args: None)
    assert _status(papers, QA, "On AddSent, the QANet trained without data augmentation scores "
                               "45.2 F1.") == Status.confirmed


def test_an_opening_name_heads_no_sentence_past_the_claims_subject():
    """Red team 2 (arXiv:2206.10883, page 4): "One exception is BookSum [35] ... However, it has
    far fewer samples (403) than Multi-LexSum does (4,500)" speaks of BookSum, whatever name
    opened the paragraph; the claim that BookSum has 4,500 samples (false) stays unverified,
    neither confirmed through a neighbour nor set aside for another subject's paragraph."""
    paper = {"2206.10883": _read_real("2206.10883", REDTEAM2_SOURCES)[0]}
    claim = verify_on(paper, "2206.10883", ["BookSum's books average 127,000 words, and "
                                            "BookSum has 4,500 samples."])[0]
    assert claim.status == Status.unverified
    assert "run-in head" not in explained(claim)
