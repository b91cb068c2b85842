"""Write the ninth red-team corpus (adversarial claims about three sentence-embedding papers the
tool was never tuned on) and its gold.

    python tests/real/redteam9/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about the Universal Sentence Encoder
(arXiv 1803.11175: model grids with "dev / test" pairs and training-size columns), Adi et al.'s
auxiliary prediction tasks (arXiv 1608.04207: length, content and order accuracies against
representation sizes) and Wieting et al.'s paraphrastic sentence embeddings (arXiv 1511.08198:
STS years and datasets against six models). Written by hand in the `t*_*.py` modules beside this
script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_use import REPORT as T1  # noqa: E402
from t2_adi import REPORT as T2  # noqa: E402
from t3_wieting import REPORT as T3  # noqa: E402
from t4_mixed import REPORT as T4  # noqa: E402
from t5_unstated import REPORT as T5  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1803.11175": "1803.11175.pdf",  # Cer et al., Universal Sentence Encoder (2018)
    "1608.04207": "1608.04207.pdf",  # Adi et al., auxiliary prediction tasks (ICLR 2017)
    "1511.08198": "1511.08198.pdf",  # Wieting et al., paraphrastic sentence embeddings (2016)
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
