"""Report 5 (plain text with `#` headings): cites only papers that have no copy in sources/,
SciBERT (D19-1371) and domain-adaptive pretraining (2020.acl-main.740). Whatever the papers
say, every claim must stay unverified with the reason that its source is missing; nothing the
other reports' papers print may decide them."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

SB = "D19-1371"  # Beltagy et al. 2019, SciBERT (EMNLP-IJCNLP 2019); no copy in sources/
DA = "2020.acl-main.740"  # Gururangan et al. 2020, Don't Stop Pretraining; no copy in sources/

WHY = "The only cited papers have no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDFs are not in tests/real/claims/sources/."


def missing(text: str, mark: bool, confidence: float, paper: str, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", paper, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("SciBERT is pretrained on a random sample of 1.14M papers from Semantic Scholar.",
            True, 0.31, SB, "can confirm the corpus size."),
    missing("The SciBERT pretraining corpus consists of 18% computer science and 82% biomedical "
            "papers.", True, 0.27, SB,
            "can confirm it, although S2ORC (cited elsewhere, not here) reports the same split."),
    missing("SciBERT's own vocabulary, SciVocab, overlaps with BERT's base vocabulary by 42%.",
            True, 0.22, SB, "can decide the overlap."),
    missing("SciBERT reaches 90.01 span-level F1 on BC5CDR.", True, 0.25, SB,
            "decides it; the same number is printed in S2ORC's Table 5, which this report does "
            "not cite."),
    missing("SciBERT outperforms BERT-Base on biomedical, computer science and multi-domain "
            "tasks.", True, 0.29, SB, "speaks to the comparison."),
    missing("Fine-tuning SciBERT beats using frozen SciBERT embeddings with a task-specific "
            "BiLSTM.", True, 0.18, SB, "speaks to the comparison."),
    missing("SciBERT's vocabulary has about 30K tokens, like BERT's.", False, 0.14, SB,
            "can confirm the size."),
    missing("SciBERT is trained on full text rather than abstracts only.", True, 0.16, SB,
            "can decide it."),
    missing("SciBERT sets a new state of the art on ChemProt with 83.64 micro-F1.", True, 0.21, SB,
            "decides it; 83.64 also appears in S2ORC's Table 5, which is not cited here."),
    missing("Domain-adaptive pretraining improves RoBERTa on all four domains studied.", True,
            0.33, DA, "speaks to the domains."),
    missing("Task-adaptive pretraining on the unlabeled task data alone gives large gains even "
            "after domain-adaptive pretraining.", True, 0.24, DA, "can confirm it."),
    missing("Domain-adaptive pretraining uses 47GB of biomedical text from S2ORC.", True, 0.19,
            DA, "can decide the size; S2ORC is cited by name only."),
    missing("Pretraining on an irrelevant domain hurts end-task performance compared with "
            "RoBERTa.", False, 0.12, DA, "speaks to the direction."),
    missing("Eight classification tasks across four domains are used to evaluate domain-adaptive "
            "pretraining.", True, 0.23, DA, "can decide the counts."),
    missing("Combining domain- and task-adaptive pretraining gives the best results on every "
            "task.", True, 0.26, DA, "can decide it."),
    missing("Curated task-adaptive pretraining with human-selected unlabeled data outperforms "
            "plain task-adaptive pretraining.", False, 0.15, DA, "can decide it."),
)

REPORT = LabelledReport(
    file="05_missing_sources.txt",
    title="Domain Adaptation of Pretrained Language Models for Scientific Text",
    date="March 14, 2027",
    examines="SciBERT: A Pretrained Language Model for Scientific Text; Don't Stop Pretraining: "
             "Adapt Language Models to Domains and Tasks",
    research_question="Does continued pretraining on in-domain scientific text help downstream "
                      "tasks",
    references=(SB, DA),
    rows=ROWS,
    quality_score=8.4,
    abstract="Pretrained language models are often adapted to scientific text by pretraining "
             "from scratch on papers or by continuing pretraining on in-domain data. We review "
             "two studies of these strategies.",
)
