"""Write the labelled corpus of synthesis reports about real papers, and its gold file.

    python tests/real/claims/make_reports.py   # rewrites reports/, sources/ and gold.jsonl

The reports cite real ACL Anthology papers by URL (https://aclanthology.org/<ID>.pdf); the
cited PDFs are copied from tests/real/papers/ into sources/ under their Anthology IDs, except
the ones a report cites on purpose without a copy (`MISSING`). Every claim and its label is
written by hand in the `r*_*.py` modules beside this script, from reading the papers; nothing
here runs the verifier. Everything written is committed, so tests never regenerate it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository, for the synth/ generators

from claim_labels import CATEGORIES, LabelledReport, reference_url  # noqa: E402
from r1_literature_graph import REPORT as R1  # noqa: E402
from r2_embeddings_evaluation import REPORT as R2  # noqa: E402
from r3_extraction_generation import REPORT as R3  # noqa: E402
from r4_pretraining_corpora_bare import REPORT as R4  # noqa: E402
from r5_missing_sources import REPORT as R5  # noqa: E402

from synth.report import (  # noqa: E402
    DEFAULT_ABSTRACT,
    ReportSpec,
    render_markdown,
    render_pdf,
    render_text,
)

PAPERS = HERE.parent / "papers"  # tests/real/papers: the PDFs, named by Anthology ID or a stem
SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
GOLD = HERE / "gold.jsonl"

# Anthology ID -> file in tests/real/papers. The older papers there are named by a stem; only
# those whose Anthology ID is certain from their first page are used.
PAPER_FILES = {
    "N18-3011": "N18-3011.pdf",
    "P07-1088": "P07-1088.pdf",
    "P14-1059": "P14-1059.pdf",
    "2020.acl-main.207": "2020.acl-main.207.pdf",
    "2020.acl-main.447": "2020.acl-main.447.pdf",
    "2023.eacl-main.121": "2023.eacl-main.121.pdf",
    "D11-1142": "fader11.pdf",  # Fader et al., Identifying Relations for Open IE, EMNLP 2011
}
REPORTS_SPEC: tuple[LabelledReport, ...] = (R1, R2, R3, R4, R5)


def report_spec(report: LabelledReport) -> ReportSpec:
    rows = report.rows
    return ReportSpec(
        title=report.title,
        date=report.date,
        examines=report.examines,
        research_question=report.research_question,
        papers_retrieved=len(report.references),
        claims_extracted=len(rows),
        claims_verified=sum(row.mark for row in rows),
        quality_score=report.quality_score,
        claims=[(row.text, row.mark, row.confidence) for row in rows],
        references=[reference_url(ref) for ref in report.references],
        abstract=report.abstract or DEFAULT_ABSTRACT,
    )


def render_report(report: LabelledReport, folder: Path = REPORTS) -> Path:
    """Write one report in the format its file name asks for; a `.txt` whose name ends in
    `_bare.txt` gets the seeds' bare headings instead of `#` ones."""
    path = folder / report.file
    spec = report_spec(report)
    if path.suffix == ".pdf":
        render_pdf(spec, path)
    elif path.suffix == ".md":
        path.write_text(render_markdown(spec), encoding="utf-8")
    else:
        headings = not report.file.endswith("_bare.txt")
        path.write_text(render_text(spec, headings=headings), encoding="utf-8")
    return path


def gold_rows(reports: Sequence[LabelledReport] = REPORTS_SPEC) -> list[dict[str, object]]:
    """The gold file's records, one per claim in report order (same schema as
    tests/corpus/gold.jsonl, plus the page and the evidence)."""
    records = []
    for report in reports:
        for number, row in enumerate(report.rows, start=1):
            records.append({
                "report": report.file, "row": number, "text": row.text,
                "status": row.status, "category": row.category,
                "cites": list(report.references), "paper": row.paper, "page": row.page,
                "evidence": row.evidence, "rationale": row.why,
            })
    return records


def gold_text(reports: Sequence[LabelledReport] = REPORTS_SPEC) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n"
                   for record in gold_rows(reports))


def check_labels(reports: Sequence[LabelledReport] = REPORTS_SPEC,
                 paper_files: Mapping[str, str] = PAPER_FILES) -> None:
    """Catch slips in the hand-written tables before anything is written."""
    for report in reports:
        texts = [row.text for row in report.rows]
        assert len(set(texts)) == len(texts), f"{report.file}: a claim is printed twice"
        for row in report.rows:
            assert row.category in CATEGORIES, row
            assert row.status in ("confirmed", "contradicted", "unverified"), row
            assert "|" not in row.text and "\t" not in row.text and "\n" not in row.text, row
            assert row.paper in report.references, row
            if row.category == "source_missing":  # every source the report cites is missing
                assert not set(report.references) & set(paper_files), report.file
                assert row.status == "unverified", row
            else:
                assert row.paper in paper_files and row.page is not None, row


@contextmanager
def fixed_pdf_date() -> Iterator[None]:
    """A fixed creation date keeps the committed PDF byte-identical across runs."""
    from fpdf import FPDF

    original = FPDF.__init__

    def init(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        self.set_creation_date(dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc))

    with mock.patch.object(FPDF, "__init__", init):
        yield


def write_corpus(reports: Sequence[LabelledReport], paper_files: Mapping[str, str],
                 folder: Path, papers: Path = PAPERS) -> None:
    """Check the labels, then write `folder`/sources (the cited papers that have a copy, taken
    from `papers`), `folder`/reports and `folder`/gold.jsonl; tests/real/heldout and heldout2
    reuse this for their tables. A corpus whose papers are kept only in its own sources/
    (heldout2, so that no other test reads them) passes that folder as `papers`."""
    check_labels(reports, paper_files)
    sources, reports_dir = folder / "sources", folder / "reports"
    sources.mkdir(exist_ok=True)
    reports_dir.mkdir(exist_ok=True)
    cited = {ref for report in reports for ref in report.references}
    for paper_id, name in paper_files.items():
        original, copy = papers / name, sources / f"{paper_id}.pdf"
        if paper_id in cited and original.resolve() != copy.resolve():
            shutil.copyfile(original, copy)
    with fixed_pdf_date():
        for report in reports:
            render_report(report, reports_dir)
    records = gold_rows(reports)
    (folder / "gold.jsonl").write_text(gold_text(reports), encoding="utf-8")
    print(f"wrote {len(reports)} reports and {len(records)} gold rows under {folder}")
    print("status:", dict(Counter(r["status"] for r in records)))
    print("category:", dict(Counter(r["category"] for r in records)))


def main() -> None:
    write_corpus(REPORTS_SPEC, PAPER_FILES, HERE)


if __name__ == "__main__":
    main()
