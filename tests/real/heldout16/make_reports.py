"""Write the sixteenth blind corpus of synthesis reports about real papers, and its gold file.

    python tests/real/heldout16/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), about three two-column ACL/NAACL/EMNLP papers no
other corpus uses. The claims and labels are written by hand in the `h*_*.py` modules beside
this script, from the page images of the papers, before any verifier run. Everything written
is committed. Blind: do not tune the verifier on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_document_classification import REPORT as H1  # noqa: E402
from h2_aspect_sentiment import REPORT as H2  # noqa: E402
from h3_averaging_aspects_bare import REPORT as H3  # noqa: E402
from h4_missing_sources import REPORT as H4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Anthology ID -> file in SOURCES (the PDFs are kept there, under their IDs; they came from the
# public repository llhthinker/NLP-Papers). D15-1167 and S14-2004, cited by report 4, have no
# copy on purpose.
PAPER_FILES = {
    "N16-1174": "N16-1174.pdf",  # Yang et al., Hierarchical Attention Networks ... (NAACL 2016)
    "P15-1162": "P15-1162.pdf",  # Iyyer et al., Deep Unordered Composition ... (ACL 2015)
    "D16-1058": "D16-1058.pdf",  # Wang et al., Attention-based LSTM ... (EMNLP 2016)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (H1, H2, H3, H4)
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
