"""Write the second red-team corpus (adversarial claims about three more papers) and its gold.

    python tests/real/redteam2/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about cells of results tables of
papers no other corpus uses, written to be hard for a number-matching verifier where the first
red team was not: another metric of the same row, a cell under another spanning column header,
an empty cell, a standard deviation of another row, relative against absolute changes, a
percentage restated as a fraction, an abstract number restated for another test set, years and
section numbers, footnoted settings, a number of a neighbouring sentence about another subject.
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
from t1_attention import REPORT as T1  # noqa: E402
from t2_multilexsum import REPORT as T2  # noqa: E402
from t3_paper_plain import REPORT as T3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs, as
# heldout2 keeps its own), so no other test reads them. None is used by another corpus.
PAPER_FILES = {
    "1706.03762": "1706.03762.pdf",  # Vaswani et al., Attention Is All You Need
    "2206.10883": "2206.10883.pdf",  # Shen et al., Multi-LexSum
    "2203.00130": "2203.00130.pdf",  # August et al., Paper Plain
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
