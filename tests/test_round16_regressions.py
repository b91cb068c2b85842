"""Verdicts of round 16 (issue 11), each pinned on the real page with its rule switched off.

- A difference of two cells worded as a judgement ("Transformer (big) beats ConvS2S Ensemble
  on EN-DE by 2.04 BLEU") was left undecided because Table 2's caption ends "... at a
  fraction of the training cost" (arXiv:1706.03762, page 8), and "cost" made the whole table
  read as lower-is-better. The two cells are headed "BLEU / EN-DE": their own headers name
  the measure, and BLEU is higher-is-better (`order_words.cells_lower_is_better`).
- "On Add Highway, MaxEnt ICE lowers the transfer log-loss of the logistic model by 1.084"
  (arXiv:1103.5254 Table 1, page 7: 4.177 and 3.093) was undecided twice over by the game's
  name: "Add" read as the verb of "A adds d points over B" (both directions said at once), and
  as a judging word ("adds") on a lower-is-better measure. A word printed capitalised after
  the claim's first is part of a name (`cell_arithmetic._LEADS`, `_verbs`).
- WRONG: "On EN-FR, ConvS2S Ensemble scores 40.46 BLEU" was confirmed by the cell of the row
  "ConvS2S [9]" (40.46); the ensemble's row prints 41.29 (Table 2). "Ensemble" was excused as
  a word of the paper's topic (its abstract says "including ensembles"), and the row
  "ConvS2S [9]" holds every other word. A claim word that sets a sibling line apart ("ConvS2S
  Ensemble [9]" holds all of "ConvS2S [9]" and "Ensemble") names that sibling
  (`other_cells.names_variant`). A sibling with something taken away ("AMDCN (without
  perspective information)") is no such variant: "without" may be said of another subject of
  the claim (arXiv:1804.07821 Table 3, red team). The sibling's own words must all be printed
  by the claim: "anticipates maneuvers" does not name "All maneuvers" (arXiv:1511.05298).
- A translation table heads its columns with language codes ("BLEU / EN-DE"), reports name
  the direction in words ("English-to-German", "from English to German"): a pair of ISO 639-1
  codes is said by the languages' names in its order (`language_codes`). With that, "28.4
  BLEU on WMT 2017 English-to-German" was confirmed by the cell of a table of the
  "newstest2014 tests": a year the claim gives that the table's caption and headers do not
  print, while they print another, decides nothing (`guards_unsaid_parts.guard_table_years`).
"""

from __future__ import annotations

import re

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import (
    cell_arithmetic,
    cell_check,
    content,
    guards_unsaid_parts,
    header_vocabulary,
    header_words,
    order_words,
    other_cells,
)
from verify_claims.verify.content_words import _CONDITION_WORDS
from verify_claims.verify.language_codes import language_pair

TRANSFORMER = "1706.03762"
EQUILIBRIA = "1103.5254"


@pytest.fixture(scope="module")
def transformer(redteam2_paper):
    return redteam2_paper(TRANSFORMER)[0]


# Table 2, page 8: Transformer (big) 28.4 and ConvS2S Ensemble [9] 26.36 under BLEU / EN-DE.
BEATS_RIGHT = "Transformer (big) beats ConvS2S Ensemble on EN-DE by 2.04 BLEU."
BEATS_WRONG = "Transformer (big) beats ConvS2S Ensemble on EN-DE by 3.04 BLEU."


def test_a_bleu_difference_is_judged_higher_is_better_despite_a_cost_in_the_caption(
        transformer):
    right, wrong = verify_on({TRANSFORMER: transformer}, TRANSFORMER, [BEATS_RIGHT, BEATS_WRONG])
    assert right.status == Status.confirmed, explained(right)
    assert "28.4" in explained(right) and "26.36" in explained(right)
    assert wrong.status == Status.contradicted, explained(wrong)


