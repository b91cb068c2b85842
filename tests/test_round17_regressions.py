"""Verdicts of round 17 (issue 11), each pinned on the real page with its rule switched off.

- Two guards read "<number> for <name>" with regexes of their own, and they had drifted:
  `guards_for_phrases` knew that "for both our model and the cbow baseline" names no one
  thing, `guards_number_owners` did not, and withheld "The step size is 0.05 for the model and
  the cbow baseline, and 0.025 for the skipgram baseline" (true; arXiv:1607.04606 page 4:
  "set to 0.025 for the skipgram baseline and to 0.05 for both our model and the cbow
  baseline") as if "both" owned 0.05. `guards_number_owners` now reads its pairs through
  `guards_for_phrases.number_phrases`, the one reader of such phrases.
- WRONG (round 16's open one): "Yelp ratings range from 1 to 10" was confirmed by the IMDB
  paragraph's "The ratings range from 1 to 10" (N16-1174 page 4; Yelp's are 1 to 5). A claim's
  first word carries a capital whatever it is, so "Yelp" there was a plain word, cheap to lack
  in a paper that says "Yelp" often; "On Yelp, the ratings ..." was rightly withheld. A first
  word the paper prints capitalised inside its sentences and never in lower case is a name
  (`proper_names`).
- Two tables side by side in one float whose rows do not share baselines (Skip-Thought
  Vectors, NIPS 2015, Table 3: SICK left, MSRP right, the right rows half a row lower; ding11
  Tables 1 and 2) were read as one line of run-together labels and numbers ("0.7993 0.8070
  0.8268 0.8414"), since each row overlaps the one beside it by half its height and lines
  chained. `side_tables.split_sides` parts such a region at the strip no word crosses when
  the two sides use different baselines, and reads each side as a table.
- A table that prints no number in its body (complexities "O(n \u00b7 d)", settings "w = 3")
  had no first row of numbers to end its header, so its header was its first line only and a
  header's second line ("Operations" under "Sequential", Transformer Table 1; "(MaxEnt)" under
  "Markov order 0", roark13 Table 1) became a row of the body. The rule under the header ends
  it (`grid_cells._rule_under_text_header`).
- QANet prints exact match and F1 as one pair per cell, "73.6/82.7" under "EM / F1" (arXiv:
  1804.09541 Tables 2, 5, 7): no claim could reach either number. `pair_cells.split_pair_cells`
  splits such a column in two. Read as numbers, Table 7's "52.9\u2217" (the caption: "\u2217
  indicates the result on test set") confirmed a claim about the development set: a cell that
  carries a mark the caption defines decides nothing for a claim that does not say the
  definition (`guards_cell_marks.guard_marked_cells`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_cells, grid_tables
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    content,
    guard_chain,
    guards_for_phrases,
    guards_number_owners,
    sentence_reading,
)
from verify_claims.verify.guards_number_owners import other_owner
from verify_claims.verify.passages import index_of
from verify_claims.verify.proper_names import proper_names

SUBWORD = "1607.04606"
STEP_QUOTE = ("The step size \u03b30 is set to 0.025 for the skipgram baseline and to 0.05 for "
              "both our model and the cbow baseline.")
# Fresh text: ClaimWords remembers a claim's reading per text, so a planted bug must not meet
# a text verified earlier in the session.
STEP_BOTH = ("Training uses a step size of 0.05 for the model and the cbow baseline, and 0.025 "
             "for the skipgram baseline.")


@pytest.fixture(scope="module")
def subword(redteam7_paper):
    return {SUBWORD: redteam7_paper(SUBWORD)[0]}


def test_a_phrase_for_both_owns_no_number():
    assert other_owner("0.05 for the skipgram baseline", STEP_QUOTE, 0.05) is None
    assert guards_number_owners._pairs(STEP_QUOTE) == [(0.025, "skipgram")]


def test_a_list_of_owners_still_gives_each_number_its_name():
    quote = "positive sentiment (35.9% for DANs, 34.8% for DRecNNs)"
    assert other_owner("The DAN gets 34.8%.", quote, 34.8) == ("DRecNNs", "DANs")
    assert other_owner("The DRecNN gets 34.8%.", quote, 34.8) is None


def test_a_number_for_both_settings_confirms_a_claim_naming_each(subword):
    claim = verify_on(subword, SUBWORD, [STEP_BOTH])[0]
    assert claim.status == Status.confirmed, explained(claim)


def test_planted_bug_a_reader_blind_to_both_withholds_it(subword, monkeypatch):
    monkeypatch.setattr(guards_for_phrases, "SHARED", frozenset())
    monkeypatch.setattr(guards_number_owners, "SHARED", frozenset())
    claim = verify_on(subword, SUBWORD, [STEP_BOTH.replace("Training", "Training also")])[0]
    assert claim.status == Status.unverified
    assert "\u201cboth\u201d" in explained(claim)


@pytest.mark.parametrize("text", [
    "The step size is set to 0.05 for the skipgram baseline.",
    "The step size is set to 0.025 for the cbow baseline.",
])
def test_a_number_of_another_setting_still_supports_nothing(subword, text):
    assert verify_on(subword, SUBWORD, [text])[0].status == Status.unverified


# --- verify/proper_names.py: "Yelp ratings range from 1 to 10" -------------------------------

HAN = "N16-1174"  # Yang et al., Hierarchical Attention Networks (NAACL 2016), page 4


@pytest.fixture(scope="module")
def han(heldout16_paper):
    return {HAN: heldout16_paper(HAN)[0]}


def test_a_paper_s_proper_names_are_the_words_it_never_lowers(han):
    names = proper_names(index_of(han[HAN]))
    assert {"yelp", "imdb"} <= names
    assert not {"the", "ratings", "data", "range"} & names


def test_a_first_word_the_paper_prints_as_a_name_must_be_found(han):
    claim = verify_on(han, HAN, ["Yelp review ratings range from 1 to 10."])[0]
    assert claim.status == Status.unverified
    assert "\u201cYelp\u201d" in explained(claim)


def test_the_paragraph_s_own_name_still_confirms(han):
    assert verify_on(han, HAN, ["IMDB review ratings range from 1 to 10."])[0].status \
        == Status.confirmed


def test_planted_bug_a_first_word_read_as_a_plain_word_confirms_it(han, monkeypatch):
    monkeypatch.setattr(content, "proper_names", lambda index: frozenset())
    # probe17's run-in heads withhold the same verdict (the paragraph opens "IMDB reviews are
    # obtained ..."): switched off too, so the test shows what proper names do alone.
    monkeypatch.setattr(sentence_reading, "other_head", lambda *args, **kwargs: None)
    assert verify_on(han, HAN, ["Yelp ratings all range from 1 to 10."])[0].status \
        == Status.confirmed


# --- extract/side_tables.py: two tables side by side, rows on different baselines -------------

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


def _cells(name: str) -> set[tuple[str, str, str]]:
    paper = parse_paper(read_document(PAPERS / name))
    return {(" / ".join(cell.row_headers), " / ".join(cell.column_headers), cell.text)
            for table in paper.tables for row in table.rows for cell in row}


SKIP_THOUGHT = "skip_thought_side_tables.pdf"
SIDE_CELLS = {("uni-skip", "r", "0.8477"), ("Dependency Tree-LSTM [22]", "MSE", "0.2532"),
              ("bi-skip", "Acc", "71.2"), ("TF-KLD [29]", "F1", "86.0")}


def test_two_tables_side_by_side_are_read_each_as_a_table():
    assert _cells(SKIP_THOUGHT) >= SIDE_CELLS
    ding = _cells("ding11.pdf")
    assert any(row == "DD-SVM" and column.endswith("Accuracy") and text == "0.754 \u00b1 0.054"
               for row, column, text in ding)
    assert any(row == "MildML" and text == "0.238" for row, _, text in ding)


def test_planted_bug_without_the_split_the_rows_run_together(monkeypatch):
    monkeypatch.setattr(grid_tables, "split_sides", lambda lines, rules: None)
    assert not SIDE_CELLS & _cells(SKIP_THOUGHT)


# --- extract/grid_cells.py: the header of a table without numbers ends at its rule ------------

TEXT_HEADERS = {("Recurrent", "Sequential Operations", "O(n)"),
                ("Convolutional", "Sequential Operations", "O(1)")}


def _transformer_cells() -> set[tuple[str, str, str]]:
    paper = parse_paper(read_document(Path(__file__).resolve().parent / "real" / "redteam2"
                                      / "sources" / "1706.03762.pdf"))
    return {(" / ".join(cell.row_headers), " / ".join(cell.column_headers), cell.text)
            for table in paper.tables if table.label == "Table 1"
            for row in table.rows for cell in row}


def test_a_header_of_two_lines_over_a_body_without_numbers_is_one_header():
    assert _transformer_cells() >= TEXT_HEADERS
    roark = _cells("roark13.pdf")
    # One header cell wrapped over two lines; since round 23 (grid_headers._ungrouped) read as
    # one cell's text, "Markov order 0 (MaxEnt)", no longer as a path of two.
    assert ("Context", "Markov order 0 (MaxEnt)", "yi") in roark


def test_planted_bug_without_the_rule_the_second_header_line_is_a_row(monkeypatch):
    monkeypatch.setattr(grid_cells, "_rule_under_text_header", lambda lines, segmented, rules: [])
    assert not TEXT_HEADERS & _transformer_cells()


# --- extract/pair_cells.py and guards_cell_marks.guard_marked_cells: QANet's "EM / F1" pairs ---

QANET = "1804.09541"


@pytest.fixture(scope="module")
def qanet(redteam8_paper):
    return {QANET: redteam8_paper(QANET)[0]}


def _qanet_cells(paper) -> set[tuple[str, str, str]]:
    return {(" / ".join(cell.row_headers), " / ".join(cell.column_headers), cell.text)
            for table in paper.tables for row in table.rows for cell in row}


PAIRED = {("Base QANet", "EM", "73.6"), ("Base QANet", "F1", "82.7"),
          ("- convolution in encoders", "Difference to Base Model / F1", "-2.7")}


def test_a_pair_of_numbers_under_two_measures_is_one_cell_each(qanet):
    assert _qanet_cells(qanet[QANET]) >= PAIRED


def test_planted_bug_without_the_split_the_pairs_hold_no_number(monkeypatch):
    monkeypatch.setattr(grid_tables, "split_pair_cells", lambda rows, header: (rows, header))
    paper = parse_paper(read_document(Path(__file__).resolve().parent / "real" / "redteam8"
                                      / "sources" / f"{QANET}.pdf"))
    assert not PAIRED & _qanet_cells(paper)


def test_a_pair_split_reaches_claims(qanet):
    right, wrong = verify_on(qanet, QANET, [
        "On the SQuAD leaderboard, BiDAF + Self Attention + ELMo gets 85.3 F1.",
        "On the SQuAD leaderboard, Document Reader gets an F1 of 79.0."])  # Table 2: 79.4
    assert right.status == Status.confirmed, explained(right)
    assert wrong.status == Status.contradicted, explained(wrong)


MARKED = "On the full TriviaQA development set, M-Reader scores an F1 of 52.9."


def test_a_cell_marked_as_a_test_result_says_nothing_of_the_development_set(qanet):
    claim = verify_on(qanet, QANET, [MARKED])[0]
    assert claim.status == Status.unverified
    assert "which the caption defines" in explained(claim)


def test_planted_bug_without_the_mark_guard_the_test_cell_confirms(qanet, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_marked_cells", lambda *args: None)
    assert verify_on(qanet, QANET, [MARKED.replace("scores", "gets")])[0].status \
        == Status.confirmed
