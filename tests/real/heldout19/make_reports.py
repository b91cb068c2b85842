"""Write the nineteenth held-out corpus (claims about three papers the tool was never tuned on,
and a fourth cited without its PDF) and its gold.

    python tests/real/heldout19/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Clark and Gardner's
multi-paragraph reading comprehension (arXiv 1710.10723: pipeline ablations, published
TriviaQA results with All / Verified column groups, SQuAD dev / test with dashes), CAFE (arXiv
1801.00102: SNLI models in three row groups with parameter counts, MultiNLI / SciTail, an
ablation and a linguistic error table) and the ByteNet (arXiv 1610.10099: BLEU with blank cells,
bits per byte, model properties); report 5 cites Hill et al. (arXiv 1602.03483) with no copy in
sources/. Written by hand in the `t*_*.py` modules beside this script, from the page images,
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
from t1_h19_clark import REPORT as T1  # noqa: E402
from t2_h19_cafe import REPORT as T2  # noqa: E402
from t3_h19_bytenet import REPORT as T3  # noqa: E402
from t4_h19_mixed import REPORT as T4  # noqa: E402
from t5_h19_missing import REPORT as T5  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. 1602.03483 (Hill et al.) is cited by report 5 and has no file on purpose.
PAPER_FILES = {
    "1710.10723": "1710.10723.pdf",  # Clark and Gardner, multi-paragraph RC (2017)
    "1801.00102": "1801.00102.pdf",  # Tay, Tuan and Hui, CAFE (2017)
    "1610.10099": "1610.10099.pdf",  # Kalchbrenner et al., ByteNet (2016)
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
