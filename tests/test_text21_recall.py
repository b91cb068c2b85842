"""Round 21 (branch text21): general readings of how papers write text claims, each pinned on
the real page with the rule switched off (a planted bug).

- A change and its effect said with one of the two directions turned ("the embedding norm
  increases as sentences grow longer" against "the embedding norm decreases as sentences grow
  longer", Adi et al., arXiv:1608.04207, p.6; "increasing the sampling weight ... improves EM
  and F1" against "... the EM/F1 performance drops by 0.5/0.3", QANet, arXiv:1804.09541,
  p.9) is a contradiction (verify/effect_flips.py);
- a section heading wrapped onto a second line keeps the whole title ("3.2. Beyond One
  Sentence: Sentiment Analysis with" / "IMDB dataset", Le and Mikolov, arXiv:1405.4053, p.5),
  so the section's claims about IMDB find IMDB (extract/wrapped_headings.py);
- with the section's data set found, two older gaps opened, each closed by a general rule: a
  one-column table flattened into text with citations in its row labels ("NBSVM-bi (Wang &
  Manning, 2012) 8.78%") gives its number to its own row only
  (verify/guards_flattened_rows.py `other_label`), and a claim about the development data is
  decided only in a section that names such a split (verify/guards_passage_splits.py);
- an adverb of manner and the participle it qualifies are no measure ("300-dimensional
  publicly available GloVe embeddings", arXiv:1710.00519, p.7: verify/content.py
  `measure_of`); a value listed after another with only a comma or a conjunction has the
  list's label ("select learning rate among {0.1, 0.01, 0.001, 0.0001}", P16-1200, p.6:
  verify/shown_words.py `labels`);
- of two predicates joined by "and is" the first is the statement ("matrix inversion does not
  increase running speed over the simpler attention mechanism and is considerably faster
  compared to inside-outside", arXiv:1705.09207, p.7: verify/statement_clause.py), so its
  negation is read although the second compares.

Planted tests use claim texts of their own (the claim's words are remembered per text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import _papers_of
from probe_verdicts import read_before_round32, verify_on

from verify_claims.claims import Status
from verify_claims.extract import paper as paper_module
from verify_claims.extract.quantities import parse_quantities
from verify_claims.extract.wrapped_headings import continues_title
from verify_claims.verify import (
    content,
    guard_chain,
    guards_flattened_rows,
    sentence_reading,
    shown_words,
    side_memo,
    statement_clause,
)
from verify_claims.verify.effect_flips import effect_flip
from verify_claims.verify.memo import Memo

REAL = Path(__file__).resolve().parent / "real"
SOURCES = {"1608.04207": REAL / "redteam9" / "sources",
           "1804.09541": REAL / "redteam8" / "sources",
           "1405.4053": REAL / "redteam11" / "sources"}


@pytest.fixture(scope="module")
def papers():
    # Le and Mikolov as read before round 32 (its tables flattened into the prose): the
    # guards pinned here read that text (probe_verdicts.read_before_round32).
    return {stem: read_before_round32(folder / f"{stem}.pdf") if stem == "1405.4053"
            else _papers_of(folder)(stem)[0] for stem, folder in SOURCES.items()}


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


class _Claim:
    def __init__(self, text: str) -> None:
        self.text, self.negated = text, False


# --- effect_flips ----------------------------------------------------------------------------

NORM = "Indeed, Figure 2b shows that the embedding norm decreases as sentences grow longer."


def test_one_turned_direction_of_two_is_a_flip():
    assert effect_flip(_Claim("The embedding norm increases as sentences grow longer."), NORM)
    # both turned: perhaps the same inverse relation; neither is read
    assert not effect_flip(_Claim("The embedding norm increases as sentences shrink."), NORM)
    # the same two directions: no flip
    assert not effect_flip(_Claim("The embedding norm decreases as sentences grow longer."),
                           NORM)
    # the words around the directions must line up
    assert not effect_flip(_Claim("Longer sentences grow as the embedding norm increases."),
                           NORM)
    # a negation on either side is not read here
    assert not effect_flip(_Claim("The embedding norm increases as sentences grow longer."),
                           "The embedding norm does not decrease as sentences grow longer.")


def test_a_turned_effect_is_contradicted_on_the_page(papers):
    assert _status(papers, "1608.04207", "The embedding norm increases as sentences grow "
                                         "longer.") == Status.contradicted
    assert _status(papers, "1608.04207", "The embedding norm decreases as sentences grow "
                                         "longer.") == Status.confirmed
    assert _status(papers, "1804.09541", "Increasing the sampling weight of augmented data "
                   "from 1:1:1 to 1:2:1 improves EM and F1.") == Status.contradicted
    assert _status(papers, "1804.09541", "Increasing the sampling weight of augmented data "
                   "from 1:1:1 to 1:2:1 lowers EM and F1.") == Status.confirmed


def test_without_effect_flips_the_turned_effects_stay_unverified(papers, monkeypatch):
    monkeypatch.setattr(sentence_reading, "effect_flip", lambda claim, sentence: False)
    assert _status(papers, "1608.04207", "The norm of the embedding increases as sentences "
                                         "grow longer.") == Status.unverified
    assert _status(papers, "1804.09541", "Increasing the sampling weight of the augmented "
                   "data from 1:1:1 to 1:2:1 improves EM and F1.") == Status.unverified


# --- wrapped_headings ------------------------------------------------------------------------

def test_a_title_ending_on_a_function_word_continues():
    assert continues_title("3.2. Beyond One Sentence: Sentiment Analysis with", "IMDB dataset")
    assert not continues_title("3.2. Sentiment Analysis", "IMDB dataset")
    assert not continues_title("3.2. Experiments with", "We train the models on the data.")
    assert not continues_title("3.2. Experiments with",
                               "a line of running text that is much longer than a title")


def test_the_wrapped_title_names_its_sections_data_set(papers):
    titles = [section.title for section in papers["1405.4053"].sections]
    assert "3.2. Beyond One Sentence: Sentiment Analysis with IMDB dataset" in titles
    assert _status(papers, "1405.4053", "On IMDB, the optimal window size is 10 "
                                        "words.") == Status.confirmed
    assert _status(papers, "1405.4053", "The IMDB dataset has 25,000 labeled test "
                                        "instances.") == Status.confirmed
    assert _status(papers, "1405.4053", "On IMDB, the optimal window size is 12 "
                                        "words.") == Status.contradicted


def test_without_the_continuation_the_title_loses_imdb(monkeypatch):
    monkeypatch.setattr(paper_module, "continues_title", lambda title, line: False)
    paper = _papers_of(SOURCES["1405.4053"])("1405.4053")[0]  # parsed again, rule off
    titles = [section.title for section in paper.sections]
    assert "3.2. Beyond One Sentence: Sentiment Analysis with IMDB dataset" not in titles
    assert _status({"1405.4053": paper}, "1405.4053", "In IMDB, the optimal window size is 10 "
                                                      "words.") == Status.unverified


# --- guards_flattened_rows.other_label, guards_passage_splits ---------------------------------

def test_a_flattened_rows_number_is_its_own_rows(papers):
    for text in ("On IMDB, NBSVM-uni reaches an error rate of 8.78%.",
                 "Full+BoW has an error rate of 11.11% on IMDB.",
                 "Paragraph Vector reaches an error rate of 7.42% on the IMDB validation set."):
        assert _status(papers, "1405.4053", text) == Status.unverified, text
    assert _status(papers, "1405.4053", "On IMDB, NBSVM-bi reaches an error rate of "
                                        "8.78%.") == Status.confirmed
    assert _status(papers, "1405.4053", "Paragraph Vector reaches an error rate of 7.42% on "
                                        "the IMDB test set.") == Status.confirmed


def test_without_other_label_the_neighbour_row_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(guards_flattened_rows, "other_label", lambda *args: None)
    assert _status(papers, "1405.4053", "On the IMDB data, NBSVM-uni reaches an error rate of "
                                        "8.78%.") == Status.confirmed


def test_without_the_split_guard_the_test_result_is_confirmed_for_validation(papers,
                                                                              monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unprinted_splits", lambda *args: None)
    assert _status(papers, "1405.4053", "Paragraph Vector has an error rate of 7.42% on the "
                                        "IMDB validation set.") == Status.confirmed


# --- content.measure_of: an adverb and the word it qualifies; shown_words.labels: lists ----

ATTENTIVE = REAL / "redteam10" / "sources"
LIN = REAL / "redteam7" / "sources"


def _fresh(monkeypatch, folder: Path, stem: str) -> dict:
    """The paper parsed again, with no sentence preparation remembered from other tests."""
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))
    return {stem: _papers_of(folder)(stem)[0]}


def test_an_adverb_and_its_participle_are_no_measure(monkeypatch):
    papers = _fresh(monkeypatch, ATTENTIVE, "1710.00519")
    assert _status(papers, "1710.00519", "The input is represented with 300-dimensional GloVe "
                                         "embeddings.") == Status.confirmed
    assert _status(papers, "1710.00519", "The input is represented with 100-dimensional GloVe "
                                         "embeddings.") == Status.contradicted


def test_without_the_adverb_skip_the_glove_size_stays_unverified(monkeypatch):
    monkeypatch.setattr(content, "_MANNER", re.compile(r"(?!)"))
    papers = _fresh(monkeypatch, ATTENTIVE, "1710.00519")
    assert _status(papers, "1710.00519", "The input is represented using 300-dimensional GloVe "
                                         "embeddings.") == Status.unverified


def test_a_listed_value_has_its_lists_label(monkeypatch):
    assert shown_words.labels("select learning rate among {0.1, 0.01, 0.001}",
                              parse_quantities("select learning rate among {0.1, 0.01, 0.001}")
                              ) == [frozenset({"rate", "among"})] * 3
    papers = _fresh(monkeypatch, LIN, "P16-1200")
    assert _status(papers, "P16-1200", "The learning rate is selected among 0.1, 0.01, 0.001 "
                                       "and 0.0001.") == Status.confirmed


def test_without_list_labels_the_learning_rates_stay_unverified(monkeypatch):
    monkeypatch.setattr(shown_words, "_LISTED", re.compile(r"(?!)"))
    papers = _fresh(monkeypatch, LIN, "P16-1200")
    assert _status(papers, "P16-1200", "The learning rate was selected among 0.1, 0.01, 0.001 "
                                       "and 0.0001.") == Status.unverified


# --- statement_clause: a second predicate joined by "and is" ---------------------------------

STRUCTURED = REAL / "text19"


def test_the_first_of_two_predicates_is_the_statement(monkeypatch):
    papers = _fresh(monkeypatch, STRUCTURED, "1705.09207")
    assert _status(papers, "1705.09207", "Matrix inversion increases running speed over the "
                                         "simpler attention mechanism.") == Status.contradicted
    assert _status(papers, "1705.09207", "Matrix inversion does not increase running speed "
                                         "over the simpler attention mechanism.") \
        == Status.confirmed


def test_without_the_first_predicate_the_negation_is_not_read(monkeypatch):
    monkeypatch.setattr(statement_clause, "_first_predicate", lambda *args: None)
    papers = _fresh(monkeypatch, STRUCTURED, "1705.09207")
    assert _status(papers, "1705.09207", "Matrix inversion increases the running speed over "
                                         "the simpler attention mechanism.") == Status.unverified
