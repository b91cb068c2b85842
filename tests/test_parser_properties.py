"""Property tests: the report, quantity, entity and table-cell parsers read any text.

Issue 5 asks that hostile input yields a clear message, never a crash. For the parsers that
means: `parse_report` always returns a Report (what it cannot read goes to `report.problems`),
`parse_quantities`, `tag_entities` and `parse_cell` never raise, and `parse_mark` /
`parse_confidence` raise nothing but the ValueError they document. Hypothesis drives them with
fully random Unicode (control characters, NUL, line and paragraph separators, RTL marks,
combining marks, emoji) and with text assembled from the fragments these parsers key on
(table headers, marks, confidences, arXiv ids, number notations), shuffled with noise.

Besides "no exception", every result must keep the promises of the records in claims/: spans
that point into the text they came from, confidences in [0, 1], finite non-negative values,
and a lossless JSON round trip. The regression tests at the end hold the smallest inputs that
broke one of these promises (found by hypothesis), and hostile inputs on which a parser took
time quadratic in their length (found by timing long runs of one character): an audit of bad
input must finish, not only not crash.
"""

from __future__ import annotations

import gc
import math
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_claims.claims import Cell, Document, Entity, Page, Quantity, Report
from verify_claims.claims.ids import scrub
from verify_claims.extract.entities import tag_entities, tag_entities_many
from verify_claims.extract.quantities import parse_quantities
from verify_claims.extract.report import (
    is_synthesis_report,
    parse_confidence,
    parse_mark,
    parse_report,
)
from verify_claims.extract.tables import make_cell, parse_cell
from verify_claims.extract.truncation import ends_like_sentence

# --- strategies -------------------------------------------------------------------------------

# Every code point a Python string can hold except lone surrogates (category Cs): controls (Cc,
# NUL and \r included), format characters (Cf: RTL marks, zero-width joiners), line and
# paragraph separators (Zl, Zp), combining marks (M), emoji (So), private use and unassigned.
any_char = st.characters(exclude_categories=("Cs",))
any_text = st.text(any_char, max_size=200)

# Characters that tend to break text handling, drawn more often than uniform sampling would.
_AWKWARD = ["\x00", "\t", "\r", "\r\n", "\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028",
            "\u2029", "\u200f", "\u200e", "\u202e", "\u061c", "\u200b", "\ufeff", "\u0301",
            "\u0338", "\u20e3", "\U0001f600", "\U0001f44d\U0001f3fd", "\u00a0", "\u3000",
            "|", "\\|", "\\", "#", "  ", "   "]

_REPORT_FRAGMENTS = [
    "Claim\tVerified\tConfidence", "Claim\tConfidence\tVerified", "Verified\tClaim",
    "Claim\tVerified\tConfidence\tClaim", "| Claim | Verified | Confidence |",
    "| Confidence | Claim |", "|---|---|---|", "|---|---|", "| --- | :---: | ---: |",
    "Claim Verified Confidence", "Claim    Verified    Confidence", "Statement  Verdict",
    "\u2713", "\u00d7", "\u2714", "\u274c", "Yes", "No", "True", "False", "x", "Y", "N", "?",
    "\u2014", "n/a", "0.9", "1.5", "-3", "nan", "inf", "-inf", "1e309", "1e-400", ",", "0,9",
    "45%", "150%", "-0", ".5", "5.", "9" * 40, "123456789012345678901234567890.5",
    "arXiv:2005.13013v2", "https://arxiv.org/abs/1905.00537", "doi:10.1000/xyz",
    "https://doi.org/10.18653/v1/2020.acl-main.467", "Table 3", "et al.", "(Phang et al., 2020)",
    "## References", "References", "Conclusions", "Page 2", "3 / 9", "June 21, 2026",
    "February 30, 2026", "2026-13-45", "This paper examines: ", "Research question: ",
    "9 papers retrieved.", "21 claims extracted; 14 independently verified.",
    "Quality review score: 7.4/10.", "99999999999999999999 claims extracted",
    "9" * 4400, "quality score of " + "9" * 400 + "/10",
    "XLM-R Large improves XNLI by 8.2 points.", "SQuAD, MNLI, and HellaSwag",
    "does not see benefits", "The intermediate tasks improve the target tasks " * 3,
]
_SEPARATORS = ["\t", "\n", " ", " | ", "  ", "\n\n", "\t\t", "|"]


