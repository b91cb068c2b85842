"""Write the tenth held-out corpus (natural claims about yet other papers) and its gold.

    python tests/real/heldout10/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about papers no other corpus uses: a
comparison table of few-shot NLP benchmarks (one page), a two-column astrophysics letter whose
numbers are all in the running text and captions, the first two pages of a NeurIPS theory paper,
and a report whose only source is missing. Written by hand in the `h*_*.py` modules beside this
script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_flex import REPORT as H1  # noqa: E402
from h2_ulbdm_bare import REPORT as H2  # noqa: E402
from h3_sgd_teacher_student import REPORT as H3  # noqa: E402
from h4_sepsis_missing_bare import REPORT as H4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. None is used by another corpus; 1708.05894 (report 4) has no copy.
PAPER_FILES = {
    "2107.07170": "2107.07170.pdf",  # Bragg et al., FLEX (page 2 only: Table 1)
    "0908.0054": "0908.0054.pdf",  # Rodriguez Montoya and Matos Chassin (two columns, 4 pages)
    "1906.08632": "1906.08632.pdf",  # Goldt et al., NeurIPS 2019 (pages 1-2 only)
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (H1, H2, H3, H4)
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
