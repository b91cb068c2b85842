"""ReportSpool: reports kept on disk between stages read back exactly, in order, in batches."""

from __future__ import annotations

import pytest
from test_html import sample_reports

from verify_claims.claims import Report, ReportSpool
from verify_claims.claims.spool import ReportFile


@pytest.fixture
def reports() -> list[Report]:
    return sample_reports()


def spooled(reports: list[Report]) -> ReportSpool:
    spool = ReportSpool()
    for report in reports:
        spool.append(report)
    return spool


def test_reports_come_back_equal_in_order_and_by_index(reports):
    spool = spooled(reports)
    assert len(spool) == len(reports) and spool.claim_count == sum(len(r.claims) for r in reports)
    assert list(spool) == reports
    assert spool[1] == reports[1] and spool[-1] == reports[-1] and spool[0:2] == reports[0:2]
    assert spool.files == [ReportFile(r.file, r.path) for r in reports]
    with pytest.raises(IndexError):
        spool[len(reports)]


def test_records_read_back_are_copies(reports):
    spool = spooled(reports)
    spool[0].claims[0].text = "edited"
    assert spool[0] == reports[0]


def test_appending_between_reads_and_reading_inside_a_walk_lose_nothing(reports):
    spool = ReportSpool()
    spool.append(reports[0])
    assert spool[0] == reports[0]
    spool.append(reports[1])  # after a read moved the file position
    walked = []
    for report in spool:
        walked.append(report)
        assert spool[0] == reports[0]  # random access in the middle of a walk
    assert walked == reports[:2]


@pytest.mark.parametrize("max_claims", [1, 2, 3, 100])
def test_batches_hold_about_max_claims_and_never_split_a_report(reports, max_claims):
    spool = spooled(reports * 3)
    batches = list(spool.batches(max_claims))
    assert [r for batch in batches for r in batch] == reports * 3
    for batch in batches[:-1]:
        assert sum(len(r.claims) for r in batch) >= max_claims
        assert sum(len(r.claims) for r in batch[:-1]) < max_claims  # ended at the first report
    # that reached max_claims


def test_an_empty_spool_and_a_closed_one(reports):
    assert list(ReportSpool()) == [] and list(ReportSpool().batches()) == []
    with spooled(reports) as spool:
        assert len(spool) == len(reports)
    with pytest.raises(ValueError):
        spool[0]  # the file is gone with the spool


def test_odd_unicode_survives(reports):
    report = reports[0].model_copy(deep=True)
    report.claims[0].text = "Gains of 8.2\u2009points \U0001f600 \u202eevil\u202c \x00 <b>"
    assert spooled([report])[0] == report


def test_a_large_report_read_back_costs_about_half_what_it_did(reports):
    """Issue 14: one report is held whole by each stage. Read back, a claim of these samples
    with its checks took 10.6 KB (pydantic's per-record sets of given fields) and reading it
    peaked at 12.2 KB (the report's whole JSON line); now about 4.6 KB, with no such peak."""
    import tracemalloc

    report = max(reports, key=lambda report: len(report.claims))
    base = max(report.claims, key=lambda claim: len(claim.model_dump_json()))
    claims = [base.model_copy(update={"text": f"{base.text} {index}", "id": f"c{index}"},
                              deep=True) for index in range(2_000)]
    spool = spooled([report.model_copy(update={"claims": claims})])
    tracemalloc.start()
    try:
        back = spool[0]
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert back.claims == claims
    assert kept / len(claims) < 6_500 and peak < 1.1 * kept
