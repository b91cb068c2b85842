"""Write the seventh blind corpus (tests/real/heldout7, issue 11 round 8) and its gold file.

    python tests/real/heldout7/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), about papers no other corpus uses and no rule was
tuned on: a timetabling survey with feature tables under two-level headers and a rotated
results table (arXiv), a cellular-network measurement paper whose results are mostly in prose
(arXiv, ACM journal layout) and a materials-science text-mining paper with boxed tables of
counts, kappa scores and precision/recall/F1 by row group (arXiv), plus a report whose only
cited paper is missing (cited by DOI). The claims and labels are written by hand in the
`d*_*.py` modules beside this script, from the page images, before any verifier run. The papers
are kept only in this corpus's sources/ (named by their arXiv IDs), so no other test reads
them. Everything written is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the d*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from d1_timetabling_benchmarks import REPORT as D1  # noqa: E402
from d2_cellular_telemetry_and_synthesis import REPORT as D2  # noqa: E402
from d3_smart_city_matrix_missing_bare import REPORT as D3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file in sources/ (kept only here). 10.3390/fi6010061 (Analysis Matrix for Smart
# Cities) is cited on purpose without a copy.
PAPER_FILES = {
    "2201.07525v1": "2201.07525v1.pdf",  # Ceschia, Di Gaspero and Schaerf, Educational Timetabling
    "2201.05281v2": "2201.05281v2.pdf",  # Xie and Jamieson, NG-Scope
    "2201.09329v1": "2201.09329v1.pdf",  # Wang, Cruse et al., ULSA
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
