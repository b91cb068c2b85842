"""Held-out-21 report 4 (text with the seeds' bare headings): cites only papers with no copy in
sources/: McCann et al., Learned in Translation: Contextualized Word Vectors (CoVe; NIPS 2017,
arXiv 1708.00107), and Srivastava et al., Dropout (JMLR 2014; no arXiv or ACL Anthology
identifier, cited by its journal page, the PDF kept as a fixture of allenai/pawls). Several
claims repeat numbers the ELMo paper (1802.05365, cited by the other three reports, not this
one) prints about CoVe and dropout: nothing in that paper may decide them. Every claim is
unverified because its only sources are missing."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

COVE = "1708.00107"  # McCann et al. 2017, CoVe; no copy in sources/
DROPOUT = "https://jmlr.org/papers/v15/srivastava14a.html"  # Srivastava et al. 2014, JMLR

WHY = "The only cited papers have no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited papers are not in tests/real/heldout21/sources/."


def missing(text: str, mark: bool, confidence: float, paper: str, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", paper, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("The biattentive classification network with CoVe reaches 53.7% accuracy on SST-5.",
            True, 0.29, COVE, "can confirm it; ELMo's Table 1 prints 53.7 for McCann et al. "
            "(2017) but is not cited here."),
    missing("Adding CoVe to a SQuAD baseline improves F1 by 1.8%.", True, 0.24, COVE,
            "can confirm the gain; ELMo's page 4 states it but is not cited here."),
    missing("CoVe's encoder is a two-layer bidirectional LSTM trained on English-German "
            "translation.", True, 0.26, COVE, "can decide the architecture."),
    missing("CoVe is trained on about 7 million sentence pairs of WMT 2017.", True, 0.2, COVE,
            "can decide the size of the training data."),
    missing("CoVe vectors are concatenated with GloVe vectors before the task model.", True,
            0.23, COVE, "can decide how CoVe is used."),
    missing("With CoVe, the SNLI model reaches an accuracy of 88.1.", True, 0.17, COVE,
            "decides it (88.1 is an ELMo development number, which does not count here)."),
    missing("CoVe improves over GloVe on all seven classification and question answering tasks "
            "tested.", True, 0.21, COVE, "speaks to the comparison."),
    missing("Character n-gram embeddings added to CoVe further improve most tasks.", False, 0.15,
            COVE, "can confirm it."),
    missing("Dropout with a retention probability of 0.5 is close to optimal for hidden units.",
            True, 0.28, DROPOUT, "can confirm the retention probability."),
    missing("Dropout reduces the MNIST test error of a standard network to 0.95%.", True, 0.22,
            DROPOUT, "decides the error rate."),
    missing("Dropout with max-norm regularization gives lower error than dropout with L2 weight "
            "decay.", True, 0.19, DROPOUT, "speaks to the comparison."),
    missing("At test time, the weights of a dropout network are scaled by the retention "
            "probability.", True, 0.3, DROPOUT, "can confirm the test-time scaling."),
    missing("ELMo adds a moderate amount of dropout, following Srivastava et al.", True, 0.18,
            DROPOUT, "is available; the ELMo paper, which says so on page 4, is not cited by "
            "this report."),
)

REPORT = LabelledReport(
    file="04_cove_and_dropout_bare.txt",
    title="Translation-Trained Context Vectors and Dropout Regularization",
    date="2027-12-05",
    examines="CoVe contextual vectors and dropout as background for contextual embeddings",
    research_question="What did the precursors of deep contextual embeddings report?",
    references=(COVE, DROPOUT),
    rows=ROWS,
    quality_score=6.4,
)
