"""Blind report 3 (plain text, bare headings): cites only Shen, Zhang, Dell, Lee, Carlson and
Li, "LayoutParser: A Unified Toolkit for Deep Learning Based Document Image Analysis" (arXiv
2103.15348), which has no copy in sources/. The first pages of the paper (Unstructured-IO's
example-docs/pdf/layout-parser-paper-with-empty-pages.pdf) were read to write claims a reader
of the paper could judge, true ones and doubtful ones alike; every claim must stay unverified
because its only source is missing, whatever it says."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

LP = "2103.15348"  # Shen et al. 2021, LayoutParser (ICDAR 2021; arXiv v2); no copy in sources/

WHY = "The only cited paper has no copy in sources/ (and the audit runs offline), so nothing "
EVIDENCE = "No source available: the cited paper (arXiv 2103.15348) is not in " \
           "tests/real/heldout6/sources/."


def missing(text: str, mark: bool, confidence: float, note: str) -> Row:
    """A claim whose every cited source is missing: unverified, whatever it says."""
    return Row(text, mark, confidence, "unverified", "source_missing", LP, None, EVIDENCE,
               WHY + note)


ROWS = (
    missing("LayoutParser is an open-source library that streamlines the use of deep learning "
            "in document image analysis research and applications.", True, 0.3,
            "can confirm it (the abstract says so)."),
    missing("The core library offers simple interfaces for layout detection, character "
            "recognition and other document processing tasks.", True, 0.26,
            "can confirm the list of tasks."),
    missing("LayoutParser includes a community platform for sharing pre-trained models and "
            "full document digitization pipelines.", True, 0.24,
            "can confirm the community platform."),
    missing("The authors show LayoutParser at work in both lightweight and large-scale "
            "digitization pipelines.", False, 0.18, "can confirm the two use cases."),
    missing("The LayoutParser library is publicly available at layout-parser.github.io.", True,
            0.21, "can confirm the address."),
    missing("LayoutParser's pre-trained layout models reach 98% mAP on PubLayNet.", True, 0.2,
            "could decide the figure; it is not on the pages read."),
)

REPORT = LabelledReport(
    file="03_document_layout_toolkit_bare.txt",
    title="Reusable Deep Learning for Document Layout Analysis",
    date="2027-03-06",
    examines="LayoutParser: A Unified Toolkit for Deep Learning Based Document Image Analysis",
    research_question="Can one toolkit make deep-learning layout analysis easy to reuse",
    references=(LP,),
    abstract="Deep learning has changed document image analysis, but its models are hard to "
             "reuse. We review a toolkit that wraps layout detection, character recognition "
             "and model sharing behind one interface.",
    rows=ROWS,
)
