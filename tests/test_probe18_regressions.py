"""Wrong verdicts found by red-teaming three sentence-embedding papers the tool was never tuned
on (tests/real/redteam9, round 18), each fixed by a general rule and pinned here on the real
page; each rule's test also switches the rule off and sees the wrong verdict come back.
Planted tests use claim texts of their own (the claim's words are remembered per text).

Batch one (Universal Sentence Encoder, arXiv:1803.11175v2, 45 claims) gave one wrong decisive
verdict, and the fix of the reader's "USE_T" tried on it showed a second:

- "The DAN model's memory usage grows quadratically with sentence length" (false: constant)
  was confirmed by "... memory usage for the transformer model increases quickly with sentence
  length, while the memory usage for the DAN model remains constant" (page 6): the statement is
  the first clause's, the claim's "DAN" is after the "while" (`verify/contrast_directions.py`);
- "With 1k SST training examples, USE_T reaches 84.85" (true, Table 3), with "USE_T" read as
  the table's "USE T", was contradicted by Table 1's SST training size, 67,349, against the
  claim's "1k", the setting of the result, while no cell was read for the result
  (`verify/table_settings.py`); pinned with "the transformer encoder" (USE_T), which the
  reader finds in no row either.

Batch two (Adi et al., arXiv:1608.04207v3, 52 claims) gave two:

- "Replacing each word by a random word leads to a large drop in CBOW length accuracy" (false)
  was confirmed by "this only leads to a slight decrease in accuracy" (page 6): degree words
  are generic, so the grade was never compared (`verify/change_degrees.py`);
- "The auxiliary task classifiers are optimized with Adam" (false: AdaGrad) was confirmed by
  "We tried ... different optimization techniques (AdaGrad, AdaDelta and Adam)" (page 11): a
  list of options tried (`verify/tried_options.py`).

Batches three (Wieting et al., arXiv:1511.08198v3, 52 claims) and four (28 claims over the
three papers) gave none. Batch five (20 unverified claims) gave two:

- "Training the auxiliary task classifiers takes approximately 10 days" (unverified: 10 days
  is the encoder-decoder's) was confirmed by "... we trained the encoder-decoder models ...;
  training takes approximately 10 days ..." (Adi et al., page 11) joined with its neighbour,
  which opens another appendix part under a heading in small capitals that the reader drops
  ("PREDICTION TASKS", left for a later round), and the title and abstract lend "auxiliary",
  "task", "classifier"; what the sentence trains is not what the claim trains
  (`verify/verb_objects.py`);
- "The iRNN reaches 60.3 on the Pavlick et al. oracle with MAX sampling" (unverified: MIX and
  MAX were tuned over) was confirmed by Table 3's cell (page 8), which prints nothing of
  sampling (`verify/guards_with_phrases.py`).
"""

from __future__ import annotations

import pytest
from conftest import REDTEAM9_SOURCES, _read_real
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import guard_chain, sentence_reading, table_check
from verify_claims.verify.change_degrees import degree_clash
from verify_claims.verify.contrast_directions import straddles_direction_turn
from verify_claims.verify.guards_with_phrases import unsaid, with_phrases
from verify_claims.verify.tried_options import tried_option
from verify_claims.verify.verb_objects import other_object

USE = "1803.11175"  # Cer et al., Universal Sentence Encoder (2018)
ADI = "1608.04207"  # Adi et al., auxiliary prediction tasks (ICLR 2017)
WIE = "1511.08198"  # Wieting et al., paraphrastic sentence embeddings (ICLR 2016)


@pytest.fixture(scope="module")
def papers(redteam9_paper):
    return {stem: redteam9_paper(stem)[0] for stem in (USE, ADI, WIE)}


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


def _fresh(stem: str):
    """The paper parsed anew: a rule switched off must not find sides read with it on."""
    return {stem: _read_real(stem, REDTEAM9_SOURCES)[0]}


