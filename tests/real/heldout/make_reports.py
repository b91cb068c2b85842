"""Write the held-out corpus of synthesis reports about real papers, and its gold file.

    python tests/real/heldout/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied), but about papers that corpus does not use, so that a
change to the verifier tuned on tests/real/claims can be checked on claims it was never tuned
on. The claims and labels are written by hand in the `h*_*.py` modules beside this script, from
reading the papers, before any verifier run. Everything written is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIMS = HERE.parent / "claims"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(CLAIMS))  # claim_labels, for the h*_*.py modules

from claim_labels import CATEGORIES, LabelledReport, load_writer  # noqa: E402
from h1_parsing_relation_extraction import REPORT as H1  # noqa: E402
from h2_discriminative_training import REPORT as H2  # noqa: E402
from h3_missing_source_bare import REPORT as H3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Anthology ID -> file in tests/real/papers. None of these is used by tests/real/claims.
# W09-1210 and P12-1002 follow from the proceedings and page ranges printed on their first
# pages (CoNLL 2009 Shared Task pp. 67-72; ACL 2012 pp. 11-21); P07-1073 from the ACL 2007
# header (pp. 576-583).
PAPER_FILES = {
    "W09-1210": "bohnet09.pdf",  # Bohnet, Efficient Parsing of Syntactic and Semantic ...
    "P07-1073": "bunescu-acl07.pdf",  # Bunescu and Mooney, Learning to Extract Relations ...
    "P12-1002": "dyer12.pdf",  # Simianer, Riezler and Dyer, Joint Feature Selection ...
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (H1, H2, H3)
__all__ = ["CATEGORIES", "GOLD", "PAPER_FILES", "REPORTS", "REPORTS_SPEC", "SOURCES",
           "gold_text", "render_report"]


def gold_text() -> str:
    return writer.gold_text(REPORTS_SPEC)


def render_report(report: LabelledReport, folder: Path = REPORTS) -> Path:
    return writer.render_report(report, folder)


def main() -> None:
    writer.write_corpus(REPORTS_SPEC, PAPER_FILES, HERE)


if __name__ == "__main__":
    main()
