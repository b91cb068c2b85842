"""Write the fifth held-out corpus (blind) of synthesis reports about real papers, and its gold.

    python tests/real/heldout5/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), about papers that no other corpus, unit test or
gold file of the project uses, so that a verifier change can be measured on papers, tables
and phrasings nobody tuned on. The claims and labels are written by hand in the `h*_*.py`
modules beside this script, from the papers' page images, before any verifier run. The cited
PDFs are kept only in this folder's sources/ (see README.md for how each was obtained), so no
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
from h1_open_llm_table_tokens import REPORT as H1  # noqa: E402
from h2_efficient_models_table_structure import REPORT as H2  # noqa: E402
from h3_creativity_survey_missing import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Paper ID (arXiv ID, with the version where the copy prints one) -> its file in sources/ (the
# only copy). Mistral 7B and OTSL were built from their arXiv LaTeX sources, which print no
# arXiv stamp, so they are cited and named without a version.
PAPER_FILES = {
    "2407.10671v4": "2407.10671v4.pdf",  # Qwen Team, Qwen2 Technical Report
    "2310.06825": "2310.06825.pdf",  # Jiang et al., Mistral 7B
    "2305.03393": "2305.03393.pdf",  # Lysak et al., Optimized Table Tokenization (OTSL)
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
