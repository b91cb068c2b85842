"""Write the eleventh blind corpus (natural claims about three new papers) and its gold.

    python tests/real/heldout11/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). Three papers no other corpus uses: an active learning
paper with three small results tables set side by side (deviations after "+-"), a cosmology
paper whose numbers sit in the running text and an appendix of model parameters, and a long
review whose catalogue tables hold sizes, corpora, architectures and dates. Written by hand in
the `h*_*.py` modules beside this script, from the page images, before any verifier run.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_mobyv2al import REPORT as H1  # noqa: E402
from h2_lt_acceleration_bare import REPORT as H2  # noqa: E402
from h3_chem_llm_review import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. None is used by another corpus.
PAPER_FILES = {
    "2301.01531": "2301.01531.pdf",  # Caramalau et al., MoBYv2AL (BMVC 2022)
    "0807.3577": "0807.3577.pdf",  # Bolejko, Andersson, JCAP 2008 (GROBID test fixture)
    "2407.01603": "2407.01603.pdf",  # Ramos, Collison, White, LLM review (paper-qa fixture)
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
