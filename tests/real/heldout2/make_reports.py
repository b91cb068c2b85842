"""Write the second held-out (blind) corpus of synthesis reports about real papers, and its gold
file.

    python tests/real/heldout2/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims and tests/real/heldout (the
writer in tests/real/claims/make_reports.py is imported, not copied), about papers no other
part of the repository uses. Its papers are kept only in sources/ here (fetched from public
repositories that keep them as test fixtures; README.md names each origin), so that no other
test or tuning run reads them. The claims and labels are written by hand in the `h*_*.py`
modules beside this script, from reading the papers, before any verifier run. Everything
written is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_prototypes_paraphrase import REPORT as H1  # noqa: E402
from h2_prompt_tuning_paraphrase import REPORT as H2  # noqa: E402
from h3_missing_source_pdf import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file in sources/ (the papers live only there; see README.md for their origin).
PAPER_FILES = {
    "N06-1041": "N06-1041.pdf",  # Haghighi and Klein, Prototype-Driven Learning for ...
    "W04-3219": "W04-3219.pdf",  # Quirk, Brockett and Dolan, Monolingual Machine Translation ...
    "2202.00535v1": "2202.00535v1.pdf",  # Chowdhury, Zhuang and Wang, Novelty Controlled ...
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (H1, H2, H3)
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
