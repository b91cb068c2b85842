"""Synthesis reports: the seeds, and generated reports in every form the parser reads (tab
table with and without headings, Markdown, PDF in pypdf's plain and layout text)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synth import report as synth
from synth.report import ReportSpec, render_markdown, render_pdf, render_text
from verify_claims.claims import Document, Page
from verify_claims.extract.readers import read_document
from verify_claims.extract.report import (
    is_synthesis_report,
    parse_confidence,
    parse_mark,
    parse_report,
)
from verify_claims.extract.truncation import is_truncated

# --- the seeds ----------------------------------------------------------------------------


def seed_rows(path) -> list[tuple[str, bool, float]]:
    """An independent oracle: the seed's table rows split on tabs by hand."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Claim\t")) + 1
    rows = []
    for line in lines[start:]:
        if not line.strip():
            break
        text, mark, confidence = line.split("\t")
        assert mark in ("\u2713", "\u00d7")
        rows.append((text, mark == "\u2713", float(confidence)))
    return rows


@pytest.fixture(scope="module")
def seed_reports(request):
    seeds = request.getfixturevalue("seeds_dir")
    return {path.name[:3]: (path, parse_report(read_document(path)))
            for path in sorted(seeds.glob("*.txt"))}


def test_seed_acceptance_counts(seed_reports):
    reports = [report for _, report in seed_reports.values()]
    assert [len(report.claims) for report in reports] == [21, 10, 9, 9, 9]
    assert [sum(c.truncated for c in report.claims) for report in reports] == [3, 9, 8, 8, 8]
    assert sum(len(report.claims) for report in reports) == 58
    assert all(report.problems == [] for report in reports)
    assert all(is_synthesis_report(read_document(path)) for path, _ in seed_reports.values())


def test_seed_every_mark_and_confidence(seed_reports):
    for path, report in seed_reports.values():
        got = [(c.text, c.report_mark, c.report_confidence) for c in report.claims]
        assert got == seed_rows(path), path.name


def test_seed_000_rows_and_totals(seed_reports):
    _, report = seed_reports["000"]
    marks = [claim.report_mark for claim in report.claims]
    # The seed prints 14 ✓ and 7 × (and says "14 independently verified").
    assert (marks.count(True), marks.count(False)) == (14, 7)
    first, second = report.claims[0], report.claims[1]
    assert first.text == ("The study uses the pretrained XLM-R Large model as the starting "
                          "point for all experiments.")
    assert (first.report_mark, first.report_confidence, first.truncated) == (True, 0.15, False)
    assert (second.report_mark, second.report_confidence) == (False, 0.10)
    cut = report.claims[11]
    assert cut.text.endswith("an average improvement of 5.4")
    assert (cut.truncated, cut.report_mark, cut.report_confidence) == (True, True, 0.28)
    fragment = report.claims[-1]
    assert fragment.text == "The methodology follows a three phase op"
    assert not fragment.truncated
    assert round(sum(c.report_confidence for c in report.claims), 2) == 3.44


def test_seed_000_metadata_and_references(seed_reports):
    _, report = seed_reports["000"]
    assert report.kind == "synthesis"
    assert report.title == ("Scaling Intermediate Tasks and Robustness in Cross-Lingual "
                            "Transfer for Under-Represented Languages")
    assert report.date == "2026-06-21"
    assert report.examines == ("English Intermediate-Task Training Improves Zero-Shot "
                               "Cross-Lingual Transfer Too")
    assert report.research_question.startswith("What is the effect of scaling")
    assert report.research_question.endswith("in XTREME-R?")
    assert (report.papers_retrieved, report.claims_extracted, report.claims_verified,
            report.quality_score) == (9, 21, 14, 7.4)
    keys = [reference.key for reference in report.references]
    assert keys == ["arXiv:2508.09516v1", "arXiv:2310.09917v3", "arXiv:2005.13013v2"]
    assert all(claim.references == report.references for claim in report.claims)


