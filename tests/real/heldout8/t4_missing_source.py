"""Held-out-8 report 4 (text with # headings): cites only Muennighoff et al., OLMoE: Open
Mixture-of-Experts Language Models (arXiv 2409.02060), which has no copy in sources/, so every
claim stays unverified because its only source is missing, whatever it says (the claims are
written as a synthesis would: some true of the paper, some not)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

OE = "2409.02060"  # Muennighoff et al., OLMoE; not in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited paper (arXiv 2409.02060) is not in sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", OE, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("OLMoE-1B-7B has 7 billion parameters in total but uses only 1 billion per input "
            "token.", True, 0.27, "can check the parameter counts."),
    missing("OLMoE was pretrained on 5 trillion tokens.", True, 0.22,
            "can check the number of training tokens."),
    missing("Each OLMoE layer routes every token to 8 of its 64 experts.", True, 0.2,
            "can check the routing configuration."),
    missing("OLMoE-1B-7B outperforms Llama2-13B-Chat and DeepSeekMoE-16B after adaptation.", True,
            0.18, "can check the comparison."),
    missing("The OLMoE authors find that dropless token-choice routing beats expert-choice "
            "routing.", False, 0.12, "can check the routing ablation."),
)

REPORT = LabelledReport(
    file="04_sparse_experts.txt",
    title="Sparse Mixture-of-Experts Models with Open Training Data",
    date="2027-04-09",
    examines="open mixture-of-experts language models",
    research_question="How do fully open mixture-of-experts models compare with dense models "
                      "of similar active size?",
    references=(OE,),
    rows=ROWS,
    quality_score=6.9,
)
