"""Table claims on papers nobody tuned on (issue 11, round 5: tests/real/tables): the reading
and header-word rules found on smola10 (PVLDB), papermage (EMNLP demo) and ding11 (NIPS), each
on a real table or page, each with its planted-bug negative."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _read_real
from test_mutations_quick import verify_texts

from verify_claims.claims import Location, Outcome
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.gutters import find_gutter
from verify_claims.extract.pdfwords import read_pages
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.header_words import ClaimWords

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


@pytest.fixture(scope="module")
def papermage():
    """papermage Table 3: per-category P, R, F1 under four systems (p13)."""
    return _read_real("papermage")


@pytest.fixture(scope="module")
def smola():
    return _read_real("smola10")


def _check(source, text: str):
    paper, index = source
    claim = build_claim("r.md", text, Location(file="r.md", line=1))
    return check_cells(claim, paper, "X", index)


# --- one-letter metric headers -----------------------------------------------------------------


@pytest.mark.parametrize("claim,header", [
    ("I-VILA's recall is 93.5", "R"), ("a precision of 88.9", "P"), ("an F1 of 92.7", "F"),
    ("its F-score is 80.1", "F")])
def test_one_letter_metric_headers_are_said_by_their_metric(claim, header):
    assert ClaimWords(claim, ()).named(header_words(header)[0])


@pytest.mark.parametrize("claim,header", [
    ("RoBERTa reaches 93.8", "R"), ("PubMed took 4.1 hours", "P"), ("Footnotes: 93.5", "F")])
def test_one_letter_headers_are_no_truncation_of_other_words(claim, header):
    assert not ClaimWords(claim, ()).named(header_words(header)[0])


def test_a_p_r_f_cell_is_found_by_its_metric_and_row(papermage):
    result = _check(papermage, "On footnotes, I-VILA's recall is 93.5.")
    assert result is not None and result.outcome == Outcome.supported, result
    result = _check(papermage, "For figures, the RoBERTa model reaches a precision of 88.9.")
    assert result is not None and result.outcome == Outcome.supported, result


def test_the_neighbouring_metric_column_contradicts(papermage):
    # 99.1 is the recall column of the Header row; precision is 92.9.
    result = _check(papermage, "I-VILA's precision on the header category is 99.1.")
    assert result is not None and result.outcome == Outcome.contradicted, result
    # "RoBERTa" starts with R but does not name the recall column: 93.8 is its precision.
    result = _check(papermage, "RoBERTa's recall on keywords is 93.8.")
    assert result is None or result.outcome != Outcome.supported, result


# --- page numbers over the gutter -----------------------------------------------------------


def test_a_page_number_over_the_gutter_does_not_hide_it():
    """smola10 (PVLDB) prints its page numbers large and centred, right over the gutter."""
    pages = read_pages(PAPERS / "smola10.pdf")
    size = 9.0
    assert find_gutter(pages[0], size) is not None
    assert find_gutter(pages[5], size) is not None


def test_sentences_of_a_pvldb_page_keep_to_their_column(smola):
    paper, _ = smola
    texts = [" ".join(sentence.text.split()) for sentence in paper.sentences]
    wanted = ("Overall, on PubMed we achieved a throughput between 29k and 70k documents per "
              "hour and machine.")
    assert any(wanted in text for text in texts)


# --- headers of tables whose first line prints numbers -----------------------------------------


def _cells(table) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:
    return {(tuple(cell.row_headers or []), tuple(cell.column_headers or [])): cell.text
            for row in table.rows for cell in row[1:] if cell.text}


def _table(paper, label: str):
    return next(table for table in paper.tables if table.caption.startswith(label))


def test_a_ruled_first_line_of_numbers_is_the_header(smola):
    """smola10 Table 1: "dataset 10k 20k ... 1m" over a rule, then rows of values."""
    cells = _cells(_table(smola[0], "Table 1"))
    assert cells[(("pubmed", "runtime (hours)"), ("10k",))] == ".28"
    assert cells[(("news", "throughput (documents/hour)"), ("1m",))] == "41.0K"


def test_a_restated_header_line_heads_its_own_block(smola):
    """smola10 Table 3: each block opens with "computers" and its own numbers of machines
    (1 ... 41 for pubmed, 1 ... 100 for news); the news values take the news block's."""
    cells = _cells(_table(smola[0], "Table 3"))
    assert cells[(("pubmed", "runtime (hours)"), ("41",))] == "4.8"
    assert cells[(("news", "runtime (hours)"), ("50",))] == "10.9"
    assert (("news", "runtime (hours)"), ("41",)) not in cells


def test_a_data_row_sharing_the_stub_word_is_no_restated_header():
    """bohnet09 Table 3: the row "System baseline this this" is a data row."""
    paper, _ = _read_real("bohnet09")
    cells = _cells(_table(paper, "Table 3"))
    assert cells[(("Training",), ("(1)",))] == "22 hours"


def test_the_last_line_of_a_paragraph_above_a_table_is_no_header(smola):
    """smola10 Table 4 sits right under a paragraph ending "ferent optimal values of α."."""
    table = _table(smola[0], "Table 4")
    assert table.header == ["computers", "model", "documents", "total"]