# --- verify/contrast_directions.py ----------------------------------------------------------

MEMORY = ("Similar to compute usage, memory usage for the transformer model increases quickly "
          "with sentence length, while the memory usage for the DAN model remains constant.")


def test_a_claim_straddling_a_turn_of_direction_is_not_read_by_the_first_clause(papers):
    claim = "The DAN model's memory usage grows quadratically with sentence length."
    assert straddles_direction_turn(claim, "increase", MEMORY)
    assert not straddles_direction_turn("Memory usage for the transformer model increases "
                                        "with sentence length.", "increase", MEMORY)
    verified = verify_on(papers, USE, [claim])[0]
    assert verified.status == Status.unverified
    assert _status(papers, USE, "Memory usage for the transformer model increases quickly "
                                "with sentence length.") == Status.confirmed


def test_without_the_turn_rule_the_dan_claim_is_confirmed(monkeypatch):
    monkeypatch.setattr(sentence_reading, "straddles_direction_turn", lambda *args: False)
    text = "The DAN model's memory usage grows quadratically with the sentence length."
    assert _status(_fresh(USE), USE, text) == Status.confirmed


# --- verify/table_settings.py ---------------------------------------------------------------

SETTING = "With 1k SST training examples, the transformer encoder reaches 84.85."


def test_a_cell_disputing_only_the_setting_of_a_result_decides_nothing(papers):
    claim = verify_on(papers, USE, [SETTING])[0]
    assert claim.status == Status.unverified
    assert "setting" in explained(claim)
    # a count claimed for itself is still contradicted by the cell
    assert _status(papers, USE, "The SST training set has 1k examples.") == Status.contradicted


def test_without_the_setting_rule_the_training_size_contradicts(monkeypatch):
    monkeypatch.setattr(table_check, "setting_disputed", lambda *args: False)
    text = "With 1k SST training examples, the transformer encoder reaches 84.85 points."
    assert _status(_fresh(USE), USE, text) == Status.contradicted


# --- verify/change_degrees.py ---------------------------------------------------------------

SLIGHT = ("As Figure 2a shows, this only leads to a slight decrease in accuracy, indicating that "
          "the identity of the words is not the main component in CBOW's success at predicting "
          "length.")


def test_a_large_drop_is_not_confirmed_by_a_slight_decrease(papers):
    claim = "Replacing each word by a random word leads to a large drop in CBOW length accuracy."
    assert degree_clash(claim, SLIGHT)
    assert not degree_clash("Random words lead to a slight decrease in CBOW length accuracy.",
                            SLIGHT)
    assert not degree_clash("Random words lower CBOW length accuracy.", SLIGHT)
    verified = verify_on(papers, ADI, [claim])[0]
    assert verified.status == Status.unverified
    assert "grades the change" in explained(verified)
    assert _status(papers, ADI, "Replacing each word by a random word leads to a slight "
                                "decrease in CBOW length accuracy.") == Status.confirmed


def test_without_the_degree_rule_the_large_drop_is_confirmed(monkeypatch):
    monkeypatch.setattr(sentence_reading, "degree_clash", lambda *args: False)
    text = "Replacing every word by a random word leads to a large drop in CBOW length accuracy."
    assert _status(_fresh(ADI), ADI, text) == Status.confirmed


# --- verify/tried_options.py ----------------------------------------------------------------

TRIED = ("We tried different learning rates (0.1, 0.01, 0.001), dropout rates (0.1, 0.3, 0.5, "
         "0.8) and different optimization techniques (AdaGrad, AdaDelta and Adam).")


