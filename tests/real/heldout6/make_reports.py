"""Write the sixth blind corpus (tests/real/heldout6, issue 11 round 7) and its gold file.

    python tests/real/heldout6/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), about papers no other corpus uses and no rule was
tuned on: a retrieval paper with four results tables (arXiv), an older NLP paper with small
boxed tables (ACL Anthology) and an electronics paper with tables of coefficients and sensor
performance (arXiv), plus a report whose only cited paper is missing. The claims and labels
are written by hand in the `d*_*.py` modules beside this script, from the page images, before
any verifier run. The papers are kept only in this corpus's sources/ (named by their IDs), so
no other test reads them. Everything written is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the d*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from d1_dense_passage_retrieval import REPORT as D1  # noqa: E402
from d2_relations_and_strain import REPORT as D2  # noqa: E402
from d3_layout_toolkit_missing_bare import REPORT as D3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file in sources/ (kept only here). 2103.15348 (LayoutParser) is cited on purpose
# without a copy. N06-1039 is the Anthology ID of Shinyama and Sekine's HLT-NAACL 2006 paper
# (from memory: the copy, from pdfminer.six's samples, prints no proceedings footer).
PAPER_FILES = {
    "2004.04906": "2004.04906.pdf",  # Karpukhin et al., Dense Passage Retrieval ... (v3)
    "N06-1039": "N06-1039.pdf",  # Shinyama and Sekine, Preemptive Information Extraction ...
    "2201.13352": "2201.13352.pdf",  # Roisin et al., Low-Power Silicon Strain Sensor ... (v1)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (D1, D2, D3)
__all__ = ["CATEGORIES", "GOLD", "PAPER_FILES", "REPORTS", "REPORTS_SPEC", "SOURCES",
           "gold_text", "render_report"]


def gold_text() -> str:
    return writer.gold_text(REPORTS_SPEC)


def render_report(report: LabelledReport, folder: Path = REPORTS) -> Path:
    return writer.render_report(report, folder)


def main() -> None:
    writer.write_corpus(REPORTS_SPEC, PAPER_FILES, HERE, papers=SOURCES)


if __name__ == "__main__":
    main()
