"""Write the eighteenth held-out corpus (claims about three papers the tool was never tuned on:
reading comprehension with pointer networks, a convolutional sentence model, multi-task
recurrent text classification; and one report whose only cited source is missing) and its gold.

    python tests/real/heldout18/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). Written by hand in the `t*_*.py` modules beside this
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
from t1_match_lstm_pointer import REPORT as T1  # noqa: E402
from t2_dcnn_sentences import REPORT as T2  # noqa: E402
from t3_rnn_multitask import REPORT as T3  # noqa: E402
from t4_rnet_missing import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it. R-NET (P17-1018, report 4) has no copy.
PAPER_FILES = {
    "1608.07905": "1608.07905.pdf",  # Wang & Jiang, Match-LSTM and Answer Pointer (ICLR 2017 sub.)
    "1404.2188": "1404.2188.pdf",  # Kalchbrenner et al., DCNN (ACL 2014)
    "1605.05101": "1605.05101.pdf",  # Liu, Qiu, Huang, RNN multi-task (IJCAI 2016)
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
