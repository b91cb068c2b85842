"""Held-out-10 report 4 (plain text, bare headings): cites only Futoma, Hariharan, Heller et
al., An Improved Multi-Output Gaussian Process RNN with Real-Time Validation for Early Sepsis
Detection (MLHC 2017, arXiv 1708.05894, stamp in the left margin of page 1 of
titipata/scipdf_parser example_data/futoma2017improved.pdf). The paper has no copy in sources/
(it was read to write true claims), so every claim must stay unverified because its only source
is missing, whatever it says."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SP = "1708.05894"  # Futoma et al., MLHC 2017

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited paper is not in tests/real/heldout10/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", SP, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("The sepsis classifier is trained and validated on 18 months of inpatient stays "
            "from the Duke University Health System.", True, 0.28,
            "can confirm the data set (the abstract says so)."),
    missing("Patient time series are modelled with multi-output Gaussian processes whose latent "
            "values feed a deep recurrent neural network.", True, 0.26,
            "can confirm the model (the abstract says so)."),
    missing("The whole model is trained end-to-end with back-propagation.", True, 0.22,
            "can confirm the training (the abstract says so)."),
    missing("The Gaussian process mean function accounts for the effects of administered "
            "medications.", True, 0.21, "can confirm the mean function."),
    missing("The model is validated on 36 months of outpatient visits.", True, 0.2,
            "can contradict it (18 months of inpatient stays)."),
    missing("The proposed method underperforms the clinical baselines.", False, 0.17,
            "can contradict it (the abstract says it substantially outperforms them)."),
    missing("The model's predictions will be shown on a dashboard used by a sepsis rapid "
            "response team.", True, 0.2, "can confirm the deployment plan."),
    missing("The learning rate used for training is 0.001.", True, 0.18,
            "can confirm the learning rate (Section 5)."),
)

REPORT = LabelledReport(
    file="04_sepsis_missing_source_bare.txt",
    title="Early Sepsis Detection with Gaussian Process Recurrent Networks",
    date="2027-04-02",
    examines="early sepsis detection from inpatient time series",
    research_question="How well can streaming vitals and labs predict sepsis before it occurs?",
    references=(SP,),
    rows=ROWS,
    quality_score=6.8,
)
