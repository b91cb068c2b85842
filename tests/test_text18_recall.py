"""Round 18 (text18): claims decided from running text, without a wrong verdict.

On the real PDFs of red teams 7 and 8, values read from the page images:

- ACL P16-1200 (Lin et al., selective attention), page 6, Section 4.2: "Following previous
  work, we tune our models using three-fold validation on the training set."
- ACL P16-1200, page 7, Section 4.5: "we select the following three feature-based methods for
  comparison through held-out evaluation: Mintz ... MultiR ... MIML".
- arXiv:1804.09541 (QANet), page 7, Section 4.1.1: "The maximum context length is set to 400
  and any paragraph longer than that would be discarded. ... The maximum answer length is set
  to 30."
- arXiv:1607.04423 (attention-over-attention reader), page 6, Section 5.1: "For regularization
  purpose, we adopted l2-regularization to 0.0001 and dropout rate of 0.1".
- arXiv:1804.07821 (AMDCN, red team 1), page 3, Section 3.1: "The network as shown in Figure 1
  contains 5 columns. ... There are 32 feature maps for each convolution, ..." and, earlier in
  the section, "... a network with more than just 3 or 4 columns as in [28] and [8]".
- arXiv:1810.04805 (BERT), page 8, Section 5.2: "By contrast, BERTBASE contains 110M parameters
  and BERTLARGE contains 340M parameters." (BASE and LARGE in small capitals, run into BERT).

Each rule is switched off by monkeypatch to show that its test fails then. Claim words and
sides are remembered per claim text, so a test with the rule off words its claim anew.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.extract import quantity_units
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import (
    coined_names,
    content,
    number_context,
    number_match,
    passage_windows,
    side_memo,
    source_check,
)
from verify_claims.verify.memo import Memo

REAL = Path(__file__).resolve().parent / "real"


@pytest.fixture(scope="module")
def attention():
    return _papers_of(REAL / "redteam7" / "sources")("P16-1200")[0]


@pytest.fixture(scope="module")
def qanet():
    return _papers_of(REAL / "redteam8" / "sources")("1804.09541")[0]


@pytest.fixture(scope="module")
def bert():
    return _papers_of(REAL / "redteam6" / "sources")("1810.04805")[0]


@pytest.fixture(scope="module")
def reader():
    return _papers_of(REAL / "redteam7" / "sources")("1607.04423")[0]


@pytest.fixture(scope="module")
def amdcn():
    return _papers_of(REAL / "redteam" / "sources")("1804.07821")[0]


def _verify(paper, stem, *texts):
    return mutations.verify_texts(paper, *texts, stem=stem)


# verify/spelled_compounds.py: "five-fold" is the number 5x, not a word the paper must use.

def test_a_spelled_fold_is_compared_as_a_number(attention):
    wrong, right = _verify(attention, "P16-1200",
                           "The models are tuned with five-fold validation on the training set.",
                           "The models are tuned with three-fold validation on the training set.")
    assert wrong.status == Status.contradicted  # three-fold on page 6
    assert right.status == Status.confirmed


def test_planted_fold_read_as_a_word(attention, monkeypatch):
    monkeypatch.setattr(content, "spelled_number_word", lambda *args: False)
    (claim,) = _verify(attention, "P16-1200",
                       "Our models are tuned with five-fold validation on the training set.")
    assert claim.status == Status.unverified  # "five-fold" unaccounted: the recall lost


# verify/setting_measures.py: "the maximum answer length is set to 30" names its setting.

def test_a_setting_value_is_compared_with_the_same_setting(qanet):
    wrong, right, other, context = _verify(
        qanet, "1804.09541",
        "The maximum answer length is set to 40.",
        "The maximum answer length is set to 30.",
        "The maximum answer length is set to 400.",
        "The maximum context length is set to 400.")
    assert wrong.status == Status.contradicted  # 30 on page 7
    assert right.status == Status.confirmed
    assert other.status == Status.contradicted  # 400 is the context length, not the answer's
    assert context.status == Status.confirmed


def test_planted_no_setting_measure(qanet, monkeypatch):
    monkeypatch.setattr(number_context, "setting_measure", lambda *args: None)
    (claim,) = _verify(qanet, "1804.09541", "The maximum answer length is set to 50.")
    assert claim.status == Status.unverified  # contradicted with the rule on


def test_planted_agreeing_value_of_another_setting(qanet, monkeypatch):
    monkeypatch.setattr(number_match, "other_setting", lambda *args: False)
    (claim,) = _verify(qanet, "1804.09541", "The maximum answer length is equal to 400.")
    assert claim.status == Status.confirmed  # the wrong verdict the rule withholds


# verify/coined_names.py `joined`: "BERTBASE" says the claim's "BERT-Base".

def test_a_joined_name_is_the_hyphenated_one(bert):
    wrong, right, large = _verify(bert, "1810.04805",
                                  "BERT-Base has 340M parameters.",
                                  "BERT-Base has 110M parameters.",
                                  "BERT-Large has 110M parameters.")
    assert wrong.status == Status.contradicted  # 110M for BERTBASE on page 8
    assert right.status == Status.confirmed
    assert large.status == Status.contradicted


def test_planted_joined_name_is_another_system(bert, monkeypatch):
    monkeypatch.setattr(coined_names, "joined", lambda names: names)
    (claim,) = _verify(bert, "1810.04805", "The BERT-Base model has 340M parameters.")
    assert claim.status == Status.unverified


# verify/code_compounds.py: "l2-regularization" says "l2".

def test_a_code_before_a_hyphen_is_a_word(reader):
    (claim,) = _verify(reader, "1607.04423", "The l2 regularization is set to 0.0001.")
    assert claim.status == Status.confirmed


def test_planted_code_lost_in_the_cut(monkeypatch):
    monkeypatch.setattr(passage_windows, "code_compound_terms", lambda words: set())
    passage_windows.passage_terms.cache_clear()  # passage words are remembered per text,
    fresh = _papers_of(REAL / "redteam7" / "sources")("1607.04423")[0]  # windows per paper
    try:
        (claim,) = _verify(fresh, "1607.04423", "The l2 regularization was set to 0.0001.")
    finally:
        passage_windows.passage_terms.cache_clear()
    assert claim.status == Status.unverified


# extract/quantity_units.py `plural_after`: "three feature-based methods" counts methods.

def test_a_count_before_a_hyphenated_modifier(attention):
    (three,) = parse_quantities("we select the following three feature-based methods")
    assert (three.value, three.unit) == (3.0, "methods")
    wrong, right = _verify(attention, "P16-1200",
                           "The models are compared with four feature-based methods.",
                           "The models are compared with three feature-based methods.")
    assert wrong.status == Status.contradicted
    assert right.status == Status.confirmed


def test_planted_hyphen_ends_the_count(monkeypatch):
    monkeypatch.setattr(quantity_units, "hyphen_joins", lambda tokens, position: False)
    assert parse_quantities("we select the following three feature-based approaches") == []


# verify/joined_clauses.py: "A, and B" read clause by clause, both said in one section.

def test_two_clauses_each_supported_in_one_section(amdcn):
    right, wrong = _verify(
        amdcn, "1804.07821",
        "The network has five columns, and every convolution uses 32 feature maps.",
        "The network has five columns, and every convolution uses 64 feature maps.")
    assert right.status == Status.confirmed
    assert wrong.status != Status.confirmed


def test_planted_no_clause_reading(amdcn, monkeypatch):
    monkeypatch.setattr(source_check, "joined_check", lambda *args: None)
    (claim,) = _verify(amdcn, "1804.07821",
                       "The network has five columns, and each convolution uses 32 "
                       "feature maps.")
    assert claim.status == Status.unverified  # confirmed with the rule on


# verify/number_context.py `_BOUND`: "more than just 3 or 4 columns" gives two limits.

def test_a_listed_bound_is_no_value(amdcn):
    (claim,) = _verify(amdcn, "1804.07821", "The network has four columns.")
    assert claim.status == Status.contradicted  # 5 columns; "more than just 3 or 4" no value


def test_planted_listed_bound_read_as_a_value(monkeypatch):
    import re
    monkeypatch.setattr(number_context, "_BOUND", re.compile(
        number_context._BOUND.pattern.replace("|just|only|even", "").replace(
            r"(?:[0-9][0-9.,]*\s*(?:or|,)\s*)?$", "$"), re.I))
    monkeypatch.setattr(side_memo, "_SIDES", Memo(side_memo.SIZE))  # sides read anew
    fresh = _papers_of(REAL / "redteam" / "sources")("1804.07821")[0]
    (claim,) = _verify(fresh, "1804.07821", "The network contains four columns.")
    assert claim.status == Status.confirmed  # the wrong verdict the rule withholds


# extract/quantity_units.py `comma_after`: "32, training steps" does not count steps.

def test_a_comma_ends_the_counted_noun(qanet):
    first, _ = parse_quantities("the batch size is 32, training steps are 150K")
    assert first.unit == "batch_size"
    wrong, right = _verify(qanet, "1804.09541", "The batch size is 64.", "The batch size is 32.")
    assert wrong.status == Status.contradicted  # 32 on page 7
    assert right.status == Status.confirmed


def test_planted_count_across_a_comma(monkeypatch):
    monkeypatch.setattr(quantity_units, "comma_after", lambda *args: False)
    first, _ = parse_quantities("the batch size is 32, training steps are 150K")
    assert first.unit == "steps"  # 32 read as a count of steps
