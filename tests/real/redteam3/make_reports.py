"""Write the third red-team corpus (adversarial claims about dense results tables) and its gold.

    python tests/real/redteam3/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about dense results tables of papers
no other corpus uses, two of them set in two columns: row groups under centred group rows or
multi-row labels, the same system repeated under other settings and in other tables, spanning
column headers over repeated sub-columns, deviations after "±", footnote marks glued to cells,
and numbers of the running text beside the tables. Written by hand in the `t*_*.py` modules
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
from t1_structural_rnn import REPORT as T1  # noqa: E402
from t2_scibert import REPORT as T2  # noqa: E402
from t3_olmocr2 import REPORT as T3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. None is used by another corpus.
PAPER_FILES = {
    "1511.05298": "1511.05298.pdf",  # Jain et al., Structural-RNN (CVPR 2016, two columns)
    "1903.10676": "1903.10676.pdf",  # Beltagy et al., SciBERT (page 4 only, two columns)
    "2510.19817": "2510.19817.pdf",  # Poznanski et al., olmOCR 2 (one column, dense tables)
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