def _pieces(fragments: list[str]) -> st.SearchStrategy[str]:
    """Text made of fragments, awkward characters and random snippets, in any order."""
    return st.lists(
        st.one_of(st.sampled_from(fragments), st.sampled_from(_AWKWARD),
                  st.sampled_from(_SEPARATORS), st.text(any_char, max_size=12)),
        max_size=40,
    ).map("".join)


report_like_text = _pieces(_REPORT_FRAGMENTS)


@st.composite
def table_text(draw: st.DrawFn) -> str:
    """A claims table (tabs or Markdown) whose cells are fragments and noise: rows that look
    right at a glance and go wrong in every cell."""
    markdown = draw(st.booleans())
    columns = draw(st.permutations(["Claim", "Verified", "Confidence"]))
    columns = columns[:draw(st.integers(2, 3))]
    cell = st.one_of(st.sampled_from(_REPORT_FRAGMENTS + _AWKWARD), st.text(any_char, max_size=20))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=5), max_size=8))
    if markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
    else:
        lines = ["\t".join(columns), *("\t".join(row) for row in rows)]
    before = draw(report_like_text)
    after = draw(report_like_text)
    return "\n".join([before, *lines, after])


page_text = st.one_of(any_text, report_like_text, table_text())

_CLAIM_WORDS = ["XLM-R", "improves", "XNLI", "by", "8.2", "points", "(Phang", "et al.,",
                "2020).", "does", "not", "help", "on", "Tatoeba", "\u2713", "0.9", "Yes", "-"]
_MARK_CELLS = ["\u2713", "\u00d7", "Yes", "No", "True", "False", "", "\u2014", "n/a", "x", "nan"]
_CONFIDENCE_CELLS = ["0.9", "0.15", "1", "0", "45%", "150%", "1.5", "-3", ".5", "", "\u2014", "nan",
                     "inf", "1e309", "n/a", "1" * 30]
claim_line = st.one_of(
    st.lists(st.sampled_from(_CLAIM_WORDS), min_size=1, max_size=8).map(" ".join),
    st.text(any_char, min_size=1, max_size=30),
)


@st.composite
def pdf_table_pages(draw: st.DrawFn) -> list[str]:
    """A claims table as pypdf prints it, columns in any order, cut into pages at random lines.
    Plain text: each row's cells in column order, the claim wrapped over its lines. Layout
    text: the claim in its column, the mark and confidence centred under their headers on one
    of the claim's lines or on a line of their own."""
    layout = draw(st.booleans())
    names = draw(st.permutations(["Claim", "Verified", "Confidence"]))[:draw(st.integers(2, 3))]
    if "Claim" not in names:
        names[0] = "Claim"
    claim_at = names.index("Claim")
    width = draw(st.integers(12, 50))  # of the claim column; a value column is 12 wide
    cells = {"Verified": _MARK_CELLS, "Confidence": _CONFIDENCE_CELLS}

    def layout_line(claim: str, values: dict[str, str]) -> str:
        return "  ".join(claim[:width].ljust(width) if name == "Claim" else
                         values.get(name, "").center(12) for name in names)

    lines = [draw(report_like_text)]
    lines.append(layout_line("Claim", dict(zip(names, names, strict=True))) if layout
                 else " ".join(names))
    for _ in range(draw(st.integers(0, 8))):
        claim = draw(st.lists(claim_line, min_size=1, max_size=4))
        values = {name: draw(st.sampled_from(cells[name])) for name in names if name != "Claim"}
        if layout:
            at = draw(st.integers(0, len(claim)))
            if at == len(claim):
                claim.append("")  # the values on a line of their own
            lines += [layout_line(text, values if i == at else {}) for i, text in enumerate(claim)]
        else:
            before = [values[name] for name in names[:claim_at]]
            after = [values[name] for name in names[claim_at + 1:]]
            claim[0] = " ".join([*before, claim[0]])
            claim[-1] = " ".join([claim[-1], *after])
            lines += claim
        if draw(st.booleans()):
            lines.append("")
    lines.append(draw(report_like_text))
    cuts = sorted(draw(st.lists(st.integers(0, len(lines)), max_size=3)))
    bounds = [0, *cuts, len(lines)]
    return ["\n".join(lines[low:high]) for low, high in zip(bounds, bounds[1:], strict=False)]


