"""Round 18 (issue 11), each pinned on a real page with its rule switched off.

- Three guards read a caption's mark definitions ("* indicates ...") with three patterns of
  their own, which had drifted (one lacked the math asterisk "∗", one "§" and "¶"), and
  `guards_cell_marks` named "‡" "double dagger" where the reader flags a "‡" cell
  "double-dagger", so a "‡" definition could never meet its cells. All three ran a definition
  on to the sentence's end: jpcs-2188-012011's Table 1 caption, "† means whe sequence-based
  models, ‡ means the GCN-based models", gave "†" the words "GCN-based models" and "‡" nothing.
  `mark_definitions` is now the one reader; a definition ends at the next mark's.
- A change "from X to Y" between two rows of a column was never decided from one cell, since
  one cell does not say which row holds which number (`guard_two_cell_changes`). But a table
  says it when one row adds to the other: "LayoutLMBASE + Sentence Breaks" under "LayoutLMBASE"
  (VILA, arXiv:2106.00676, Tables 7 and 8), "+ BiLSTM" under "LTR & No NSP" (BERT, arXiv:
  1810.04805, Table 5). "Adding sentence breaks to LayoutLM lowers its GROTOAP2 Macro F1 from
  92.34 to 91.83" is now confirmed; the same numbers swapped, a verb against them, a negation
  or a removal stay unverified (`guards_changes._added_to`).
- BERT prints SQuAD 1.1 (Table 2) and SQuAD 2.0 (Table 3) under the same labels, and
  `guard_table_twins` withheld every cell of both, since a claim "on SQuAD 2.0" said no caption
  word one caption had and the other lacked: its words skipped "2.0". A caption's versioned
  names ("squad 2.0") are now among its words.
- Two-subject claims, "OpenAI GPT reaches 45.4 on CoLA, against 60.5 for BERT-Large": no
  cell holds both subjects, so 25 of them (all true) in the development corpora stayed
  unverified. The first statement is now checked as a claim of its own, and the second
  subject's cell read beside its cell, in its column or its row (`against_pairs`).
- WRONG: "QANet processes 259 samples per second in inference" (true, arXiv:1804.09541 Table 4)
  was contradicted by Table 8's 3.2, whose caption says "The processing speed is measured by
  batches/second". A rate of one thing is no evidence about a rate of another
  (`guards_rate_units`).
- WRONG (a probe of text18 on AMDCN, arXiv:1804.07821): "The network has three columns" (it has
  five) was confirmed by page 2's "Moreover, these approaches seem to saturate in performance at
  three columns, which means the network ...": the number's clause is about "these
  approaches", the work the paragraph reviews (`others_subjects`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from planted_patterns import factors_read_as_text
from probe_verdicts import verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_lines
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    against_pairs,
    guards_cell_marks,
    guards_changes,
    guards_marked_rows,
    guards_rate_units,
    guards_table_twins,
    mark_definitions,
    others_subjects,
)

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


@pytest.fixture(scope="module")
def jpcs_caption() -> str:
    paper = parse_paper(read_document(PAPERS / "jpcs-2188-012011.pdf"))
    return next(table.caption for table in paper.tables if "\u2021" in table.caption)


def test_each_mark_keeps_its_own_definition(jpcs_caption):
    found = dict(mark_definitions.mark_definitions(jpcs_caption))
    assert "GCN" not in found["\u2020"] and "sequence-based" in found["\u2020"]
    assert "GCN-based" in found["\u2021"]


def test_old_pattern_ran_into_the_next_definition(jpcs_caption, monkeypatch):
    """Planted bug: the old pattern (to the sentence's end) loses "‡" and lends its words."""
    old = re.compile(r"(?<![\w*\u2217\u2020\u2021])([*\u2217\u2020\u2021]{1,3})\s*"
                     r"(?:indicates|denotes|marks|means)\s+([^.;]{3,200})", re.IGNORECASE)
    monkeypatch.setitem(mark_definitions._DEFINED, False, old)
    found = dict(mark_definitions.mark_definitions(jpcs_caption))
    assert "\u2021" not in found and "GCN" in found["\u2020"]


def test_a_definitions_flags_are_the_readers_flags(jpcs_caption):
    """The guard compares a definition's flags with a cell's: both must name "‡" alike."""
    definitions = {mark: flags for mark, flags, _ in guards_cell_marks.definitions(jpcs_caption)}
    _, cell_flags = grid_lines._strip_marks("71.9\u2021")
    assert list(definitions["\u2021"]) == cell_flags == ["double-dagger"]


def test_row_marks_read_the_colon_legend():
    """`guards_marked_rows` also reads "*: ..." legends; the others do not."""
    caption = "Table 2: Results. *: trained with external labeled data; \u2020: our runs."
    assert [mark for mark, _ in guards_marked_rows._definitions(caption)] == ["*"]
    assert mark_definitions.mark_definitions(caption) == []


_WORDS = st.lists(st.sampled_from(["models", "trained", "the", "test", "set", "GPU",
                                   "external", "data", "results", "ensemble"]),
                  min_size=1, max_size=6).map(" ".join)


@given(st.lists(st.tuples(st.sampled_from(["*", "**", "\u2217", "\u2020", "\u2021", "\u00a7"]),
                          st.sampled_from(["indicates", "denotes", "means"]), _WORDS),
                min_size=1, max_size=4, unique_by=lambda item: item[0]))
def test_any_list_of_definitions_reads_back(items):
    caption = "Table 1: Scores. " + ", ".join(f"{mark} {verb} {words}"
                                              for mark, verb, words in items) + "."
    read = mark_definitions.mark_definitions(caption)
    assert [(mark, words) for mark, _, words in items] == read


VILA, BERT = "2106.00676", "1810.04805"
ADDED_TRUE = ["Adding sentence breaks to LayoutLM lowers its GROTOAP2 Macro F1 from 92.34 to "
              "91.83.",
              "Adding text-line I-VILA to BERT-Base slightly lowers its correspondence F1, from "
              "89.66 to 89.57."]
ADDED_UNSAID = ["Adding sentence breaks to LayoutLM raises its GROTOAP2 Macro F1 from 91.83 to "
                "92.34.",  # the rows' numbers swapped
                "Adding sentence breaks to LayoutLM raises its GROTOAP2 Macro F1 from 92.34 to "
                "91.83.",  # the verb against the numbers
                "Adding sentence breaks to LayoutLM does not lower its GROTOAP2 Macro F1 from "
                "92.34 to 91.83.",
                "Removing sentence breaks from LayoutLM raises its GROTOAP2 Macro F1 from 91.83 "
                "to 92.34."]


@pytest.fixture(scope="module")
def change_papers(redteam4_paper, redteam6_paper):
    return {VILA: redteam4_paper(VILA)[0], BERT: redteam6_paper(BERT)[0]}


def test_a_change_to_the_row_that_adds_is_read_from_its_cell(change_papers):
    claims = verify_on(change_papers, VILA, ADDED_TRUE)
    claims += verify_on(change_papers, BERT, [
        "Adding a BiLSTM on top of the left-to-right model raises SQuAD F1 from 77.8 to 84.9."])
    assert [claim.status for claim in claims] == [Status.confirmed] * 3


def test_a_change_the_table_does_not_run_that_way_stays_unverified(change_papers):
    claims = verify_on(change_papers, VILA, ADDED_UNSAID)
    claims += verify_on(change_papers, BERT, [
        "Adding a BiLSTM on top of the left-to-right model lowers SQuAD F1 from 84.9 to 77.8."])
    assert [claim.status for claim in claims] == [Status.unverified] * 5


def test_without_the_added_row_reading_the_change_is_withheld(change_papers, monkeypatch):
    """Planted bug: no row is read as adding to another."""
    monkeypatch.setattr(guards_changes, "_added_to", lambda *args: False)
    claims = verify_on(change_papers, VILA, [text.replace("LayoutLM lowers", "LayoutLM  lowers")
                                            for text in ADDED_TRUE[:1]])
    assert claims[0].status is Status.unverified
    assert "one cell does not say which holds which" in " ".join(
        check.explanation for check in claims[0].checks)


SQUAD_VERSIONS = ["On the SQuAD 2.0 dev set, BERT-Large reaches 78.7 EM.",
                  "Human performance on SQuAD 2.0 reaches 89.5 test F1."]


def test_a_claims_version_names_one_of_twin_tables(change_papers):
    claims = verify_on(change_papers, BERT, SQUAD_VERSIONS + [
        "On the SQuAD 1.1 dev set, BERT-Large reaches 78.7 EM.",
        "Human performance on SQuAD 1.1 reaches 89.5 test F1."])
    # The last is contradicted since round 38: its version names Table 2, whose own cell
    # prints 91.2 (page 7; tests/test_round38_regressions.py).
    assert [claim.status for claim in claims] == [Status.confirmed] * 2 + [
        Status.unverified, Status.contradicted]


def test_without_versions_the_twin_tables_are_not_told_apart(change_papers, monkeypatch):
    """Planted bug: the caption words of round 17, without versioned names."""
    monkeypatch.setattr(guards_table_twins, "versioned_names", lambda text: {})
    claims = verify_on(change_papers, BERT, [text.replace(" reaches", "  reaches")
                                            for text in SQUAD_VERSIONS])
    assert [claim.status for claim in claims] == [Status.unverified] * 2


SUBWORD, SRNN = "1607.04606", "1511.05298"


@pytest.fixture(scope="module")
def against_papers(redteam3_paper, redteam6_paper, redteam7_paper):
    return {BERT: redteam6_paper(BERT)[0], SUBWORD: redteam7_paper(SUBWORD)[0],
            SRNN: redteam3_paper(SRNN)[0]}


AGAINST = [  # (paper, claim, status)
    (BERT, "OpenAI GPT reaches 45.4 on CoLA, against 60.5 for BERT-Large.", Status.confirmed),
    (BERT, "OpenAI GPT reaches 60.5 on CoLA, against 45.4 for BERT-Large.",
     Status.contradicted),
    (BERT, "OpenAI GPT reaches 45.4 on CoLA, against 52.1 for BERT-Large.",  # BERT-Base's
     Status.contradicted),
    (BERT, "OpenAI GPT reaches 45.4 on CoLA, against 60.5 for BERT.",  # Base or Large?
     Status.unverified),
    # systems in columns: the other subject's cell is in the same row
    (SUBWORD, "sisg reaches 77.8% on Czech syntactic analogies, against 52.8% for sg.",
     Status.confirmed),
    (SUBWORD, "sisg reaches 77.8% on Czech syntactic analogies, against 52.8% for cbow.",
     Status.contradicted),
    (SUBWORD, "sisg reaches 77.8% on Czech semantic analogies, against 52.8% for sg.",
     Status.unverified),
    # ERD is printed in four activity groups: the one beside S-RNN's cell is walking's
    (SRNN, "On walking, S-RNN's angle error 80 ms after the seed motion is 1.08, against 1.30 "
           "for ERD.", Status.confirmed),
    (SRNN, "On walking, S-RNN's angle error 80 ms after the seed motion is 1.08, against 1.56 "
           "for ERD.", Status.contradicted)]


@pytest.mark.parametrize(("paper", "text", "status"), AGAINST)
def test_a_two_subject_claim_reads_both_cells(against_papers, paper, text, status):
    assert verify_on(against_papers, paper, [text])[0].status is status


def test_without_the_pair_reading_two_subject_claims_stay_unverified(against_papers,
                                                                    monkeypatch):
    """Planted bug: the claim is not split into its two statements."""
    monkeypatch.setattr(against_pairs, "_AGAINST", re.compile(r"(?!)"))
    # (the Czech claim is confirmed without it too: tab18's row mates read both cells of its row)
    claims = [verify_on(against_papers, paper, [text.replace(" against", "  against")])[0]
              for paper, text, status in AGAINST
              if status is Status.confirmed and paper != SUBWORD]
    assert [claim.status for claim in claims] == [Status.unverified] * 2


@given(st.sampled_from(["against", "compared with", "versus", "vs."]),
       st.decimals(min_value=0, max_value=999, places=2).map(str),
       st.sampled_from(["BERT-Large", "the simple group classifier", "sg", "ERD [14]"]))
def test_against_parts_reads_back_the_other_subject(word, value, side):
    main = "OpenAI GPT reaches 45.4 on CoLA"
    assert against_pairs.against_parts(f"{main}, {word} {value} for {side}.") == (main, side)


QANET = "1804.09541"
RATES = ["QANet processes 259 samples per second in inference.",
         "QANet processes 102 samples per second in inference."]


@pytest.fixture(scope="module")
def qanet(redteam8_paper):
    return {QANET: redteam8_paper(QANET)[0]}


def _qanet_without_factor_cells(monkeypatch):
    """QANet parsed with its speedup cells ("13.3x") read as text, as before round 24
    (probe24a), which reads them as numbers: another guard then withholds the same
    contradiction first, so these two tests read them as text."""
    factors_read_as_text(monkeypatch)
    return {QANET: parse_paper(read_document(
        Path(__file__).resolve().parent / "real" / "redteam8" / "sources" / f"{QANET}.pdf"))}


def test_a_rate_of_samples_is_not_decided_by_batches_per_second(monkeypatch):
    qanet = _qanet_without_factor_cells(monkeypatch)
    claims = verify_on(qanet, QANET, [text.replace(" in ", "  in ") for text in RATES] + [
        "QANet processes 3.2 batches per second in inference on TriviaQA.",
        "QANet processes 5.2 batches per second in inference on TriviaQA."])
    assert [claim.status for claim in claims] == [Status.unverified] * 2 + [
        Status.confirmed, Status.contradicted]
    assert "the evidence batches per second" in " ".join(
        check.explanation for check in claims[0].checks)


def test_without_the_rate_guard_samples_are_contradicted_by_batches(monkeypatch):
    """Planted bug: the round 17 verdict comes back."""
    qanet = _qanet_without_factor_cells(monkeypatch)
    monkeypatch.setattr(guards_rate_units, "rated", lambda text: set())
    claims = verify_on(qanet, QANET, [text.replace(" per", "  per") for text in RATES])
    assert [claim.status for claim in claims] == [Status.contradicted] * 2


@given(st.sampled_from(["sample", "batch", "sentence", "token", "query"]),
       st.sampled_from(["s", ""]), st.sampled_from(["/s", " per second", "/second", " a second"]))
def test_rated_reads_the_counted_noun(noun, plural, per):
    printed = (noun[:-1] + "ies" if noun.endswith("y") else noun + "es" if noun.endswith("ch")
               else noun + "s") if plural else noun
    assert guards_rate_units.rated(f"It runs at 12.5 {printed}{per} on one GPU.") == {noun}


AMDCN = "1804.07821"
COLUMNS = ["The network has three columns.", "The network has four columns."]


@pytest.fixture(scope="module")
def amdcn(redteam_paper):
    return {AMDCN: redteam_paper(AMDCN)[0]}


def test_a_number_of_these_approaches_is_not_the_networks(amdcn):
    claims = verify_on(amdcn, AMDCN, COLUMNS + [
        "The network has five columns.",
        "These approaches seem to saturate in performance at three columns."])
    assert [claim.status for claim in claims] == [Status.contradicted] * 2 + [
        Status.confirmed] * 2


def test_without_the_rule_the_reviewed_works_number_confirms(amdcn, monkeypatch):
    """Planted bug: the round 17 verdict comes back."""
    monkeypatch.setattr(others_subjects, "_OTHERS", re.compile(r"(?!)"))
    # The clauses are remembered per sentence: a fresh memory reads the planted pattern.
    monkeypatch.setattr(others_subjects, "_clauses",
                        functools.lru_cache(others_subjects._clauses.__wrapped__))
    claim = verify_on(amdcn, AMDCN, [COLUMNS[0].replace(" has", "  has")])[0]
    assert claim.status is Status.confirmed
