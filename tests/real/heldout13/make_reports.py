"""Write the thirteenth blind corpus (natural claims about the results tables of three papers set
in two columns) and its gold.

    python tests/real/heldout13/make_reports.py   # rewrites reports/ and gold.jsonl

Same format, label conventions and writer as tests/real/claims (its make_reports.py and
claim_labels.py are imported, not copied). The claims are about dense results tables: a header
of two rows (task group over dataset, or dataset over metric), a header of three rows with F1/EM
pairs in one cell, stacked row blocks (settings per model, cross-lingual transfer against
translate-train-all, validation against test), metric abbreviations (MCC, PCC, EM, SC, ORM, PRM)
and model abbreviations (BB, BL, Ro). Written by hand in the `t*_*.py` modules beside this
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
from t1_hiaricl_reasoning import REPORT as T1  # noqa: E402
from t2_noisytune_finetuning import REPORT as T2  # noqa: E402
from t3_bitfit_bias_tuning import REPORT as T3  # noqa: E402

writer = load_writer()

SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Cited ID -> file. The papers are kept only in this corpus's sources/ (named by their IDs), so
# no other test reads them. No other corpus uses them.
PAPER_FILES = {
    "2411.18478": "2411.18478.pdf",  # Wu et al., HiAR-ICL (arXiv 2024, two columns)
    "2022.acl-short.76": "2022.acl-short.76.pdf",  # Wu et al., NoisyTune (ACL 2022 short)
    "2022.acl-short.1": "2022.acl-short.1.pdf",  # Ben-Zaken et al., BitFit (ACL 2022 short)
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
