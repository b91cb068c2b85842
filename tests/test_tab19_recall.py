"""Round 19 (tab19): table claims on unseen real papers, read as their tables are written.

A labelled probe set of 48 table claims about two papers never used before, each label written
from the page image before the tool was run:

- Lai et al. 2015, "Recurrent Convolutional Neural Networks for Text Classification" (AAAI;
  tests/real/tab19_tables/lai15_rcnn.pdf): page 4, Table 1 (datasets: C, Train/Dev/Test, Len,
  Lang); page 5, Table 2 "Test set results for the datasets" (rows BoW + LR ... RCNN, columns
  20News, Fudan, ACL, SST; e.g. RCNN 96.49 95.20 49.19 47.21, CNN 94.79 94.04 47.47 46.35).
- Zhang & Wallace, "A Sensitivity Analysis of (and Practitioners' Guide to) Convolutional Neural
  Networks for Sentence Classification" (arXiv:1510.03820; tests/real/tab19_tables/
  1510.03820.pdf): Tables 1-9, 14 and 17. Most cells print "mean (min, max)" over replicated
  runs: Table 3 (page 6) "MR | 81.24 (80.69, 81.56) | 81.03 (80.68,81.48) | 81.02
  (80.75,81.32)", SST-1 47.08 / 45.65 / 45.98, CR 83.92 / 84.33 / 84.65; Table 14 (page 15)
  "One-hot vector CNN": MR 77.83 (76.56,78.45), SST-2 79.80 (78.53,80.52).

Rules pinned here, each switched off by monkeypatch to show its test fails then (30 of the 48
probes right before them, 38 after, none wrong):

- verify/cell_ranges.py: a cell's value followed by its range in brackets ("81.24 (80.69,
  81.56)") holds the value; such cells gave no number at all, so no claim about them was
  decided. Such a cell contradicts a claim only by a number another cell of its table prints
  with the same decimals: a claimed number of no cell may be of another measure that the
  cell's words did not tell apart ("The average length of Subj is 45" against Table 19's
  "93.20 (93.00,93.36)", an accuracy).
- verify/unnamed_measures.py: a results table that names no measure reports the one measure
  its paper's prose names (Cui et al. 2016, arXiv:1607.04423, Table 2, red team 7).
- verify/cited_labels.py: a row label's author-year citation ("GA Reader (Dhingra et al.,
  2016)") is no word a claim must say (same table).
- verify/value_columns.py: the bare "Values" header of a table of settings is no word a claim
  must say (arXiv:1510.03820, Table 2 "Baseline configuration").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _read_real
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.verify import cell_check, cell_decisions, plain_rows, table_check
from verify_claims.verify.passages import index_of
from verify_claims.verify.unnamed_measures import paper_measure, unnamed_measure

REAL = Path(__file__).resolve().parent / "real"
FOLDER = REAL / "tab19_tables"
RCNN, SENS = "lai15_rcnn", "1510.03820"
C, X = Status.confirmed, Status.contradicted

PROBES: list[tuple[str, Status, str]] = [
    (RCNN, C, "RCNN scores 96.49 on 20News."),
    (RCNN, X, "RCNN scores 96.94 on 20News."),
    (RCNN, C, "On the Fudan set, RCNN reaches 95.20."),
    (RCNN, X, "CNN reaches 95.20 on Fudan."),
    (RCNN, C, "RCNN reaches 47.21 on SST."),
    (RCNN, X, "RCNN reaches 48.70 on SST."),
    (RCNN, C, "CNN achieves a Macro-F1 of 94.79 on 20Newsgroups."),
    (RCNN, C, "Bigram + SVM reaches 93.03 on Fudan."),
    (RCNN, X, "BoW + SVM reaches 93.03 on Fudan."),
    (RCNN, C, "Average Embedding scores 32.70 on SST."),
    (RCNN, X, "Average Embedding scores 37.20 on SST."),
    (RCNN, C, "RNTN achieves 45.70 on SST."),
    (RCNN, X, "RecursiveNN achieves 45.70 on SST."),
    (RCNN, C, "ClassifyLDA-EM reaches 93.60 on 20News."),
    (RCNN, C, "RCNN improves over CNN by 1.70 points on 20News."),
    (RCNN, C, "RCNN improves over CNN by 1.16 points on Fudan."),
    (RCNN, X, "RCNN improves over CNN by 2.16 points on Fudan."),
    (RCNN, C, "On ACL, RCNN outperforms CFG by 9.99 points."),
    (RCNN, C, "BoW + LR reaches 46.67 on ACL."),
    (RCNN, X, "Bigram + LR reaches 46.67 on ACL."),
    (RCNN, C, "The ACL dataset has 28157 test entries."),
    (RCNN, X, "The SST dataset has 2210 training entries."),
    (RCNN, C, "The average text length of 20News is 429."),
    (RCNN, X, "The average text length of Fudan is 2891."),
    (RCNN, C, "The SST development set has 1101 entries."),
    (SENS, C, "On MR, bowSVM reaches an accuracy of 78.24."),
    (SENS, X, "On TREC, wvSVM reaches an accuracy of 87.95."),
    (SENS, C, "bowwvSVM achieves 91.74 on Subj."),
    (SENS, X, "bowwvSVM achieves 91.47 on Subj."),
    (SENS, C, "On MR, bowwvSVM outperforms bowSVM by 1.43 points."),
    (SENS, C, "Non-static word2vec-CNN achieves a mean accuracy of 81.24 on MR."),
    (SENS, C, "On SST-1, non-static GloVe-CNN obtains 45.65."),
    (SENS, X, "On SST-1, non-static GloVe-CNN obtains 47.08."),
    (SENS, C, "Non-static GloVe+word2vec CNN reaches 84.65 on CR."),
    (SENS, X, "Non-static GloVe+word2vec CNN reaches 84.56 on CR."),
    (SENS, C, "With a single region size of 7, the CNN reaches 81.65 on MR."),
    (SENS, X, "With a single region size of 10, the CNN reaches 81.65 on MR."),
    (SENS, C, "A region size of 1 gives 77.85 on MR."),
    (SENS, C, "On TREC, region sizes (2,3,4,5) give an accuracy of 91.57%."),
    (SENS, X, "On TREC, region sizes (3,4,5) give an accuracy of 91.57%."),
    (SENS, X, "The average length of Subj is 32."),
    (SENS, C, "The average length of TREC sentences is 10."),
    (SENS, C, "Logistic regression with bow+wv-LG features reaches 91.84 on Subj."),
    (SENS, C, "The one-hot vector CNN achieves 77.83 on MR."),
    (SENS, X, "The one-hot vector CNN achieves 79.80 on MR."),
    (SENS, C, "Local average pooling with region size 10 gives 88.10 on TREC."),
    (SENS, C, "The baseline configuration uses a dropout rate of 0.5."),
    (SENS, X, "The baseline configuration uses 300 feature maps."),
]

# Claims about cells that print "mean (min, max)": decided only since such a cell holds its mean.
INTERVAL_CLAIMS = [
    (SENS, C, "Non-static word2vec-CNN achieves a mean accuracy of 81.24 on MR."),
    (SENS, C, "On SST-1, non-static GloVe-CNN obtains 45.65."),
    (SENS, X, "On SST-1, non-static GloVe-CNN obtains 47.08."),
    (SENS, C, "Non-static GloVe+word2vec CNN reaches 84.65 on CR."),
    (SENS, C, "The one-hot vector CNN achieves 77.83 on MR."),
    (SENS, X, "The one-hot vector CNN achieves 79.80 on MR."),
]


@pytest.fixture(scope="module")
def papers():
    return {stem: _read_real(stem, FOLDER)[0] for stem in (RCNN, SENS)}


def _status(paper, stem: str, text: str) -> Status:
    # One claim a call: claims of one report that share a number are judged together.
    (claim,) = mutations.verify_texts(paper, text, stem=stem)
    return claim.status


def test_probe_set_no_wrong_verdict_and_recall(papers):
    statuses = [_status(papers[stem], stem, text) for stem, _, text in PROBES]
    wrong = [text for (_, label, text), status in zip(PROBES, statuses, strict=True)
             if status not in (label, Status.unverified)]
    right = sum(status == label for (_, label, _), status in zip(PROBES, statuses, strict=True))
    assert wrong == []
    assert right >= 38  # 30 of 48 before round 19


@pytest.mark.parametrize(("text", "numbers"), [
    ("81.24 (80.69, 81.56)", (81.24,)), ("82.59(82.20,82.80)", (82.59,)),
    ("67.07 (65.60,69.00)", (67.07,)), ("47.1 (0.3)", (47.1, 0.3)),
    ("XLM-R (baseline)", ()), ("(3,4,5)", ()), ("3 (1, 2, 4)", ()),
])
def test_value_with_its_range_in_brackets(text, numbers):
    from verify_claims.claims import Cell
    assert tuple(quantity.value for quantity in cell_check.cell_numbers(Cell(text=text))[0]) \
        == numbers


def test_interval_cells_decided(papers):
    table = next(t for t in papers[SENS].tables if t.label == "Table 3")
    assert table.rows[0][1].text == "81.24 (80.69, 81.56)"
    assert [_status(papers[stem], stem, text) for stem, _, text in INTERVAL_CLAIMS] == [
        label for _, label, _ in INTERVAL_CLAIMS]


def test_range_number_not_contradicted(papers):
    # 91.92 is the maximum printed beside TREC's mean 91.54 (Table 3): never read against it.
    assert _status(papers[SENS], SENS, "On TREC, non-static word2vec-CNN reaches 91.92.") \
        != Status.contradicted


def _table_19_decides(paper, text: str) -> bool:
    (claim,) = mutations.verify_texts(paper, text, stem=SENS)
    return any(check.decisive and "Table 19" in (check.explanation or "")
               for check in claim.checks)


def test_range_cell_contradicts_only_by_another_cell(papers, monkeypatch):
    # Table 19 (page 17), "Subj × max,all (1-max)" prints "93.20 (93.00,93.36)", an accuracy;
    # "The average length of Subj is 45" (Table 8 prints 23) was contradicted by it: the claim's
    # 45 is no number of another cell of that table (44.98 is printed with two decimals).
    text = "The average length of Subj is 45."
    assert not _table_19_decides(papers[SENS], text)
    monkeypatch.setattr(cell_decisions, "prints_range", lambda text: False)  # planted
    assert _table_19_decides(_read_real(SENS, FOLDER)[0], text)


def test_planted_no_interval_values(monkeypatch):
    import re
    monkeypatch.setattr(cell_check, "_SPREAD", re.compile(r"(?!)"))
    paper = _read_real(SENS, FOLDER)[0]
    assert [_status(paper, SENS, text) for _, _, text in INTERVAL_CLAIMS] == [
        Status.unverified] * len(INTERVAL_CLAIMS)


# verify/unnamed_measures.py, on the red team 7 paper (Cui et al. 2016, arXiv:1607.04423):
# Table 2 "Results on the CNN news, CBTest NE and CN datasets" names no measure; the prose
# names accuracy alone ("Test accuracy against the length of the document"). AoA Reader, CNN
# News Test: 74.4; Table 4 (re-ranking), "+Local LM" CBTest NE Test: 73.8.

AOA = REAL / "redteam7" / "sources"
AOA_CLAIMS = ("The AoA Reader reaches 74.4% test accuracy on CNN News.",
              "Adding the local LM raises the CBTest NE test accuracy to 74.0%.")


def test_measure_lent_by_the_prose():
    paper = _read_real("1607.04423", AOA)[0]
    index = index_of(paper)
    assert paper_measure(index) == "accuracy"
    lent = {table.label: bool(unnamed_measure(table, index)) for table in paper.tables}
    assert lent["Table 2"] and lent["Table 4"] and not lent["Table 1"]  # "Statistics of ..."
    assert [_status(paper, "1607.04423", text) for text in AOA_CLAIMS] == [
        Status.confirmed, Status.contradicted]


def test_planted_no_measure_lent(monkeypatch):
    monkeypatch.setattr(cell_check, "unnamed_measure", lambda table, index: "")
    monkeypatch.setattr(table_check, "unnamed_measure", lambda table, index: "")
    paper = _read_real("1607.04423", AOA)[0]
    assert [_status(paper, "1607.04423", text) for text in AOA_CLAIMS] == [
        Status.unverified, Status.unverified]


def test_no_measure_lent_where_the_prose_names_two(papers):
    # Lai et al. report Macro-F1 for 20Newsgroups and accuracy for the other three data sets:
    # which measure a cell of Table 2 holds is not known, so the claim's "Macro-F1" stays unsaid.
    index = index_of(papers[RCNN])
    assert paper_measure(index) is None
    assert _status(papers[RCNN], RCNN, "CNN achieves an accuracy of 94.79 on 20News.") \
        == Status.unverified


# verify/cited_labels.py: the citation of a row label ("GA Reader (Dhingra et al., 2016)") is
# no word a claim must say. Table 2 of arXiv:1607.04423: GA Reader CNN News Test 73.8;
# EpiReader (Trischler et al., 2016) CNN News Valid 73.4, Test 74.0.

CITED_CLAIMS = ("The GA Reader reaches 73.8% on the CNN News test set.",
                "EpiReader reaches 73.4% validation accuracy on CNN News.",
                "EpiReader reaches 74.0% validation accuracy on CNN News.")


def test_uncited_labels():
    from verify_claims.verify.cited_labels import uncited
    assert uncited("GA Reader (Dhingra et al., 2016)") == "GA Reader"
    assert uncited("Labeled-LDA (Li, Sun, and Zhang 2008)") == "Labeled-LDA"
    assert uncited("MemNN (window + self-sup.) (Hill et al., 2015)") == \
        "MemNN (window + self-sup.)"
    for kept in ("BERT (ours)", "(3,4,5)", "Hill et al. (2015)", "(Kim 2014)", "AoA Reader",
                 "(Wang et al., 2017) (Single)"):
        assert uncited(kept) == kept


def test_cited_rows_read_by_their_names():
    paper = _read_real("1607.04423", AOA)[0]
    assert [_status(paper, "1607.04423", text) for text in CITED_CLAIMS] == [
        Status.confirmed, Status.confirmed, Status.contradicted]


def test_planted_citations_required(monkeypatch):
    monkeypatch.setattr(cell_check, "uncited", lambda label: label)
    # round 37's plain-row preference (verify/plain_rows.py) picks the cited row by itself
    monkeypatch.setattr(plain_rows, "enabled", False)
    paper = _read_real("1607.04423", AOA)[0]
    assert [_status(paper, "1607.04423", text) for text in CITED_CLAIMS] == [
        Status.unverified] * 3


# verify/value_columns.py: the bare "Values" header of a table of settings is no word a claim
# must say. arXiv:1510.03820, Table 2 "Baseline configuration": "dropout rate | 0.5",
# "feature maps | 100" under "Description | Values".

SETTING_CLAIMS = [(SENS, C, "The baseline configuration uses a dropout rate of 0.5."),
                  (SENS, X, "The baseline configuration uses 300 feature maps.")]


def test_settings_table_read(papers):
    from verify_claims.verify.value_columns import unsaid_headers
    assert unsaid_headers(["Values"]) == [] and unsaid_headers(["Value range"]) == ["Value range"]
    assert [_status(papers[stem], stem, text) for stem, _, text in SETTING_CLAIMS] == [C, X]


def test_planted_values_header_required(monkeypatch):
    monkeypatch.setattr(cell_check, "unsaid_headers", lambda columns: list(columns))
    paper = _read_real(SENS, FOLDER)[0]
    assert [_status(paper, SENS, text) for _, _, text in SETTING_CLAIMS] == [
        Status.unverified] * 2
