"""How claims name table rows and lines that share words (verify/cell_paths.py) and means over
a counted whole line (verify/cell_means.py), on real typeset tables: bohnet09 Table 4 (rows
"LAS", "Semantic Labeled", "Macro (F1)" under the row groups "Development Set" and "Test
Set"; the languages as columns under the stub header "Language") and bunescu-acl07 Table 4
(rows "(a) CA", "(b) PB" under the stub header "Dataset", four systems as columns). Each rule
has its planted-bug negative: a neighbouring row or a miscounted line never decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.claims import Location
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify.cell_arithmetic import check_cell_differences
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.cell_means import check_line_means
from verify_claims.verify.cell_paths import superseded
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.header_words import ClaimWords
from verify_claims.verify.passages import PassageIndex

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


def _paths(*paths: tuple[str, ...]):
    return {path: frozenset(header_words(" ".join(path))) for path in paths}


# bohnet09 Table 4's row paths under "Test Set" (tests/real/papers/bohnet09.gold.yaml).
TEST_ROWS = _paths(("Test Set", "LAS"), ("Test Set", "Semantic Labeled"),
                   ("Test Set", "Macro (F1)"))


def _superseded(claim: str, path: tuple[str, ...], paths=TEST_ROWS) -> bool:
    words = ClaimWords(claim)
    return superseded(path, paths, lambda word: words.names(word))


def test_a_row_said_wholly_supersedes_one_that_shares_only_the_measure_word():
    claim = "The semantic labeled F1 on the German test set is 72.76."
    assert _superseded(claim, ("Test Set", "Macro (F1)"))
    assert not _superseded(claim, ("Test Set", "Semantic Labeled"))
    # Said the other way, the macro row is the wholly said one.
    assert _superseded("The macro F1 on the German test set is 81.60.",
                       ("Test Set", "Semantic Labeled"))
    assert not _superseded("The macro F1 on the German test set is 81.60.",
                           ("Test Set", "Macro (F1)"))


def test_neither_row_supersedes_when_the_claim_leaves_a_word_of_each_unsaid():
    claim = "The labeled F1 on the German test set is 72.76."  # "semantic", "macro" unsaid
    assert not _superseded(claim, ("Test Set", "Macro (F1)"))
    assert not _superseded(claim, ("Test Set", "Semantic Labeled"))


def test_a_row_named_elsewhere_in_the_claim_is_not_superseded():
    # "Osprey" is a name of its own, not part of the phrase that names "Lynx + reranker": the
    # claim compares the two rows, and neither stands for the other.
    paths = _paths(("Osprey (Ours)",), ("Lynx (2019)",), ("Lynx + reranker",))
    claim = "Osprey beats Lynx with the reranker by 17.9 nDCG on the co-view task."
    assert not _superseded(claim, ("Osprey (Ours)",), paths)


def test_a_nested_longer_path_the_claim_says_more_of_is_not_superseded():
    # "BERT large" says "large", which only the longer path holds: it is not the short one's.
    paths = _paths(("BERT",), ("BERT large fine-tuned",))
    assert not _superseded("BERT large scores 80.1.", ("BERT large fine-tuned",), paths)


# The real tables of bohnet09 and bunescu-acl07 are the fixtures `bohnet` and `bunescu`
# (tests/conftest.py); `_outcome` runs one check on one claim.
from test_cell_rules import _outcome  # noqa: E402


@pytest.mark.parametrize("text, outcome", [
    ("The semantic labeled F1 on the German test set is 75.72.", "supported"),
    # 72.76 is the Japanese column; 81.60 the "Macro (F1)" row, which shares only "F1".
    ("The semantic labeled F1 on the German test set is 72.76.", "contradicted"),
    ("The semantic labeled F1 on the German test set is 81.60.", "contradicted"),
    ("The macro F1 on the German test set is 81.60.", "supported"),
    ("The macro F1 on the German test set is 75.72.", "contradicted"),
    # Neither row said wholly: no cell decides.
    ("The labeled F1 on the German test set is 72.76.", None),
])
def test_the_wholly_said_row_decides(bohnet, text, outcome):
    assert _outcome(check_cells, bohnet, text) == outcome


@pytest.mark.parametrize("text, outcome", [
    # 80.39 (test) - 78.79 (development), the "Macro (F1)" rows not a third and fourth cell.
    ("English semantic labeled F1 was 1.6 points higher on the test set than on the "
     "development set.", "supported"),
    ("English semantic labeled F1 was 1.9 points higher on the test set than on the "
     "development set.", "contradicted"),
    ("English semantic labeled F1 was 1.6 points lower on the test set than on the "
     "development set.", "contradicted"),
])
def test_a_difference_across_row_groups(bohnet, text, outcome):
    assert _outcome(check_cell_differences, bohnet, text) == outcome


@pytest.mark.parametrize("text, outcome", [
    # (80.44 + 75.91 + 79.57 + 85.14 + 81.60 + 82.51 + 80.75) / 7 = 80.846.
    ("Averaged over the seven test languages, the system's macro F1 is 80.85.", "supported"),
    ("Averaged over the seven test languages, the system's macro F1 is 80.58.", "contradicted"),
    # Miscounted (the line has seven cells), or counted things the table does not hold.
    ("Averaged over the six test languages, the system's macro F1 is 80.85.", None),
    ("Averaged over the seven test systems, the system's macro F1 is 80.85.", None),
    # No counted set: "averaged" alone names no line.
    ("On average, the system's macro F1 on the test set is 80.85.", None),
    # A count with modifiers before its noun, which the parser makes no quantity of: the
    # row "Out-of-domain data / LAS" (76.40, 82.64, 77.34: mean 78.79).
    ("Averaged over the three out-of-domain languages, LAS is 78.79.", "supported"),
    ("Averaged over the four out-of-domain languages, LAS is 78.79.", None),
])
def test_the_mean_of_a_counted_line(bohnet, text, outcome):
    assert _outcome(check_line_means, bohnet, text) == outcome


@pytest.mark.parametrize("text, outcome", [
    # The column SSK–T1 over the two rows the stub header "Dataset" names: (81.1 + 78.2) / 2.
    ("Averaged over the two datasets, SSK–T1's area under the precision-recall curve is "
     "79.65%.", "supported"),
    ("Averaged over the two datasets, SSK–T1's area under the precision-recall curve is "
     "76.95%.", "contradicted"),
    ("Averaged over the three datasets, SSK–T1's area under the precision-recall curve is "
     "79.65%.", None),
])
def test_the_mean_of_a_counted_column(bunescu, text, outcome):
    assert _outcome(check_line_means, bunescu, text) == outcome


# --- names printed with an en dash, and acronyms of hyphenated compounds ---------------------

def test_a_dashed_header_is_said_as_its_parts_in_a_row():
    # bunescu-acl07 Table 4's columns "SSK–T1", "SSK–MIL", "BW–MIL" (en dashes).
    claim = "SSK–T1 outperforms the bag-of-words MIL baseline by 35.2 AUC points."
    said = {header: all(_said_all(claim, header)) for header in ("SSK–T1", "SSK–MIL", "BW–MIL")}
    # "SSK" (of SSK–T1) and "MIL" (of bag-of-words MIL) do not make up "SSK–MIL".
    assert said == {"SSK–T1": True, "SSK–MIL": False, "BW–MIL": True}


def _said_all(claim: str, header: str) -> list[bool]:
    words = ClaimWords(claim)
    return [words.named(word) for word in header_words(header)]


@pytest.mark.parametrize("text, outcome", [
    ("On corporate acquisitions, SSK–T1 outperforms the bag-of-words MIL baseline by 35.2 AUC "
     "points.", "supported"),
    ("On corporate acquisitions, SSK–T1 outperforms the bag-of-words MIL baseline by 25.2 AUC "
     "points.", "contradicted"),
])
def test_a_difference_against_a_column_named_by_its_spelled_out_acronym(bunescu, text, outcome):
    assert _outcome(check_cell_differences, bunescu, text) == outcome


@pytest.mark.parametrize("text, outcome", [
    ("The bag-of-words MIL baseline reaches an AUC of only 45.9% on corporate acquisitions.",
     "supported"),
    # 54.9 (digits swapped) and 76.9 (SSK–MIL, the column that shares "MIL").
    ("The bag-of-words MIL baseline reaches an AUC of only 54.9% on corporate acquisitions.",
     "contradicted"),
    ("The bag-of-words MIL baseline reaches an AUC of only 76.9% on corporate acquisitions.",
     "contradicted"),
    ("The Charlie Chaplin–London training bag holds 292 sentences.", "supported"),
])
def test_cells_named_through_dashes_and_compound_acronyms(bunescu, text, outcome):
    assert _outcome(check_cells, bunescu, text) == outcome


# --- count columns and shortened row names (verify/cell_kinds.py), dyer12 Table 2 -------------
# Rows "2 / train-nc / +ng" (devtest-nc 26.09, test-nc 28.03, #Features 354k) and
# "2 / train-nc / +id,ng,shape" (26.08, 27.86); "+shape" (26.07, 27.91). The caption defines
# "2 (MixSGD)" and "rule n-gram (ng)".

@pytest.fixture(scope="module")
def dyer():
    paper = parse_paper(read_document(PAPERS / "dyer12.pdf"))
    return paper, PassageIndex(paper)


@pytest.mark.parametrize("text, outcome", [
    ("MixSGD with rule n-gram features scores 26.09 BLEU on devtest-nc.", "supported"),
    # 26.07 is the "+shape" row: the value of neither row the claim may name.
    ("MixSGD with rule n-gram features scores 26.07 BLEU on devtest-nc.", "contradicted"),
    ("MixSGD with rule n-gram features scores 27.91 BLEU on test-nc.", "contradicted"),
    # 26.08 is the longer row "+id,ng,shape", which the claim may have shortened: no verdict.
    ("MixSGD with rule n-gram features scores 26.08 BLEU on devtest-nc.", None),
    ("MixSGD with rule n-gram features scores 27.86 BLEU on test-nc.", None),
])
def test_a_shortened_row_name_contradicts_only_a_number_of_no_row_it_may_name(dyer, text,
                                                                            outcome):
    assert _outcome(check_cells, dyer, text) == outcome


def test_a_fractional_number_is_no_cell_of_a_count_column(dyer):
    from verify_claims.verify.cell_check import cell_passages
    from verify_claims.verify.cell_kinds import count_header, fractional

    paper, index = dyer
    passages = [passage for passage in cell_passages(paper, index)
                if passage.paths[0] == ("2", "train-nc", "+ng")]
    counted = {passage.cell.text: count_header(passage) for passage in passages}
    assert counted == {"354k": True, "26.09": False, "28.03": False}
    claim = build_claim("r.md", "It scores 26.07 BLEU with 354k features.",
                        Location(file="r.md", line=1))
    assert [fractional(quantity) for quantity in claim.quantities] == [True, False]


# --- an order claimed on every line of the other axis (verify/cell_quantified.py) -----------

@pytest.mark.parametrize("text, outcome", [
    # bunescu-acl07 Table 4, rows "(a) CA" and "(b) PB" under the stub header "Dataset":
    # SSK–T1 81.1/78.2, SSK–MIL 76.9/72.5, SSK–SIL 80.4/73.4.
    ("On both datasets, SSK–T1 achieves a larger area under the precision-recall curve than "
     "SSK–MIL.", "supported"),
    ("On both datasets, SSK–MIL achieves a larger area under the precision-recall curve than "
     "SSK–T1.", "contradicted"),
    # Counted wrong ("three datasets": the table has two), or quantified over what the rows
    # are not ("systems"): nothing is decided.
    ("On all three datasets, SSK–T1 achieves a larger area under the precision-recall curve "
     "than SSK–MIL.", None),
    ("On both systems, SSK–T1 achieves a larger area under the precision-recall curve than "
     "SSK–MIL.", None),
])
def test_an_order_on_every_line_the_claim_quantifies_over(bunescu, text, outcome):
    from verify_claims.verify.cell_quantified import check_quantified_order

    assert _outcome(check_quantified_order, bunescu, text) == outcome


def test_an_order_that_fails_on_one_line_of_all_is_contradicted(bohnet):
    from verify_claims.verify.cell_quantified import check_quantified_order

    # Test 74.53 < development 74.98 for Catalan, while English goes up: "on all" is false.
    text = ("On all seven test languages, the semantic labeled F1 is higher than on the "
            "development set.")
    assert _outcome(check_quantified_order, bohnet, text) == "contradicted"


# --- what the text says a column holds (verify/column_notes.py), bunescu-acl07 Tables 2-3 ----

def test_a_sentence_that_says_what_a_column_holds_is_read_for_its_cells(bunescu):
    from verify_claims.claims import Paper, Sentence, Table
    from verify_claims.verify.column_notes import column_notes

    paper, _ = bunescu
    # "The number of sentences in every bag is shown in the last column of Tables 2 & 3."
    assert column_notes(paper) == {(1, 3): ("The number of sentences in every bag",),
                                   (2, 3): ("The number of sentences in every bag",)}
    # A note on what the column prints between parentheses describes its second number.
    made = Paper(file="x.pdf", tables=[Table(caption="Table 1: Pairs.", label="Table 1",
                                             header=["Pair", "Size"], rows=[])],
                 sentences=[Sentence(text="The last column in Table 1 shows, between "
                                          "parentheses, how many are positive.", page=1),
                            Sentence(text="The first column of Table 1 lists the pairs.",
                                     page=1)])
    assert column_notes(made) == {(0, 0): ("the pairs",)}


@pytest.mark.parametrize("text, outcome", [
    ("The Google–YouTube training bag contains 1375 sentences.", "supported"),
    ("The Google–YouTube training bag contains 1357 sentences.", "contradicted"),
])
def test_a_size_column_read_with_the_papers_note_on_it(bunescu, text, outcome):
    assert _outcome(check_cells, bunescu, text) == outcome


# --- one cell per table, every table disagreeing (cell_kinds.every_table_disagrees) ---------
# P07-1088 prints "HMM-T" x "Headquartered" twice: Table 1 (0.734) and Table 2 (0.678, with a
# longer row "PL+ HMM-T" at 0.727 that a claim saying "HMM-T" may have shortened).

@pytest.fixture(scope="module")
def realm():
    paper = parse_paper(read_document(PAPERS / "P07-1088.pdf"))
    return paper, PassageIndex(paper)


@pytest.mark.parametrize("text, outcome", [
    ("HMM-T reaches an area under the curve of 0.734 on the Headquartered relation.",
     "supported"),
    ("HMM-T reaches an area under the curve of 0.678 on the Headquartered relation.",
     "supported"),
    # 0.827 is Table 1's "Founded" row: the value of no reading in either table.
    ("HMM-T reaches an area under the curve of 0.827 on the Headquartered relation.",
     "contradicted"),
    # 0.727 is the longer row the claim may have shortened: no verdict.
    ("HMM-T reaches an area under the curve of 0.727 on the Headquartered relation.", None),
])
def test_a_number_no_table_prints_for_the_named_cell_is_contradicted(realm, text, outcome):
    assert _outcome(check_cells, realm, text) == outcome
