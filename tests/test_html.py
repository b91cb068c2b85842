"""Tests of the rendered audit: HTML pages, JSON outputs and the counts behind them.

The pages are compared with golden files in tests/golden/. After an intended change to the
templates, look at the new pages, then regenerate the goldens with

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_html.py

and review the diff of tests/golden/ before committing it.

The sample audit below is built by hand (not by the extractor) so that these tests depend on
the renderer alone, and it holds every case a page must show: each status, a claim cut off by
the report, marks that agree and disagree with the audit, evidence with numbers, a claim shared
by two reports, problems, and hostile text in claims, titles and file names.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Entity,
    Evidence,
    Location,
    MatchedPart,
    Outcome,
    Problem,
    Provenance,
    Quantity,
    Reference,
    Report,
    Status,
    claim_id,
    read_jsonl,
)
from verify_claims.claims.run import (
    FIX_OFFLINE,
    CardUse,
    CitedPaper,
    ReportSources,
    RunOptions,
    RunRecord,
)
from verify_claims.reports.html import (
    page_names,
    reference_href,
    render_audit,
    slugify,
    source_href,
)
from verify_claims.reports.json_out import write_audit_json, write_claims_jsonl
from verify_claims.reports.summary import (
    count_claims,
    group_by_canonical,
    shared_claims,
    status_reason,
    summarise_all,
    total,
)

GOLDEN = Path(__file__).parent / "golden"
WHEN = datetime(2026, 6, 21, 9, 30, tzinfo=timezone.utc)
PAYLOAD = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> "q" & \'a\''
HOSTILE_FILE = 'evil"><img src=x onerror=window.__pwned=3>.txt'
PAPER = Reference(raw="arXiv:2005.13013v2", kind="arxiv", arxiv_id="2005.13013", version=2)
ABSENT = Reference(raw="arXiv:1911.02116", kind="arxiv", arxiv_id="1911.02116")
ABSENT_WHY = ("arXiv:1911.02116 not in the bundled cards, not in cache (no --sources folder), "
              "offline")
RUN = RunRecord(version="9.9.9", generated=WHEN.isoformat(),
                options=RunOptions(offline=True, cache="cache", results="runs"),
                cards=[CardUse(id="arXiv:2005.13013v2", version=3,
                               file="2005.13013v2.card.yaml")])


# ----------------------------------------------------------------------------- sample audit


def make_claim(report: str, row: int, text: str, **fields) -> Claim:
    identifier = claim_id(report, text)
    fields.setdefault("canonical_id", identifier)
    return Claim(id=identifier, report=report, text=text,
                 location=Location(file=report, line=30 + row, section="5 Extracted Claims"),
                 **fields)


def source_check(outcome: Outcome, claimed: float, found: float, quote: str) -> Check:
    return Check(
        kind=CheckKind.source, outcome=outcome,
        explanation=f"The paper reports {found} where the claim says {claimed}.",
        evidence=[Evidence(source="arXiv:2005.13013v2", quote=quote, page=5,
                           location="Table 2, row SQuAD, column avg.", score=0.91,
                           claimed=claimed, found=found)],
    )


SQUAD_TEXT = ("Intermediate-task training on SQuAD yields a target-task improvement of 8.2 "
              "points on the development set.")


def sample_reports() -> list[Report]:
    """Three reports and every kind of claim a page has to show (see the module docstring)."""
    alpha = "000_alpha.txt"
    squad = make_claim(
        alpha, 1, SQUAD_TEXT, status=Status.confirmed, report_mark=True, report_confidence=0.19,
        quantities=[Quantity(text="8.2 points", value=8.2, decimals=1, unit="points", sign=1,
                             span=(72, 82), attaches_to=["SQuAD"], bound_to="SQuAD")],
        entities=[Entity(label="DATASET", name="SQuAD", text="SQuAD", span=(30, 35))],
        references=[PAPER, ABSENT],
        checks=[source_check(Outcome.supported, 8.2, 8.2,
                             "SQuAD gives the largest gain, 8.2 points on average."),
                Check(kind=CheckKind.source, outcome=Outcome.source_missing, decisive=False,
                      explanation=ABSENT_WHY)],
    )
    mnli = make_claim(
        alpha, 2, "Intermediate-task training on MNLI yields a target-task improvement of 7.5 "
        "points on the development set.", status=Status.contradicted, report_mark=True,
        report_confidence=0.18,
        quantities=[Quantity(text="7.5 points", value=7.5, decimals=1, unit="points", sign=1,
                             span=(71, 81), attaches_to=["MNLI"])],
        entities=[Entity(label="DATASET", name="MNLI", text="MNLI", span=(30, 34))],
        checks=[
            Check(kind=CheckKind.table, outcome=Outcome.contradicted,
                  explanation="Table 2 gives a 2.1 point gain for MNLI, not 7.5.",
                  evidence=[Evidence(source="arXiv:2005.13013", quote="MNLI 2.1", page=6,
                                     location="Table 2, row MNLI", claimed=7.5, found=2.1,
                                     note="Version 1 of the paper prints 7.5.")]),
            Check(kind=CheckKind.reproduction, outcome=Outcome.not_run, decisive=False,
                  explanation="No recipe result yet."),
        ],
    )
    cut = make_claim(
        alpha, 3, "Applying intermediate-task training to BUCC and Tatoeba yields dramatic "
        "improvements with almost every intermediate tra", truncated=True, report_mark=True,
        report_confidence=0.21,
        entities=[Entity(label="TASK", name="BUCC", text="BUCC", span=(39, 43)),
                  Entity(label="TASK", name="Tatoeba", text="Tatoeba", span=(48, 55))],
    )
    cut_number = make_claim(
        alpha, 4, "Multi-task intermediate-task training on all 9 tasks improves performance "
        "by 8.7 poi", truncated=True, report_mark=None,
        quantities=[Quantity(text="8.7 poi", value=8.7, decimals=1, sign=1, cut_off=True,
                             span=(78, 85))],
        checks=[Check(kind=CheckKind.source, outcome=Outcome.source_missing,
                      explanation="The cited paper is not in the sources folder.")],
    )
    xnli = make_claim(
        alpha, 5, "XNLI does not see benefits from intermediate training.",
        status=Status.confirmed, report_mark=False, report_confidence=0.09,
        entities=[Entity(label="DATASET", name="XNLI", text="XNLI", span=(0, 4))],
        checks=[source_check(Outcome.supported, 0.0, 0.0,
                             "XNLI sees no benefit from intermediate training.")],
    )
    wrong_agreed = make_claim(
        alpha, 6, "Experiments are conducted on 12 target tasks from the XTREME benchmark.",
        status=Status.contradicted, report_mark=False, report_confidence=0.10,
        quantities=[Quantity(text="12", value=12, span=(29, 31), attaches_to=["XTREME"])],
        checks=[source_check(Outcome.contradicted, 12, 9, "We evaluate on 9 XTREME tasks.")],
    )
    hostile = make_claim(alpha, 7, PAYLOAD,
                         references=[Reference(raw="javascript:alert(1)", kind="url",
                                               url="javascript:alert(1)")])
    report_a = Report(
        file=alpha, path="/data/in/000_alpha.txt", format="text",
        title="Scaling Intermediate Tasks in Cross-Lingual Transfer", date="June 21, 2026",
        examines="English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer",
        research_question="Does scaling the number of intermediate tasks help?",
        papers_retrieved=9, claims_extracted=21, claims_verified=14, quality_score=7.4,
        references=[PAPER],
        claims=[squad, mnli, cut, cut_number, xnli, wrong_agreed, hostile],
    )
    beta = "001_beta.md"
    copy = make_claim(beta, 1, SQUAD_TEXT + " [arXiv:2005.13013v2]",
                      canonical_id=squad.canonical_id, report_mark=True, report_confidence=0.2)
    report_b = Report(
        file=beta, path="/data/in/001_beta.md", format="markdown", title=f"Beta {PAYLOAD}",
        claims=[copy],
        problems=[Problem(file=beta, severity="warning",
                          message="Claims table row 4 has no confidence column")],
    )
    report_c = Report(file=HOSTILE_FILE, path=f"/data/in/{HOSTILE_FILE}", format="text")
    return [report_a, report_b, report_c]


RUN_PROBLEMS = [Problem(file="broken.pdf", message="not a PDF: the file has no %PDF header")]


def sample_sources() -> list[ReportSources]:
    """What the run found of each sample report's cited papers (in report order)."""
    found = CitedPaper(reference=PAPER.key, found=True, detail="arXiv:2005.13013v2: card")
    absent = CitedPaper(reference=ABSENT.key, found=False, detail=ABSENT_WHY, fix=FIX_OFFLINE)
    return [ReportSources(cited=[found, absent]), ReportSources(cited=[found]),
            ReportSources()]


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return sample_reports()


