"""Write the sixth red-team corpus (adversarial claims about wide results tables with several
header rows, data splits, stacked row blocks and model sizes in small capitals) and its gold.

    python tests/real/redteam6/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about the results tables of a paper
set in two columns that no other corpus uses: a GLUE table with two header rows and a caption
naming each column's measure, SQuAD tables with Dev and Test over EM and F1 in row blocks headed
by rows of one name, model sizes printed in small capitals ("BERTBASE"), baselines cited by
author. Written by hand in the `t*_*.py` modules
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
from t1_bert_glue_squad import REPORT as T1  # noqa: E402
from t2_bert_ablations import REPORT as T2  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1810.04805": "1810.04805.pdf",  # Devlin et al., BERT (NAACL 2019, two columns)
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
