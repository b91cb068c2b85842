"""Write the ninth held-out corpus (natural claims about three new papers) and its gold.

    python tests/real/heldout9/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about papers no other corpus uses: a
two-column dataset paper with dense per-language results tables (WiLI-2018), a one-column
dataset paper whose summary table repeats nine file types under three row groups (TabLib), and
a four-page position paper on AI-assisted writing; a fourth cited paper (GitTables) has no copy.
Written by hand in the `h*_*.py` modules beside this script, from the page images, before any
verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_wili import REPORT as H1  # noqa: E402
from h2_tablib_writing_bare import REPORT as H2  # noqa: E402
from h3_gittables_bare import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. GitTables (2106.07258) is cited by report 3 and deliberately absent.
PAPER_FILES = {
    "1801.07779": "1801.07779.pdf",  # Thoma, The WiLI benchmark dataset (two columns)
    "2310.07875": "2310.07875.pdf",  # Eggert et al., TabLib (one column, pages 1-6 and 22)
    "2304.02623": "2304.02623.pdf",  # Shen et al., Beyond Summarization (two columns, 4 pages)
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