@pytest.fixture(scope="module")
def audit(tmp_path_factory, reports) -> dict[str, str]:
    """The rendered audit of the sample reports, as {relative path: HTML}."""
    out = tmp_path_factory.mktemp("audit")
    written = render_audit(reports, out, RUN_PROBLEMS, generated=WHEN, run=RUN,
                           sources=sample_sources())
    return {path.relative_to(out).as_posix(): path.read_text("utf-8") for path in written}


def page_of(audit: dict[str, str], stem: str) -> str:
    (name,) = [name for name in audit if name.startswith(f"reports/{stem}")]
    return audit[name]


# ----------------------------------------------------------------------------- a tiny DOM


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str, **attrs: str) -> list[Node]:
        """Elements with this tag whose attributes contain the given values (class: a word)."""
        def matches(node: Node) -> bool:
            for name, value in attrs.items():
                name = name.rstrip("_").replace("_", "-")
                have = node.attrs.get(name) or ""
                if name == "class" and value not in have.split() or (
                        name != "class" and have != value):
                    return False
            return True
        return [node for node in self.iter() if node.tag == tag and matches(node)]


class TreeBuilder(HTMLParser):
    """Builds a Node tree and fails on unbalanced tags, so broken markup is caught too."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> never closed"
    return builder.root


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ----------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("page", ["index.html", "reports/000_alpha-txt.html"])
def test_pages_match_golden_files(audit, page):
    golden = GOLDEN / Path(page).name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(audit[page], "utf-8")
    assert golden.exists(), f"{golden} missing: run with UPDATE_GOLDEN=1 to create it"
    assert audit[page] == golden.read_text("utf-8"), (
        f"{page} differs from {golden}; if the change is intended, rerun with UPDATE_GOLDEN=1")


def test_rendering_is_deterministic_and_the_timestamp_optional(tmp_path, reports):
    first = render_audit(reports, tmp_path / "a", RUN_PROBLEMS)
    second = render_audit(reports, tmp_path / "b", RUN_PROBLEMS)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert "<time" not in first[0].read_text("utf-8")
    stamped = render_audit(reports, tmp_path / "c", RUN_PROBLEMS, generated=WHEN)
    assert '<time datetime="2026-06-21T09:30:00+00:00">2026-06-21 09:30 UTC</time>' in (
        stamped[0].read_text("utf-8"))
    # The CLI passes strings: ISO 8601 ones read as times, anything else is shown as text.
    as_text = render_audit(reports, tmp_path / "d", RUN_PROBLEMS, generated=WHEN.isoformat())
    assert as_text[0].read_bytes() == stamped[0].read_bytes()
    (index, *_) = render_audit(reports, tmp_path / "e", generated="nightly <b>42</b>")
    footer = index.read_text("utf-8").split("<footer>")[1]
    assert "Generated by verify-claims on nightly &lt;b&gt;42&lt;/b&gt;." in footer
    assert "<time" not in footer


def test_all_pages_are_written_atomically_and_nothing_else(tmp_path, reports):
    written = render_audit(reports, tmp_path, RUN_PROBLEMS)
    on_disk = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert on_disk == sorted(written)  # no temporary files left behind
    assert written[0] == tmp_path / "index.html"
    assert len(written) == 1 + len(reports)


# ----------------------------------------------------------------------------- untrusted text


def test_untrusted_text_never_becomes_markup(audit):
    our_script = (Path(__file__).parents[1] / "reports/templates/filters.js").read_text("utf-8")
    for name, html in audit.items():
        document = parse(html)
        tags = [node.tag for node in document.iter()]
        assert "img" not in tags, name
        handlers = [(n.tag, a) for n in document.iter() for a in n.attrs if a.startswith("on")]
        assert handlers == [], name
        scripts = document.find_all("script")
        assert all(script.attrs == {} for script in scripts), name
        assert all(script.text().strip() == our_script.strip() for script in scripts), name
        assert "window.__pwned" not in "".join(s.text() for s in scripts)


def test_hostile_text_is_shown_as_text(audit, reports):
    alpha = parse(page_of(audit, "000_alpha"))
    (hostile,) = [a for a in alpha.find_all("article") if a.attrs["id"] == reports[0].claims[-1].id]
    (quote,) = hostile.find_all("blockquote", class_="claim-text")
    assert quote.text() == PAYLOAD
    # A javascript: URL from a report is shown, never linked.
    assert "javascript:alert(1)" in hostile.text()
    assert not [a for a in hostile.find_all("a") if "javascript" in (a.attrs["href"] or "")]

    index = parse(audit["index.html"])
    files = [squash(th.text()) for th in index.find_all("th", scope="row")]
    assert any(f.startswith(HOSTILE_FILE) for f in files)
    assert any(f"Beta {PAYLOAD}" in f for f in files)
    beta = parse(page_of(audit, "001_beta"))
    assert squash(beta.find_all("h1")[0].text()) == squash(f"Beta {PAYLOAD}")


def test_report_metadata_lists_only_what_the_report_states(audit):
    def metadata(stem: str) -> dict[str, str]:
        (meta,) = parse(page_of(audit, stem)).find_all("dl", class_="meta")
        return dict(zip([squash(dt.text()) for dt in meta.find_all("dt")],
                        [squash(dd.text()) for dd in meta.find_all("dd")], strict=True))

    assert metadata("000_alpha") == {
        "File": "/data/in/000_alpha.txt", "Format": "text (synthesis)", "Date": "June 21, 2026",
        "Examines": "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer",
        "Research question": "Does scaling the number of intermediate tasks help?",
        "Papers retrieved": "9", "Claims it says it extracted": "21",
        "Claims it says it verified": "14", "Its quality score": "7.4",
        "Cites": "arXiv:2005.13013v2",
    }
    assert metadata("001_beta") == {"File": "/data/in/001_beta.md",
                                    "Format": "markdown (synthesis)"}


def test_content_security_policy_allows_exactly_the_inline_style_and_script(audit):
    def sha256(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    for name, html in audit.items():
        document = parse(html)
        (policy,) = [m.attrs["content"] for m in document.find_all("meta")
                     if m.attrs.get("http-equiv") == "Content-Security-Policy"]
        assert "default-src 'none'" in policy
        (style,) = document.find_all("style")
        assert f"style-src {sha256(style.text())};" in policy, name
        for script in document.find_all("script"):
            assert f"script-src {sha256(script.text())};" in policy, name


# ----------------------------------------------------------------------------- content


def claim_cards(html: str) -> dict[str, Node]:
    return {node.attrs["id"]: node for node in parse(html).find_all("article", class_="claim")}


def test_every_claim_is_shown_with_its_status_and_mark(audit, reports):
    for report in reports:
        cards = claim_cards(page_of(audit, slugify(report.file)))
        assert list(cards) == [claim.id for claim in report.claims]
        for claim in report.claims:
            card = cards[claim.id]
            assert card.attrs["data-status"] == claim.status.value
            (badge,) = card.find_all("span", class_="badge", **{"class": claim.status.value})
            assert badge.text() == claim.status.value
            assert card.attrs.get("hidden", "absent") == "absent"  # readable without scripts
            words = {True: "Report: ✓ verified", False: "Report: × not verified",
                     None: "Report: no mark"}[claim.report_mark]
            assert words in squash(card.text())


def test_disagreement_marker_exactly_where_mark_and_status_disagree(audit, reports):
    cards = claim_cards(page_of(audit, "000_alpha"))
    flagged = {cid for cid, card in cards.items() if card.find_all("strong", class_="disagreement")}
    assert flagged == {c.id for c in reports[0].claims if c.mark_disagrees}
    assert len(flagged) == 2  # ✓ but contradicted, × but confirmed
    texts = sorted(squash(cards[cid].find_all("strong")[0].text()) for cid in flagged)
    assert texts == ["⚠ Report says ×, audit says confirmed",
                     "⚠ Report says ✓, audit says contradicted"]
    assert {cards[cid].attrs["data-disagrees"] for cid in flagged} == {"true"}
    assert sum(card.attrs["data-disagrees"] == "true" for card in cards.values()) == 2


def test_cut_off_badge_on_truncated_claims_only(audit, reports):
    cards = claim_cards(page_of(audit, "000_alpha"))
    for claim in reports[0].claims:
        (quote,) = cards[claim.id].find_all("blockquote", class_="claim-text")
        badges = quote.find_all("span", class_="cut")
        assert [b.text() for b in badges] == (["… cut off"] if claim.truncated else [])
        # The text itself is shown exactly as printed, before the badge.
        assert quote.children[0] == claim.text


def test_unfinished_badge_on_fragments(tmp_path):
    fragment = make_claim("f.txt", 1, "The methodology follows a three phase op", fragment=True)
    whole = make_claim("f.txt", 2, "The methodology follows three phases.")
    report = Report(file="f.txt", path="f.txt", format="text", claims=[fragment, whole])
    (_, page) = render_audit([report], tmp_path)
    cards = claim_cards(page.read_text("utf-8"))
    badges = {cid: [b.text() for b in card.find_all("span", class_="cut")]
              for cid, card in cards.items()}
    assert badges == {fragment.id: ["… unfinished"], whole.id: []}


def test_evidence_shows_source_version_page_and_numbers_side_by_side(audit, reports):
    card = claim_cards(page_of(audit, "000_alpha"))[reports[0].claims[1].id]
    text = squash(card.text())
    assert "Table 2 gives a 2.1 point gain for MNLI, not 7.5." in text
    caption = squash(card.find_all("figcaption")[0].text())
    assert caption == "arXiv:2005.13013 · latest version · page 6 · Table 2, row MNLI"
    (link,) = card.find_all("figcaption")[0].find_all("a")
    assert link.attrs["href"] == "https://arxiv.org/abs/2005.13013"
    (numbers,) = card.find_all("table", class_="numbers")
    assert [squash(td.text()) for td in numbers.find_all("td")] == ["7.5", "2.1", "−5.4"]
    assert "Version 1 of the paper prints 7.5." in text
    assert "reproduction check" in text and "not decisive" in text
    assert status_reason(reports[0].claims[1]) in text

    squad = squash(claim_cards(page_of(audit, "000_alpha"))[reports[0].claims[0].id].text())
    assert ("arXiv:2005.13013v2 · version 2 · page 5 · Table 2, row SQuAD, column avg. · "
            "match score 0.91") in squad


def test_parsed_quantities_entities_and_references_are_listed(audit, reports):
    cards = claim_cards(page_of(audit, "000_alpha"))
    squad = cards[reports[0].claims[0].id]
    (table,) = [t for t in squad.find_all("table") if "numbers" not in (t.attrs.get("class") or "")]
    cells = [squash(td.text()) for td in table.find_all("td")]
    assert cells == ["8.2 points", "8.2", "points", "+ up", "SQuAD", "SQuAD", "—"]
    assert "DATASET SQuAD" in squash(squad.text())
    (cites,) = [div for div in squad.find_all("div") if div.find_all("h3")
                and div.find_all("h3")[0].text() == "Cites"]
    assert [(a.text(), a.attrs["href"]) for a in cites.find_all("a")] == [
        ("arXiv:2005.13013v2", "https://arxiv.org/abs/2005.13013v2"),
        ("arXiv:1911.02116", "https://arxiv.org/abs/1911.02116")]

    cut_number = squash(cards[reports[0].claims[3].id].text())
    assert "cut off: digits or unit may be missing" in cut_number
    assert "source missing" in cut_number


def test_index_counts_links_problems_and_shared_claims(tmp_path, reports):
    written = render_audit(reports, tmp_path, RUN_PROBLEMS)
    index = parse(written[0].read_text("utf-8"))
    (table,) = [t for t in index.find_all("table") if t.find_all("th", scope="row")]
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(reports)
    expected = {"000_alpha.txt": [7, 2, 2, 3, 2, 2, 3, 2], "001_beta.md": [1, 0, 0, 1, 0, 0, 1, 0],
                HOSTILE_FILE: [0] * 8}
    for row in rows:
        (link,) = row.find_all("a")
        *numbers, cited = [td.text() for td in row.find_all("td", class_="num")]
        assert [int(number) for number in numbers] == expected[link.text()]
        assert cited == "—"  # no run record given: nothing is said about cited papers
        target = tmp_path / link.attrs["href"]
        assert target.is_file() and target.parent == tmp_path / "reports"
        back = parse(target.read_text("utf-8")).find_all("a", href="../index.html")
        assert back, f"{target} has no link back to the overview"
    tiles = {squash(t.find_all("dt")[0].text()): squash(t.find_all("dd")[0].text())
             for t in index.find_all("div", class_="tile")}
    assert tiles["Claims"] == "8" and tiles["Contradicted"] == "2"
    assert tiles["Mark disagrees"] == "2" and tiles["Report marks ✓ / ×"] == "4 / 2"

    problems = [[squash(td.text()) for td in tr.find_all("td")]
                for tr in index.find_all("table", class_="problems")[0].find_all("tr")[1:]]
    assert problems == [["broken.pdf", "error", "not a PDF: the file has no %PDF header"],
                        ["001_beta.md", "warning", "Claims table row 4 has no confidence column"]]

    (shared,) = index.find_all("ul", class_="shared")
    links = shared.find_all("a")
    assert [a.text() for a in links] == ["000_alpha.txt", "001_beta.md"]
    for a in links:
        page, anchor = a.attrs["href"].split("#")
        assert anchor in claim_cards((tmp_path / page).read_text("utf-8"))


def test_a_claim_printed_twice_in_one_report_gets_two_distinct_anchors(tmp_path):
    claim = make_claim("x.txt", 1, "SQuAD improves by 8.2 points.")
    report = Report(file="x.txt", path="/x.txt", format="text", claims=[claim, claim])
    (_, page) = render_audit([report], tmp_path)
    ids = [node.attrs["id"] for node in parse(page.read_text("utf-8")).iter() if "id" in node.attrs]
    assert len(ids) == len(set(ids))
    assert list(claim_cards(page.read_text("utf-8"))) == [claim.id, f"{claim.id}-2"]


def test_an_empty_audit_renders_and_says_so(tmp_path):
    (index,) = render_audit([], tmp_path, RUN_PROBLEMS)
    text = squash(parse(index.read_text("utf-8")).text())
    assert "No report could be read. See the problems above." in text
    assert "broken.pdf" in text


def test_links_are_made_only_from_web_addresses():
    assert reference_href(PAPER) == "https://arxiv.org/abs/2005.13013v2"
    assert reference_href(Reference(raw="doi", kind="doi", doi="10.18653/v1/2020.aacl-main.56")
                          ) == "https://doi.org/10.18653/v1/2020.aacl-main.56"
    for url in ["javascript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "//x"]:
        assert reference_href(Reference(raw=url, kind="url", url=url)) is None
    assert source_href("arXiv:hep-th/9901001v3") == "https://arxiv.org/abs/hep-th/9901001v3"
    assert source_href("recipes/squad.yaml") is None


# ----------------------------------------------------------------------------- page names

SAFE_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "..", ".", "", "a/b\\c.txt", "C:\\reports\\x.PDF", ".hidden",
    "con", "résumé – final.pdf", "日本語.txt", HOSTILE_FILE, "x" * 500 + ".txt", "-_-",
])
def test_slugs_are_safe_file_names(name):
    slug = slugify(name)
    assert SAFE_SLUG.match(slug), slug
    assert ".." not in slug and "/" not in slug and "\\" not in slug
    assert len(slug) <= 80


def test_a_slug_comes_from_the_file_name_alone():
    assert slugify("/reports/2026/Final Report.TXT") == "final-report-txt"
    assert slugify("C:\\reports\\x.pdf") == "x-pdf"


def report_named(path: str, fmt: str = "text") -> Report:
    return Report(file=Path(path).name, path=path, format=fmt)


def test_same_stem_in_other_folders_or_formats_gets_its_own_page(tmp_path):
    reports = [report_named("/a/x.txt"), report_named("/b/x.txt"),
               report_named("/a/x.md", "markdown"), report_named("/a/x.pdf", "pdf")]
    names = page_names(reports)
    assert len(set(names)) == 4
    assert names[2:] == ["x-md", "x-pdf"]
    assert names[0].startswith("x-txt-") and names[1].startswith("x-txt-")
    # A report keeps its page name whatever order the reports come in.
    assert page_names(reports[::-1]) == names[::-1]
    written = render_audit(reports, tmp_path)
    assert len(set(written)) == 5 and all(p.is_file() for p in written)


@given(st.lists(st.text(max_size=30), max_size=12))
def test_page_names_are_always_safe_and_unique(file_names):
    reports = [Report(file=name, path=f"/{i}/{name}", format="text")
               for i, name in enumerate(file_names)]
    names = page_names(reports)
    assert len(set(names)) == len(names)
    assert all(SAFE_SLUG.match(name) for name in names)


# ----------------------------------------------------------------------------- JSON


def test_claims_jsonl_round_trips(tmp_path, reports):
    path = write_claims_jsonl(reports, tmp_path)
    assert path == tmp_path / "claims.jsonl"
    assert list(read_jsonl(path, Claim)) == [c for r in reports for c in r.claims]


def test_audit_json_holds_summaries_metadata_and_problems_without_claims(tmp_path, reports):
    path = write_audit_json(reports, tmp_path, RUN_PROBLEMS, generated=WHEN)
    audit = json.loads(path.read_text("utf-8"))
    assert audit["generated"] == "2026-06-21T09:30:00+00:00"
    assert audit["totals"] == total(summarise_all(reports)).as_dict()
    assert audit["totals"]["claims"] == 8 and audit["totals"]["disagreements"] == 2
    first = audit["reports"][0]
    assert "claims" not in first
    assert first["title"] == reports[0].title and first["quality_score"] == 7.4
    assert first["references"][0]["version"] == 2
    assert first["claim_ids"] == [c.id for c in reports[0].claims]
    assert first["counts"]["contradicted"] == 2
    assert audit["reports"][1]["problems"][0]["severity"] == "warning"
    assert audit["problems"] == [p.model_dump(mode="json") for p in RUN_PROBLEMS]
    (shared,) = audit["shared_claims"]
    assert shared["reports"] == ["000_alpha.txt", "001_beta.md"]
    assert shared["statuses"] == ["confirmed", "unverified"]
    assert shared["text"] == SQUAD_TEXT
    assert [p.name for p in tmp_path.iterdir()] == ["audit.json"]


# ----------------------------------------------------------------------------- summary


def test_counts_of_a_report(reports):
    counts = count_claims(reports[0].claims)
    assert counts.as_dict() == {
        "claims": 7, "confirmed": 2, "contradicted": 2, "unverified": 3, "truncated": 2,
        "marked_true": 3, "marked_false": 2, "unmarked": 2, "disagreements": 2,
    }
    # Disagreement is per claim: ✓ but contradicted, × but confirmed; never × and contradicted.
    assert [count_claims([c]).disagreements for c in reports[0].claims] == [0, 1, 0, 0, 1, 0, 0]
    assert total(summarise_all(reports)).claims == 8


def test_grouping_by_canonical_id(reports):
    groups = group_by_canonical(reports)
    assert len(groups) == 8 - 1  # the SQuAD claim is printed twice
    (shared,) = shared_claims(reports)
    assert [c.report for c in shared.claims] == ["000_alpha.txt", "001_beta.md"]
    assert shared_claims(reports, min_reports=3) == []
    assert shared.text == SQUAD_TEXT and not shared.truncated  # the complete copy is shown


def test_a_claim_every_report_cut_off_is_marked_so_in_the_overview(tmp_path):
    first = make_claim("a.txt", 1, "XNLI does not see benefi", truncated=True)
    second = make_claim("b.txt", 1, "XNLI does not see ben", truncated=True,
                        canonical_id=first.canonical_id)
    reports = [Report(file=c.report, path=f"/{c.report}", format="text", claims=[c])
               for c in (first, second)]
    (group,) = shared_claims(reports)
    assert group.truncated and group.text == first.text
    index = parse(render_audit(reports, tmp_path)[0].read_text("utf-8"))
    (item,) = [li for li in index.find_all("li") if li.parent.attrs.get("class") == "plain shared"]
    assert squash(item.find_all("p")[0].text()) == "XNLI does not see benefi… cut off"


def test_status_reasons_follow_the_verdict_rule(reports):
    squad, mnli, cut, cut_number, *_ = reports[0].claims
    assert status_reason(squad) == ("Confirmed because the decisive source check supports it "
                                    "and no decisive check contradicts it.")
    assert status_reason(mnli).startswith("Contradicted because the decisive table check "
                                          "contradicts it;")
    assert status_reason(cut) == "Unverified: no check has been run on this claim yet."
    assert status_reason(cut_number) == ("Unverified: no decisive check supports or contradicts "
                                         "it (outcomes: source missing).")
    edited = squad.model_copy(update={"status": Status.contradicted})
    assert "do not lead to that status" in status_reason(edited)


def test_reproduction_evidence_draws_the_tolerance_band(tmp_path):
    """Claimed vs measured with the tolerance band, as an inline SVG (no script, no assets)."""
    from verify_claims.claims import Check, CheckKind, Evidence, Outcome
    from verify_claims.reports.html import band_chart

    evidence = Evidence(source="phang2020-mnli", quote="claimed 7.5; measured 7.43",
                        claimed=7.5, found=7.43, band=(6.5, 8.5), values=[7.3, 7.6, 7.4])
    chart = band_chart(evidence)
    assert chart is not None
    low, high = chart.band
    assert 10 <= low < chart.claimed < high <= chart.width - 10
    assert low < chart.mean < high and len(chart.seeds) == 3
    assert chart.mean < chart.claimed  # 7.43 is left of 7.5
    assert band_chart(evidence.model_copy(update={"band": None})) is None
    outside = band_chart(evidence.model_copy(update={"found": 5.0, "values": [5.0]}))
    assert outside is not None and outside.mean < outside.band[0]

    check = Check(kind=CheckKind.reproduction, outcome=Outcome.confirmed, evidence=[evidence],
                  explanation="within the band")
    claim = make_claim("r.txt", 1, "MNLI improves the target tasks by 7.5 points.",
                       checks=[check], status=Status.confirmed)
    report = Report(file="r.txt", path="r.txt", format="text", claims=[claim])
    (_, page) = render_audit([report], tmp_path)
    html = page.read_text("utf-8")
    assert html.count('<svg class="band"') == 1 and html.count('class="seed"') == 3
    assert 'aria-label="tolerance band 6.5 to 8.5; measured 7.43; claimed 7.5"' in html


def test_card_statement_is_not_styled_as_a_quote_and_parts_are_shown_side_by_side(tmp_path):
    """Issue 11: a reference card's statement is the card author's summary, shown with its
    provenance, never as a quote of the paper; a decided check lists each part of the claim
    beside what the source says, and an undecided one what was not found."""
    card = Evidence(source="arXiv:2005.13013v2", quote="SQuAD improves the average by 8.2.",
                    provenance=Provenance(kind="card", card="2005.13013v2.card.yaml",
                                          author="verify-claims maintainers",
                                          origin="arXiv:2005.13013v2 Table 2",
                                          location="Section 5"))
    paper = Evidence(source="arXiv:2005.13013v2", quote="we see gains of 8.2 points", page=5)
    decided = Check(kind=CheckKind.source, outcome=Outcome.supported, evidence=[card, paper],
                    matched=[MatchedPart(part="subject", claim="SQuAD", source="SQuAD"),
                             MatchedPart(part="value", claim="8.2 points", source="8.2")])
    undecided = Check(kind=CheckKind.source, outcome=Outcome.no_evidence,
                      missing=["decoders", "encoders"])
    claim = make_claim("c.txt", 1, SQUAD_TEXT, checks=[decided, undecided])
    report = Report(file="c.txt", path="c.txt", format="text", claims=[claim])
    (_, page) = render_audit([report], tmp_path)
    card_html = claim_cards(page.read_text("utf-8"))[claim.id]
    quotes = [squash(node.text()) for node in card_html.find_all("blockquote")]
    assert "we see gains of 8.2 points" in quotes
    assert not any("SQuAD improves the average" in quote for quote in quotes)
    (statement,) = card_html.find_all("p", class_="card-statement")
    assert "SQuAD improves the average by 8.2." in statement.text()
    text = squash(card_html.text())
    assert "not a quote of the paper" in text and "verify-claims maintainers" in text
    assert "taken from arXiv:2005.13013v2 Table 2" in text
    (table,) = card_html.find_all("table", class_="matched")
    assert [squash(cell.text()) for cell in table.find_all("td")] == [
        "subject", "SQuAD", "SQuAD", "value", "8.2 points", "8.2"]
    assert "Not found in the source: decoders; encoders" in text
