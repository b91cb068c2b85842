"""The audit against the hand-labelled corpus (tests/corpus): the test of record for verify.

The corpus (a fictional paper in two versions and five reports citing it) and its gold labels
are written by tests/corpus/make_corpus.py and committed. These tests run the real pipeline
offline on it, through the same evaluation as `benchmarks/accuracy.py`, and require at least
95 % status accuracy and evidence behind every confirmed or contradicted claim; a few
behaviours the issue names are pinned claim by claim.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_modules import load_script

from verify_claims.claims import Claim, Location, Status

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


accuracy = load_script("accuracy_benchmark", ROOT / "benchmarks" / "accuracy.py")
make_corpus = load_script("make_corpus", CORPUS / "make_corpus.py")


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("accuracy")
    return accuracy.evaluate(CORPUS, out=scratch / "audit", cache_dir=scratch / "cache")


def _claim(evaluation, report: str, text: str) -> Claim:
    for match in evaluation.matches:
        if match.gold.report == report and match.gold.text == text:
            assert match.claim is not None, f"{report}: claim not extracted: {text}"
            return match.claim
    raise AssertionError(f"no gold row {report}: {text}")


def _said(claim: Claim) -> str:
    """Everything the checks of a claim say, for looking for numbers and versions in it."""
    parts = []
    for check in claim.checks:
        parts.append(check.explanation)
        for evidence in check.evidence:
            parts += [evidence.source, evidence.quote, evidence.location or "", evidence.note or ""]
    return " ".join(parts)


# --- the committed corpus is what make_corpus.py writes -----------------------------------------


def test_gold_file_is_generated_from_the_labelled_table():
    assert (CORPUS / "gold.jsonl").read_text(encoding="utf-8") == make_corpus.gold_text()


def test_text_reports_are_generated_from_the_labelled_table(tmp_path):
    for report in make_corpus.REPORTS_SPEC:
        if report.file.endswith(".pdf"):
            continue
        written = make_corpus.render_report(report, tmp_path)
        committed = CORPUS / "reports" / report.file
        assert written.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


def test_gold_covers_every_category_and_status():
    gold = accuracy.load_gold(CORPUS / "gold.jsonl")
    assert len(gold) >= 40
    assert {row.category for row in gold} == set(make_corpus.CATEGORIES)
    assert {row.status for row in gold} == {"confirmed", "contradicted", "unverified"}
    sources = sorted(path.name for path in (CORPUS / "sources").iterdir())
    assert sources == ["2401.01234v1.pdf", "2401.01234v2.pdf"]


# --- the evaluation code itself -----------------------------------------------------------------


def _record(report: str, text: str, status: Status = Status.unverified) -> Claim:
    return Claim(id=text, canonical_id=text, report=report, location=Location(file=report),
                 text=text, status=status)


def test_match_claims_pairs_by_text_then_position_and_counts_misses():
    gold = [accuracy.GoldRow("r.txt", 1, "A rises by 2 points.", "confirmed", "c", ""),
            accuracy.GoldRow("r.txt", 2, "B falls by 3 points.", "contradicted", "c", ""),
            accuracy.GoldRow("r.txt", 3, "C is absent.", "unverified", "c", "")]
    claims = [_record("r.txt", "B  falls by 3 points.", Status.contradicted),  # order swapped
              _record("r.txt", "A rises by 2 points.", Status.unverified),
              _record("r.txt", "Something else entirely.")]
    evaluation = accuracy.match_claims(claims, gold)
    assert [m.predicted for m in evaluation.matches] == ["unverified", "contradicted", "missing"]
    assert evaluation.accuracy == pytest.approx(1 / 3)
    assert [c.text for c in evaluation.unlabelled] == ["Something else entirely."]
    precision, recall, count = evaluation.precision_recall()["contradicted"]
    assert (precision, recall, count) == (1.0, 1.0, 1)
    assert evaluation.confusion()["confirmed"]["unverified"] == 1


def test_a_decided_claim_without_evidence_is_counted():
    bare = _record("r.txt", "A rises by 2 points.", Status.confirmed)
    assert not accuracy.has_evidence(bare)
    assert accuracy.has_evidence(_record("r.txt", "C is absent."))
    gold = [accuracy.GoldRow("r.txt", 1, bare.text, "confirmed", "c", "")]
    assert accuracy.match_claims([bare], gold).decided_without_evidence == [bare]


def test_malformed_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"report": "r.txt", "row": 1, "text": "x", "status": "confirmed", '
                    '"category": "c"}\n{"report": "r.txt", "row": 2, "text": "y", '
                    '"status": "true", "category": "c"}\n', encoding="utf-8")
    with pytest.raises(accuracy.GoldError, match=r"gold\.jsonl, line 2: status 'true'"):
        accuracy.load_gold(path)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(accuracy.GoldError, match=r"line 1: not JSON"):
        accuracy.load_gold(path)


# --- the audit on the corpus --------------------------------------------------------------------


def test_every_gold_claim_is_extracted(evaluation):
    missing = [f"{m.gold.report} row {m.gold.row}" for m in evaluation.matches if m.claim is None]
    assert missing == []
    assert evaluation.unlabelled == []


def test_status_accuracy_is_at_least_95_percent(evaluation):
    assert evaluation.accuracy >= accuracy.MIN_ACCURACY, accuracy.format_evaluation(evaluation)


def test_no_decided_claim_lacks_evidence(evaluation):
    assert evaluation.decided_without_evidence == []


def test_a_paper_that_is_not_available_leaves_claims_unverified(evaluation):
    rows = [m for m in evaluation.matches if m.gold.category == "source_missing"]
    assert len(rows) == 4
    for match in rows:
        assert match.claim.status == Status.unverified, match.gold.text
        assert any(check.outcome.value == "source_missing" for check in match.claim.checks)


def test_unversioned_citation_is_checked_against_the_latest_version_and_notes_v1(evaluation):
    claim = _claim(evaluation, "01_headline_unversioned.txt",
                   "Intermediate training on MNLI improves Tatoeba accuracy by 6.1 points.")
    assert claim.status == Status.contradicted
    said = _said(claim)
    assert "2401.01234v2" in said and "5.4" in said
    assert "v1" in said and "6.1" in said  # "v1 reports 6.1; v2 reports 5.4"


def test_explicit_v1_citation_is_checked_against_v1(evaluation):
    report = "04_version1.pdf"
    assert _claim(evaluation, report, "QNLI reaches 70.1 F1 on TyDiQA.").status \
        == Status.confirmed
    assert _claim(evaluation, report, "QNLI reaches 69.7 F1 on TyDiQA.").status \
        == Status.contradicted


@pytest.mark.parametrize(("report", "text", "cells"), [
    ("02_tables.md", "QNLI improves TyDiQA by 3.4 points.", ("69.7", "66.3")),
    ("04_version1.pdf", "QNLI improves TyDiQA by 3.8 points over the baseline.",
     ("70.1", "66.3")),
    ("02_tables.md", "HellaSwag improves the average score by 1.6 points over the baseline.",
     ("75.7", "75.1")),
])
def test_table_arithmetic_shows_the_cells(evaluation, report, text, cells):
    claim = _claim(evaluation, report, text)
    table_checks = [check for check in claim.checks if check.kind.value == "table"]
    assert table_checks, f"no table check on {text!r}"
    said = " ".join(_said(claim.model_copy(update={"checks": [c]})) for c in table_checks)
    for cell in cells:
        assert cell in said


def test_a_sentence_across_a_page_break_is_quoted_whole(evaluation):
    claim = _claim(evaluation, "01_headline_unversioned.txt",
                   "MNLI improves PAWS-X accuracy by 1.9 points, from 86.4 to 88.3.")
    assert claim.status == Status.confirmed
    quotes = [e for check in claim.checks for e in check.evidence
              if "rises by 1.9 points" in e.quote]
    assert quotes and quotes[0].page == 1


def test_report_marks_are_not_trusted(evaluation):
    """The corpus marks many claims wrongly on purpose; statuses must not follow the marks."""
    rows = [m for m in evaluation.matches if m.gold.status != "unverified"]
    disagree = [m for m in rows if m.claim.report_mark != (m.gold.status == "confirmed")]
    assert len(disagree) >= 10
    right = sum(m.correct for m in disagree)
    assert right / len(disagree) >= accuracy.MIN_ACCURACY


def test_gold_records_have_the_documented_fields():
    """The gold file is plain JSON Lines: one object per claim with the fields documented."""
    first = json.loads((CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"report", "row", "text", "status", "category", "cites", "rationale"}


@pytest.mark.parametrize(("report", "text"), [
    ("03_setup.txt", "The study uses five intermediate tasks."),
    ("04_version1.pdf", "The study uses five intermediate tasks and four target tasks."),
])
def test_counts_stated_in_the_text_are_confirmed(evaluation, report, text):
    """The abstract says "five intermediate tasks ... four target tasks"; Table 2 has the five
    intermediate tasks as rows and the four target tasks (plus Avg) as columns, so no table
    reading may contradict either count."""
    claim = _claim(evaluation, report, text)
    assert claim.status == Status.confirmed, _said(claim)
