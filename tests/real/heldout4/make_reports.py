"""Write the fourth held-out corpus (blind) of synthesis reports about real papers, and its gold.

    python tests/real/heldout4/make_reports.py   # rewrites reports/ and gold.jsonl

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
from h1_reasoning_distillation_table_encoding import REPORT as H1  # noqa: E402
from h2_document_layout_table_robustness import REPORT as H2  # noqa: E402
from h3_bosonic_dark_matter_missing import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Paper ID (arXiv ID, with the version printed in the margin where there is one) -> its file in
# sources/ (the only copy). XYLayoutLM's copy prints no arXiv stamp (no version is known), so
# it is cited and named without a version.
PAPER_FILES = {
    "2212.08410v3": "2212.08410v3.pdf",  # Magister et al., Teaching Small Language Models ...
    "2203.00274v2": "2203.00274v2.pdf",  # Yang et al., TableFormer
    "2203.06947": "2203.06947.pdf",  # Gu et al., XYLayoutLM
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
