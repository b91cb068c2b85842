"""Write the fourteenth blind corpus (natural synthesis-report claims about the dense results
tables of three two-column NLP papers) and its gold.

    python tests/real/heldout14/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about the results tables of three
papers set in two columns that no other corpus uses: InferSent's transfer table (24 models, ten
tasks, cells holding two numbers), ESIM's numbered SNLI models and ablations, and Ma and Hovy's
tagger tables (dev and test splits side by side). A fourth report cites only a paper that has
no copy here. Written by hand in the `t*_*.py` modules beside this script, from the page
images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_infersent_transfer import REPORT as T1  # noqa: E402
from t2_esim_inference import REPORT as T2  # noqa: E402
from t3_lstm_cnn_crf_tagging import REPORT as T3  # noqa: E402
from t4_language_model_tagging_missing import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. No other corpus uses them. 1705.00108 (cited by report 4) has none.
PAPER_FILES = {
    "1705.02364": "1705.02364.pdf",  # Conneau et al., InferSent (EMNLP 2017, two columns)
    "1609.06038": "1609.06038.pdf",  # Chen et al., ESIM (ACL 2017, two columns)
    "1603.01354": "1603.01354.pdf",  # Ma and Hovy, BLSTM-CNNs-CRF (ACL 2016, two columns)
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
