"""Wrong verdicts found by red-teaming three papers the tool was never tuned on
(tests/real/redteam10, round 19), each fixed by a general rule and pinned here on the real
page; each rule's test also switches the rule off and sees the wrong verdict come back.
Planted tests use claim texts of their own (the claim's words are remembered per text).

Batch one (Hu et al., ARC-I / ARC-II, arXiv:1503.03244, 60 claims) gave two wrong verdicts:

- "The sentence completion models are trained on 3 million triples built from 600K positive
  pairs" (true, page 7) was contradicted by the same sentence's "tested on 50K positive pairs"
  (`guards_labelled_numbers.prints_claimed_count`);
- "ARC-I models have eight layers" (false: six, page 6) was confirmed by "ARC-II models for all
  tasks have eight layers ..., while ARC-I performs better with less layers"
  (`guards_sibling_variants`).

Batch two (Lau and Baldwin, doc2vec, arXiv:1607.05368v1, 67 claims) gave two:

- "dbow with randomly initialised word embeddings performs as well as with learned word
  embeddings" (false: "performance degrades severely", page 7) was confirmed by the sentences
  describing the setting (`guards_comparison_terms.parity_unsaid`; the nearby "dbow does not
  learn embeddings" also withholds it, `guards_negated_words.negated_nearby`);
- "dmpv sums the document and word vectors, as cbow does" (false: "not summed but
  concatenated", page 2) was confirmed by the cbow sentence and a neighbour naming dmpv
  (`guards_negated_words.negated_nearby`).

Batch three (Yin and Schuetze, Attentive Convolution, arXiv:1710.00519v1, 65 claims) gave
four:

- "The SNLI dev set has 9,824 pairs" (false: 9,842; 9,824 is test) was confirmed by "split
  549,367 / 9,842 / 9,824 into train/dev/test" (`guards_labelled_numbers.slash_owner`);
- "Tri-hidden states show an especially big benefit compared to uni-hidden states" (false)
  was confirmed by "uni-hidden states show especially big benefit compared to tri-hidden
  states" (`guards_comparison_terms.swapped_arguments`);
- "The cosine similarity between 'inside' and 'in' is .46 in word2vec" (false: .31) was
  confirmed by ".31 in word2vec, .46 in glove" (`guards_labelled_numbers.qualifier_owner`);
- "The convolution over the attentive context uses a filter width of 3" (false: 1) was
  confirmed by "standard convolution-without-attention over feature map H by filter width 3"
  (`guards_negated_words.absent_only`).

Batch four (40 claims over the three papers) gave one:

- "DLS is an unsupervised system" (false: supervised, page 4) was confirmed by "this system is
  supervised ..., whereas our methods are completely unsupervised" (`guards_turned_subjects`).

Batch five (46 claims over the three papers, 32 of them unverified) gave two:

- "Each subforum's 10M-pair test partition contains 22 true positive pairs" (unverified) was
  confirmed by "On average across all twelve subforums, there are 22 true positive pairs per
  10M question pairs" (doc2vec, page 3; `guards_count_scope.average_for_each`);
- "The SQuAD-AnSS test set has 10,570 questions" (unverified) was contradicted by "We derive
  448,307 question sentence pairs from squad-train" (Attentive Convolution, page 9;
  `guards_count_scope.modifier_counted`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_captions
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    clause_numbers,
    guards_comparison_terms,
    guards_count_scope,
    guards_labelled_numbers,
    guards_negated_words,
    guards_paired_sides,
    guards_sibling_variants,
    guards_siblings,
    guards_turned_subjects,
)
from verify_claims.verify.guards_comparison_terms import parity_unsaid, swapped_arguments
from verify_claims.verify.guards_count_scope import average_for_each, modifier_counted
from verify_claims.verify.guards_labelled_numbers import (
    prints_claimed_count,
    qualifier_owner,
    slash_owner,
)
from verify_claims.verify.guards_negated_words import absent_only
from verify_claims.verify.guards_sibling_variants import sibling_clause
from verify_claims.verify.guards_turned_subjects import turned_subject

REDTEAM10 = Path(__file__).resolve().parent / "real" / "redteam10" / "sources"
ARC = "1503.03244"  # Hu et al., convolutional matching ARC-I / ARC-II (2014)
D2V = "1607.05368"  # Lau and Baldwin, empirical evaluation of doc2vec (2016)
ATT = "1710.00519"  # Yin and Schuetze, Attentive Convolution (2017)


@pytest.fixture(scope="module")
def papers(redteam10_paper):
    return {stem: redteam10_paper(stem)[0] for stem in (ARC, D2V, ATT)}


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


# --- guards_labelled_numbers.prints_claimed_count -------------------------------------------

TRIPLES = ("URAE+MLP 25.76 All models are trained on 3 million triples (from 600K positive "
           "ARC-I 47.51 pairs), and tested on 50K positive pairs, each accompanied by ARC-II "
           "49.62 four negatives, with results shown in Table 1.")


def test_a_sentence_printing_the_claimed_count_of_the_noun_does_not_contradict_it(papers):
    claim = ("The sentence completion models are trained on 3 million triples built from 600K "
             "positive pairs.")
    assert prints_claimed_count(claim, "600K", TRIPLES)
    # the same number after another word may be another subject's: left alone
    assert not prints_claimed_count("BERT-Base has 340M parameters.", "340M",
                                    "BERTBASE contains 110M parameters and BERTLARGE contains "
                                    "340M parameters.")
    verified = verify_on(papers, ARC, [claim])[0]
    assert verified.status == Status.unverified
    # Read since round 32 (read32) without Table 1's cells in it, the sentence no longer sets
    # "600K" among the table's numbers; the claim is left unverified either way.
    assert verified.status != Status.contradicted, explained(verified)
    assert _status(papers, ARC, "The sentence completion models are tested on 50K positive "
                                "pairs.") == Status.confirmed
    # a phrase set aside ("instead of") is the rejected alternative: left alone
    assert not prints_claimed_count("The models were trained with asynchronous updates across "
                                    "32 GPUs.", "32", "we used synchronous parameter updates "
                                    "across four GPUs instead of asynchronous updates across 32 "
                                    "GPUs and ended training after 10 epochs.")
    # a count in a slash list is left to the list's labels: still contradicted
    assert _status(papers, ATT, "The Yelp test set has 500K review-star pairs.") \
        == Status.contradicted


def test_without_the_claimed_count_rule_the_training_pairs_are_contradicted(monkeypatch):
    # Since round 32 (read32) Table 1, wrapped in the prose, is read as a table and its cells
    # no longer run into the sentence; the sentence of round 19 is the one read without that
    # fix (extract/wrapped_tables.py switched off).
    monkeypatch.setattr(grid_captions, "wrapped_caption_spans", lambda *args: [])
    garbled = {ARC: parse_paper(read_document(REDTEAM10 / f"{ARC}.pdf"))}
    monkeypatch.setattr(guards_labelled_numbers, "prints_claimed_count", lambda *args: False)
    # Round 19's broader reading of a printed claimed number withholds it too (merged later).
    monkeypatch.setattr(guards_paired_sides, "prints_claimed", lambda *args: False)
    text = ("All sentence completion models are trained on 3 million triples built from 600K "
            "positive pairs.")
    assert _status(garbled, ARC, text) == Status.contradicted


# --- guards_labelled_numbers.slash_owner ----------------------------------------------------

SPLIT = ("Dataset: Stanford Natural Language Inference (SNLI, Bowman et al. (2015)), split "
         "549,367 / 9,842 / 9,824 into train/dev/test; sentence relation classes: entailment, "
         "contradiction, neutral.")


def test_a_slash_list_gives_each_number_to_its_own_label(papers):
    assert slash_owner("The SNLI dev set has 9,824 pairs.", SPLIT) == ("test", "dev")
    assert slash_owner("The SNLI dev set has 9,842 pairs.", SPLIT) is None
    assert slash_owner("SNLI has 9,824 test pairs.", SPLIT) is None
    verified = verify_on(papers, ATT, ["The SNLI dev set has 9,824 pairs."])[0]
    assert verified.status == Status.unverified
    # Since the merge with text19, the clause reader (clause_numbers) withholds it first.
    assert "\u201ctest\u201d" in explained(verified) or "in its own clause" in explained(verified)
    assert _status(papers, ATT, "The SNLI dev set has 9,842 pairs.") == Status.confirmed


def test_without_the_slash_rule_the_test_size_is_confirmed_for_dev(papers, monkeypatch):
    monkeypatch.setattr(guards_labelled_numbers, "slash_owner", lambda *args: None)
    # text19's clause reader (merged later) withholds it too: switched off as well.
    monkeypatch.setattr(clause_numbers, "other_clause", lambda *args: None)
    assert _status(papers, ATT, "The SNLI dev set contains 9,824 pairs.") == Status.confirmed


# --- guards_labelled_numbers.qualifier_owner ------------------------------------------------

COSINE = ("On the other hand, cosine similarity between \u201cinside\u201d and \u201cin\u201d is "
          "lower: .31 in word2vec, .46 in glove.")


def test_a_number_in_list_of_number_in_name_pairs_is_its_names(papers):
    claim = "The cosine similarity between 'inside' and 'in' is .46 in word2vec."
    assert qualifier_owner(claim, COSINE) == ("glove", "word2vec")
    assert qualifier_owner("The cosine similarity between 'inside' and 'in' is .46 in GloVe.",
                           COSINE) is None
    verified = verify_on(papers, ATT, [claim])[0]
    assert verified.status == Status.unverified
    assert _status(papers, ATT, "The cosine similarity between 'inside' and 'in' is .31 in "
                                "word2vec.") == Status.confirmed


def test_without_the_qualifier_rule_glove_s_number_is_confirmed_for_word2vec(papers,
                                                                             monkeypatch):
    monkeypatch.setattr(guards_labelled_numbers, "qualifier_owner", lambda *args: None)
    text = "The cosine similarity between 'inside' and 'in' is .46 in word2vec embeddings."
    assert _status(papers, ATT, text) == Status.confirmed


# --- guards_sibling_variants ----------------------------------------------------------------

LAYERS = ("ARC-II models for all tasks have eight layers (three for convolution, three for "
          "pooling, and two for MLP), while ARC-I performs better with less layers (two for "
          "convolution, two for pooling, and two for MLP) and more hidden nodes.")


def test_a_number_in_a_sibling_variant_s_clause_is_the_sibling_s(papers):
    assert sibling_clause("ARC-I models have eight layers.", LAYERS, "eight") == "ARC-II"
    assert sibling_clause("ARC-II models have eight layers.", LAYERS, "eight") is None
    assert sibling_clause("ARC models have eight layers.", LAYERS, "eight") is None
    verified = verify_on(papers, ARC, ["ARC-I models have eight layers."])[0]
    assert verified.status == Status.unverified
    # Its tables read (round 32), the paper lists ARC-II beside ARC-I, and the sibling-subject
    # guard (guards_siblings) withholds it first.
    assert "sibling" in explained(verified) or "tables list beside" in explained(verified)
    assert _status(papers, ARC, "ARC-II models have eight layers.") == Status.confirmed


def test_without_the_sibling_rule_arc_i_gets_arc_ii_s_layers(papers, monkeypatch):
    monkeypatch.setattr(guards_sibling_variants, "sibling_clause", lambda *args: None)
    # and the guard of subjects the tables list side by side, which catches it too since the
    # paper's tables are read (round 32)
    monkeypatch.setattr(guards_siblings, "other_subject", lambda *args: None)
    assert _status(papers, ARC, "ARC-I models have eight layers in all.") == Status.confirmed


# --- guards_negated_words.absent_only -------------------------------------------------------

WIDTH = ("The first is still standard convolution-without-attention over feature map Hx,n by "
         "filter width 3 over window (hx,ni\u22121, hx,ni , hx,ni+1).")


def test_a_word_printed_only_as_absent_supports_nothing(papers):
    claim = "The convolution over the attentive context uses a filter width of 3."
    assert absent_only(claim, WIDTH) == "attentive"
    assert absent_only("The convolution without attention uses a filter width of 3.",
                       WIDTH) is None
    assert absent_only("The standard convolution uses a filter width of 3.", WIDTH) is None
    verified = verify_on(papers, ATT, [claim])[0]
    assert verified.status == Status.unverified
    assert "only as absent" in explained(verified)


def test_without_the_absence_rule_the_attentive_width_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(guards_negated_words, "absent_only", lambda *args: None)
    text = "The convolution over the attentive context uses a filter width of 3 words."
    assert _status(papers, ATT, text) == Status.confirmed


# --- guards_negated_words.negated_nearby ----------------------------------------------------


def test_a_word_the_paper_negates_nearby_of_the_subject_is_not_confirmed(papers):
    verified = verify_on(papers, D2V, ["dmpv sums the document and word vectors, as cbow "
                                       "does."])[0]
    assert verified.status == Status.unverified
    assert "not summed" in explained(verified)
    # the passage's own sentence names cbow: its "summed vector" still confirms
    assert _status(papers, D2V, "cbow sums the input word vectors.") == Status.confirmed


def test_without_the_nearby_negation_rule_dmpv_sums(papers, monkeypatch):
    monkeypatch.setattr(guards_negated_words, "negated_nearby", lambda *args: None)
    text = "dmpv sums the document and the word vectors, as cbow does."
    assert _status(papers, D2V, text) == Status.confirmed


# --- guards_comparison_terms.swapped_arguments ----------------------------------------------

BENEFIT = ("Each component is found contributing to overall performance; uni-hidden states show "
           "especially big benefit compared to tri-hidden states.")


def test_arguments_swapped_around_compared_to_support_nothing(papers):
    claim = "Tri-hidden states show an especially big benefit compared to uni-hidden states."
    assert swapped_arguments(claim, BENEFIT)
    assert not swapped_arguments("Uni-hidden states show a big benefit compared to tri-hidden "
                                 "states.", BENEFIT)
    verified = verify_on(papers, ATT, [claim])[0]
    assert verified.status == Status.unverified
    assert "other way round" in explained(verified)
    assert _status(papers, ATT, "Uni-hidden states show an especially big benefit compared to "
                                "tri-hidden states.") == Status.confirmed


def test_without_the_argument_order_rule_the_swapped_benefit_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(guards_comparison_terms, "swapped_arguments", lambda *args: False)
    text = "Tri-hidden states show an especially big benefit compared to the uni-hidden states."
    assert _status(papers, ATT, text) == Status.confirmed


# --- guards_comparison_terms.parity_unsaid --------------------------------------------------

PARITY = ("dbow with randomly initialised word embeddings performs as well as with learned word "
          "embeddings.")


def test_a_claim_of_parity_needs_a_word_of_parity(papers):
    assert parity_unsaid(PARITY, "Even though dbow can in theory work with randomised word "
                                 "embeddings, we found that performance degrades severely "
                                 "under this setting.")
    assert not parity_unsaid(PARITY, "In some STS domains word2vec performs just as well as "
                                     "doc2vec.")
    assert not parity_unsaid("dbow uses randomly initialised word embeddings.", "anything")
    assert _status(papers, D2V, PARITY) == Status.unverified


def test_without_the_parity_rule_only_the_nearby_negation_withholds(papers, monkeypatch):
    monkeypatch.setattr(guards_comparison_terms, "parity_unsaid", lambda *args: False)
    text = ("dbow with randomly initialised word embeddings performs as well as with its "
            "learned word embeddings.")
    assert _status(papers, D2V, text) == Status.unverified  # negated_nearby: "does not learn"
    monkeypatch.setattr(guards_negated_words, "negated_nearby", lambda *args: None)
    assert _status(papers, D2V, text + " ") == Status.confirmed


# --- guards_turned_subjects -----------------------------------------------------------------

SUPERVISED = ("Note, however, that this system is supervised and highly customised to the task, "
              "whereas our methods are completely unsupervised.")


def test_a_word_said_after_a_turn_to_another_subject_supports_nothing(papers):
    assert turned_subject("DLS is an unsupervised system.", [SUPERVISED]) == "unsupervised"
    assert turned_subject("Our methods are completely unsupervised.", [SUPERVISED]) is None
    assert turned_subject("DLS is a supervised system.", [SUPERVISED]) is None
    verified = verify_on(papers, D2V, ["DLS is an unsupervised system."])[0]
    assert verified.status == Status.unverified
    assert "only after a turn" in explained(verified)


def test_without_the_turn_subject_rule_dls_is_unsupervised(papers, monkeypatch):
    monkeypatch.setattr(guards_turned_subjects, "turned_subject", lambda *args: None)
    assert _status(papers, D2V, "DLS is an unsupervised system .") == Status.confirmed


# --- guards_count_scope.average_for_each ----------------------------------------------------

AVERAGE = ("On average across all twelve subforums, there are 22 true positive pairs per 10M "
           "question pairs.")


def test_an_average_is_no_single_item_s_value(papers):
    claim = "Each subforum's 10M-pair test partition contains 22 true positive pairs."
    assert average_for_each(claim, AVERAGE, "22")
    assert not average_for_each("On average, each subforum has 22 true positive pairs per 10M "
                                "question pairs.", AVERAGE, "22")
    assert not average_for_each("There are 22 true positive pairs per 10M question pairs.",
                                AVERAGE, "22")
    assert not average_for_each("Each configuration is run with five random seeds.",
                                "Each configuration is run with five random seeds and we "
                                "report the mean.", "five")
    verified = verify_on(papers, D2V, [claim])[0]
    assert verified.status == Status.unverified
    assert "average" in explained(verified)
    assert _status(papers, D2V, "On average across the subforums there are 22 true positive "
                                "pairs per 10M question pairs.") == Status.confirmed


def test_without_the_average_rule_each_subforum_gets_the_average(papers, monkeypatch):
    monkeypatch.setattr(guards_count_scope, "average_for_each", lambda *args: False)
    text = "Each subforum's 10M-pair test partition holds 22 true positive pairs."
    assert _status(papers, D2V, text) == Status.confirmed


# --- guards_count_scope.modifier_counted ----------------------------------------------------

DERIVED = ("We derive 448,307 question sentence pairs from squad-train and split them into train "
           "(400,000) and dev (48,307).")


def test_a_count_of_pairs_is_no_count_of_what_modifies_them(papers):
    claim = "The SQuAD-AnSS test set has 10,570 questions."
    assert modifier_counted(claim, "10,570", DERIVED, "448,307") == "pairs"
    assert modifier_counted("The SQuAD-AnSS training data has 10,570 question sentence pairs.",
                            "10,570", DERIVED, "448,307") is None
    assert modifier_counted("SciDocs consists of nine tasks.", "nine",
                            "SciDocs has seven tasks ranging from citation prediction to "
                            "classification.", "seven") is None
    verified = verify_on(papers, ATT, [claim])[0]
    assert verified.status == Status.unverified
    assert "counts \u201cpairs\u201d" in explained(verified)


def test_without_the_counted_head_rule_pairs_contradict_questions(papers, monkeypatch):
    monkeypatch.setattr(guards_count_scope, "modifier_counted", lambda *args: None)
    text = "The SQuAD-AnSS test set has 10,570 questions in all."
    assert _status(papers, ATT, text) == Status.contradicted
