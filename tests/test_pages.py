"""Tests of what a newcomer reads first: the run record (tool, date, options, cards and each
report's cited papers found and missing), the claim table at the top of a report page, and
numbers shown as the report printed them (issue 13, items 4 and 5).

The rendered sample audit of test_html.py is reused; the pipeline tests audit examples/.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from test_html import (
    ABSENT,
    ABSENT_WHY,
    PAPER,
    RUN,
    RUN_PROBLEMS,
    WHEN,
    claim_cards,
    make_claim,
    page_of,
    parse,
    sample_reports,
    sample_sources,
    squash,
)

from verify_claims.claims import (
    Check,
    CheckKind,
    Evidence,
    NumberPair,
    Outcome,
    Quantity,
    Report,
    Status,
)
from verify_claims.claims.run import (
    FIX_DOI,
    FIX_NOT_ARXIV,
    FIX_OFFLINE,
    FIX_UNREADABLE,
    CitedPaper,
    ReportSources,
)
from verify_claims.pipeline import run_audit
from verify_claims.reports.html import options_as_code, printed, render_audit, short_reason
from verify_claims.reports.json_out import AUDIT_FORMAT, write_audit_json
from verify_claims.verify.cited import cited_papers
from verify_claims.verify.sources import SourceResolver

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def audit(tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("audit")
    written = render_audit(sample_reports(), out, RUN_PROBLEMS, generated=WHEN, run=RUN,
                           sources=sample_sources())
    return {path.relative_to(out).as_posix(): path.read_text("utf-8") for path in written}


def checks_shown(card) -> list[str]:
    return [squash(div.text()) for div in card.find_all("div", class_="check")]


# ----------------------------------------------------------------------------- run record


def test_every_footer_carries_the_run_record(audit):
    for name, html in audit.items():
        (footer,) = parse(html).find_all("footer")
        text = squash(footer.text())
        assert "verify-claims 9.9.9 on 2026-06-21 09:30 UTC" in text, name
        assert "offline · sources folder: none · cache: cache · results folder: runs" in text
        assert "arXiv:2005.13013v2 (card version 3)" in text
    alpha = squash(parse(page_of(audit, "000_alpha")).find_all("footer")[0].text())
    assert ("This report: 1 of 2 cited papers found; 1 missing: arXiv:1911.02116 — pass "
            "--sources DIR or run online.") in alpha


def test_report_page_opens_with_the_cited_papers_found_and_the_fix(audit):
    page = parse(page_of(audit, "000_alpha"))
    (box,) = page.find_all("section", id="sources")
    assert "incomplete" in box.attrs["class"]
    (headline,) = box.find_all("p", class_="headline")
    assert squash(headline.text()) == ("1 of 2 cited papers found; 1 missing: arXiv:1911.02116 "
                                       "— pass --sources DIR or run online.")
    papers = [squash(li.text()) for li in box.find_all("li")]
    assert papers[0].startswith("found arXiv:2005.13013v2")
    assert papers[1].startswith("missing arXiv:1911.02116") and ABSENT_WHY in papers[1]
    # It comes before the claims, and a report whose papers were all found says so calmly.
    html = page_of(audit, "000_alpha")
    assert html.index('id="sources"') < html.index('id="claim-table"')
    (beta_box,) = parse(page_of(audit, "001_beta")).find_all("section", id="sources")
    assert beta_box.attrs["class"] == "sources"
    assert squash(beta_box.text()).startswith("1 of 1 cited paper found.")


def test_a_missing_paper_is_named_once_per_claim_instead_of_a_check_row(audit, tmp_path):
    cards = claim_cards(page_of(audit, "000_alpha"))
    squad, cut_number = (cards[claim.id] for claim in
                         (sample_reports()[0].claims[0], sample_reports()[0].claims[3]))
    assert [squash(p.text()) for p in squad.find_all("p", class_="missing-note")] == [
        "Not checked against arXiv:1911.02116: not found (see the top of the page)."]
    assert len(checks_shown(squad)) == 1 and ABSENT_WHY not in squash(squad.text())
    # A missing-source check about something else (it names no missing paper) stays a row.
    assert any("The cited paper is not in the sources folder." in check
               for check in checks_shown(cut_number))
    # Without the run's findings the page cannot know, and shows every check as recorded.
    render_audit(sample_reports()[:1], tmp_path)
    plain = claim_cards((tmp_path / "reports" / "000_alpha-txt.html").read_text("utf-8"))
    squad = plain[sample_reports()[0].claims[0].id]
    assert len(checks_shown(squad)) == 2 and ABSENT_WHY in squash(squad.text())
    assert not squad.find_all("p", class_="missing-note")


def test_audit_json_carries_the_run_record_and_each_reports_cited_papers(tmp_path):
    path = write_audit_json(sample_reports(), tmp_path, RUN_PROBLEMS, WHEN, RUN, sample_sources())
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == AUDIT_FORMAT == 2
    assert document["run"] == RUN.model_dump(mode="json")
    assert document["run"]["options"]["offline"] is True
    alpha, beta, empty = (entry["sources"] for entry in document["reports"])
    assert (alpha["cited"], alpha["found"], alpha["missing"]) == (2, 1, 1)
    assert alpha["fixes"] == [FIX_OFFLINE]
    assert alpha["papers"][1] == {"reference": ABSENT.key, "found": False,
                                  "detail": ABSENT_WHY, "fix": FIX_OFFLINE, "reading": None}
    assert alpha["poorly_read"] == []
    assert (beta["found"], beta["missing"]) == (1, 0)
    assert empty["cited"] == 0 and empty["headline"].startswith("The report cites no paper")


def test_the_headline_puts_papers_the_user_can_fetch_first():
    sources = ReportSources(cited=[
        CitedPaper(reference="doi:10.1/x", found=False, fix=FIX_NOT_ARXIV),
        CitedPaper(reference="arXiv:1911.02116", found=False, fix=FIX_OFFLINE),
        CitedPaper(reference="arXiv:2005.13013v2", found=True),
    ])
    assert sources.headline == "1 of 3 cited papers found; 2 missing: arXiv:1911.02116, doi:10.1/x"
    assert sources.fixes == [FIX_OFFLINE, FIX_NOT_ARXIV]


def test_a_paper_only_the_reference_list_names_is_not_downloaded_for_the_record(tmp_path):
    """Online, the record reports what the run looked up; it does not fetch more papers."""
    report = Report(file="r.txt", path="r.txt", format="text", references=[ABSENT],
                    claims=[make_claim("r.txt", 1, "A claim.", references=[PAPER])])
    online = SourceResolver(cache_dir=tmp_path / "cache", offline=False)
    online.resolve(PAPER)  # the bundled card answers without the network
    (absent, paper) = cited_papers(report, online).cited  # the reference list comes first
    assert paper.reference == PAPER.key and paper.found
    assert (absent.reference, absent.found, absent.fix) == (ABSENT.key, False, None)
    assert "not looked up" in absent.detail
    offline = SourceResolver(cache_dir=tmp_path / "cache", offline=True)
    (absent, _) = cited_papers(report, offline).cited  # offline a look-up costs nothing
    assert absent.fix == FIX_OFFLINE and "offline" in absent.detail


# ----------------------------------------------------------------------------- claim table


def test_the_claim_table_comes_first_with_one_row_per_claim(audit):
    html = page_of(audit, "000_alpha")
    page = parse(html)
    (table,) = page.find_all("table", id="claim-table")
    assert "hidden" not in table.attrs  # readable without scripts; only the filters need them
    assert "hidden" in page.find_all("form", id="filters")[0].attrs
    assert html.index('id="claim-table"') < html.index('id="about"') < html.index('id="cards"')
    headers = [th.attrs["data-sort"] for th in table.find_all("th")]
    assert headers == ["number", "status", "mark", "claim", "reason"]
    rows = table.find_all("tr")[1:]
    cards = claim_cards(html)
    claims = sample_reports()[0].claims
    assert len(rows) == len(claims) == len(cards)
    for number, (row, claim, anchor) in enumerate(zip(rows, claims, cards, strict=True), 1):
        cells = [squash(td.text()) for td in row.find_all("td")]
        (link,) = row.find_all("a")
        assert link.attrs["href"] == f"#{anchor}" and cells[0] == str(number)
        assert cells[1] == claim.status.value == row.attrs["data-status"]
        assert cells[2].startswith({True: "✓", False: "×", None: "—"}[claim.report_mark])
        assert ("disagrees" in cells[2]) == claim.mark_disagrees
        assert cells[3] == squash(claim.text) + ("cut off" if claim.truncated else "")
        assert cells[4] == short_reason(claim)
    assert squash(rows[1].find_all("td")[4].text()) == (
        "Table check: Table 2 gives a 2.1 point gain for MNLI, not 7.5.")


def test_short_reasons_name_what_decided_or_why_nothing_did():
    claims = sample_reports()[0].claims
    assert short_reason(claims[5]).startswith("Source check: The paper reports 9")
    assert short_reason(claims[2]) == "No check has been run"
    assert short_reason(claims[3]) == "No decisive check (source missing)"
    long = claims[0].model_copy(update={"checks": [Check(
        kind=CheckKind.source, outcome=Outcome.supported, explanation="word " * 100)]})
    assert len(short_reason(long)) <= 160 and short_reason(long).endswith("…")


def test_calibration_lists_only_ranges_that_hold_claims(audit):
    (table,) = parse(page_of(audit, "000_alpha")).find_all("table", class_="calibration")
    ranges = [squash(row.find_all("th")[0].text()) for row in table.find_all("tr")[1:]]
    assert ranges == ["0.0–0.2", "0.2–0.4"]  # the sample's confidences are all below 0.4
    assert all(squash(row.find_all("td")[0].text()) != "0" for row in table.find_all("tr")[1:])


def test_index_puts_problems_before_the_reports_and_counts_cited_papers(audit):
    html = audit["index.html"]
    assert html.index('id="problems"') < html.index('id="reports"')
    page = parse(html)
    (note,) = page.find_all("p", class_="sources")
    assert squash(note.text()).startswith("1 of 3 reports cite papers this run did not find")
    rows = page.find_all("table")[1].find_all("tbody")[0].find_all("tr")
    found = [squash(row.find_all("td")[-2].text()) for row in rows]
    assert found == ["1 of 2", "1 of 1", "0 of 0"]


# ----------------------------------------------------------------------------- numbers


def quantity(text: str, value: float, decimals: int = 0) -> Quantity:
    return Quantity(text=text, value=value, decimals=decimals, span=(0, len(text)))


def test_numbers_are_shown_as_the_report_printed_them():
    assert printed(392702.0, quantity("392,702", 392702)) == "392,702"
    assert printed(7.0, quantity("7.0 points", 7.0, 1)) == "7.0"
    assert printed(7.45, quantity("7.5", 7.5, 1)) == "7.45"  # never drops a found digit
    assert printed(1234.5, quantity("1234.5", 1234.5, 1)) == "1234.5"  # no separator invented
    assert printed(45.0) == "45" and printed(None) == "—" and printed(1e-05) == "1e-05"


def test_cards_show_printed_numbers_and_every_pair_a_passage_gives(tmp_path):
    text = "SQuAD, MNLI and HellaSwag improve by 8.2, 7.5 and 7.0 points; MNLI has 392,702."
    pairs = [NumberPair(claimed=claimed, found=found, claimed_value=value, found_value=value,
                        about=name, agree=True)
             for claimed, found, value, name in (("8.2", "8.2 points", 8.2, "SQuAD"),
                                                 ("7.5", "7.5 points", 7.5, "MNLI"),
                                                 ("7.0 points", "7.0 points", 7.0, "HellaSwag"))]
    claim = make_claim(
        "n.txt", 1, text, status=Status.confirmed,
        quantities=[quantity("7.0 points", 7.0, 1), quantity("392,702", 392702)],
        checks=[Check(kind=CheckKind.source, outcome=Outcome.supported, explanation="same",
                      evidence=[Evidence(source="arXiv:2005.13013v2", quote="q",
                                         claimed=8.2, found=8.2, numbers=pairs)]),
                Check(kind=CheckKind.table, outcome=Outcome.supported, explanation="same",
                      evidence=[Evidence(source="arXiv:2005.13013v2", quote="t",
                                         claimed=392702, found=392702),
                                Evidence(source="arXiv:2005.13013v2", quote="t",
                                         claimed=7.0, found=7.0)])])
    report = Report(file="n.txt", path="n.txt", format="text", claims=[claim])
    (_, page) = render_audit([report], tmp_path)
    (card,) = claim_cards(page.read_text("utf-8")).values()
    (quantities, passage, cell, other_cell) = card.find_all("table")
    values = [squash(row.find_all("td")[1].text()) for row in quantities.find_all("tr")[1:]]
    assert values == ["7.0", "392,702"]
    rows = [[squash(td.text()) for td in row.find_all("td")] for row in passage.find_all("tr")]
    assert rows[1:] == [["SQuAD", "8.2", "8.2 points", "0"], ["MNLI", "7.5", "7.5 points", "0"],
                        ["HellaSwag", "7.0 points", "7.0 points", "0"]]
    assert [squash(td.text()) for td in cell.find_all("td")] == ["392,702", "392,702", "0"]
    assert [squash(td.text()) for td in other_cell.find_all("td")] == ["7.0", "7.0", "0"]


# ----------------------------------------------------------------------------- the pipeline


@pytest.fixture(scope="module")
def example_audit(tmp_path_factory) -> Path:
    """The examples audited offline, with a --sources folder holding one more cited paper."""
    sources = tmp_path_factory.mktemp("sources")
    (sources / "1911.02116v1.txt").write_text(
        "Unsupervised Cross-lingual Representation Learning at Scale\n\nXLM-R Large is a "
        "multilingual masked language model trained on 100 languages.\n", "utf-8")
    out = tmp_path_factory.mktemp("audit")
    run_audit([ROOT / "examples"], out=out, offline=True, results=None, sources=sources,
              cache_dir=tmp_path_factory.mktemp("cache"), generated="2026-12-01T08:00:00+00:00")
    return out


def test_the_pipeline_records_what_the_run_found(example_audit):
    document = json.loads((example_audit / "audit.json").read_text("utf-8"))
    run = document["run"]
    assert run["generated"] == "2026-12-01T08:00:00+00:00" and run["version"]
    assert run["options"]["offline"] is True and run["options"]["sources"].endswith("sources0")
    assert run["options"]["results"] is None
    assert [(card["id"], card["version"]) for card in run["cards"]] == [("arXiv:2005.13013v2", 1)]
    (entry,) = [e for e in document["reports"] if e["file"] == "intermediate_tasks.txt"]
    sources = entry["sources"]
    assert (sources["cited"], sources["found"], sources["missing"]) == (3, 2, 1)
    assert sources["headline"] == ("2 of 3 cited papers found; 1 missing: "
                                   "doi:10.18653/v1/2020.acl-main.747")
    assert sources["fixes"] == [FIX_DOI]
    (missing,) = [paper for paper in sources["papers"] if not paper["found"]]
    assert "name the file 10.18653%2Fv1%2F2020.acl-main.747.pdf" in missing["detail"]
    found = {paper["reference"]: paper["detail"] for paper in sources["papers"] if paper["found"]}
    assert "1911.02116v1.txt from --sources" in found["arXiv:1911.02116"]


def test_example_pages_show_the_headline_and_no_repeated_missing_rows(example_audit):
    html = (example_audit / "reports" / "intermediate_tasks-txt.html").read_text("utf-8")
    page = parse(html)
    (headline,) = page.find_all("p", class_="headline")
    assert squash(headline.text()) == ("2 of 3 cited papers found; 1 missing: "
                                       f"doi:10.18653/v1/2020.acl-main.747 — {FIX_DOI}.")
    for card in claim_cards(html).values():
        assert not any("only arXiv references can be looked up" in check
                       for check in checks_shown(card))
        assert [squash(p.text()) for p in card.find_all("p", class_="missing-note")] == [
            "Not checked against doi:10.18653/v1/2020.acl-main.747: not found (see the top of "
            "the page)."]
    assert "392,702" in squash(page.find_all("table", id="claim-table")[0].text())


def test_the_run_date_follows_source_date_epoch(monkeypatch):
    from verify_claims.pipeline import run_date

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1782000000")
    assert run_date() == "2026-06-21T00:00:00+00:00"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert run_date().endswith("+00:00")


def test_the_readme_picture_of_a_report_page_is_committed():
    """docs/report-page.png exists and is a 1400 px wide PNG; tests/test_browser.py checks
    that it matches what docs/make_screenshot.py makes from the pages now."""
    data = (ROOT / "docs" / "report-page.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1400 and 1000 <= height <= 1600
    assert "make_screenshot.py" in (ROOT / "Makefile").read_text("utf-8")


def test_a_cited_paper_whose_file_cannot_be_read_counts_as_missing(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "1911.02116v1.pdf").write_bytes(b"not a pdf")
    resolver = SourceResolver(sources_dir=folder, cache_dir=tmp_path / "cache", offline=True)
    report = Report(file="r.txt", path="r.txt", format="text", references=[ABSENT])
    (paper,) = cited_papers(report, resolver).cited
    assert paper.found  # the resolver found a file ...
    (paper,) = cited_papers(report, resolver, {folder / "1911.02116v1.pdf": "not a PDF"}).cited
    assert not paper.found and paper.fix == FIX_UNREADABLE  # ... the run could not read it
    assert paper.detail == "arXiv:1911.02116: 1911.02116v1.pdf could not be read: not a PDF"


def test_options_are_set_as_code_and_nothing_else_becomes_markup():
    assert str(options_as_code("pass --sources DIR or run online")) == (
        "pass <code>--sources DIR</code> or run online")
    hostile = str(options_as_code('<b onclick="x">--sources DIR</b> & --offline'))
    assert hostile == ("&lt;b onclick=&#34;x&#34;&gt;<code>--sources DIR</code>&lt;/b&gt; &amp; "
                       "<code>--offline</code>")
