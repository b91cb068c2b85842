"""Write the third held-out corpus (blind) of synthesis reports about real papers, and its gold.

    python tests/real/heldout3/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), about papers that no other corpus, unit test or
gold file of the project uses, so that a verifier change can be measured on papers, tables
and phrasings nobody tuned on. The claims and labels are written by hand in the `h*_*.py`
modules beside this script, from the papers' page images, before any verifier run. The cited
PDFs are kept only in this folder's sources/ (byte for byte as fetched; see README.md), so no
other test reads them. Everything written is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_semantic_parsing_geospatial_pooling import REPORT as H1  # noqa: E402
from h2_reading_support_geospatial_pooling import REPORT as H2  # noqa: E402
from h3_expository_writing_missing import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Paper ID (Anthology ID or arXiv ID with version) -> its file in sources/ (the only copy).
# W05-0602 follows from the first page (CoNLL 2005, pp. 9-16, the second paper of the
# proceedings after the 8-page W05-0601); the arXiv IDs are printed in the papers' margins.
PAPER_FILES = {
    "W05-0602": "W05-0602.pdf",  # Ge and Mooney, A Statistical Semantic Parser that ...
    "1912.10667v1": "1912.10667v1.pdf",  # Deng et al., Getis-Ord Gi* pooling
    "2302.07302v1": "2302.07302v1.pdf",  # Chang et al., CiteSee
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (H1, H2, H3)
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
