"""A report's name is its path relative to the inputs' root, and claim ids derive from it: two
reports with the same file name in different folders keep distinct names, ids, pages and
baseline entries; the ids do not change when the folder moves; outputs hold no absolute path
unless asked to (issue 13)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from verify_claims.claims import Claim, claim_id, read_jsonl
from verify_claims.extract.files import extract_file
from verify_claims.extract.inputs import collect_inputs, input_root
from verify_claims.pipeline import run_audit
from verify_claims.reports.baseline import baseline_of

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "intermediate_tasks.txt"  # 8 claims, cites the bundled card
DUPLICATED = ROOT / "tests" / "hostile" / "files" / "duplicated-rows.txt"


@pytest.fixture
def twins(tmp_path: Path) -> Path:
    """runs/a/report.txt and runs/b/report.txt: the same file name, the same claims."""
    for folder in ("a", "b"):
        (tmp_path / "runs" / folder).mkdir(parents=True)
        shutil.copyfile(REPORT, tmp_path / "runs" / folder / "report.txt")
    return tmp_path / "runs"


def test_same_named_reports_keep_distinct_names_ids_pages_and_baseline_entries(twins, tmp_path):
    out = tmp_path / "audit"
    audit = run_audit([twins], out=out, offline=True, results=None)
    assert [report.file for report in audit.reports] == ["a/report.txt", "b/report.txt"]
    claims = list(read_jsonl(out / "claims.jsonl", Claim))
    assert len(claims) == 16
    assert len({claim.id for claim in claims}) == 16
    assert {claim.report for claim in claims} == {"a/report.txt", "b/report.txt"}
    assert {claim.location.file for claim in claims} == {"a/report.txt", "b/report.txt"}
    # The same text in both reports is still one claim across reports (the overview groups it).
    assert len({claim.canonical_id for claim in claims}) == 8
    assert len(baseline_of(claims).claims) == 16
    pages = sorted(path.name for path in (out / "reports").glob("*.html"))
    assert len(pages) == 2 and pages[0] != pages[1]
    document = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert [report["file"] for report in document["reports"]] == ["a/report.txt", "b/report.txt"]


def test_ids_stay_the_same_when_the_folder_moves_or_is_named_differently(twins, tmp_path,
                                                                          monkeypatch):
    first = run_audit([twins], out=None, offline=True, results=None)
    moved = tmp_path / "elsewhere" / "deeper"
    shutil.copytree(twins, moved)
    monkeypatch.chdir(moved.parent)  # a relative path this time
    second = run_audit([Path("deeper")], out=None, offline=True, results=None)
    assert [c.id for c in first.claims] == [c.id for c in second.claims]
    # Files given one by one share the same root as their folder.
    third = run_audit([moved / "a" / "report.txt", moved / "b" / "report.txt"], out=None,
                      offline=True, results=None)
    assert [c.id for c in third.claims] == [c.id for c in first.claims]
    assert first.claims[0].id == claim_id("a/report.txt", first.claims[0].text)


def test_a_file_reached_twice_is_read_once(twins):
    inputs = collect_inputs([twins, twins / "a" / "report.txt"])
    assert [file.name for file in inputs] == ["a/report.txt", "b/report.txt"]
    assert input_root([twins / "a" / "report.txt"]) == (twins / "a").absolute()


def test_a_report_printing_a_claim_twice_gives_each_row_its_own_id():
    claims = extract_file(DUPLICATED).claims
    assert len(claims) == 5 and claims[0].text == claims[3].text
    assert len({claim.id for claim in claims}) == 5
    assert claims[0].id == claim_id("duplicated-rows.txt", claims[0].text)  # first keeps its id
    assert claims[3].id == claim_id("duplicated-rows.txt", claims[3].text, occurrence=2)


def _texts(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_no_absolute_path_in_any_output_of_the_example_audit(tmp_path):
    """The audit of examples/ given by its absolute path, from another folder: no file written
    names this machine's folders; --absolute-paths puts them in (the names stay relative)."""
    out = tmp_path / "audit"
    audit = run_audit([ROOT / "examples"], out=out, offline=True, results=None)
    assert len(audit.reports) == 4
    for name, text in _texts(out).items():
        for absolute in (str(ROOT), str(tmp_path), str(Path.home())):
            assert absolute not in text, f"{name} holds {absolute}"
    document = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert [report["path"] for report in document["reports"]] == [
        "commonsense_tasks.pdf", "fictional_paper.pdf", "intermediate_tasks.txt",
        "question_answering.md"]


def test_absolute_paths_on_request(tmp_path):
    out = tmp_path / "audit"
    audit = run_audit([REPORT], out=out, offline=True, results=None, absolute_paths=True)
    assert audit.reports[0].file == "intermediate_tasks.txt"
    assert audit.reports[0].path == str(REPORT.absolute())
    assert str(REPORT.absolute()) in (out / "audit.json").read_text(encoding="utf-8")


def test_a_skipped_file_is_named_relative_to_the_root(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    shutil.copyfile(REPORT, tmp_path / "in" / "good.txt")
    (tmp_path / "in" / "sub" / "empty.pdf").write_bytes(b"")
    audit = run_audit([tmp_path / "in"], out=None, offline=True, results=None)
    assert [problem.file for problem in audit.problems] == ["sub/empty.pdf"]
