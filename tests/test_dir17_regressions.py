"""Direction and negation read in other words (round 17, helper dir17; issue 11), each rule
pinned on the real page with the rule switched off.

- verify/statement_clause.py: "We observe that morphological information significantly
  improves the syntactic tasks; our approach outperforms the baselines" (arXiv:1607.04606,
  page 5 of tests/real/redteam7/sources) denies "Morphological information does not help on
  syntactic analogies". The comparison of its second clause made the whole sentence a
  comparison, and a plain claim was never read as flipped by it.
- verify/repeated_pairs.py: VILA's Table 3 (arXiv:2106.00676, page 2 of
  tests/real/redteam4/sources: DocBank / Macro F1, H-VILA(Text Line) 91.27, H-VILA(Text Block)
  87.78) and the appendix's DocBank breakdown print the same pair; a claim ordering the two
  was left undecided because it named two pairs.
- verify/flip_subjects.py (two WRONG verdicts of main on claims labelled from the pages):
  "Morphological information does not help for semantic analogies" (true: page 5, "In
  contrast, it does not help for semantic questions") was contradicted by "using larger
  n-grams helps for semantic analogies", said of another subject; "On DocBank, H-VILA (Text
  Line) beats H-VILA (Text Block) in Macro F1" (true: 91.27 against 87.78) was contradicted by
  "performing block level classification may sometimes lead to worse results", the claim's
  comparison being unread.

- claims/vocabulary.py: "impairs", "deteriorates", "lags (behind)", "trails", "harm",
  "enhances" read as directions: "Morphological information impairs the syntactic tasks" is
  contradicted by the same page 5 sentence, "... enhances ..." confirmed.

Each planted check uses a claim text of its own: ClaimWords memoises per claim text.
"""

from __future__ import annotations

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.claims.vocabulary import DECREASE_WORDS, INCREASE_WORDS
from verify_claims.extract import polarity
from verify_claims.extract.polarity import statement_polarity as statement_polarity_of
from verify_claims.verify import cell_arithmetic, sentence_reading, statement_polarity, wording
from verify_claims.verify.content import Part
from verify_claims.verify.flip_subjects import comparison_unread, subject_lacking
from verify_claims.verify.repeated_pairs import repeated_order
from verify_claims.verify.statement_clause import plain_statement

FT = "1607.04606"
VILA = "2106.00676"


@pytest.fixture(scope="module")
def papers(redteam7_paper, redteam4_paper):
    return {FT: redteam7_paper(FT)[0], VILA: redteam4_paper(VILA)[0]}


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


# --- verify/statement_clause.py ----------------------------------------------------------------

MORPH = ("We observe that morphological information significantly improves the syntactic "
         "tasks; our approach outperforms the baselines.")


def test_the_statement_clause_compares_nothing():
    assert plain_statement("Morphological information does not help on syntactic analogies.",
                           MORPH, "increase", False)
    # A claim word printed only in the comparing clause: that clause may be the claim's.
    assert not plain_statement("Our approach does not help on syntactic analogies.", MORPH,
                               "increase", False)
    assert not plain_statement("X does not help.", "A outperforms B on syntactic tasks.",
                               "increase", False)


def test_a_denial_of_the_first_clause_is_contradicted(papers):
    claim = verify_on(papers, FT, ["Morphological information does not help on syntactic "
                                   "analogies."])[0]
    assert claim.status == Status.contradicted
    assert "significantly improves the syntactic tasks" in explained(claim)
    # Its affirmative twin is confirmed by the same sentence, and the paper's own denial for
    # semantic questions is not read as a flip.
    assert _status(papers, FT, "Morphological information helps on syntactic analogy tasks.") \
        == Status.confirmed
    assert _status(papers, FT, "Morphological information does not help on semantic "
                               "questions.") != Status.contradicted


def test_without_the_rule_the_denial_is_undecided(papers, monkeypatch):
    monkeypatch.setattr(statement_polarity, "plain_statement", lambda *args: False)
    assert _status(papers, FT, "Morphological information does not improve the syntactic "
                               "tasks.") == Status.unverified


# --- verify/repeated_pairs.py ------------------------------------------------------------------


def test_agreeing_pairs_only():
    assert repeated_order([3.49, 3.49]) and repeated_order([-1.0, -0.5])
    assert not repeated_order([1.0, -1.0]) and not repeated_order([])


def test_a_pair_printed_twice_decides_the_order(papers):
    wrong = verify_on(papers, VILA, ["On DocBank, the text-block H-VILA beats the text-line "
                                     "H-VILA in Macro F1."])[0]
    assert wrong.status == Status.contradicted
    assert "87.78" in explained(wrong) and "91.27" in explained(wrong)
    assert _status(papers, VILA, "On DocBank, the text-line H-VILA beats the text-block H-VILA "
                                 "in Macro F1.") == Status.confirmed


