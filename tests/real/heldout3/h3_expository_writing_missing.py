"""Held-out-3 report 3 (Markdown): cites only Shen et al., "Beyond Summarization: Designing AI
Support for Real-World Expository Writing Tasks" (arXiv 2304.02623v1, a 4-page position
paper), by its arXiv link. The paper has no copy in sources/ (it was read from
allenai/papermage, tests/fixtures/2304.02623v1.pdf, to write true claims), so every claim must
stay unverified because its only source is missing, whatever it says."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

BS = "2304.02623v1"  # Shen, August, Siangliulue, Lo, Bragg, Hammerbacher, Downey, Chang, Sontag

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = ("No source available: the cited paper (an arXiv ID) is not in "
            "tests/real/heldout3/sources/.")


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", BS, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Shen et al. argue that AI support for expository writing, such as literature "
            "reviews or clinical progress notes, has received little study.", True, 0.26,
            "can confirm it (the abstract says so)."),
    missing("The position paper characterizes expository writing as both evidence-based and "
            "knowledge-generating.", True, 0.22, "can confirm the two characteristics."),
    missing("The authors sketch three components for designing AI support of expository "
            "writing.", True, 0.18, "can confirm the count of components."),
    missing("Augmenting the reading of source documents and the collection of evidence is one "
            "of the proposed components.", False, 0.15, "can confirm the component."),
    missing("The paper frames expository writing as the product of the authors' sensemaking "
            "over a set of source documents.", True, 0.20, "can confirm the framing."),
)

REPORT = LabelledReport(
    file="03_expository_writing_missing.md",
    title="AI Assistance for Evidence-Based Writing",
    date="April 12, 2027",
    examines="Beyond Summarization: Designing AI Support for Real-World Expository Writing Tasks",
    research_question="What should AI writing support look like when the writer must read and "
                      "synthesize many sources",
    references=(BS,),
    abstract="Language models can draft text, but expository writing also asks authors to read, "
             "select evidence and add insight of their own. We review a position paper that "
             "characterizes this kind of writing and sketches how AI support could be "
             "designed for it.",
    rows=ROWS,
)
