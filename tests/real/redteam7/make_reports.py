"""Write the seventh red-team corpus (adversarial claims about results tables of three papers
the tool was never tuned on: relation extraction, reading comprehension, word vectors) and its gold.

    python tests/real/redteam7/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about the results tables of three papers
set in two columns that no other corpus uses (relation extraction, P16-1200; reading
comprehension, arXiv 1607.04423; word vectors, arXiv 1607.04606): settings crossed with P@N
cutoffs, Valid/Test splits of three datasets, single models and ensembles, dashes, row labels
citing other works, per-language tables in small capitals. Written by hand in the `t*_*.py`
modules beside this script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the t*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from t1_relation_attention import REPORT as T1  # noqa: E402
from t2_attention_over_attention import REPORT as T2  # noqa: E402
from t3_subword_vectors import REPORT as T3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "P16-1200": "P16-1200.pdf",  # Lin et al., selective attention (ACL 2016, two columns)
    "1607.04423": "1607.04423.pdf",  # Cui et al., attention-over-attention (ACL 2017)
    "1607.04606": "1607.04606.pdf",  # Bojanowski et al., subword vectors (TACL 2017)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (T1, T2, T3)
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