def _document(texts: list[str], fmt: str) -> Document:
    pages = [Page(number=number, text=text) for number, text in enumerate(texts, start=1)]
    return Document(file="fuzz.txt", path="fuzz.txt", format=fmt, pages=pages)


documents = st.builds(
    _document,
    st.one_of(st.lists(page_text, min_size=1, max_size=4), pdf_table_pages()),
    st.sampled_from(["text", "markdown", "pdf"]),
)


# --- the report parser ------------------------------------------------------------------------


def assert_report_invariants(doc: Document, report: Report) -> None:
    """What every Report promises, whatever the input (claims/models.py)."""
    pages = {page.number: page.text for page in doc.pages}
    assert (report.file, report.path, report.format) == (doc.file, doc.path, doc.format)
    for problem in report.problems:
        assert problem.file == doc.file and problem.message
    for claim in report.claims:
        assert claim.text.strip()
        assert claim.report == doc.file and claim.location.file == doc.file
        assert claim.location.page in pages
        text = pages[claim.location.page]
        assert claim.location.span is not None
        start, end = claim.location.span
        assert 0 <= start < end <= len(text)
        # The span runs from the claim's first printed character to its last, and starts on
        # the line the location names.
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text.count("\n", 0, start) + 1 == claim.location.line
        assert claim.text == claim.text.strip()
        assert text[start] == claim.text[0] or text[start] == "\\"
        assert claim.report_confidence is None or (
            math.isfinite(claim.report_confidence) and 0 <= claim.report_confidence <= 1)
        for quantity in claim.quantities:
            assert_quantity_invariants(claim.text, quantity)
        for entity in claim.entities:
            assert claim.text[entity.span[0]:entity.span[1]] == entity.text
    assert Report.model_validate_json(report.model_dump_json()) == report


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_parse_report_reads_any_document(doc: Document) -> None:
    report = parse_report(doc)
    assert_report_invariants(doc, report)
    assert is_synthesis_report(doc) == (
        not any(p.message.startswith("no claims table") for p in report.problems))


# --- marks and confidences -----------------------------------------------------------------

mark_cells = st.one_of(any_text, _pieces(_REPORT_FRAGMENTS))


@settings(max_examples=600, deadline=None)
@given(mark_cells)
def test_parse_mark_reads_a_mark_or_raises_value_error(cell: str) -> None:
    try:
        mark = parse_mark(cell)
    except ValueError as error:
        assert "mark" in str(error)
        return
    assert mark in (True, False, None)
    assert parse_mark(f"  {cell}\t") == mark  # surrounding whitespace is no part of a mark


confidence_cells = st.one_of(
    any_text,
    _pieces(_REPORT_FRAGMENTS),
    st.floats().map(str),
    st.floats().map(lambda number: f"{number}%"),
    st.integers().map(str),
    st.decimals(allow_nan=True).map(str),
)


@settings(max_examples=600, deadline=None)
@given(confidence_cells)
def test_parse_confidence_is_a_probability_or_raises_value_error(cell: str) -> None:
    try:
        confidence = parse_confidence(cell)
    except ValueError as error:
        assert "confidence" in str(error)
        return
    assert confidence is None or (math.isfinite(confidence) and 0 <= confidence <= 1)
    assert parse_confidence(f"  {cell}\t") == confidence


# --- the quantity parser --------------------------------------------------------------------

