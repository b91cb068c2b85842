"""Round 32: table claims of several numbers, on two real two-column papers.

Wieting et al., Towards Universal Paraphrastic Sentence Embeddings (arXiv:1511.08198, the
PDF of tests/real/redteam9), Table 1 (page 5): the STS tasks with their numbers of teams and
submissions, rows "2012 STS" 35 / 88, "2013 STS" 34 / 89, ... "2015 Twitter" 19 / 26.

- A wrong verdict: "The 2012 STS dataset had 88 submissions" was contradicted, read as a
  count of 2,012 datasets against the table's list of six (`table_readings._names_label`).
- "The 2012 STS task had 35 teams" stayed unverified: "2012" is no header word (a year is
  read as a citation's), so nothing accounted for it (`cell_kinds.labelled_year`).
- "2012 STS had 35 teams and 88 submissions" stayed unverified: the column "No. of teams" was
  not named by "35 teams" (`numbers_named._COUNT_HEADER`).
- "... 35 teams and 89 submissions", one number from the next row, stayed unverified: a
  claim of two numbers, one right, was never contradicted (`verify/row_mate_contradictions.py`).

Yu et al., QANet (arXiv:1804.09541, the PDF of tests/real/redteam8), Table 6 (page 9): BiDAF's
34.3 on AddSent and 45.7 on AddOneSent; a wrong second number is contradicted there too, its
cell's header lent by every row mate (`cell_check.check_cells`, `mates=True`).

Two readings of numbers that lost claims printed as the paper prints them:

- "CNN+ONE reaches a mean P@N of 62.9 in the Two setting" (Lin et al., ACL 2016, P16-1200,
  Table 2, the PDF of tests/real/redteam7): "ONE" of the model's name was read as the count 1
  (`extract/quantity_numbers._glued_to_name`).
- "25,000 sentences are used for each of the test and development examples" (Adi et al.,
  arXiv:1608.04207, page 4, the PDF of tests/real/redteam9): the "and" of "test and
  development examples" ended the 25,000's qualifier, so its "examples" was read as the
  150,000's alone (`verify/number_context._own_qualifiers`).
- "DeepSeek-OCR scores 75.7 ± 1.0 overall" (olmOCR 2, arXiv:2510.19817, Tables 1 and 3, the PDF
  of tests/real/redteam3): the cell prints "75.7 ± 1.0", and the claim's 1.0 was a number no
  cell gave (`spread_numbers.prints_spread`).
- "On MRPC, BERT-Base scores higher than BERT-Large" (false: BERT, arXiv:1810.04805, Table 1,
  the PDF of tests/real/redteam6) stayed unverified: the guard on "than" comparisons did not
  read the row "BERTBASE" as "BERT-Base" (`guards_than._printed_glued`).
- "On English RW, sisg outperforms sg by 4 points" (fastText, arXiv:1607.04606, Table 1, the
  PDF of tests/real/redteam7) stayed unverified: the tables print "4" as a header, so the
  difference was read as a header's name (`cell_arithmetic.check_cell_differences`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract import quantity_numbers
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.quantities import parse_quantities
from verify_claims.extract.readers import read_document
from verify_claims.verify import (
    cell_arithmetic,
    cell_check,
    cell_decisions,
    guards_than,
    number_context,
    number_sides,
    numbers_named,
    reference_checks,
    side_memo,
    table_readings,
)
from verify_claims.verify.memo import Memo

REAL = Path(__file__).parent / "real"
STS = REAL / "redteam9" / "sources" / "1511.08198.pdf"
QANET = REAL / "redteam8" / "sources" / "1804.09541.pdf"
RELATION = REAL / "redteam7" / "sources" / "P16-1200.pdf"
ADI = REAL / "redteam9" / "sources" / "1608.04207.pdf"
OLMOCR = REAL / "redteam3" / "sources" / "2510.19817.pdf"
BERT = REAL / "redteam6" / "sources" / "1810.04805.pdf"
FASTTEXT = REAL / "redteam7" / "sources" / "1607.04606.pdf"


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _status(path: Path, text: str) -> tuple[Status, str]:
    claim = verify_on({path.stem: _paper(path)}, path.stem, [text])[0]
    return claim.status, " ".join(check.explanation for check in claim.checks)


def test_a_year_beginning_a_listed_label_counts_nothing(monkeypatch):
    status, why = _status(STS, "The 2012 STS dataset had 88 submissions.")
    assert status != Status.contradicted, why
    # planted: the label "2012 STS" read as a count of 2,012 datasets again
    monkeypatch.setattr(table_readings, "_names_label", lambda *args: False)
    status, why = _status(STS, "The 2012 STS dataset had 88 submissions.")
    assert status == Status.contradicted and "lists 6" in why, why


def test_a_year_a_row_label_prints_names_the_row(monkeypatch):
    assert _status(STS, "The 2012 STS task had 35 teams.")[0] == Status.confirmed
    # the year of another row than the one printing the number
    assert _status(STS, "The 2013 STS task had 35 teams.")[0] == Status.unverified
    monkeypatch.setattr(cell_decisions, "labelled_year", lambda *args: False)
    assert _status(STS, "The 2012 STS task had 35 teams.")[0] == Status.unverified


@pytest.mark.parametrize(("text", "expected"), [
    ("2012 STS had 35 teams and 88 submissions.", Status.confirmed),
    ("The 2012 STS task had 35 teams and 88 submissions.", Status.confirmed),
    # the numbers swapped between the two columns the claim names
    ("2012 STS had 88 teams and 35 submissions.", Status.unverified),
    # one number of the next row
    ("The 2012 STS task had 35 teams and 89 submissions.", Status.contradicted),
    ("2012 STS had 34 teams and 88 submissions.", Status.contradicted),
    ("2012 STS had 35 teams and 26 submissions.", Status.contradicted),
    # both wrong for the row the claim names: which one is meant, nothing says
    ("2013 STS had 35 teams and 88 submissions.", Status.unverified),
    # the row not named
    ("STS had 35 teams and 89 submissions.", Status.unverified),
])
def test_two_numbers_of_one_row(text, expected):
    status, why = _status(STS, text)
    assert status == expected, why


def test_planted_count_headers_unnamed_by_their_noun(monkeypatch):
    monkeypatch.setattr(numbers_named, "_COUNT_HEADER", numbers_named.re.compile(r"#(\w{4,})"))
    # round 34 reads the claim as two, one measure each (verify/measure_pairs.py): off here
    monkeypatch.setattr(reference_checks, "measure_parts", lambda claim: None)
    status, why = _status(STS, "2012 STS had 35 teams and 88 submissions.")
    assert status == Status.unverified, why


def test_planted_no_row_mate_contradiction(monkeypatch):
    monkeypatch.setattr(cell_decisions, "row_mate_contradiction", lambda *args: None)
    monkeypatch.setattr(cell_check, "row_mate_contradiction", lambda *args: None)
    status, why = _status(STS, "The 2012 STS task had 35 teams and 89 submissions.")
    assert status == Status.unverified, why


def test_a_wrong_second_number_of_a_row_whose_mates_lend_their_headers(monkeypatch):
    status, why = _status(QANET, "BiDAF scores 34.3 F1 on AddSent and 45.7 on AddOneSent.")
    assert status == Status.confirmed, why
    status, why = _status(QANET, "BiDAF scores 34.3 F1 on AddSent and 45.2 on AddOneSent.")
    assert status == Status.contradicted and "45.7" in why, why
    # the same numbers, swapped between the columns: which is which, the claim has wrong
    status, why = _status(QANET, "BiDAF scores 45.7 F1 on AddSent and 34.3 on AddOneSent.")
    assert status != Status.confirmed, why
    # planted: the second reading, with every row mate lending its headers, left out
    original = cell_check._check_asked

    def without_mates(*args, mates=False, **kwargs):
        return None if mates else original(*args, **kwargs)

    monkeypatch.setattr(cell_check, "_check_asked", without_mates)
    monkeypatch.setattr(reference_checks, "measure_parts", lambda claim: None)  # round 34
    status, why = _status(QANET, "BiDAF scores 34.3 F1 on AddSent and 45.2 on AddOneSent.")
    assert status == Status.unverified, why


@pytest.mark.parametrize(("text", "numbers"), [
    ("CNN+ONE reaches a mean P@N of 62.9 in the Two setting.", ["62.9"]),
    ("Model-One reaches 5.1 with twenty-one layers.", ["5.1", "twenty-one"]),
    ("We use one-to-one maps and two layers.", ["two"]),
])
def test_a_number_word_glued_to_a_name_is_no_count(text, numbers):
    assert [quantity.text for quantity in parse_quantities(text)] == numbers


def test_a_model_named_with_a_number_word(monkeypatch):
    status, why = _status(RELATION, "CNN+ONE reaches a mean P@N of 62.9 in the Two setting.")
    assert status == Status.confirmed, why
    status, why = _status(RELATION, "CNN+ONE reaches a mean P@N of 62.7 in the Two setting.")
    assert status == Status.contradicted, why
    monkeypatch.setattr(quantity_numbers, "_glued_to_name", lambda *args: False)
    # a fresh paper: its sentences were parsed with the planted reading too
    paper = parse_paper(read_document(RELATION))
    claim = verify_on({"p": paper}, "p",
                      ["CNN+ONE reaches a mean P@N of 62.9 in the Two setting."])[0]
    assert claim.status == Status.unverified


def test_words_joined_by_and_qualify_the_last_number(monkeypatch):
    text = "25,000 sentences are used for each of the test and development examples."
    status, why = _status(ADI, text)
    assert status == Status.confirmed, why
    status, why = _status(ADI, "25,000 sentences are used to generate training examples.")
    assert status != Status.confirmed, why
    # planted: every "and" ends a qualifier again (fresh memos: sides are kept by text)
    monkeypatch.setattr(number_context, "_JOINING", number_context.re.compile(r"(?!)"))
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))
    monkeypatch.setattr(number_sides, "_CLAIM_SIDES", Memo(4096))
    claim = verify_on({"adi": parse_paper(read_document(ADI))}, "adi", [text])[0]
    assert claim.status == Status.unverified


def test_a_value_with_the_spread_its_cell_prints(monkeypatch):
    status, why = _status(OLMOCR, "DeepSeek-OCR scores 75.7 ± 1.0 overall.")
    assert status == Status.confirmed, why
    assert _status(OLMOCR, "DeepSeek-OCR scores 75.7 ± 1.1 overall.")[0] != Status.confirmed
    assert _status(OLMOCR, "DeepSeek-OCR scores 75.2 ± 1.0 overall.")[0] != Status.confirmed
    monkeypatch.setattr(cell_decisions, "prints_spread", lambda *args: False)
    assert _status(OLMOCR, "DeepSeek-OCR scores 75.7 ± 1.0 overall.")[0] == Status.unverified


def test_a_than_comparison_of_names_printed_without_hyphens(monkeypatch):
    status, why = _status(BERT, "On MRPC, BERT-Base scores higher than BERT-Large.")
    assert status == Status.contradicted, why
    status, why = _status(BERT, "On MRPC, BERT-Large scores higher than BERT-Base.")
    assert status == Status.confirmed, why
    monkeypatch.setattr(guards_than, "_printed_glued", lambda *args: False)
    status, why = _status(BERT, "On MRPC, BERT-Base scores higher than BERT-Large.")
    assert status == Status.unverified, why


@pytest.mark.parametrize(("claim", "held", "expected"), [
    ("BERT-Base scores higher than X", "BERTBASE × MRPC / 3.5k: 88.9", True),
    ("Bi-GRU scores higher than X", "Bi-GRU (Tang et al., 2017) × p@1", True),
    # a longer name holding the claim's is another name
    ("SciBERT scores higher than X", "S2ORC-SciBERT × ACL-ARC", False),
])
def test_printed_glued_reads_whole_names_only(claim, held, expected):
    term = guards_than.content_terms(claim.split()[0])[0]
    assert guards_than._printed_glued(term, claim, held) is expected


def test_a_difference_the_tables_also_print_as_a_header(monkeypatch):
    status, why = _status(FASTTEXT, "On English RW, sisg outperforms sg by 4 points.")
    assert status == Status.confirmed, why
    status, why = _status(FASTTEXT, "On English RW, sg outperforms sisg by 4 points.")
    assert status == Status.contradicted, why
    status, why = _status(FASTTEXT, "sisg improves over sg by 2 points on Arabic WS353.")
    assert status == Status.contradicted, why
    # planted: the difference read as a header again
    monkeypatch.setattr(cell_arithmetic, "_stated_as_difference", lambda *args: False)
    status, why = _status(FASTTEXT, "On English RW, sisg outperforms sg by 4 points.")
    assert status == Status.unverified, why
