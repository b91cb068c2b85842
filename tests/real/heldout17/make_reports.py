"""Write the seventeenth held-out corpus (blind: natural claims about three papers nobody here
had used, a sentence CNN, a reading-comprehension model and a sentence-embedding framework,
and a report whose only source is missing) and its gold.

    python tests/real/heldout17/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). Written by hand in the `k1_*.py`, `b2_*.py`,
`q3_*.py` and `m4_*.py` modules beside this script, from the page images, before any verifier
run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the report modules

from b2_bidaf import REPORT as B2  # noqa: E402
from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from k1_sentence_cnn import REPORT as K1  # noqa: E402
from m4_missing_coattention import REPORT as M4  # noqa: E402
from q3_quick_thoughts import REPORT as Q3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. 1611.01604 (report 4) has no copy on purpose.
PAPER_FILES = {
    "D14-1181": "D14-1181.pdf",  # Kim, CNNs for sentence classification (EMNLP 2014)
    "1611.01603": "1611.01603.pdf",  # Seo et al., BiDAF (ICLR 2017)
    "1803.02893": "1803.02893.pdf",  # Logeswaran and Lee, Quick-Thought (ICLR 2018)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (K1, B2, Q3, M4)
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
