"""Wrong verdicts the seventeenth blind corpus (tests/real/heldout17: natural claims about Kim,
EMNLP 2014, D14-1181; Seo et al., BiDAF, arXiv:1611.01603; Logeswaran and Lee, Quick-Thought,
arXiv:1803.02893; round 17) showed on its first run, each fixed by a general rule and pinned
here on the real page.

The corpus's claims stay blind: each test pins another claim of the same kind, written from the
same page, that got the same wrong verdict before the rule (and a planted bug, the rule switched
off, brings the wrong verdict back).

The first run (status accuracy 0.503; precision 0.95 confirmed, 0.78 contradicted) gave six
wrong decisive verdicts, and the first fix one more:

- arXiv:1611.01603 p.6, Table 1: two tables side by side under one caption ("(a) Results on the
  SQuAD test set" left of "(b) Ablations on the SQuAD dev set") were read as one; every left
  row went on with a right row, so a test row's "F1" was an ablation's (a claim of the baseline's
  51.0 F1 contradicted by 75.4), and the caption's "dev set" spoke for the test cells (an R-Net
  test cell confirmed a dev claim; two dev claims contradicted by test cells).
  `extract/side_tables.split_side_tables` cuts such a table in two at a column with an empty
  header that prints names and no number, each with its own part of the caption.
- arXiv:1611.01603 p.9, Table 3: the caption gives "ensemble" to the rows marked with a star,
  which the reader loses; a claim of a BiDAF ensemble (none is reported) was contradicted by
  the single model's cell. `verify/guards_lost_marks`.
- D14-1181 p.4, Table 2: "when both of its channels are fine-tuned" was confirmed by the
  multichannel model's cell, which fine-tunes one channel only: a setting word the paper uses
  often weighed too little to block. `verify/guards_unsaid_settings`: a training setting the
  claim states must be printed by the cell's labels or caption.
- After the split, arXiv:1611.01603 Table 1b: "Removing C2Q attention costs 10.5 EM points" was
  contradicted by the ablated row's own score (57.2): "costs N points" is the amount of a drop,
  not a level (`claimed_levels._COST_VERB`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from probe_verdicts import DECISIVE, explained, verify_on

from verify_claims.claims import Status
from verify_claims.extract import grid_tables, side_tables
from verify_claims.verify import claimed_levels, guard_chain

SOURCES = Path(__file__).resolve().parent / "real" / "heldout17" / "sources"
BD = "1611.01603"  # Seo et al., BiDAF (ICLR 2017): Table 1 p.6, Table 3 p.9
KIM = "D14-1181"  # Kim, CNNs for sentence classification (EMNLP 2014): Table 2 p.4

# Table 1a (test): Logistic Regression Baseline 40.4 / 51.0; the ablation beside it 65.0 / 75.4.
BASELINE_F1 = "On the SQuAD test set, the logistic regression baseline obtains an F1 of 51.0."
# Table 1a (test): R-Net ensemble F1 79.7; no dev score of R-Net is reported.
RNET_DEV = "The R-Net ensemble obtains 79.7 F1 on the SQuAD dev set."
# Table 3: the caption's "previous ensemble methods (marked with *)"; no BiDAF ensemble.
ENSEMBLE = "An ensemble of BiDAF models scores 80.9 on the DailyMail test set."
# Table 2: CNN-multichannel 88.1 on SST-2; it fine-tunes one channel and keeps the other static.
BOTH_TUNED = "When both its channels are fine-tuned, CNN-multichannel scores 88.1 on SST-2."
# Table 1b (dev): BiDAF (single) F1 77.3, No C2Q attention 67.7: a drop of 9.6 (true).
COSTS = "Removing C2Q attention costs 9.6 F1 points on the SQuAD dev set."


def _parse(stem: str):
    from verify_claims.extract.paper import parse_paper
    from verify_claims.extract.readers import read_document

    return parse_paper(read_document(SOURCES / f"{stem}.pdf"))


@pytest.fixture(scope="module")
def bidaf():
    return _parse(BD)


@pytest.fixture(scope="module")
def kim():
    return _parse(KIM)


def test_the_side_by_side_tables_are_read_apart_each_with_its_part_of_the_caption(bidaf):
    tables = [table for table in bidaf.tables if 6 in table.pages
              and table.label == "Table 1"]
    assert [table.header[1:] for table in tables] == [
        ["Single Model EM", "Single Model F1", "Ensemble EM", "Ensemble F1"], ["EM", "F1"]]
    left, right = tables
    assert "test set" in left.caption and "dev set" not in left.caption
    assert "dev set" in right.caption and "test set" not in right.caption
    assert [row[0].text for row in right.rows][:2] == ["No char embedding", "No word embedding"]
    assert all(cell.row_headers == [row[0].text] for row in right.rows for cell in row)
    assert all(len(row) == 5 for row in left.rows)


def test_a_caption_without_parts_is_kept_whole():
    assert side_tables._caption_parts("Table 2: Results on both sets.") == (
        "Table 2: Results on both sets.", "Table 2: Results on both sets.")
    assert side_tables._caption_parts("Table 1: (1a) On test. (1b) On dev.") == (
        "Table 1: (1a) On test.", "Table 1: (1b) On dev.")


@pytest.mark.parametrize("text", [BASELINE_F1, RNET_DEV])
def test_cells_of_the_side_by_side_tables_decide_nothing_wrong(bidaf, text):
    verdict = verify_on({BD: bidaf}, BD, [text])[0]
    if text == BASELINE_F1:
        assert verdict.status != Status.contradicted, explained(verdict)
    else:
        assert verdict.status == Status.unverified, explained(verdict)


def test_the_split_is_what_keeps_the_wrong_verdicts_away(monkeypatch):
    monkeypatch.setattr(grid_tables, "split_side_tables", lambda table: [table])
    joined = _parse(BD)
    verdicts = verify_on({BD: joined}, BD, [BASELINE_F1 + " ", RNET_DEV + " "])
    assert [verdict.status for verdict in verdicts] == [Status.contradicted, Status.confirmed]


def test_a_word_the_caption_gives_to_lost_marks_decides_nothing(bidaf):
    verdict = verify_on({BD: bidaf}, BD, [ENSEMBLE])[0]
    assert verdict.status == Status.unverified
    assert "marked" in explained(verdict)


def test_the_lost_marks_rule_is_what_keeps_the_wrong_verdict_away(bidaf, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_lost_marks", lambda claim, checks, paper: None)
    verdict = verify_on({BD: bidaf}, BD, [ENSEMBLE + " "])[0]
    assert verdict.status == Status.contradicted


def test_a_setting_the_cell_does_not_say_decides_nothing(kim):
    verdict = verify_on({KIM: kim}, KIM, [BOTH_TUNED])[0]
    assert verdict.status == Status.unverified
    assert "fine-tuned" in explained(verdict)


def test_the_settings_rule_is_what_keeps_the_wrong_verdict_away(kim, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_settings",
                        lambda claim, checks, paper: None)
    verdict = verify_on({KIM: kim}, KIM, [BOTH_TUNED + " "])[0]
    assert verdict.status == Status.confirmed


def test_a_cost_in_points_is_no_level(bidaf):
    verdict = verify_on({BD: bidaf}, BD, [COSTS])[0]
    assert verdict.status != Status.contradicted, explained(verdict)


def test_the_cost_rule_is_what_keeps_the_wrong_verdict_away(bidaf, monkeypatch):
    monkeypatch.setattr(claimed_levels, "_COST_VERB", re.compile(r"(?!x)x"))
    # The level test is remembered per claim: a fresh memory reads the planted pattern, and
    # is dropped with it.
    monkeypatch.setattr(claimed_levels, "_comparable_at",
                        functools.lru_cache(claimed_levels._comparable_at.__wrapped__))
    verdict = verify_on({BD: bidaf}, BD, [COSTS + " "])[0]
    assert verdict.status == Status.contradicted


# Claims against the same pages, labelled from them before they ran (not part of the corpus):
# none may get a wrong decisive verdict.
PROBES = {
    BD: [
        ("The single BiDAF model reaches 77.3 F1 on the SQuAD test set.", Status.confirmed),
        ("Without word embeddings, BiDAF reaches 66.8 F1 on the SQuAD dev set.",
         Status.confirmed),
        ("Without word embeddings, BiDAF reaches 68.6 F1 on the SQuAD dev set.",
         Status.contradicted),
        ("Match-LSTM reaches 73.7 F1 on the SQuAD dev set.", Status.unverified),
        ("The Stanford AR ensemble reaches 79.2 on the DailyMail test set.", Status.confirmed),
        ("A BiDAF ensemble reaches 76.9 on the CNN test set.", Status.unverified),
        ("Removing Q2C attention costs 3.6 F1 points on the SQuAD dev set.", Status.confirmed),
    ],
    KIM: [
        ("With both channels kept static, CNN-multichannel reaches 47.4 on SST-1.",
         Status.unverified),
        ("CNN-non-static reaches 48.0 on SST-1.", Status.confirmed),
    ],
}


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_get_no_wrong_decisive_verdict(bidaf, kim, stem):
    paper = {BD: bidaf, KIM: kim}[stem]
    texts = [text for text, _ in PROBES[stem]]
    verdicts = verify_on({stem: paper}, stem, texts)
    for (text, gold), verdict in zip(PROBES[stem], verdicts, strict=True):
        if verdict.status in DECISIVE:
            assert verdict.status == gold, (text, explained(verdict))


# Recall, round 17 (heldout17's pages; general rules checked on the corpora of record):
QT = "1803.02893"  # Logeswaran and Lee, Quick-Thought (ICLR 2018): Table 1 p.6
# Table 1 (Kim): "|V |: Vocabulary size" in the caption, "|V |" heading the column.
VOCABULARY = "The vocabulary size of MR is 18765."


@pytest.fixture(scope="module")
def quick_thought():
    return _parse(QT)


def test_a_centred_section_label_over_rows_keeps_the_table_whole(quick_thought):
    """arXiv:1803.02893 Table 1 (a boxed table whose rules the reader does not keep): the
    centred "Trained on (BookCorpus + UMBC) data, ..." between two blocks of rows is a label,
    not prose; read as prose it cut the table to its last two rows."""
    table = next(table for table in quick_thought.tables if table.label == "Table 1")
    assert len(table.rows) == 15
    assert table.rows[0][0].text == "GloVe BoW"


def test_the_centred_label_rule_is_what_keeps_the_table_whole(monkeypatch):
    monkeypatch.setattr(grid_tables, "_row_over_label", lambda above, left, right: False)
    table = next(table for table in _parse(QT).tables if table.label == "Table 1")
    assert len(table.rows) < 15


@pytest.mark.xfail(strict=True, reason=(
    "round 29: probe29b's nested_columns.shadowed sets the caption-defined cell aside beside a "
    "row mate the claim names word for word (a right confirmation withheld; it stays unverified)"))
def test_a_symbol_between_bars_is_defined_by_the_caption(kim):
    verdict = verify_on({KIM: kim}, KIM, [VOCABULARY])[0]
    assert verdict.status == Status.confirmed, explained(verdict)


def test_the_barred_symbol_rule_is_what_confirms(monkeypatch):
    from verify_claims.verify import definitions

    monkeypatch.setattr(definitions, "_BARRED", re.compile(r"(?!x)(x)"))
    definitions.read_definitions.cache_clear()
    try:
        verdict = verify_on({KIM: _parse(KIM)}, KIM, [VOCABULARY + " "])[0]
    finally:
        definitions.read_definitions.cache_clear()
    assert verdict.status == Status.unverified
