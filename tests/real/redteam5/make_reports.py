"""Write the fifth red-team corpus (adversarial claims about stacked and variant-named results
tables) and its gold.

    python tests/real/redteam5/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about the results tables of a paper
set in two columns that no other corpus uses: a table stacked in row blocks headed by a row of
one name each, rows that repeat a model name with a variant and a setting in parentheses ("BERT-
frozen+ RLACE (rank 100)"), deviations after "+-". Written by hand in the `t*_*.py` modules
beside this script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_rlace_weat import REPORT as T1  # noqa: E402
from t2_rlace_fairness import REPORT as T2  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "2201.12091": "2201.12091.pdf",  # Ravfogel et al., R-LACE (ICML 2022, two columns)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2)
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
