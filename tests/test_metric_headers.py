"""Metric abbreviations of table headers (verify/metric_headers.py), pinned on real pages:

- arXiv:2206.10883 Table 3 heads its columns "R-1f1 R-2f1 R-Lf1 BSf1 Words" (ROUGE and
  BERTScore with the subscript f1) under "D → L", "D → S", "D → T": true claims saying
  "ROUGE-2", "BERTScore", "ROUGE-1" were left unverified (red team 2, rows 1-3);
- arXiv:1706.03762 Table 3 heads a column "PPL (dev)": a claim of the development
  perplexity was not said by it;
- arXiv:1511.05298 Table 2 heads "Pr (%)" and "Re (%)" (read "P r (%)", and the first "Re"
  without its group "Turns"): "precision" read in the caption's list of the table's metrics
  confirmed a claim of precision from the recall column (its "Re" said by the claim's
  "reaches"); a header that reads as another metric keeps its cell from deciding;
- the PaperMage demo paper (ACL 2023.emnlp-demo.45) Table 2 heads "P R F1" under "Full" and
  "Grobid Subset": a claim of "recall" must not be accounted for by the "P" beside "R" (the
  neighbour-column attack), nor "accuracy" by it (tables corpus row 22).

And the adversarial claims of this change: another metric's cell, a variant (recall,
precision) of a metric the table prints only as F1, a metric the table does not print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.verify import cell_check
from verify_claims.verify.header_vocabulary import HeaderWord, header_words, names_word
from verify_claims.verify.header_words import ClaimWords
from verify_claims.verify.metric_headers import (
    metric_leaf,
    metric_words,
    reading,
    siblings_by_group,
)

MULTILEXSUM = "2206.10883"
PAPERMAGE = "2023.emnlp-demo.45"
TABLES_SOURCES = Path(__file__).resolve().parent / "real" / "tables" / "sources"

SUMMARIES = (
    "LED-16384 has a ROUGE-2 of 22.08 on D → S.",  # 0: R-2f1, true
    "BART's BERTScore on D → T is 27.84.",  # 1: BSf1, true
    "PRIMERA reaches a ROUGE-1 of 53.73 on D → L.",  # 2: R-1f1, true
    "PRIMERA reaches a ROUGE-1 F1 of 53.73 on D → L.",  # 3: the subscript said, true
    "PRIMERA reaches a ROUGE-1 recall of 53.73 on D → L.",  # 4: the table prints F1 only
    "PRIMERA reaches a ROUGE-1 precision of 53.73 on D → L.",  # 5: likewise
    "PRIMERA reaches a BLEU of 53.73 on D → L.",  # 6: no BLEU in the paper's tables
    "PRIMERA reaches a ROUGE-2 of 53.73 on D → L.",  # 7: the ROUGE-1 cell's number
    "BART's BERTScore on D → T is 19.36.",  # 8: the R-L cell beside it
    "BART's ROUGE-L on D → L is 28.73.",  # 9: R-Lf1, true
)
EXTRACTION = (
    "GrobidCRF reaches a precision of 81.2 on the Grobid subset.",  # 0: P, true
    "GrobidCRF reaches a recall of 81.2 on the Grobid subset.",  # 1: 81.2 is P; R is 76.7
    "On the full S2-VL data, I-VILA reaches an accuracy of 92.0.",  # 2: 92.0 is P
    "GrobidCRF reaches an F1 of 81.2 on the Grobid subset.",  # 3: 81.2 is P
    "Grobid's CRF model reaches a precision of 81.2 on the Grobid subset of S2-VL.",  # 4: true
    # 5: a note (Grobid's CRF, said apart, names "GrobidCRF" since round 14: variant_codes.py)
    "Grobid's CRF tagger for chemistry patents reaches a precision of 81.2 on the Grobid subset.",
)
ATTENTION = "1706.03762"
PERPLEXITIES = (
    "The base Transformer reaches a development perplexity of 4.92.",  # 0: PPL (dev), true
    "The base Transformer reaches a development perplexity of 25.8.",  # 1: the BLEU cell's
)


@pytest.fixture(scope="module")
def perplexities(redteam2_paper):
    paper, _ = redteam2_paper(ATTENTION)
    made = [mutations.Made(text=text, kind="test", paper=ATTENTION, origin=text)
            for text in PERPLEXITIES]
    return mutations.verify(made, {ATTENTION: paper})


MANEUVERS = "1511.05298"
ANTICIPATION = (
    "On lane changes, S-RNN anticipates maneuvers with 92.7% precision.",  # 0: Pr, true
    "On lane changes, S-RNN anticipates maneuvers with 92.7% recall.",  # 1: 92.7 is Pr
    "On turns, S-RNN reaches a recall of 78.6%.",  # 2: Re, true
    "On turns, S-RNN reaches a precision of 78.6%.",  # 3: 78.6 is Re
    "S-RNN anticipates maneuvers with a precision of 81.2%.",  # 4: the Turns "Pr", read
    "AIO-HMM anticipates maneuvers with 80.8% precision.",  # 5: under no group: likewise
)


@pytest.fixture(scope="module")
def anticipation(redteam3_paper):
    paper, _ = redteam3_paper(MANEUVERS)
    made = [mutations.Made(text=text, kind="test", paper=MANEUVERS, origin=text)
            for text in ANTICIPATION]
    return mutations.verify(made, {MANEUVERS: paper})


@pytest.fixture(scope="module")
def summaries(redteam2_paper):
    paper, _ = redteam2_paper(MULTILEXSUM)
    made = [mutations.Made(text=text, kind="test", paper=MULTILEXSUM, origin=text)
            for text in SUMMARIES]
    return mutations.verify(made, {MULTILEXSUM: paper})


@pytest.fixture(scope="module")
def extraction():
    paper, _ = _papers_of(TABLES_SOURCES)(PAPERMAGE)
    made = [mutations.Made(text=text, kind="test", paper=PAPERMAGE, origin=text)
            for text in EXTRACTION]
    return mutations.verify(made, {PAPERMAGE: paper})


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_a_rouge_or_bertscore_column_abbreviated_with_its_subscript_says_the_metric(summaries):
    for claim in summaries[:4]:
        assert claim.status == Status.confirmed, claim.text
    assert "R-2f1" in _explained(summaries[0])


def test_rouge_l_in_short_tells_the_group_itself(summaries):
    assert summaries[9].status == Status.confirmed


def test_a_variant_or_metric_the_column_does_not_print_is_not_confirmed_by_it(summaries):
    for claim in summaries[4:7]:
        assert claim.status != Status.confirmed, claim.text
    assert "recall" in _explained(summaries[4])


def test_another_metrics_number_is_no_confirmation(summaries):
    assert summaries[7].status != Status.confirmed
    assert summaries[8].status != Status.confirmed


def test_a_claims_metric_is_said_by_its_own_column_only(extraction):
    assert extraction[0].status == Status.confirmed
    assert extraction[1].status != Status.confirmed  # the neighbour-column attack
    assert extraction[2].status != Status.confirmed
    assert extraction[3].status != Status.confirmed
    assert "accuracy" in _explained(extraction[2])


def test_a_short_form_is_a_metric_only_beside_a_sibling_of_its_set():
    groups = siblings_by_group([("Full", "P"), ("Full", "R"), ("Full", "F1"), ("Size", "P")])
    assert metric_leaf(("Full", "P"), groups) == ("precision", None)
    assert metric_leaf(("Full", "R"), groups) == ("recall", None)
    lone = siblings_by_group([("Size", "P"), ("Size", "N")])
    assert metric_leaf(("Size", "P"), lone) is None  # a lone "P": pages, a p-value
    assert metric_leaf(("Size", "P"), groups) == ("precision", None)  # "R" of another group
    assert metric_leaf(("R",), siblings_by_group([("R",), ("Pearson",)])) is None
    generation = siblings_by_group([("D", "R-1f1"), ("D", "R-Lf1"), ("D", "BSf1")])
    assert metric_leaf(("D", "R-1f1"), generation) == ("rouge-1", "f1")
    assert metric_leaf(("D", "BSf1"), generation) == ("bertscore", "f1")
    assert metric_leaf(("BS",), siblings_by_group([("BS",), ("LR",)])) is None  # batch size
    assert metric_leaf(("ROUGE-1",), {}) == ("rouge-1", None)  # a full name needs none
    assert reading("R-2r") == ("rouge-2", "recall", "generation", True)
    assert reading("Runs") is None and reading("RL") is not None
    assert reading("p") is None and reading("r") is None  # a p-value, a correlation


def test_a_lone_one_letter_header_is_said_by_no_metric_word():
    own, _ = metric_words((HeaderWord("p", upper=True, capital=True),), [("Size", "P")],
                          [siblings_by_group([("Size", "P"), ("Size", "N")])])
    claim = ClaimWords("The parser reaches a precision of 81.2.")
    assert not any(claim.named(word) for word in own)
    own, _ = metric_words((HeaderWord("p", upper=True, capital=True),), [("Full", "P")],
                          [siblings_by_group([("Full", "P"), ("Full", "R")])])
    assert all(claim.named(word) for word in own)


def test_a_subscript_recall_must_be_said():
    own, said = metric_words(header_words("R-1r"), [("R-1r",)],
                             [siblings_by_group([("R-1r",), ("R-Lr",)])])
    assert {word.word for word in own} == {"rouge-1", "recall"} and not said
    own, said = metric_words(header_words("R1"), [("R1",)],
                             [siblings_by_group([("R1",), ("R2",), ("R3",)])])
    assert {word.word for word in own} == {"r1"}  # rounds or raters: no ROUGE-L beside
    assert not ClaimWords("a ROUGE-1 of 40.1").named(HeaderWord("recall"))


def test_two_names_of_one_metric():
    assert names_word(HeaderWord("ppl", upper=True), "perplexity")
    assert names_word(HeaderWord("f-measure"), "f1")
    assert not names_word(HeaderWord("f-measure"), "precision")


def test_the_cell_check_reads_the_metric_words(redteam2_paper):
    paper, index = redteam2_paper(MULTILEXSUM)
    found = {passage.headers: passage for passage in cell_check._passages(paper, index)
             if passage.cell.text == "22.08"}
    passage = found["LED-16384 × D → S / R-2f1"]
    assert "rouge-2" in {word.word for word in passage.own}
    assert "f1" in {word.word for word in passage.words}


def test_a_caption_listing_the_tables_metrics_does_not_say_which_a_cell_is(anticipation):
    assert anticipation[0].status == Status.confirmed
    assert anticipation[2].status == Status.confirmed
    assert anticipation[1].status != Status.confirmed
    assert anticipation[3].status != Status.confirmed
    assert "another metric" in _explained(anticipation[3])


def test_a_short_form_whose_group_the_reader_lost_is_still_read_by_its_axis(anticipation):
    # Its siblings "Re (%)" sit under other groups; read by its group alone, the "Pr" of
    # Turns was no metric, and the only precision cell left (All maneuvers) contradicted
    # these true claims.
    assert anticipation[4].status != Status.contradicted
    assert anticipation[5].status != Status.contradicted


def test_a_perplexity_is_said_by_ppl(perplexities):
    assert perplexities[0].status == Status.confirmed
    assert perplexities[1].status != Status.confirmed


def test_the_note_on_an_undecided_cell_reads_its_metric_abbreviations(extraction):
    assert extraction[4].status == Status.confirmed  # "Grobid's CRF": the row "GrobidCRF"
    note = _explained(extraction[5])
    assert "GrobidCRF × Grobid Subset / P" in note
    assert "“precision”" not in note and "“chemistry”" in note


def test_numbered_rounds_are_no_rouge_scores():
    # A paper of tests/real/papers heads the rows and columns of its tables "R1 R2 R3 R4":
    # no ROUGE-L (nor any full metric name) beside them, so no cell of theirs is a ROUGE cell.
    paper, index = _papers_of(Path(__file__).resolve().parent / "real" / "papers")(
        "test_Grobid_1_05452615")
    passages = [passage for passage in cell_check._passages(paper, index)
                if any(path and path[-1] in ("R1", "R2", "R3", "R4") for path in passage.paths)]
    assert passages
    assert not any(word.word.startswith("rouge") for passage in passages
                   for word in passage.own)
