"""Held-out-17 report 4 (plain text, bare headings): cites only Xiong, Zhong and Socher,
Dynamic Coattention Networks for Question Answering (ICLR 2017, arXiv 1611.01604), which has
no copy in sources/ (and the audit runs offline), so every claim must stay unverified because
its only source is missing, whatever it says. The claims share names and numbers with report
2's paper (BiDAF's Table 1a prints the DCN's SQuAD test scores, 66.2/75.9 and 71.6/80.4): a
verifier that reads a paper this report does not cite would decide them."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

DCN = "1611.01604"  # Xiong, Zhong, Socher; ICLR 2017

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = ("No source available: the cited paper (arXiv 1611.01604) is not in "
            "tests/real/heldout17/sources/.")


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", DCN, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("A single Dynamic Coattention Network reaches 75.9 F1 on the SQuAD test set.", True,
            0.27, "can confirm it (BiDAF's Table 1a prints the same cell, but that paper is "
                  "not cited here)."),
    missing("An ensemble of Dynamic Coattention Networks reaches 80.4 F1 on SQuAD test.", True,
            0.25, "can decide it."),
    missing("The single DCN obtains an exact match of 66.2 on SQuAD test.", True, 0.22,
            "can decide it."),
    missing("The DCN ensemble reaches 73.3 EM on the SQuAD test set.", False, 0.17,
            "can contradict it (73.3 is BiDAF's ensemble EM in another paper)."),
    missing("The dynamic pointing decoder iterates over potential answer spans to recover from "
            "initial local maxima.", True, 0.21, "can confirm the decoder's description."),
    missing("The coattention encoder attends to the question and the document simultaneously.",
            True, 0.20, "can confirm the encoder's description."),
    missing("The DCN improves the previous state of the art on SQuAD from 71.0% to 75.9% F1.",
            True, 0.24, "can decide the improvement."),
)

REPORT = LabelledReport(
    file="04_coattention_bare.txt",
    title="Coattention and Dynamic Pointing for Question Answering",
    date="August 17, 2027",
    examines="Dynamic Coattention Networks for Question Answering",
    research_question="Can iterating over answer spans recover from wrong early guesses",
    references=(DCN,),
    abstract="Extractive question answering picks a span of a document. We review a network "
             "that attends to question and document together and a decoder that revises its "
             "span estimate over several iterations.",
    rows=ROWS,
)
