"""Held-out-14 report 4 (text with bare headings): cites only Peters, Ammar, Bhagavatula and
Power, Semi-supervised sequence tagging with bidirectional language models (ACL 2017, arXiv
1705.00108), which has no copy in sources/. Whatever the paper says, every claim stays
unverified because its source is missing; one claim repeats a number that Ma and Hovy's paper
(cited by another report of this corpus, 1603.01354) prints, which must not decide it."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

PE = "1705.00108"  # Peters et al. 2017, TagLM; no copy in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited PDF is not in tests/real/heldout14/sources/."


def missing(text: str, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, True, confidence, "unverified", "source_missing", PE, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Adding bidirectional language model embeddings lifts CoNLL-2003 NER F1 to 91.93.",
            0.3, "can confirm the F1."),
    missing("TagLM reaches 96.37 F1 on CoNLL-2000 chunking.", 0.27, "can confirm the F1."),
    missing("Without language model embeddings, the baseline tagger reaches 91.21 F1 on "
            "CoNLL-2003 NER.", 0.21, "can decide it; 91.21 is Ma and Hovy's F1, printed in "
            "another report's paper, not this one's."),
    missing("Using both forward and backward language models beats using the forward one "
            "alone.", 0.24, "speaks to the comparison."),
    missing("The language model embeddings help most when labelled training data is scarce.",
            0.19, "speaks to it."),
)

REPORT = LabelledReport(
    file="04_language_model_tagging_missing_bare.txt",
    title="Language Model Embeddings for Sequence Tagging",
    date="2027-06-05",
    examines="semi-supervised sequence taggers with pretrained language model embeddings",
    research_question="Do bidirectional language model embeddings help NER and chunking?",
    references=(PE,),
    rows=ROWS,
    quality_score=6.6,
)