# --- numbers in sentences that do not contradict a table claim ---------------------------------


@pytest.mark.parametrize("claim", [
    # a value inside a range "between 29k and 70k"
    "PubMed throughput with 20 computers was 45.9K documents per hour.",
    # the amount of a change is no level ("a comparable runtime of 9 hours")
    "Going from 10 to 50 computers on PubMed cut the runtime by 13.1 hours.",
    # a rate per machine is no rate per hour; the 42,000 are the multi-machine setting's
    "With 200,000 documents per machine, a single computer processed PubMed at 62.8K "
    "documents per hour.",
    # the opening condition is the setting, not the result ("20 million news documents")
    "For 200k news documents, the single-machine run started with 22.1 topics per word on "
    "average.",
])
def test_sentences_of_other_settings_do_not_contradict(claim):
    """Through the whole verify stage: no sentence of smola10 contradicts these true claims
    (each was contradicted before its rule)."""
    [verified] = verify_texts("smola10", claim)
    assert verified.status.value != "contradicted", verified


def test_a_number_outside_the_range_still_disagrees(smola):
    """The planted-bug negative: the same sentence still contradicts a value it rules out."""
    from verify_claims.verify.number_match import _read_number
    from verify_claims.verify.number_sides import _claim_side, _sentence_side

    paper, index = smola
    claim = "Overall, on PubMed the codebase achieved 29k documents per hour and machine."
    side = _claim_side(build_claim("r.md", claim, Location(file="r.md", line=1)))
    number = next(n for n, s in enumerate(paper.sentences) if "between 29k and 70k" in s.text)
    assert _read_number(0, side, _sentence_side(index, number)).state == "unknown"
    wrong = "Overall, on PubMed the codebase achieved 12k documents per hour and machine."
    side = _claim_side(build_claim("r.md", wrong, Location(file="r.md", line=1)))
    states = [_read_number(0, side, _sentence_side(index, n)).state
              for n in range(len(paper.sentences))]
    assert "agree" not in states


# --- sizes printed with their magnitude ---------------------------------------------------------


def test_a_header_size_with_its_magnitude_is_the_number_it_stands_for():
    def numbers(text: str) -> list[float]:
        return [word.number for word in header_words(text) if word.number is not None]

    assert numbers("10k 1m 2M 4.1") == [1e4, 1e6, 2e6, 4.1]
    assert numbers("BERT-base 110M") == [110e6]


def test_a_cell_under_a_size_header_is_found_by_the_size(smola):
    """smola10 Table 1's columns are data sizes "10k" ... "1m"."""
    result = _check(smola, "Single-machine throughput on 500k news documents was 43.7K "
                           "documents per hour.")
    assert result is not None and result.outcome == Outcome.supported, result
    result = _check(smola, "With one million PubMed documents, the single-machine runtime "
                           "reached 15.12 hours.")
    assert result is not None and result.outcome == Outcome.supported, result
    # The neighbouring size's cell (200k: 42.5K) does not support the 500k claim.
    result = _check(smola, "Single-machine throughput on 200k news documents was 43.7K "
                           "documents per hour.")
    assert result is None or result.outcome != Outcome.supported, result


# --- names of variants, named tables, unplaced columns, scripts ------------------------------


def test_a_variant_code_after_a_hyphen_is_no_truncation():
    words = ClaimWords("On C2B-SC, the rank loss is 0.213.", ())
    assert not words.named(header_words("C2B")[0])
    assert words.named(header_words("C2B-SC")[0])
    # A modifier after the hyphen still says the name: "GROBID-parsed" says "GROBID".
    assert ClaimWords("A GROBID-parsed paper", ()).named(header_words("GROBID")[0])


@pytest.fixture(scope="module")
def ding():
    """ding11 Tables 1 and 2 (set side by side, read as one region) and Table 3."""
    return _read_real("ding11")


def test_a_raised_script_does_not_merge_two_rows(ding):
    """ding11: the raised 3 of "M3I" reaches up into the "C2B-SC" row above it."""
    labels = [row[0].text for row in _table(ding[0], "Table 3").rows]
    assert "C2B-SC" in labels and labels.index("C2B-SC") == len(labels) - 2


def test_a_claim_that_names_a_table_is_decided_by_that_table_only(ding):
    # Table 2's C2B-SC rank loss is 0.213; Table 3's is 0.150.
    result = _check(ding, "In Table 2, C2B-SC scores 0.213 in Rank loss.")
    assert result is None or result.outcome != Outcome.contradicted, result
    result = _check(ding, "In Table 3, C2B-SC scores 0.213 in Rank loss.")
    assert result is not None and result.outcome == Outcome.contradicted, result


def test_a_value_under_no_column_header_decides_nothing(smola):
    """smola10 Table 2's columns 20, 50, 100 are headed by a row of numbers that reads as a
    body row: their cells have no column header, so the caption's "news" does not place them
    under news."""
    result = _check(smola, "On runtime (hours), news 100 is 9.0.")
    assert result is None or result.outcome != Outcome.supported, result


def test_a_number_that_is_the_subject_of_another_names_a_setting(smola):
    [verified] = verify_texts("smola10", "On runtime (hours), 50 is 4.1.")
    assert verified.status.value != "contradicted", verified
