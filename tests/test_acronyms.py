"""Acronyms a caption or header spells out (issue 11): "AUC" for "area under the
precision/recall curve", where a qualifier sits inside the metric's name. Found on a held-out
report; pinned here on P07-1088's Table 1, whose caption says "Listed is area under the
precision/recall curve"."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.claims import Location
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.wording import spells_out

PAPER = Path(__file__).parent / "real" / "papers" / "P07-1088.pdf"


@pytest.mark.parametrize("acronym, text, spelled", [
    ("AUC", "Table 4: Area Under Precision-Recall Curve.", True),
    ("AUC", "Listed is area under the precision/recall curve.", True),
    ("MLM", "continued masked language modelling", True),
    ("LAS", "the labeled attachment score of the parser", True),
    # Three letters may skip two words, two letters none; the first letter anchors.
    ("AUC", "a unit of the new clustering", False),
    ("BLEU", "bilingual evaluation understudy", False),
    ("LM", "large pretrained multilingual encoders", False),
])
def test_an_acronym_is_spelled_out_by_initials(acronym: str, text: str, spelled: bool):
    assert spells_out(acronym, text) is spelled


@pytest.fixture(scope="module")
def realm():
    paper = parse_paper(read_document(PAPER))
    return paper, PassageIndex(paper)


def _outcome(realm, text: str) -> str | None:
    paper, index = realm
    claim = build_claim("report.md", text, Location(file="report.md", line=1))
    check = check_cells(claim, paper, "ACL:P07-1088", index)
    return check.outcome.value if check is not None else None


def test_a_caption_that_spells_out_the_claimed_metric_accounts_for_it(realm):
    assert _outcome(realm, "HMM-T reaches an AUC of 0.917 on the Conquered relation.") \
        == "supported"
    # 0.767 is the N-GRAMS cell of the same row: a neighbour never confirms.
    assert _outcome(realm, "HMM-T reaches an AUC of 0.767 on the Conquered relation.") \
        != "supported"
    # An acronym the caption does not spell out leaves the claim's measure unaccounted for.
    assert _outcome(realm, "HMM-T reaches an MRR of 0.917 on the Conquered relation.") \
        != "supported"