def test_seed_without_headings_metadata(seed_reports):
    _, report = seed_reports["003"]  # no "#" headings; question printed without final "."
    assert report.title.startswith("Robustness of Multilingual Models")
    assert report.date == "2026-07-07"
    assert report.research_question.endswith("adversarial examples in XTREME-R?")
    assert report.quality_score == 9.2


def test_seed_locations_point_at_the_printed_text(seed_reports):
    for path, report in seed_reports.values():
        page = read_document(path).pages[0].text
        lines = page.split("\n")
        for claim in report.claims:
            start, end = claim.location.span
            assert page[start:end] == claim.text
            assert lines[claim.location.line - 1].startswith(claim.text + "\t")
            assert claim.location.file == path.name and claim.location.page == 1


def _spec_from_seed(path, report) -> ReportSpec:
    text = path.read_text(encoding="utf-8")
    abstract = text.split("Abstract\n\n", 1)[1].split("\n\n", 1)[0]
    return ReportSpec(
        title=report.title, date=dt.date.fromisoformat(report.date), examines=report.examines,
        research_question=report.research_question, papers_retrieved=report.papers_retrieved,
        claims_extracted=report.claims_extracted, claims_verified=report.claims_verified,
        quality_score=report.quality_score, abstract=abstract,
        claims=[(c.text, c.report_mark, c.report_confidence) for c in report.claims],
        references=[reference.raw for reference in report.references])


@pytest.mark.parametrize(("seed", "headings"), [("000", True), ("001", False)])
def test_render_text_reproduces_the_seed_layout(seed_reports, seed, headings):
    path, report = seed_reports[seed]
    rendered = render_text(_spec_from_seed(path, report), headings=headings)
    assert rendered == path.read_text(encoding="utf-8")


# --- generated reports --------------------------------------------------------------------

CUT_MID_WORD = ("Applying intermediate-task training to BUCC and Tatoeba, the two sentence "
                "retrieval target tasks that have no training d")
CUT_MID_NUMBER = ("Evaluating our best performing models for each target task on the XTREME "
                  "benchmark yields an average improvement of 5.4")
COMPLETE_120 = ("Training on English intermediate tasks outperforms continuing multilingual "
                "MLM during intermediate-task training for all.")
COMPLETE_BRACKET = ("We use the pretrained XLM-R Large model as a starting point for all of "
                    "our own cross-lingual experiments (Conneau, 2020)")
UNICODE = ("Zero-shot F1 on TyDiQA (ja, zh, ar) rises by 2.1 % \u2014 \u201cconsistent\u201d "
           "across scripts; \u03b1 \u2265 0.5 | ratio \\ 3.")
LONG = ("Multi-task intermediate-task training on all nine tasks, including SQuAD, MNLI, "
        "HellaSwag, CommonsenseQA, Cosmos QA, QQP, ANLI, SocialIQA and CCG, performs best on "
        "average across the XTREME benchmark, improving by 8.7 points over the baseline, while "
        "gains on XNLI and PAWS-X stay small and BUCC and Tatoeba improve the most of all.")


def make_spec(repeat: int = 1) -> ReportSpec:
    base = [
        (CUT_MID_WORD, True, 0.30),
        ("XNLI does not see benefits from intermediate training.", False, 0.09),
        (CUT_MID_NUMBER, True, 0.33),
        (COMPLETE_120, False, 0.23),
        (COMPLETE_BRACKET, True, None),
        (UNICODE, False, 0.5),
        (LONG, True, 1.0),
        ("The QQP intermediate task is sourced from Quora questions.", False, 0.0),
    ]
    # Repeated rows get a number, so that each stays a distinct claim.
    claims = [(text if i < len(base) else f"R{i}: {text}", mark, confidence)
              for i, (text, mark, confidence) in enumerate(base * repeat)]
    return ReportSpec(
        title="Scaling Laws of Intermediate-Task Training for Zero-Shot Cross-Lingual F1 on "
              "XTREME-R Across Encoder and Decoder Architectures", date=dt.date(2026, 6, 21),
        examines="English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer "
                 "Too",
        research_question="Does intermediate-task training help zero-shot transfer on XTREME?",
        papers_retrieved=9, claims_extracted=len(claims), claims_verified=5, quality_score=7.4,
        claims=claims,
        references=["http://arxiv.org/abs/2005.13013v2", "http://arxiv.org/abs/2310.09917v3"])


