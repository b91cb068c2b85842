"""A sentence's other number contradicts nothing while the claim's setting number is absent
from its passage (`verify/setting_numbers.py`), on real papers:

- smola10 (arXiv 1004.4820): "For 10k PubMed documents, the runtime was 0.28 hours" is
  Table 1's cell; the sentence "for a comparable runtime of 9 hours our codebase is
  approximately 8x faster than the UCI implementation" is about another run, and used to
  contradict the claim against the table that confirms it;
- bunescu-acl07: "Of the 601 person-birthplace test instances, 65 are positive" was
  contradicted by the other data set's sentence ("995 instances, out of which 156 are
  positive"): the right status, read from the wrong sentence.
"""

from __future__ import annotations

import pytest
from conftest import _read_real
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status


def _verify(stem: str, *texts: str) -> list:
    paper, _ = _read_real(stem)
    return mutations.verify_texts(paper, *texts, stem=stem)


@pytest.fixture(scope="module")
def runtimes():
    return _verify("smola10",
                   "For 10k PubMed documents, the runtime was 0.28 hours.",
                   "For a comparable runtime of 9 hours, the codebase is approximately 8x "
                   "faster than the UCI implementation.",
                   "For a comparable runtime of 9 hours, the codebase is approximately 5x "
                   "faster than the UCI implementation.")


def test_a_run_of_another_setting_does_not_contradict_the_cell(runtimes):
    cell, _, _ = runtimes
    assert cell.status == Status.confirmed
    assert not any("9 hours" in check.explanation for check in cell.checks)


def test_the_sentence_still_decides_what_it_speaks_of(runtimes):
    _, same, other = runtimes
    assert same.status == Status.confirmed
    assert other.status == Status.contradicted  # its setting (9 hours) is there: it decides


def test_the_other_data_sets_sentence_is_no_evidence():
    (claim,) = _verify("bunescu-acl07",
                       "Of the 601 person-birthplace test instances, 65 are positive.")
    assert claim.status != Status.confirmed
    assert not any("995" in check.explanation for check in claim.checks)
