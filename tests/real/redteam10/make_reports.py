"""Write the tenth red-team corpus (adversarial claims about three papers on matching, attention
in CNNs and document embeddings the tool was never tuned on) and its gold.

    python tests/real/redteam10/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Hu et al.'s convolutional
matching architectures (arXiv 1503.03244: ARC-I / ARC-II, three P@1 / accuracy tables sharing
model names), Yin and Schuetze's attentive convolution (arXiv 1710.00519: SNLI, SQuAD-AnSS and
Yelp tables with baselines' quoted numbers and an ablation on dev) and Lau and Baldwin's
empirical evaluation of doc2vec (arXiv 1607.05368: AUC and Pearson grids over subforums and
domains, hyper-parameter tables for dbow and dmpv). Written by hand in the `t*_*.py` modules
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
from t1_arc import REPORT as T1  # noqa: E402
from t2_doc2vec import REPORT as T2  # noqa: E402
from t3_attconv import REPORT as T3  # noqa: E402
from t4_cross import REPORT as T4  # noqa: E402
from t5_settings import REPORT as T5  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1503.03244": "1503.03244.pdf",  # Hu et al., convolutional matching ARC-I / ARC-II (2014)
    "1710.00519": "1710.00519.pdf",  # Yin and Schuetze, Attentive Convolution (2017)
    "1607.05368": "1607.05368.pdf",  # Lau and Baldwin, empirical evaluation of doc2vec (2016)
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
