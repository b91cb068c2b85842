"""Write the twelfth red-team corpus (adversarial claims about ELMo, a paper the tool was never
tuned on) and its gold.

    python tests/real/redteam12/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Peters et al., Deep
Contextualized Word Representations (ELMo; arXiv 1802.05365: a test-set table of six tasks with
previous state of the art, baseline, ELMo and increases; development tables of layer weighting,
ELMo's location and an ablation sharing the same three tasks; WSD and POS tables of CoVe and biLM
layers). Written by hand in the `t*_*.py` modules beside this script, from the page images,
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
from t1_tables import REPORT as T1  # noqa: E402
from t2_text import REPORT as T2  # noqa: E402
from t3_mixed import REPORT as T3  # noqa: E402
from t4_layers import REPORT as T4  # noqa: E402
from t5_rows import REPORT as T5  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1802.05365": "1802.05365.pdf",  # Peters et al., ELMo (NAACL 2018)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2, T3, T4, T5)
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