def test_an_option_tried_is_not_the_one_used(papers):
    claim = "The auxiliary task classifiers are optimized with Adam."
    assert tried_option(claim, TRIED)
    assert not tried_option("They tried Adam among other optimizers.", TRIED)
    assert not tried_option(claim, "We optimize the log-likelihood using AdaGrad.")
    # settings with numbers are no options, and a participle far before a list tries nothing
    assert not tried_option("The largest Transformer of Vaswani et al. (L=6, H=1024, A=16) "
                            "has 100M parameters.", "For example, the largest Transformer "
                            "explored in Vaswani et al. (2017) is (L=6, H=1024, A=16) with 100M "
                            "parameters for the encoder.")
    verified = verify_on(papers, ADI, [claim])[0]
    assert verified.status == Status.unverified
    assert "options the authors tried" in explained(verified)
    assert _status(papers, ADI, "The auxiliary task classifiers are optimized with "
                                "AdaGrad.") == Status.confirmed


def test_without_the_tried_rule_the_adam_claim_is_confirmed(monkeypatch):
    monkeypatch.setattr(sentence_reading, "tried_option", lambda *args: False)
    # round 26's sibling qualifiers (probe26b) withhold it too: off.
    monkeypatch.setattr(guard_chain, "guard_sibling_qualifiers", lambda *args: None)
    text = "The auxiliary task classifiers are optimized with Adam as optimizer."
    assert _status(_fresh(ADI), ADI, text) == Status.confirmed


# --- verify/verb_objects.py -----------------------------------------------------------------

TRAINED = ("Based on the tuned parameters, we trained the encoder-decoder models on a single GPU "
           "(NVIDIA Tesla K40), with mini-batches of 32 sentences, learning rate of 0.01, "
           "dropout rate of 0.1, and the AdaGrad optimizer; training takes approximately 10 "
           "days and is stopped after 5 epochs with no loss improvement on a validation set.")


def test_what_a_sentence_trains_is_what_its_numbers_are_about(papers):
    claim = "Training the auxiliary task classifiers takes approximately 10 days."
    assert other_object(claim, TRAINED)
    assert not other_object("Training the encoder-decoder models takes about 10 days.", TRAINED)
    assert not other_object("Training takes approximately 10 days.", TRAINED)
    verified = verify_on(papers, ADI, [claim])[0]
    assert verified.status == Status.unverified
    assert "another thing" in explained(verified)


def test_without_the_object_rule_the_classifier_claim_is_confirmed(monkeypatch):
    monkeypatch.setattr(sentence_reading, "other_object", lambda *args: False)
    text = "Training the auxiliary task classifiers takes roughly 10 days."
    assert _status(_fresh(ADI), ADI, text) == Status.confirmed


# --- verify/guards_with_phrases.py ----------------------------------------------------------

def test_a_with_phrase_no_label_prints_leaves_the_cell_undecided(papers):
    claim = "The iRNN reaches 60.3 on the Pavlick et al. oracle with MAX sampling."
    assert with_phrases(claim) == [("MAX", "sampling")]
    assert with_phrases("Compared with GloVe, PP reaches 58.7.") == []
    assert with_phrases("RoBERTa labels entries with a precision of 96.3.") == []
    # a phrase said by the cell's labels in another form decides as before
    assert not unsaid(("text", "lines"), "H-VILA(Text Line) Macro F1", "")
    assert not unsaid(("frozen", "BERT"), "BERT-frozen+ INLP (rank 100)", "")
    assert unsaid(("MAX", "sampling"), "iRNN Pavlick et al. (oracle)",
                  "we include the oracle result (the max Spearman's rho on the dataset)")
    verified = verify_on(papers, WIE, [claim])[0]
    assert verified.status == Status.unverified
    assert "sampl" in explained(verified)
    assert _status(papers, WIE, "The iRNN reaches 60.3 on the Pavlick et al. "
                                "oracle.") == Status.confirmed


def test_without_the_with_rule_the_sampling_claim_is_confirmed(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_with_phrases", lambda *args: None)
    text = "The iRNN reaches 60.3 on the Pavlick et al. oracle with random sampling."
    assert _status(_fresh(WIE), WIE, text) == Status.confirmed
