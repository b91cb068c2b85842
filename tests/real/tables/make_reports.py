"""Write the tables corpus (claims about table cells of real papers) and its gold file.

    python tests/real/tables/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about cells of results tables of
papers no other corpus uses: the cell as printed (confirmed), a neighbouring row's or column's
cell, swapped digits or another number (contradicted), the cell under a setting or measure the
paper does not report (unverified), and a few differences of cells. Written by hand in the
`t*_*.py` modules beside this script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_parallel_topic_models import REPORT as T1  # noqa: E402
from t2_document_toolkit import REPORT as T2  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file in tests/real/papers. None of these is used by another corpus.
PAPER_FILES = {
    "1004.4820": "smola10.pdf",  # Smola and Narayanamurthy, An Architecture for Parallel ...
    "2023.emnlp-demo.45": "papermage.pdf",  # Lo et al., PaperMage: A Unified Toolkit ...
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2)
__all__ = ["CATEGORIES", "GOLD", "PAPER_FILES", "REPORTS", "REPORTS_SPEC", "SOURCES",
           "gold_text", "render_report"]


def gold_text() -> str:
    return writer.gold_text(REPORTS_SPEC)


def render_report(report: LabelledReport, folder: Path = REPORTS) -> Path:
    return writer.render_report(report, folder)


def main() -> None:
    writer.write_corpus(REPORTS_SPEC, PAPER_FILES, HERE)


if __name__ == "__main__":
    main()
