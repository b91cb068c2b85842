"""Write the fifteenth held-out corpus (natural claims about the results tables of three more
two-column arXiv papers, and a report whose sources are missing) and its gold.

    python tests/real/heldout15/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). BLIND: written so that the verifier's tuners never
read it; only aggregate figures of it are reported. Written by hand in the `t*_*.py` modules
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
from t1_fasttext_classification import REPORT as T1  # noqa: E402
from t2_shortcut_stacked_nli import REPORT as T2  # noqa: E402
from t3_weight_tying import REPORT as T3  # noqa: E402
from t4_cnn_baselines_bare import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. Report 4's two papers (1408.5882, 1509.01626) have no copy.
PAPER_FILES = {
    "1607.01759": "1607.01759.pdf",  # Joulin et al., Bag of Tricks (EACL 2017, two columns)
    "1708.02312": "1708.02312.pdf",  # Nie and Bansal, Shortcut-Stacked Encoders (RepEval 2017)
    "1608.05859": "1608.05859.pdf",  # Press and Wolf, Using the Output Embedding (EACL 2017)
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
