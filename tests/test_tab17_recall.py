"""Round 17 (tab17): table claims that bind to their cells on unseen papers.

All on the real PDFs of red team 7's sources, values read from the page images:

- arXiv:1607.04606 (fastText subword vectors), page 9, Table 5 "Test perplexity on the
  language modeling task": columns Cs, De, Es, Fr, Ru (small capitals); rows Vocab. size
  (46k 37k 27k 25k 63k), CLBL, CANLM (371 239 165 184 261), LSTM, sg (339 216 150 162 237),
  sisg (312 206 145 159 206); the caption says "CANLM refers to the work of Kim et al. (2016)".
  Page 6, Table 3: two rows "sisg" (trained on two data sets), 73 and 66 under De GUR350, 73
  and 54 under En WS353.
- arXiv:1607.04423 (attention-over-attention reader), page 5, Table 1: row "# Query", CBT NE
  Train 108,719, CNN News Test 3,198.

Each rule is switched off by monkeypatch to show that its test fails then. Claim words are
remembered per claim text (verify/header_words.py `_claim`), so a test with the rule off words
its claim anew.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.verify import (
    cell_decisions,
    guards_twin_rows,
    header_vocabulary,
    header_words,
)

SOURCES = Path(__file__).resolve().parent / "real" / "redteam7" / "sources"


@pytest.fixture(scope="module")
def subword():
    return _papers_of(SOURCES)("1607.04606")[0]


@pytest.fixture(scope="module")
def reader():
    return _papers_of(SOURCES)("1607.04423")[0]


def _verify(paper, stem, *texts):
    return mutations.verify_texts(paper, *texts, stem=stem)


# verify/language_codes.py `names_language_code`: "Spanish" says the column "Es".

def test_a_language_name_says_its_code_header(subword):
    right, wrong = _verify(subword, "1607.04606",
                           "On Spanish, CANLM has a test perplexity of 165.",
                           "On Czech, the sg model has a test perplexity of 399.")
    assert right.status == Status.confirmed
    assert wrong.status == Status.contradicted  # 339 in sg × Cs


def test_planted_no_language_names(subword, monkeypatch):
    monkeypatch.setattr(header_words, "names_language_code", lambda *args: False)
    (claim,) = _verify(subword, "1607.04606",
                       "For Spanish, CANLM reaches a test perplexity of 165.")
    assert claim.status == Status.unverified


# verify/guards_count_axes.py: the row "Vocab. size" is picked only by its count header.

def test_a_count_row_does_not_contradict_a_measure(subword):
    (claim,) = _verify(subword, "1607.04606",
                       "Kim et al. (2016) obtain a perplexity of 371 on Czech.")
    assert claim.status != Status.contradicted


def test_planted_count_row_contradicts(subword, monkeypatch):
    monkeypatch.setattr(cell_decisions, "counted_axis_only", lambda *args: False)
    (claim,) = _verify(subword, "1607.04606",
                       "Kim et al. (2016) get a perplexity of 371 on Czech.")
    assert claim.status == Status.contradicted  # the wrong verdict the guard withholds


# verify/guards_twin_rows.py `value_not_setting`: two rows "sisg" in Table 3.

def test_twin_rows_not_told_apart_by_the_claimed_value(subword):
    (claim,) = _verify(subword, "1607.04606", "On German GUR350, sisg scores 73.")
    assert claim.status == Status.unverified


def test_planted_claimed_value_tells_rows_apart(subword, monkeypatch):
    monkeypatch.setattr(guards_twin_rows, "value_not_setting", False)
    (claim,) = _verify(subword, "1607.04606", "On German GUR350, sisg obtains 73.")
    assert claim.status == Status.confirmed  # the wrong verdict the reading withholds


# verify/word_forms.py `y_plural`: "queries" says the row "# Query".

def test_queries_say_the_query_row(reader):
    right, wrong = _verify(reader, "1607.04423",
                           "The CBT NE training set holds 108,719 queries.",
                           "The CNN News test set holds 3,919 queries.")
    assert right.status == Status.confirmed
    assert wrong.status == Status.contradicted  # 3,198


def test_planted_no_y_plural(reader, monkeypatch):
    monkeypatch.setattr(header_vocabulary, "y_plural", lambda word: None)
    (claim,) = _verify(reader, "1607.04423", "The CBT NE training split holds 108,719 queries.")
    assert claim.status == Status.unverified
