"""Write the eleventh red-team corpus (adversarial claims about two papers on document and word
embeddings the tool was never tuned on) and its gold.

    python tests/real/redteam11/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Le and Mikolov's Paragraph
Vector (arXiv 1405.4053: SST, IMDB and retrieval error-rate tables sharing model names, window
sizes and improvements per dataset) and Faruqui and Dyer's multilingual correlation (ACL
Anthology E14-1049: word-similarity and analogy tables of several languages, dimensions and
projection ratios). Written by hand in the `t*_*.py` modules beside this script, from the page
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
from t1_doc2vec import REPORT as T1  # noqa: E402
from t2_multilingual import REPORT as T2  # noqa: E402
from t3_cross import REPORT as T3  # noqa: E402
from t4_rows import REPORT as T4  # noqa: E402
from t5_statements import REPORT as T5  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it.
PAPER_FILES = {
    "1405.4053": "1405.4053.pdf",  # Le and Mikolov, Paragraph Vector (ICML 2014)
    "E14-1049": "E14-1049.pdf",  # Faruqui and Dyer, multilingual correlation (EACL 2014)
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
