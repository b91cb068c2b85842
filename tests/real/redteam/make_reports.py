"""Write the red-team corpus (adversarial claims about real papers) and its gold file.

    python tests/real/redteam/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about cells of results tables of
papers no other corpus uses, written to be hard for a number-matching verifier: a number true
of another system, dataset, split or setting in the same sentence or table, a change against a
level, "with" against "without" a component, averages, ranks and quantifiers, a unit that
differs. Written by hand in the `t*_*.py` modules beside this script, from the page images,
before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_perspective_free_counting import REPORT as T1  # noqa: E402
from t2_equilibria_influence import REPORT as T2  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs, as
# heldout2 keeps its own), so no other test reads them. None is used by another corpus.
PAPER_FILES = {
    "1804.07821": "1804.07821.pdf",  # Deb and Ventura, An Aggregated Multicolumn Dilated ...
    "1103.5254": "1103.5254.pdf",  # Waugh, Ziebart, Bagnell, Computational Rationalization ...
    "1504.06236": "1504.06236.pdf",  # Sheikhahmadi et al., Improving Detection of ...
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
