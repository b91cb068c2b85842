"""Write the eighth red-team corpus (adversarial claims about two papers the tool was never
tuned on: reading comprehension, transfer learning for sequence tagging) and its gold.

    python tests/real/redteam8/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about QANet (arXiv 1804.09541: EM / F1
pairs under Published and LeaderBoard columns, dev and test rows, speed grids of two datasets),
and Yang et al.'s transfer learning for sequence tagging (arXiv 1703.06345: label rates
crossed with transfer settings, state-of-the-art comparisons). A third report, about Zhang et
al.'s character-level ConvNets (arXiv 1509.01626), was withdrawn: that paper is a blind corpus's
(withdrawn/README.md). Written by hand in the `t*_*.py` modules beside this script, from the page
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
from t1_qanet import REPORT as T1  # noqa: E402
from t2_transfer_tagging import REPORT as T2  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1804.09541": "1804.09541.pdf",  # Yu et al., QANet (ICLR 2018, one column)
    "1703.06345": "1703.06345.pdf",  # Yang, Salakhutdinov, Cohen, transfer learning (2017)
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
