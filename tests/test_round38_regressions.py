"""Round 38 regressions on real papers, each with a planted bug that brings the old verdict back.

- BERT (Devlin et al., NAACL 2019, arXiv:1810.04805; tests/real/redteam6) prints SQuAD 1.1's
  results as Table 2 and SQuAD 2.0's as Table 3, under the same row and column labels. "Human
  performance on the SQuAD 2.0 test set is 82.3 EM" (gold: contradicted, the SQuAD 2.0 human
  EM is 86.9; 82.3 is SQuAD 1.1's) was left unverified: the cell check read Table 2's 82.3 and
  the twin-table guard set the confirmation aside. The cell check now leaves out a cell whose
  caption and headers give the claim's versioned name only in another version
  (`cell_check.cells_by_version`), so Table 3's own cell decides.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import cell_check

BT = "1810.04805"


@pytest.fixture(scope="module")
def bert(redteam6_paper):
    paper, _ = redteam6_paper(BT)
    return paper


def _statuses(paper, texts):
    made = [mutations.Made(text=text, kind="test", paper=BT, origin=text) for text in texts]
    return [claim.status for claim in mutations.verify(made, {BT: paper})]


def _explained(paper, text) -> str:
    made = [mutations.Made(text=text, kind="test", paper=BT, origin=text)]
    claim = mutations.verify(made, {BT: paper})[0]
    return " ".join(check.explanation for check in claim.checks)


VERSIONED = (
    "Human performance on the SQuAD 2.0 test set is 82.3 EM.",  # false: 86.9 (Table 3)
    "Human performance on the SQuAD 2.0 test set is 86.9 EM.",  # true (Table 3)
    "Humans reach 82.3 EM on the SQuAD 1.1 test set.",  # true (Table 2)
    "The BERT-Large ensemble reaches 85.8 EM on the SQuAD 2.0 dev set.",  # no such ensemble
)


def test_a_versioned_name_reads_its_own_versions_table(bert):
    assert _statuses(bert, VERSIONED) == [Status.contradicted, Status.confirmed,
                                          Status.confirmed, Status.unverified]
    # With no cell of its own version, the claim still hears which version the cell is of.
    assert "another version" in _explained(bert, VERSIONED[3])


def test_planted_cells_of_every_version_leave_the_wrong_number_undecided(bert, monkeypatch):
    monkeypatch.setattr(cell_check, "cells_by_version", False)
    assert _statuses(bert, VERSIONED[:1]) == [Status.unverified]
