"""Write the twelfth blind corpus (natural synthesis claims about three papers no other corpus
uses) and its gold.

    python tests/real/heldout12/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about a two-column paper of dense
percent tables (TUTA), a one-column paper whose tables sit beside the running text and beside
each other (ReAct) and a paper whose numbers are almost all in the running text (Quiet-STaR).
Written by hand in the `t*_*.py` modules beside this script, from the page images, before any
verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_tuta_cells import REPORT as T1  # noqa: E402
from t2_react_agents import REPORT as T2  # noqa: E402
from t3_quietstar_text import REPORT as T3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses them.
PAPER_FILES = {
    "2010.12537": "2010.12537.pdf",  # Wang et al., TUTA (ACM format, two columns)
    "2210.03629": "2210.03629.pdf",  # Yao et al., ReAct (ICLR 2023, one column)
    "2403.09629": "2403.09629.pdf",  # Zelikman et al., Quiet-STaR (one column)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2, T3)
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