def test_the_caption_decides_only_for_cells_without_a_metric():
    caption = "Table 2: BLEU scores at a fraction of the training cost."
    assert not order_words.cells_lower_is_better(caption, ["Transformer (big)", "BLEU / EN-DE"])
    # The cells' own headers still decide for a lower-is-better measure ...
    assert order_words.cells_lower_is_better(caption, ["Transformer (big)", "Training Cost"])
    # ... and a caption's measure holds for cells whose headers name none.
    assert order_words.cells_lower_is_better("Table 3: Word error rates.", ["A", "B / test"])
    assert not order_words.cells_lower_is_better("Table 3: Accuracy.", ["A", "B / test"])


def test_planted_bug_the_caption_alone_leaves_the_difference_undecided(transformer,
                                                                       monkeypatch):
    def caption_decides(caption, headers):
        return order_words.lower_is_better(" ".join(
            [order_words.table_title(caption), *headers]))

    monkeypatch.setattr(cell_arithmetic, "cells_lower_is_better", caption_decides)
    right, = verify_on({TRANSFORMER: transformer}, TRANSFORMER, [BEATS_RIGHT])
    assert right.status == Status.unverified, explained(right)


@pytest.fixture(scope="module")
def equilibria(redteam_paper):
    return redteam_paper(EQUILIBRIA)[0]


# Table 1: Add Highway 4.177 (logistic) and 3.093 (MaxEnt ICE); Add Driver 4.060 and 3.477.
ADD_NAMES = ["On Add Highway, MaxEnt ICE lowers the transfer log-loss of the logistic model "
             "by 1.084.",
             "On Add Driver, MaxEnt ICE lowers the logistic model's log-loss by 0.853."]


def test_a_capitalised_add_of_a_row_name_is_no_verb(equilibria):
    right, wrong = verify_on({EQUILIBRIA: equilibria}, EQUILIBRIA, ADD_NAMES)
    assert right.status == Status.confirmed, explained(right)
    assert wrong.status == Status.contradicted, explained(wrong)
    assert "0.583" in explained(wrong)


def test_a_judging_verb_on_a_lower_is_better_measure_still_decides_nothing(equilibria):
    judged, = verify_on({EQUILIBRIA: equilibria}, EQUILIBRIA,
                        ["On Add Highway, MaxEnt ICE beats the logistic model by 1.084."])
    assert judged.status == Status.unverified, explained(judged)


@pytest.mark.parametrize("planted", ["leads", "verbs"])
def test_planted_bug_the_name_read_as_a_verb_leaves_both_undecided(equilibria, monkeypatch,
                                                                   planted):
    if planted == "leads":
        monkeypatch.setattr(cell_arithmetic, "_LEADS", re.compile(
            r"\b(?:leads?|adds?|added)\b(?!\s+to\b)", re.I))
    else:
        monkeypatch.setattr(cell_arithmetic, "_verbs", lambda words: words.words)
    right, wrong = verify_on({EQUILIBRIA: equilibria}, EQUILIBRIA, ADD_NAMES)
    assert right.status == Status.unverified, explained(right)
    assert wrong.status == Status.unverified, explained(wrong)


ENSEMBLE = ["On EN-FR, ConvS2S Ensemble scores 40.46 BLEU.",   # the single model's cell
            "On EN-FR, the ConvS2S ensemble scores 41.29 BLEU.",
            "On EN-DE, the GNMT + RL ensemble scores 24.6 BLEU.",  # GNMT + RL [38]'s cell
            "On EN-FR, ConvS2S scores 40.46 BLEU."]


def test_a_word_that_sets_a_sibling_row_apart_names_that_row(transformer):
    claims = verify_on({TRANSFORMER: transformer}, TRANSFORMER, ENSEMBLE)
    assert [claim.status for claim in claims] == [
        Status.contradicted, Status.confirmed, Status.contradicted, Status.confirmed], \
        [explained(claim) for claim in claims]
    assert "41.29" in explained(claims[0]) and "26.30" in explained(claims[2])