_NUMBER_PIECES = [
    "-", "+", "\u2212", "\u2013", "\u2014", "\u00b1", "+/-", "%", " %", "percent", " pp",
    " points", " pts", "x", "\u00d7", "*", "\u00b7", "^", "10^", "e", "E", "e-", "\u207b",
    "\u00b2", "\u00b9\u2070", ",", ".", "/", "/10", "~", "\u2248", "\u223c", "<", ">", "\u2264",
    "\u2265", "k", "K", "M", "B", " thousand", " million", " billion", " trillion", "-fold",
    " times", "1,2,3", "1.2.3", ".5", "5.", "1e309", "1e-400", "2e-5", "1 \u00d7 10^-5",
    "10\u207b\u2075", "3\u20135", "3-5", "3 to 5", "1/2", "\u00bd", "9" * 400,
    "0." + "0" * 400 + "1", "1" + "0" * 330, "nine", "twenty-one", "a hundred", "a dozen",
    "two hundred", "zero",
    " tasks", " languages", " examples", " training exa", "7B model", "v2", "T5", "GPT-4",
    "3D", "1st", "(1)", "[12]", "Table 2", "Section 3.2", "et al., 2019", "(2020)",
    "June 21, 2026", "arXiv:2005.13013", "doi.org/10.1000/182", "in 2019", "learning rate",
    "batch size", " improves ", " drops ", " not ", "about ", "more than ", "respectively",
    " and ", ", ", "; ", ": ", " whereas ", "SQuAD", "MNLI", "XNLI", "\n", "\t",
]
number_heavy_text = st.lists(
    st.one_of(st.sampled_from(_NUMBER_PIECES), st.sampled_from("0123456789"),
              st.sampled_from(_AWKWARD), st.text(any_char, max_size=6)),
    max_size=30,
).map("".join)
quantity_text = st.one_of(any_text, number_heavy_text)


def assert_quantity_invariants(text: str, quantity: Quantity) -> None:
    """A Quantity's promises (claims/models.py, extract/quantities.py)."""
    start, end = quantity.span
    assert 0 <= start < end <= len(text)
    assert text[start:end] == quantity.text
    assert math.isfinite(quantity.value) and quantity.value >= 0
    assert quantity.sign in (None, -1, 1)
    low, high = quantity.interval
    assert low <= quantity.value <= high
    # The interval is half-open around the value. A float cannot hold it exactly when half a
    # unit of the printed precision is smaller than the value's own spacing ("12345678901234
    # 567890.5"): then both ends round onto the value. Otherwise the value sits strictly inside.
    if 0.5 * 10 ** -quantity.decimals >= math.ulp(quantity.value):
        assert low < quantity.value < high


@settings(max_examples=1000, deadline=None)
@given(quantity_text, st.booleans())
def test_parse_quantities_reads_any_text(text: str, truncated: bool) -> None:
    entities = tag_entities(text)
    found = parse_quantities(text, entities, truncated=truncated)
    for quantity in found:
        assert_quantity_invariants(text, quantity)
        assert Quantity.model_validate_json(quantity.model_dump_json()) == quantity
    assert [q.span for q in found] == sorted(q.span for q in found)
    assert sum(quantity.cut_off for quantity in found) <= (1 if truncated else 0)


# --- entity tagging (the spaCy path) ----------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.one_of(any_text, report_like_text, number_heavy_text))
def test_tag_entities_reads_any_text(text: str) -> None:
    entities = tag_entities(text)
    for entity in entities:
        start, end = entity.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == entity.text
        assert entity.name
        assert Entity.model_validate_json(entity.model_dump_json()) == entity
    assert [entity.span for entity in entities] == sorted(entity.span for entity in entities)
    assert tag_entities_many([text, text]) == [entities, entities]


# --- table cells ----------------------------------------------------------------------------

cell_text = st.one_of(
    any_text,
    st.lists(st.one_of(st.sampled_from(_NUMBER_PIECES + ["\u2020", "*", "**", "__", "\u00a7"]),
                       st.sampled_from("0123456789")), max_size=8).map("".join),
)


@settings(max_examples=600, deadline=None)
@given(cell_text)
def test_parse_cell_reads_any_cell(text: str) -> None:
    value, decimals = parse_cell(text)
    assert (value is None) == (decimals is None)
    if value is not None:
        assert math.isfinite(value)
    cell = make_cell(text)
    assert Cell.model_validate_json(cell.model_dump_json()) == cell


# --- the end of a sentence ---------------------------------------------------------------

