"""Types and helpers for the hand-labelled claims about real papers (see README.md here).

Each report module (`r1_*.py` ... `r5_*.py`) holds one synthesis report: its title, the papers it
cites and its claims table, and beside every claim the label a careful reader of the cited
paper gives it, with the page and the quote or table cells that justify it. The labels were
written by reading the papers, before the verifier ran on them: they are the test of record,
and a disagreement with the tool is the tool's error unless the paper says otherwise.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from verify_claims.extract.truncation import is_truncated

Status = Literal["confirmed", "contradicted", "unverified"]

CATEGORIES: dict[str, str] = {
    "text_number": "a number printed in a sentence of the paper, claimed as printed",
    "table_cell": "a number printed only in a table cell",
    "cell_arithmetic": "a difference or an average of table cells",
    "paraphrase": "a statement of the paper in other words",
    "wrong_number": "a different number for a measure the paper states",
    "transposed_digits": "the paper's number with two digits swapped",
    "neighbour_cell": "the number of a neighbouring row or column of the same table",
    "direction_flip": "the opposite direction of a comparison or change the paper states",
    "negation": "the paper's statement denied in other words",
    "wrong_count": "a wrong count of things the paper counts",
    "unsupported_relation": "names and numbers of the paper in a relation it never states",
    "source_missing": "the only cited source is not available",
    "truncated": "cut off mid-sentence at 120 characters by the report generator",
}


@dataclass(frozen=True)
class Row:
    """One claim as the report prints it (text, the report's own mark and confidence) and its
    hand label: status, category, the paper and page that decide it, the evidence (a quote or
    table cells with their headers) and why."""

    text: str
    mark: bool
    confidence: float | None
    status: Status
    category: str
    paper: str | None  # Anthology ID (or arXiv ID, or DOI) of the paper the claim is about
    page: int | None  # 1-based page of the PDF (not the printed page number)
    evidence: str
    why: str


@dataclass(frozen=True)
class LabelledReport:
    file: str
    title: str
    date: str
    examines: str
    research_question: str
    references: tuple[str, ...]  # Anthology IDs
    rows: tuple[Row, ...]
    quality_score: float = 7.6
    abstract: str = ""  # the report's own abstract (the seed layout prints one)


def cut(text: str, limit: int = 120) -> str:
    """Cut a claim the way the report generator does: at `limit` characters, mid-word."""
    cut_text = text[:limit].rstrip()
    assert is_truncated(cut_text), f"not cut like the generator cuts: {cut_text!r}"
    return cut_text


def anthology_url(paper_id: str) -> str:
    return f"https://aclanthology.org/{paper_id}.pdf"


ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}(v\d+)?")


def reference_url(reference: str) -> str:
    """The link a report prints for a cited paper: a DOI ("10.1145/...") as a doi.org link (for
    a paper outside the Anthology), a new-style arXiv ID ("2202.00535v1") as its arxiv.org
    abstract link, a full link ("https://proceedings.mlr.press/...", for a paper with neither)
    as it is, anything else as an Anthology ID's PDF link."""
    if reference.startswith(("https://", "http://")):
        return reference
    if reference.startswith("10."):
        return f"https://doi.org/{reference}"
    if ARXIV_ID.fullmatch(reference):
        return f"https://arxiv.org/abs/{reference}"
    return anthology_url(reference)


def load_writer():
    """tests/real/claims/make_reports.py (the corpus writer) under its own module name, for the
    held-out corpora's scripts, whose own name is make_reports too."""
    name = "real_claims_make_reports"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "make_reports.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