def test_planted_bug_without_the_variant_rule_the_single_model_confirms_the_ensemble(
        transformer, monkeypatch):
    monkeypatch.setattr(cell_check, "names_variant", lambda *args: False)
    # Round 17 made "ensemble" a setting word (content_words), which also keeps the single
    # model's cell from the ensemble's claim; this planted test switches that off too, and
    # asks with a text of its own (a claim's parts are remembered per text).
    monkeypatch.setattr(content, "_CONDITION_WORDS",
                        _CONDITION_WORDS - {"ensem", "ensemble", "ensembles"})
    wrong, = verify_on({TRANSFORMER: transformer}, TRANSFORMER,
                       ["On EN-FR, the ConvS2S Ensemble scores 40.46 BLEU."])
    assert wrong.status == Status.confirmed, explained(wrong)


# Table 3 (page 7): AMDCN (with perspective information) and [18] (without ...) both print 1.37
# on upscale; AMDCN (without perspective information) prints 0.63.
TIES = ("On the upscale split, AMDCN with perspective information ties [18] without "
        "perspective information at an MAE of 1.37.")


def test_a_sibling_without_something_is_no_variant_the_claim_names(redteam_paper, monkeypatch):
    counting = redteam_paper("1804.07821")[0]
    claim, = verify_on({"1804.07821": counting}, "1804.07821", [TIES])
    assert claim.status != Status.contradicted, explained(claim)
    monkeypatch.setattr(other_cells, "_PRIVATIVE", frozenset())
    planted, = verify_on({"1804.07821": counting}, "1804.07821", [TIES])
    assert planted.status == Status.contradicted, explained(planted)


LANGUAGES = ["Transformer (big) reaches 28.4 BLEU on English-to-German.",
             "Transformer (big) reaches 41.8 BLEU on English-to-French.",
             "The big Transformer beats the ConvS2S ensemble on English-to-German by 2.04 BLEU.",
             "Transformer (big) reaches 28.4 BLEU on German-to-English.",  # the other direction
             "The big Transformer reaches 28.4 BLEU on WMT 2017 English-to-German."]


def test_language_codes_are_said_by_the_languages_names_in_order(transformer):
    claims = verify_on({TRANSFORMER: transformer}, TRANSFORMER, LANGUAGES)
    said, = verify_on({TRANSFORMER: transformer}, TRANSFORMER,
                      ["From English to German, Transformer (big) scores 28.4 BLEU."])
    assert said.status == Status.confirmed, explained(said)
    assert [claim.status for claim in claims] == [
        Status.confirmed, Status.confirmed, Status.confirmed, Status.unverified,
        Status.unverified], [explained(claim) for claim in claims]
    assert "the year 2017" in explained(claims[4])


def test_a_language_pair_needs_two_known_codes():
    assert language_pair("en-de") == ("en", "de")
    assert language_pair("de-en") == ("de", "en")
    assert language_pair("en-en") is None
    assert language_pair("train-nc") is None and language_pair("bi-lstm") is None
    assert language_pair("xx-de") is None


def test_planted_bug_without_language_names_the_columns_are_not_said(transformer, monkeypatch):
    monkeypatch.setattr(header_words, "language_pair", lambda word: None)
    # A text of its own: what a claim's words say of a header is remembered per claim text.
    claim, = verify_on({TRANSFORMER: transformer}, TRANSFORMER,
                       ["From English to German, Transformer (big) gets 28.4 BLEU."])
    assert claim.status == Status.unverified, explained(claim)


def test_planted_bug_without_the_year_guard_another_edition_is_confirmed(transformer,
                                                                         monkeypatch):
    monkeypatch.setattr(guards_unsaid_parts, "guard_table_years", lambda claim, checks: None)
    claim, = verify_on({TRANSFORMER: transformer}, TRANSFORMER, LANGUAGES[4:])
    assert claim.status == Status.confirmed, explained(claim)


def test_a_code_pair_is_said_by_the_names_in_order_never_by_prefixes():
    pair = header_vocabulary.HeaderWord("en-de")

    def said(text: str):
        return header_words.ClaimWords(text, [], None).names(pair)

    assert said("It scores 28.4 on English-German.") is not None
    assert said("It scores 28.4 from English into German.") is not None
    assert said("It scores 28.4 on EN-DE.") is not None  # printed as the header prints it
    assert said("It scores 28.4 on German-English.") is None
    assert said("It scores 28.4 on end-to-devices.") is None
