"""The labelled corpus of synthesis reports about real papers (tests/real/claims, issue 11).

gold.jsonl is the test of record for the verifier on real input, so these tests guard the
corpus itself, not the verdicts: the committed files are what make_reports.py writes from the
hand-labelled tables, every report parses into exactly its labelled claims (text and order),
the gold file has the documented fields, each category has enough claims, and sources/ holds
the cited papers that are meant to be available and none of the ones meant to be missing.
Verdicts are measured by benchmarks/accuracy.py, not asserted here.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from verify_claims.extract.files import extract_file

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "tests" / "real" / "claims"
STATUSES = {"confirmed", "contradicted", "unverified"}
FIELDS = {"report", "row", "text", "status", "category", "cites", "paper", "page", "evidence",
          "rationale"}
MIN_CLAIMS, MIN_PER_CATEGORY = 150, 6


def _load(name: str, path: Path):
    """Import a script that is not part of the package."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


make_reports = _load("make_real_reports", CLAIMS / "make_reports.py")
accuracy = _load("accuracy_benchmark_real", ROOT / "benchmarks" / "accuracy.py")


def _gold() -> list[dict]:
    lines = (CLAIMS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_gold_file_is_generated_from_the_labelled_tables():
    assert (CLAIMS / "gold.jsonl").read_text(encoding="utf-8") == make_reports.gold_text()


def test_text_reports_are_generated_from_the_labelled_tables(tmp_path):
    for report in make_reports.REPORTS_SPEC:
        if report.file.endswith(".pdf"):
            assert (CLAIMS / "reports" / report.file).is_file()
            continue
        written = make_reports.render_report(report, tmp_path)
        committed = CLAIMS / "reports" / report.file
        assert written.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


def test_gold_has_the_documented_fields_and_loads_in_the_benchmark():
    records = _gold()
    for record in records:
        assert set(record) == FIELDS, record
        assert record["status"] in STATUSES
        assert record["page"] is None or (isinstance(record["page"], int) and record["page"] > 0)
        assert record["evidence"].strip() and record["rationale"].strip()
    assert len(accuracy.load_gold(CLAIMS / "gold.jsonl")) == len(records)


def test_every_category_has_enough_claims_and_the_statuses_are_mixed():
    records = _gold()
    assert len(records) >= MIN_CLAIMS
    categories = Counter(record["category"] for record in records)
    assert set(categories) == set(make_reports.CATEGORIES)
    assert min(categories.values()) >= MIN_PER_CATEGORY, categories
    statuses = Counter(record["status"] for record in records)
    assert statuses["confirmed"] >= 0.4 * len(records)
    assert statuses["contradicted"] >= 0.2 * len(records)
    assert statuses["unverified"] >= 0.2 * len(records)


def test_sources_hold_exactly_the_available_cited_papers():
    cited = {ref for report in make_reports.REPORTS_SPEC for ref in report.references}
    available = cited & set(make_reports.PAPER_FILES)
    present = {path.name for path in (CLAIMS / "sources").iterdir()}
    assert present == {f"{paper_id}.pdf" for paper_id in available}
    for record in _gold():
        if record["category"] == "source_missing":
            assert not set(record["cites"]) & available, record


@pytest.mark.parametrize("report", [r.file for r in make_reports.REPORTS_SPEC])
def test_every_report_parses_into_its_labelled_claims(report):
    extracted = extract_file(CLAIMS / "reports" / report, kind="synthesis")
    expected = [record for record in _gold() if record["report"] == report]

    def normal(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    assert [normal(c.text) for c in extracted.claims] == [normal(r["text"]) for r in expected]
    cited = {ref.url for claim in extracted.claims for ref in claim.references}
    assert cited == {f"https://aclanthology.org/{ref}.pdf" for ref in expected[0]["cites"]}