# What truncation.py documents, as a regular expression: sentence-final punctuation or a closing
# bracket, then any closing brackets and quotes, at the end of the text (after whitespace).
_FINISHED = re.compile(r"(?:[.!?\u2026]|[)\]}])[)\]}\"'\u2019\u201d\u00bb]*$")
sentence_endings = st.lists(
    st.one_of(st.sampled_from(list(".!?\u2026)]}\"'\u2019\u201d\u00bb([ \t\n\u2028a")),
              st.sampled_from(_AWKWARD), any_char),
    max_size=12,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(any_text, sentence_endings))
def test_ends_like_sentence_follows_its_definition(text: str) -> None:
    assert ends_like_sentence(text) == bool(_FINISHED.search(text.rstrip()))


# --- regressions: the smallest inputs hypothesis found -------------------------------------


def _one_page(text: str, fmt: str = "text") -> Document:
    return _document([text], fmt)


@pytest.mark.parametrize("text", ["1" + "0" * 309, "9" * 400 + "M", "0." + "0" * 400 + "1",
                                  "1" + "0" * 1_000_000])
def test_parse_cell_gives_no_value_for_a_number_a_float_cannot_hold(text: str) -> None:
    # Was (inf, 0), which a Cell turns into null in JSON, and (0.0, 401) for a number that is
    # not zero.
    assert parse_cell(text) == (None, None)
    assert parse_cell("1" + "0" * 308) == (1e308, 0)


def test_quantity_too_small_for_a_float_is_not_read_as_zero() -> None:
    # Was value 0.0 with decimals 401: the interval (0.0, 0.0) did not hold the value.
    assert parse_quantities("0." + "0" * 400 + "1", []) == []
    (zero,) = parse_quantities("0." + "0" * 400, [])  # a printed zero is still zero
    assert zero.value == 0 and zero.decimals == 400


def test_quantity_with_a_million_digits_does_not_overflow_decimal() -> None:
    # Was decimal.Overflow: the default Decimal context allows exponents up to 999999.
    assert parse_quantities("1" + "0" * 1_000_000, []) == []
    assert parse_quantities("1" + "0" * 300 + " tasks", [])[0].value == 1e300


@pytest.mark.parametrize("text", [
    "9" * 4301 + " claims extracted", "9" * 4301 + " papers retrieved",
    "9" * 4301 + " independently verified", "Quality review score: " + "9" * 400 + "/10"])
def test_report_count_too_long_to_be_a_count_is_ignored(text: str) -> None:
    # Was ValueError (Python's 4300-digit limit on int conversion) for the counts, and a
    # quality score of inf that the JSON round trip turned into None.
    report = parse_report(_one_page(text))
    assert (report.claims_extracted, report.papers_retrieved, report.claims_verified,
            report.quality_score) == (None, None, None, None)
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_tab_row_with_empty_surplus_cells_gives_no_whitespace_claim() -> None:
    # Was a claim "\t\t": the surplus cells of a row went back to the claim unstripped.
    header = "Claim\tVerified\tConfidence\n"
    report = parse_report(_one_page(header + "\t\t\tYes\t0.9"))
    assert report.claims == []
    assert [p.message for p in report.problems] == [
        "line 2: a table row with an empty claim was skipped"]
    text = header + "\tA tab\tinside\t\tYes\t0.9"
    (claim,) = parse_report(_one_page(text)).claims
    assert claim.text == "A tab\tinside"
    assert text[slice(*claim.location.span)] == claim.text
    assert (claim.report_mark, claim.report_confidence) == (True, 0.9)


def test_layout_claim_running_over_a_page_ends_its_span_at_its_last_character() -> None:
    # Was the span of the whole first line, the row's mark, confidence and padding included.
    pages = ["Claim       Verified    Confidence\nXLM-R helps  \u2713           0.9    ",
             "on XNLI."]
    (claim,) = parse_report(_document(pages, "pdf")).claims
    assert claim.text == "XLM-R helps on XNLI."
    assert (claim.location.page, claim.location.line) == (1, 2)
    assert pages[0][slice(*claim.location.span)] == "XLM-R helps"