def assert_same_claims(report, spec):
    got = [(c.text, c.report_mark, c.report_confidence, c.truncated) for c in report.claims]
    expected = [(text, mark, confidence, is_truncated(text))
                for text, mark, confidence in spec.claims]
    assert got == expected


def assert_same_metadata(report, spec):
    assert report.title == spec.title
    assert report.date == spec.date.isoformat()
    assert report.examines == spec.examines
    assert report.research_question == spec.research_question
    assert (report.papers_retrieved, report.claims_extracted, report.claims_verified,
            report.quality_score) == (spec.papers_retrieved, spec.claims_extracted,
                                      spec.claims_verified, spec.quality_score)
    assert [r.key for r in report.references] == ["arXiv:2005.13013v2", "arXiv:2310.09917v3"]


def write(tmp_path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_spec_has_cut_and_complete_claims_of_similar_length():
    spec = make_spec()
    flags = {text: is_truncated(text) for text, _, _ in spec.claims}
    assert flags[CUT_MID_WORD] and flags[CUT_MID_NUMBER]
    assert not flags[COMPLETE_120] and not flags[COMPLETE_BRACKET]
    assert all(119 <= len(text) <= 121 for text in (CUT_MID_WORD, CUT_MID_NUMBER,
                                                      COMPLETE_120, COMPLETE_BRACKET))


@pytest.mark.parametrize("headings", [True, False])
def test_text_round_trip(tmp_path, headings):
    spec = make_spec()
    report = parse_report(write(tmp_path, "r.txt", render_text(spec, headings=headings)))
    assert_same_claims(report, spec)
    assert_same_metadata(report, spec)
    assert report.problems == []


def test_markdown_round_trip_with_escaped_pipes(tmp_path):
    spec = make_spec()
    markdown = render_markdown(spec)
    assert "\\| ratio \\\\ 3." in markdown
    doc = write(tmp_path, "r.md", markdown)
    assert doc.format == "markdown"
    report = parse_report(doc)
    assert_same_claims(report, spec)
    assert_same_metadata(report, spec)
    assert report.problems == []
    unicode_claim = next(c for c in report.claims if c.text == UNICODE)
    line = doc.pages[0].text.split("\n")[unicode_claim.location.line - 1]
    assert line.startswith("| Zero-shot F1 on TyDiQA")


def test_hand_written_markdown_table_without_outer_pipes(tmp_path):
    text = ("# Report\n\nJune 1, 2026\n\n| Confidence | Claim |\n|:---:|:---|\n"
            "| 15% | SQuAD helps XNLI. |\n| \u2014 | A \\| B is a pipe. |\n\n"
            "Confidence | Claim\n")
    report = parse_report(write(tmp_path, "r.md", text))
    assert [(c.text, c.report_confidence, c.report_mark) for c in report.claims] == [
        ("SQuAD helps XNLI.", 0.15, None), ("A | B is a pipe.", None, None)]
    assert [p.message for p in report.problems] == [
        "the claims table has no Verified column; its values are left empty"]


@pytest.mark.parametrize("columns", [("Confidence", "Claim", "Verified"),
                                     ("Verified", "Confidence", "Claim")])
def test_text_columns_found_by_name(tmp_path, columns):
    spec = make_spec()
    report = parse_report(write(tmp_path, "r.txt", render_text(spec, columns=columns)))
    assert_same_claims(report, spec)
    assert report.problems == []


def test_missing_column_still_parses_with_a_warning(tmp_path):
    spec = make_spec()
    report = parse_report(write(tmp_path, "r.txt",
                                render_text(spec, columns=("Claim", "Verified"))))
    assert [(c.text, c.report_mark) for c in report.claims] == \
        [(text, mark) for text, mark, _ in spec.claims]
    assert all(c.report_confidence is None for c in report.claims)
    assert [(p.severity, p.message) for p in report.problems] == [
        ("warning", "the claims table has no Confidence column; its values are left empty")]


def test_no_claims_table(tmp_path):
    doc = write(tmp_path, "paper.txt", "A Paper\n\nWe train XLM-R.\tIt works.\n\nReferences\n"
                "arXiv:2005.13013v2\n")
    assert not is_synthesis_report(doc)
    report = parse_report(doc)
    assert report.claims == [] and report.kind == "synthesis"
    assert [p.severity for p in report.problems] == ["warning"]
    assert "no claims table" in report.problems[0].message
    assert [r.key for r in report.references] == ["arXiv:2005.13013v2"]


def test_duplicated_rows_are_kept_and_flagged(tmp_path):
    text = ("Claim\tVerified\tConfidence\nSQuAD helps.\t\u2713\t0.2\nMNLI helps.\tYes\t0.3\n"
            "SQuAD helps.\t\u00d7\t0.1\n")
    report = parse_report(write(tmp_path, "r.txt", text))
    assert [(c.text, c.report_mark, c.location.line) for c in report.claims] == [
        ("SQuAD helps.", True, 2), ("MNLI helps.", True, 3), ("SQuAD helps.", False, 4)]
    [problem] = report.problems
    assert problem.severity == "warning" and problem.file == "r.txt"
    assert "printed 2 times" in problem.message and "line 2; line 4" in problem.message


def test_bad_cells_and_count_mismatch_are_warnings(tmp_path):
    text = ("Results: 3 claims extracted; 1 independently verified.\n\n"
            "Claim\tVerified\tConfidence\nA holds.\tmaybe\t0.2\nB holds.\tNo\t150%\n")
    report = parse_report(write(tmp_path, "r.txt", text))
    assert [(c.report_mark, c.report_confidence) for c in report.claims] == [
        (None, 0.2), (False, None)]
    messages = [p.message for p in report.problems]
    assert messages == ["line 4: unreadable mark 'maybe'",
                        "line 5: confidence '150%' is outside 0 to 1",
                        "the report says 3 claims were extracted but its table has 2 rows"]


def test_tab_inside_a_claim_stays_in_the_claim(tmp_path):
    text = "Claim\tVerified\tConfidence\nSQuAD\thelps XNLI.\t\u2713\t0.2\n"
    [claim] = parse_report(write(tmp_path, "r.txt", text)).claims
    assert (claim.text, claim.report_mark, claim.report_confidence) == \
        ("SQuAD\thelps XNLI.", True, 0.2)


def test_markdown_row_with_an_unescaped_pipe_is_flagged(tmp_path):
    text = "| Claim | Verified |\n|---|---|\n| A | B holds. | \u2713 |\n| C holds. | \u00d7 |\n"
    report = parse_report(write(tmp_path, "r.md", text))
    assert [(c.text, c.report_mark) for c in report.claims] == [("A", None), ("C holds.", False)]
    messages = [p.message for p in report.problems]
    assert "line 3: the row has 3 cells but the header has 2" in messages
    assert "line 3: unreadable mark 'B holds.'" in messages


def pdf_text_document(*pages: str) -> Document:
    """A Document as the PDF reader makes it, for text shapes fpdf2 does not produce."""
    return Document(file="r.pdf", path="r.pdf", format="pdf",
                    pages=[Page(number=n, text=text) for n, text in enumerate(pages, start=1)])


def test_plain_pdf_text_claim_line_that_looks_like_a_cell():
    # "... 2.1 % \u2014" ends like a missing confidence; reading greedily would break the table.
    doc = pdf_text_document(
        "Verified Claim Confidence\n\u00d7\nZero-shot F1 rises by 2.1 % \u2014\n"
        "\u201cconsistent\u201d across scripts.\n0.50\n\u2713 Short claim. 0.10\n1",
        "Verified Claim Confidence\nNo\nAnother claim that wraps\nover two lines.\n\u2014\n2")
    report = parse_report(doc)
    assert [(c.text, c.report_mark, c.report_confidence, c.location.page, c.location.line)
            for c in report.claims] == [
        ("Zero-shot F1 rises by 2.1 % \u2014 \u201cconsistent\u201d across scripts.", False, 0.5,
         1, 3),
        ("Short claim.", True, 0.1, 1, 6),
        ("Another claim that wraps over two lines.", False, None, 2, 3)]
    assert report.problems == []


def test_layout_pdf_text_with_top_aligned_cells_falls_back_with_a_warning():
    doc = pdf_text_document(
        "Claim                        Verified     Confidence\n"
        "First claim line one             \u2713            0.1\n"
        "continues here\n"
        "and ends here.\n"
        "Second claim.                    \u00d7            0.2\n")
    report = parse_report(doc)
    assert [(c.text, c.report_mark, c.report_confidence) for c in report.claims] == [
        ("First claim line one continues here and ends here.", True, 0.1),
        ("Second claim.", False, 0.2)]
    [problem] = report.problems
    assert "not centred" in problem.message and problem.severity == "warning"


@pytest.mark.parametrize(("cell", "value"), [
    ("\u2713", True), ("\u2714", True), ("Yes", True), ("true", True), ("TRUE", True),
    ("\u00d7", False), ("\u2717", False), ("\u2718", False), ("x", False), ("X", False),
    ("No", False), ("False", False), ("", None), ("\u2014", None), (" \u2713 ", True),
])
def test_parse_mark(cell, value):
    assert parse_mark(cell) is value


@pytest.mark.parametrize(("cell", "value"), [
    ("0.15", 0.15), ("15%", 0.15), ("15 %", 0.15), (".5", 0.5), ("1", 1.0), ("0", 0.0),
    ("\u2014", None), ("", None), ("n/a", None),
])
def test_parse_confidence(cell, value):
    assert parse_confidence(cell) == pytest.approx(value) if value is not None \
        else parse_confidence(cell) is None


@pytest.mark.parametrize("cell", ["1.5", "-0.2", "high", "0.1.2"])
def test_parse_confidence_rejects(cell):
    with pytest.raises(ValueError):
        parse_confidence(cell)


@pytest.mark.parametrize("mark_style", ["check", "yesno", "truefalse"])
def test_text_marks_of_every_style(tmp_path, mark_style):
    yes, no = synth.MARKS[mark_style]
    text = f"Claim\tVerified\tConfidence\nA holds.\t{yes}\t0.2\nB fails.\t{no}\t\u2014\n"
    report = parse_report(write(tmp_path, "r.txt", text))
    assert [(c.report_mark, c.report_confidence) for c in report.claims] == [
        (True, 0.2), (False, None)]


# --- PDF ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("pdf")


@pytest.mark.parametrize("layout", [False, True], ids=["plain", "layout"])
@pytest.mark.parametrize("mark_style", ["check", "yesno", "truefalse"])
def test_pdf_round_trip(pdf_dir, mark_style, layout):
    spec = make_spec()
    path = pdf_dir / f"{mark_style}.pdf"
    if not path.exists():
        render_pdf(spec, path, mark_style=mark_style)
    doc = read_document(path, layout=layout)
    report = parse_report(doc)
    assert_same_claims(report, spec)
    assert_same_metadata(report, spec)
    assert report.problems == []
    # The long claim wraps over three or more lines; its location is its first line.
    long = next(c for c in report.claims if c.text == LONG)
    page_lines = doc.pages[long.location.page - 1].text.split("\n")
    assert page_lines[long.location.line - 1].strip().startswith("Multi-task")
    following = " ".join(page_lines[long.location.line - 1:long.location.line + 2])
    assert "HellaSwag" in following and LONG not in page_lines[long.location.line - 1]


@pytest.mark.parametrize("layout", [False, True], ids=["plain", "layout"])
@pytest.mark.parametrize("repeat_header", [True, False], ids=["header", "no-header"])
def test_pdf_table_across_pages(pdf_dir, repeat_header, layout):
    spec = make_spec(repeat=6)
    path = pdf_dir / f"long-{repeat_header}.pdf"
    if not path.exists():
        render_pdf(spec, path, repeat_header=repeat_header)
    doc = read_document(path, layout=layout)
    assert len(doc.pages) >= 3
    report = parse_report(doc)
    assert_same_claims(report, spec)
    assert report.problems == []
    assert {claim.location.page for claim in report.claims} >= {1, 2, 3}


@pytest.mark.parametrize("layout", [False, True], ids=["plain", "layout"])
@pytest.mark.parametrize(("columns", "claim_width"), [
    (("Verified", "Claim", "Confidence"), 110.0),
    (("Confidence", "Verified", "Claim"), 80.0),
    (("Claim", "Verified", "Confidence"), 60.0),
])
def test_pdf_column_order_and_wrapping(pdf_dir, columns, claim_width, layout):
    spec = make_spec(repeat=2)
    path = pdf_dir / f"{'-'.join(columns)}-{claim_width:.0f}.pdf"
    if not path.exists():
        render_pdf(spec, path, columns=columns, claim_width=claim_width)
    report = parse_report(read_document(path, layout=layout))
    assert_same_claims(report, spec)
    assert report.problems == []


@pytest.mark.parametrize("layout", [False, True], ids=["plain", "layout"])
def test_pdf_missing_column(pdf_dir, layout):
    spec = make_spec()
    path = pdf_dir / "no-confidence.pdf"
    if not path.exists():
        render_pdf(spec, path, columns=("Claim", "Verified"))
    report = parse_report(read_document(path, layout=layout))
    assert [(c.text, c.report_mark) for c in report.claims] == \
        [(text, mark) for text, mark, _ in spec.claims]
    assert [p.message for p in report.problems] == [
        "the claims table has no Confidence column; its values are left empty"]


def test_pdf_without_a_unicode_font_falls_back_to_yes_no(tmp_path, monkeypatch):
    monkeypatch.setattr(synth, "UNICODE_FONTS", ())
    spec = make_spec()
    spec.claims = [(text, mark, conf) for text, mark, conf in spec.claims if text != UNICODE]
    spec.claims_extracted = len(spec.claims)
    render_pdf(spec, tmp_path / "latin.pdf")
    doc = read_document(tmp_path / "latin.pdf")
    assert "\u2713" not in doc.text and "Yes" in doc.text
    assert_same_claims(parse_report(doc), spec)


# --- any claim text survives the text and Markdown forms ---------------------------------

claim_text = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\t"),
    min_size=1, max_size=160,
).map(lambda text: " ".join(text.split())).filter(
    lambda text: text and unicodedata.normalize("NFC", text) == text)
rows = st.lists(st.tuples(claim_text, st.booleans(),
                          st.none() | st.integers(0, 100).map(lambda n: n / 100)),
                min_size=1, max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.sampled_from(["text", "text-bare", "markdown"]))
def test_any_claims_round_trip(claims, form):
    spec = make_spec()
    spec.claims, spec.claims_extracted = claims, len(claims)
    text = render_markdown(spec) if form == "markdown" else \
        render_text(spec, headings=form == "text")
    doc = Document(file="r.md", path="r.md", format="markdown" if form == "markdown" else "text",
                   pages=[Page(number=1, text=text)])
    report = parse_report(doc)
    assert_same_claims(report, spec)
    assert all("printed" in p.message for p in report.problems)
