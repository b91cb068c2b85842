"""Write the twenty-first held-out corpus (claims about ELMo, labelled before any verifier run,
plus a report whose sources are missing) and its gold.

    python tests/real/heldout21/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Peters et al., Deep
contextualized word representations (ELMo; NAACL 2018, arXiv 1802.05365: a results table of six
tasks, three development ablation tables sharing row names and numbers, WSD and POS tables
sharing layer names); a fourth report cites only CoVe (arXiv 1708.00107) and Dropout (JMLR
2014), which have no copy here. Written by hand in the `t*_*.py` modules beside this script,
from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_tasks import REPORT as T1  # noqa: E402
from t2_ablations import REPORT as T2  # noqa: E402
from t3_intrinsic import REPORT as T3  # noqa: E402
from t4_missing import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1802.05365": "1802.05365.pdf",  # Peters et al., ELMo (NAACL 2018; allenai/pawls fixture)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2, T3, T4)
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