def test_plain_claim_running_over_a_page_ends_its_span_at_its_last_line_on_that_page() -> None:
    # Was the end of the claim's first line, trailing spaces included, not of its last line on
    # the page.
    pages = ["Claim Verified Confidence\nXLM-R improves  \nXNLI by far   ",
             "on all tasks. \u2713 0.9"]
    (claim,) = parse_report(_document(pages, "pdf")).claims
    assert claim.text == "XLM-R improves XNLI by far on all tasks."
    assert pages[0][slice(*claim.location.span)] == "XLM-R improves  \nXNLI by far"


def test_plain_claim_ending_in_a_no_break_space_leaves_it_out_of_the_span() -> None:
    # Was a span ending in the no-break space that the claim text drops.
    text = "\nClaim Verified Confidence\n0\xa0 \u2713 0.9\n"
    (claim,) = parse_report(_one_page(text, "pdf")).claims
    assert claim.text == "0"
    assert text[slice(*claim.location.span)] == "0"


def test_plain_row_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # Was quadratic: the claim group could end at each of the spaces, and from each the gap
    # before the next cell ran over the rest of them (5 s for 20,000 spaces, 20 s for 40,000).
    text = "Claim Verified Confidence\nXLM-R" + " " * 40_000 + "helps. \u2713 0.9\n"
    started = time.perf_counter()
    (claim,) = parse_report(_one_page(text, "pdf")).claims
    assert time.perf_counter() - started < 2
    assert (claim.text, claim.report_mark, claim.report_confidence) == ("XLM-R helps.", True, 0.9)


def test_report_counts_are_found_in_linear_time_after_a_long_digit_run() -> None:
    # Was quadratic: the count patterns tried every digit of a run as the start of a count
    # (10 s for 16,000 digits).
    text = "9" * 40_000 + " 21 claims extracted"
    started = time.perf_counter()
    report = parse_report(_one_page(text))
    assert time.perf_counter() - started < 2
    assert report.claims_extracted == 21


@pytest.mark.parametrize("run", ["(" * 20_000, "$" * 20_000, "\u2026" * 20_000])
def test_tagging_a_long_run_of_punctuation_takes_linear_time(run: str) -> None:
    # Was quadratic in spaCy's tokenizer: 16,000 "(" took 34 s, 16,000 "$" 87 s.
    text = f"{run} XLM-R improves XNLI {run}"
    started = time.perf_counter()
    entities = tag_entities(text)
    assert time.perf_counter() - started < 2
    assert [(entity.name, text[slice(*entity.span)]) for entity in entities] == [
        ("XLM-R", "XLM-R"), ("XNLI", "XNLI")]


@pytest.mark.parametrize("text", [")" * 100_000 + "a", "]'" * 50_000 + "a"])
def test_ends_like_sentence_reads_a_long_run_of_closing_marks_in_linear_time(text: str) -> None:
    # Was quadratic: the pattern was searched from every closing mark of the run to the end
    # (2 s for 20,000 of them).
    started = time.perf_counter()
    assert not ends_like_sentence(text)
    assert ends_like_sentence(text + ")")
    assert time.perf_counter() - started < 1


def test_references_heading_search_takes_linear_time_over_many_blank_lines() -> None:
    # Was quadratic: the heading pattern ran from every line start over all the blank lines
    # below it, looking for another heading (2.5 s for 8,000 of them).
    # Time grows with the blank lines: four times as many must cost well under the sixteen
    # times a quadratic search would (a ratio in one run, not a wall-clock bound, so that a
    # loaded machine slows both sides alike).
    def seconds(blank_lines: int) -> float:
        text = "References\narXiv:2005.13013v2\n" + " \n" * blank_lines + "The end."
        document = _one_page(text, "pdf")
        best = float("inf")
        gc.disable()  # the collector's passes over a growing heap are no part of the search
        try:
            for _ in range(3):
                started = time.perf_counter()
                report = parse_report(document)
                best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
        assert [reference.key for reference in report.references] == ["arXiv:2005.13013v2"]
        return best

    small, large = seconds(10_000), seconds(40_000)
    assert large < 8 * small + 0.05


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_scrub_makes_any_text_writable_and_leaves_valid_text_alone(text):
    """Random code points, lone surrogates included (no category excluded): the result always
    encodes as UTF-8, and text that already did is unchanged."""
    cleaned = scrub(text)
    cleaned.encode("utf-8")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        assert "\ufffd" in cleaned
    else:
        assert cleaned == text
