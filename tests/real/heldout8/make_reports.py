"""Write the eighth held-out corpus (natural claims about three papers no corpus had used) and
its gold.

    python tests/real/heldout8/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are the kind a machine-written synthesis
makes, not adversarial ones: numbers of the running text and of table cells, differences and
sums of cells, paraphrases, and the usual slips (wrong or transposed numbers, a neighbouring
row, column or table, flipped directions, wrong counts, relations the paper never states, rows
cut at 120 characters, a report whose only source is missing). Written by hand in the `t*_*.py`
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
from t1_pasa import REPORT as T1  # noqa: E402
from t2_discoveryworld import REPORT as T2  # noqa: E402
from t3_olmo2_mix import REPORT as T3  # noqa: E402
from t4_missing_source import REPORT as T4  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. None is used by another corpus. OLMoE (2409.02060, report 4) has no
# copy: its report's claims are the missing-source ones.
PAPER_FILES = {
    "2501.10120": "2501.10120.pdf",  # He et al., PaSa (two columns)
    "2406.06769": "2406.06769.pdf",  # Jansen et al., DiscoveryWorld (one column, 29 pages)
    "2501.00656": "2501.00656.pdf",  # OLMo 2 Team, 2 OLMo 2 Furious (page 4 only)
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
