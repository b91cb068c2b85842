"""Round 20 (branch text20): text claims on two papers nobody tuned on (tests/real/text20:
Bolukbasi et al., Debiasing Word Embeddings, arXiv:1607.06520; Bengio et al., A Neural
Probabilistic Language Model, JMLR 2003), and one pre-existing wrong verdict each on
fastText (arXiv:1607.04606, red team 7's source).

The probe set (tests/real/text20/probe.py, 83 claims labelled from the page images before the
tool was run) first gave 41 right and two WRONG verdicts, each fixed by a general rule:

- "Soft-debiasing was more effective in removing gender bias" (false) was confirmed by "Soft-
  debiasing was less effective in removing gender bias" (p.8): "more" / "less" before one
  word is a direction (verify/degree_words.py);
- "Without direct input-to-output connections the network converged twice as fast" (false)
  was confirmed by "... took twice as much time to converge" (NPLM p.12): a multiplier's
  dimension must be the claim's (verify/guards_multipliers.py).

While probing, two more false claims were confirmed, by rules older than this round:

- "800,000 words of the Brown corpus were used for validation" by "The first 800,000 words
  were used for training, the following 200,000 for validation" (NPLM p.11): now contradicted
  (verify/setting_slots.py `other_setting`);
- "The skipgram baseline trains about 1.5 times slower than the model with character n-grams"
  by "our model with character n-grams is approximately 1.5x slower to train than the
  skipgram baseline" (arXiv:1607.04606 p.5): the factor hid the comparison's left argument
  (`comparative_antonyms._FACTOR_TAIL`), and a reversed comparison now blocks a confirmation
  (`guards_wording.opposed_wording`).

Rules about how papers write, each pinned below with the rule switched off: one statement of
two settings ("about 24% on Brown and about 8% on AP News"; "800,000 ... for training, the
following 200,000 for validation") gives each clause its own setting
(verify/setting_slots.py `own_setting`); two thresholds of one kind ("at least 10 times"
against "we keep the words that appear at least 5 times", arXiv:1607.04606 p.4) are two rules,
where a bound was no value before (verify/number_context.py `THRESHOLDS`).

Planted tests use claim texts of their own (the claim's words are remembered per text).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from conftest import _papers_of
from probe_verdicts import verify_on

from verify_claims.claims import Status
from verify_claims.verify import (
    clause_numbers,
    comparative_antonyms,
    comparisons,
    guard_chain,
    guards_other_readings,
    guards_swapped_words,
    guards_wording,
    number_context,
    number_match,
    statement_polarity,
)
from verify_claims.verify.degree_words import degree_flip
from verify_claims.verify.guards_multipliers import multipliers
from verify_claims.verify.setting_slots import other_setting, own_setting

HERE = Path(__file__).resolve().parent / "real" / "text20"
FASTTEXT = Path(__file__).resolve().parent / "real" / "redteam7" / "sources"
# loaded under a name of its own: round 19's probe module is also called "probe"
_SPEC = importlib.util.spec_from_file_location("text20_probe", HERE / "probe.py")
assert _SPEC is not None and _SPEC.loader is not None
_PROBE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_PROBE)
DEB, NPLM, PROBE = _PROBE.DEB, _PROBE.NPLM, _PROBE.PROBE


@pytest.fixture(scope="module")
def papers():
    paper = _papers_of(HERE)
    found = {stem: paper(stem)[0] for stem in (DEB, NPLM)}
    found["1607.04606"] = _papers_of(FASTTEXT)("1607.04606")[0]
    return found


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


# --- the probe set -------------------------------------------------------------------------

def test_the_probe_set_has_no_wrong_verdict_and_keeps_its_recall(papers):
    right, wrong = 0, []
    for stem in (DEB, NPLM):
        items = [item for item in PROBE if item[0] == stem]
        for item, claim in zip(items, verify_on(papers, stem, [item[4] for item in items]),
                               strict=True):
            decided = {Status.confirmed: True, Status.contradicted: False}.get(claim.status)
            if decided is None:
                continue
            if decided == item[3]:
                right += 1
            else:
                wrong.append(item[4])
    assert not wrong
    assert right >= 45, right  # 41 right and 2 wrong before the rules of this round


# --- degree_words ----------------------------------------------------------------------------

def test_more_against_less_of_one_word_is_a_direction(papers):
    assert degree_flip("It was more effective in removing bias.",
                       "It was less effective in removing bias.") == "effec"
    assert degree_flip("It needs more than 5 epochs.", "It needs less than 5 epochs.") is None
    assert degree_flip("It is more effective.", "It is not less effective.") is None
    assert _status(papers, DEB, "Soft-debiasing was more effective in removing gender "
                                "bias.") == Status.contradicted
    assert _status(papers, DEB, "Soft-debiasing was less effective in removing gender "
                                "bias.") == Status.confirmed


def test_without_degree_flip_the_turned_degree_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(statement_polarity, "degree_flip", lambda claim, sentence: None)
    assert _status(papers, DEB, "Soft-debiasing was more effective at removing gender "
                                "bias.") == Status.confirmed


# --- guards_multipliers ----------------------------------------------------------------------

def test_a_multiplier_of_another_dimension_holds_nothing(papers):
    assert multipliers("converged twice as fast") == frozenset({("2", "fast")})
    assert multipliers("took twice as much time") == frozenset({("2", "time")})
    assert _status(papers, NPLM, "Without direct input-to-output connections the network "
                                 "converged twice as fast.") == Status.unverified
    assert _status(papers, NPLM, "Without direct connections the network took twice as much "
                                 "time to converge.") == Status.confirmed


def test_without_the_multiplier_guard_twice_as_fast_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_multiplier_dimensions",
                        lambda claim, checks: None)
    # round 26's swapped factor words ("twice as fast" in a copy) withhold it too: off.
    monkeypatch.setattr(guards_swapped_words, "swapped_span", lambda *args: None)
    assert _status(papers, NPLM, "Without the direct input-to-output connections, the network "
                                 "converged twice as fast.") == Status.confirmed


# --- setting_slots ---------------------------------------------------------------------------

SENTENCE = ("with a test perplexity difference of about 24% on Brown and about 8% on AP News, "
            "when taking the MLP versus the n-gram that worked best on the validation set.")


def test_two_settings_of_one_statement_each_keep_their_number(papers):
    assert own_setting("a difference of 8% on AP News", "about 8% on AP News",
                       "with a test perplexity difference of about 24% on Brown")
    # two subjects, not two settings: neither clause is elided
    assert not own_setting("B reaches 80% on X.", "A reaches 80% on X", "B reaches 70% on Y")
    assert other_setting("a difference of 8% on Brown", SENTENCE).found == "24%"
    for text in ("Compared with the best n-gram, the neural network gives a test perplexity "
                 "difference of about 24% on Brown.",
                 "Compared with the best n-gram, the neural network gives a test perplexity "
                 "difference of about 8% on AP News.",
                 "200,000 words of the Brown corpus were used for validation."):
        assert _status(papers, NPLM, text) == Status.confirmed, text


def test_without_own_setting_the_elided_settings_stay_unverified(papers, monkeypatch):
    monkeypatch.setattr(clause_numbers, "own_setting", lambda *args: False)
    monkeypatch.setattr(guards_other_readings, "own_setting", lambda *args: False)
    assert _status(papers, NPLM, "Against the best n-gram, the neural network gives a test "
                                 "perplexity difference of about 8% on AP News.") \
        == Status.unverified
    assert _status(papers, NPLM, "For validation, 200,000 words of the Brown corpus were "
                                 "used.") == Status.unverified


def test_a_number_given_another_setting_is_contradicted(papers):
    assert _status(papers, NPLM, "800,000 words of the Brown corpus were used for "
                                 "validation.") == Status.contradicted
    assert _status(papers, NPLM, "Compared with the best n-gram, the neural network gives a "
                                 "test perplexity difference of about 24% on AP News.") \
        == Status.contradicted


def test_without_the_setting_guard_the_training_share_is_confirmed(papers, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_setting_slots", lambda claim, checks: None)
    assert _status(papers, NPLM, "The first 800,000 words of Brown were used for "
                                 "validation.") == Status.confirmed


# --- a factor before a comparative -----------------------------------------------------------

def test_a_factor_leaves_the_comparison_readable(papers):
    assert _status(papers, "1607.04606", "On English data, the model with character n-grams "
                   "trains about 1.5 times faster than the skipgram baseline.") \
        == Status.contradicted
    assert _status(papers, "1607.04606", "The skipgram baseline trains about 1.5 times slower "
                   "than the model with character n-grams.") == Status.unverified
    assert _status(papers, "1607.04606", "On English data, the model with character n-grams "
                   "is about 1.5 times slower to train than the skipgram baseline.") \
        == Status.confirmed


def test_without_the_factor_tail_the_faster_claim_stays_unverified(papers, monkeypatch):
    monkeypatch.setattr(comparative_antonyms, "_FACTOR_TAIL", re.compile(r"(?!)"))
    # Round 29 reads "1.5 times faster" with its decimal point inside the comparison's first
    # side, which keeps the comparison readable as well: the old side ending, planted with it.
    monkeypatch.setattr(comparisons, "_ARGUMENT_STOP", re.compile(
        r"[,;:.()]|\b(?:on|in|at|for|by|with|across|when|while|and|but)\b", re.I))
    monkeypatch.setattr(comparisons, "_WIDE_STOP", re.compile(
        r"[,;:.()]|\b(?:when|while|but|that|which)\b", re.I))
    assert _status(papers, "1607.04606", "On the English data, the model with character "
                   "n-grams trains about 1.5 times faster than the skipgram baseline.") \
        == Status.unverified


def test_without_the_reversed_comparison_guard_the_slower_baseline_is_confirmed(
        papers, monkeypatch):
    monkeypatch.setattr(guards_wording, "opposite_comparison", lambda claim, passage: None)
    assert _status(papers, "1607.04606", "The skipgram baseline is about 1.5 times slower to "
                   "train than the model with character n-grams.") == Status.confirmed


# --- thresholds --------------------------------------------------------------------------------

def test_two_thresholds_of_one_kind_disagree(papers):
    assert number_context.bound_kind("keep words that appear at least 5 times", 31, 32) \
        == "at least"
    assert number_context.bound_kind("3 or more annotators", 0, 1) == "or more"
    assert _status(papers, "1607.04606", "Words appearing at least 10 times in the training "
                   "set are kept in the dictionary.") == Status.contradicted
    assert _status(papers, "1607.04606", "Words appearing at least 5 times in the training "
                   "set are kept in the dictionary.") == Status.confirmed
    # "more than" is no threshold: "more than 10 times" may hold of what "at least 5" says
    assert _status(papers, "1607.04606", "Words appearing more than 10 times in the training "
                   "set are kept in the dictionary.") == Status.unverified


def test_without_thresholds_the_other_threshold_stays_unverified(papers, monkeypatch):
    monkeypatch.setattr(number_match, "THRESHOLDS", frozenset())
    assert _status(papers, "1607.04606", "The dictionary keeps the words appearing at least 10 "
                   "times in the training set.") == Status.unverified
