"""Write the twentieth held-out corpus (claims about AutoNER and Li and Hovy's coherence model,
and a report whose two cited papers are missing) and its gold.

    python tests/real/heldout20/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about Shang et al.'s AutoNER (arXiv
1809.03599: dictionary-supervised NER, three results tables with precision, recall and F1) and
Li and Hovy's coherence model (ACL D14-1218: sentence ordering and readability tables of
three-digit accuracies); a fourth report cites Morin and Bengio (2005) and Ji et al. (2017),
neither of which can be a source here. Written by hand in the `t*_*.py` modules beside this
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
from t1_autoner import REPORT as T1  # noqa: E402
from t2_coherence import REPORT as T2  # noqa: E402
from t3_mixed_bare import REPORT as T3  # noqa: E402
from t4_missing_sources import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. Each paper is kept only in this corpus's sources/ (named by its ID), so no
# other test reads it. No other corpus uses it. Morin and Bengio (2005) and Ji et al. (2017)
# are cited without a copy (report 4).
PAPER_FILES = {
    "1809.03599": "1809.03599.pdf",  # Shang et al., AutoNER (EMNLP 2018)
    "D14-1218": "D14-1218.pdf",  # Li and Hovy, coherence from distributed sentences (EMNLP 2014)
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
