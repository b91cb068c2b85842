"""The labelled corpus of synthesis reports about real papers (tests/real/claims, issue 11).

gold.jsonl is the test of record for the verifier on real input, so these tests guard the
corpus itself, not the verdicts: the committed files are what make_reports.py writes from the
hand-labelled tables, every report parses into exactly its labelled claims (text and order),
the gold file has the documented fields, each category has enough claims, and sources/ holds
the cited papers that are meant to be available and none of the ones meant to be missing.
Verdicts are measured by benchmarks/accuracy.py, not asserted here.

The held-out corpus (tests/real/heldout: other papers, labelled before any verifier run, written
by the same code) gets the same checks, each test parametrised over both corpora.
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
HELDOUT = ROOT / "tests" / "real" / "heldout"
STATUSES = {"confirmed", "contradicted", "unverified"}
FIELDS = {"report", "row", "text", "status", "category", "cites", "paper", "page", "evidence",
          "rationale"}
# Least claims, and least claims per category, of each corpus.
SIZES = {"claims": (150, 6), "heldout": (60, 4)}


def _load(name: str, path: Path):
    """Import a script that is not part of the package."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


make_reports = _load("make_real_reports", CLAIMS / "make_reports.py")
make_heldout = _load("make_heldout_reports", HELDOUT / "make_reports.py")
accuracy = _load("accuracy_benchmark_real", ROOT / "benchmarks" / "accuracy.py")
CORPORA = {"claims": (CLAIMS, make_reports), "heldout": (HELDOUT, make_heldout)}
corpus_names = pytest.mark.parametrize("corpus", sorted(CORPORA))


def _gold(folder: Path = CLAIMS) -> list[dict]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@corpus_names
def test_gold_file_is_generated_from_the_labelled_tables(corpus):
    folder, script = CORPORA[corpus]
    assert (folder / "gold.jsonl").read_text(encoding="utf-8") == script.gold_text()


@corpus_names
def test_text_reports_are_generated_from_the_labelled_tables(corpus, tmp_path):
    folder, script = CORPORA[corpus]
    for report in script.REPORTS_SPEC:
        if report.file.endswith(".pdf"):
            assert (folder / "reports" / report.file).is_file()
            continue
        written = script.render_report(report, tmp_path)
        committed = folder / "reports" / report.file
        assert written.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


@corpus_names
def test_gold_has_the_documented_fields_and_loads_in_the_benchmark(corpus):
    folder, _ = CORPORA[corpus]
    records = _gold(folder)
    for record in records:
        assert set(record) == FIELDS, record
        assert record["status"] in STATUSES
        assert record["page"] is None or (isinstance(record["page"], int) and record["page"] > 0)
        assert record["evidence"].strip() and record["rationale"].strip()
    assert len(accuracy.load_gold(folder / "gold.jsonl")) == len(records)


@corpus_names
def test_every_category_has_enough_claims_and_the_statuses_are_mixed(corpus):
    folder, script = CORPORA[corpus]
    least_claims, least_per_category = SIZES[corpus]
    records = _gold(folder)
    assert len(records) >= least_claims
    categories = Counter(record["category"] for record in records)
    assert set(categories) == set(script.CATEGORIES)
    assert min(categories.values()) >= least_per_category, categories
    statuses = Counter(record["status"] for record in records)
    assert statuses["confirmed"] >= 0.4 * len(records)
    assert statuses["contradicted"] >= 0.2 * len(records)
    assert statuses["unverified"] >= 0.2 * len(records)


@corpus_names
def test_sources_hold_exactly_the_available_cited_papers(corpus):
    folder, script = CORPORA[corpus]
    cited = {ref for report in script.REPORTS_SPEC for ref in report.references}
    available = cited & set(script.PAPER_FILES)
    present = {path.name for path in (folder / "sources").iterdir()}
    assert present == {f"{paper_id}.pdf" for paper_id in available}
    for record in _gold(folder):
        if record["category"] == "source_missing":
            assert not set(record["cites"]) & available, record


def test_the_heldout_corpus_shares_no_paper_with_the_tuning_corpus():
    """Held out means held out: no cited paper, and no source file, of tests/real/claims."""
    tuned = {ref for report in make_reports.REPORTS_SPEC for ref in report.references}
    held = {ref for report in make_heldout.REPORTS_SPEC for ref in report.references}
    assert not tuned & held
    assert not set(make_reports.PAPER_FILES.values()) & set(make_heldout.PAPER_FILES.values())


@pytest.mark.parametrize("corpus,report", [
    (corpus, report.file) for corpus, (_, script) in sorted(CORPORA.items())
    for report in script.REPORTS_SPEC])
def test_every_report_parses_into_its_labelled_claims(corpus, report):
    folder, script = CORPORA[corpus]
    extracted = extract_file(folder / "reports" / report, kind="synthesis")
    expected = [record for record in _gold(folder) if record["report"] == report]

    def normal(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    assert [normal(c.text) for c in extracted.claims] == [normal(r["text"]) for r in expected]
    cited = {ref.url for claim in extracted.claims for ref in claim.references}
    assert cited == {_cited_url(ref) for ref in expected[0]["cites"]}


def _cited_url(reference: str) -> str:
    """The link a report prints for a cited paper: a DOI's doi.org link, else the Anthology
    PDF link of an Anthology ID."""
    if reference.startswith("10."):
        return f"https://doi.org/{reference}"
    return f"https://aclanthology.org/{reference}.pdf"


def test_the_benchmark_reads_the_heldout_corpus_by_default_under_its_own_name():
    assert HELDOUT.resolve() in [corpus.resolve() for corpus in accuracy.default_corpora()]
    assert accuracy.corpus_name(HELDOUT) == "held out"
    assert accuracy.corpus_name(CLAIMS) == "real"
    assert accuracy.corpus_name(ROOT / "tests" / "corpus") == "synthetic"