def test_without_the_rule_two_pairs_decide_nothing(papers, monkeypatch):
    monkeypatch.setattr(cell_arithmetic, "repeated_order", lambda gaps: len(gaps) == 1
                        and repeated_order(gaps))
    assert _status(papers, VILA, "On DocBank, the line-level H-VILA beats the block-level "
                                 "H-VILA in Macro F1.") == Status.unverified


# --- verify/flip_subjects.py -------------------------------------------------------------------


def test_the_subject_and_the_comparison_tests():
    morph = Part(role="word", text="Morphological", term="morph")
    assert subject_lacking("Morphological information does not help for semantic analogies.",
                           "On analogy tasks, we observe that using larger n-grams helps for "
                           "semantic analogies.", [morph])
    # Held by the passage (a pronoun in the sentence, the name in its neighbours): no block.
    assert not subject_lacking("Morphological information does not help for semantic "
                               "analogies.", "It helps for semantic analogies.", [])
    assert not subject_lacking("Intermediate training on SQuAD does not help TyDiQA.",
                               "TyDiQA benefits most from SQuAD, which raises its F1 by 4.9 "
                               "points.", [Part(role="word", text="training", term="train")])
    assert comparison_unread("On DocBank, H-VILA (Text Line) beats H-VILA (Text Block).", None)
    assert not comparison_unread("On DocBank, block-level H-VILA performs worse.", None)


def test_a_flip_said_of_another_subject_does_not_contradict(papers):
    claim = verify_on(papers, FT, ["Morphological information does not help for semantic "
                                   "analogies."])[0]
    assert claim.status != Status.contradicted


def test_without_the_subject_test_the_true_claim_is_contradicted(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "subject_lacking", lambda *args: False)
    assert _status(papers, FT, "Morphological information does not help for the semantic "
                               "analogies.") == Status.contradicted


def test_an_unread_comparison_is_not_flipped(papers):
    assert _status(papers, VILA, "On DocBank, H-VILA (Text Line) beats H-VILA (Text Block) in "
                                 "Macro F1.") == Status.confirmed
    assert _status(papers, VILA, "On DocBank, H-VILA (Text Block) beats H-VILA (Text Line) in "
                                 "Macro F1.") == Status.contradicted


def test_without_the_comparison_test_the_true_claim_is_contradicted(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "comparison_unread", lambda *args: False)
    assert _status(papers, VILA, "On DocBank, H-VILA (Text Line) outperforms H-VILA (Text "
                                 "Block) in Macro F1.") == Status.contradicted


# --- claims/vocabulary.py: the field's verbs of a gain or a loss -------------------------------

NEW_UP = frozenset(("enhance", "enhances", "enhanced", "enhancing", "enhancement",
                    "enhancements"))
NEW_DOWN = frozenset(("lag", "lags", "lagged", "lagging", "trails", "trailed", "harm", "harming",
                      "deteriorate", "deteriorates", "deteriorated", "deteriorating",
                      "deterioration", "impair", "impairs", "impaired", "impairing"))


def test_verbs_of_the_lexicon_read_as_directions():
    assert NEW_UP <= INCREASE_WORDS and NEW_DOWN <= DECREASE_WORDS
    assert statement_polarity_of("Pretraining impairs transfer to NER.") == ("decrease", False)
    assert statement_polarity_of("Pretraining does not enhance NER.") == ("increase", True)


def test_a_loss_verb_against_the_papers_gain_is_contradicted(papers):
    claim = verify_on(papers, FT, ["Morphological information impairs the syntactic tasks."])[0]
    assert claim.status == Status.contradicted
    assert "reports an increase where the claim reports a decrease" in explained(claim)
    assert "significantly improves the syntactic tasks" in claim.checks[0].evidence[0].quote
    assert _status(papers, FT, "Morphological information enhances the syntactic tasks.") \
        == Status.confirmed


def test_without_the_new_verbs_the_loss_is_undecided(papers, monkeypatch):
    monkeypatch.setattr(polarity, "DECREASE_WORDS", DECREASE_WORDS - NEW_DOWN)
    monkeypatch.setattr(polarity, "INCREASE_WORDS", INCREASE_WORDS - NEW_UP)
    monkeypatch.setattr(wording, "RELATION_WORDS", {
        word: cls for word, cls in wording.RELATION_WORDS.items()
        if word not in NEW_UP | NEW_DOWN})
    wording.relation_of.cache_clear()
    try:
        assert _status(papers, FT, "Morphological information impairs syntactic tasks.") \
            == Status.unverified
    finally:
        wording.relation_of.cache_clear()
