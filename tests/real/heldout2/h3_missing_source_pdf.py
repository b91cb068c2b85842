"""Blind report 3 (PDF, rendered by synth.report.render_pdf): cites only Shen, Lo, Yu,
Dahlberg, Schlanger and Downey, "Multi-LexSum: Real-World Summaries of Civil Rights Lawsuits at
Multiple Granularities" (arXiv 2206.10883v3), by its arXiv link, with no copy in sources/. The
claims are true of the paper (read from allenai/papermage's tests/fixtures/2206.10883v3.pdf to
write them), but every one must stay unverified because its only source is missing."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

ML = "2206.10883v3"  # Shen et al. 2022, Multi-LexSum, arXiv (NeurIPS 2022 Datasets track)

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = ("No source available: the cited paper (an arXiv ID) is not in "
            "tests/real/heldout2/sources/.")


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", ML, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("Multi-LexSum gathers 9,280 expert-written summaries of civil rights lawsuits from "
            "the Civil Rights Litigation Clearinghouse.", True, 0.31,
            "can confirm the count (the paper's abstract prints it)."),
    missing("Each case is summarised at three granularities, averaging about 25, 130 and 650 "
            "words.", True, 0.24, "can confirm the three lengths (page 2)."),
    missing("The source documents of a case run to more than 75,000 words on average.", True,
            0.22, "can confirm the average source length (page 2)."),
    missing("Human judges gave the model summaries an average rating of 0.43 on a scale from 0 "
            "to 3.", False, 0.19, "can confirm the rating (page 2)."),
    missing("Writing a typical case summary takes an expert between one and four hours.", True,
            0.17, "can confirm the time (page 2)."),
    missing("Training on several summary granularities at once shows promise for improving the "
            "long summaries.", True, 0.20, "can confirm the multi-task finding (page 2)."),
)

REPORT = LabelledReport(
    file="03_legal_summaries.pdf",
    title="Summarising Civil Rights Litigation at Several Lengths",
    date="April 9, 2027",
    examines="Multi-LexSum: Real-World Summaries of Civil Rights Lawsuits at Multiple "
             "Granularities",
    research_question="Can current summarization models write expert-quality summaries of "
                      "long legal case files",
    references=(ML,),
    abstract="Legal experts spend hours summarising long case files. We review a dataset of "
             "expert-written summaries of civil rights lawsuits at several lengths, and what "
             "it shows about current abstractive summarization models.",
    rows=ROWS,
)
