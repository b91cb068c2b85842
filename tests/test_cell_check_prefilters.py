"""Two readings of the cell check are skipped where they provably find nothing (round 35:
speed); skipping must change nothing, so where a prefilter says no, the reading finds nothing.

- The second reading, with every row mate lending its headers (`mates=True`,
  verify/row_mate_contradictions.py), when no row could read the claim so
  (`cell_check._row_mates_may_read`). Yu et al., QANet (arXiv:1804.09541, the PDF of
  tests/real/redteam8), Table 6: "BiDAF scores 34.3 F1 on AddSent and 45.2 on AddOneSent" is
  contradicted by that reading (45.7).
- The reading with the claim's change amounts (verify/change_columns.py), when no cell of the
  paper heads a change of that direction (`cell_check._change_cells`). Lane et al. 2005
  (tests/real/papers/lane_hydrology05.pdf), Table 5: "a total flow reduction of 57% for
  Cathedral Peak 2" is read from its "Total flow reduction (%)" column.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import verify_on
from test_source_check import make_claim

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import cell_check, reference_checks
from verify_claims.verify.change_columns import change_amounts
from verify_claims.verify.claimed_levels import claim_levels
from verify_claims.verify.passages import PassageIndex

REAL = Path(__file__).parent / "real"
QANET = REAL / "redteam8" / "sources" / "1804.09541.pdf"
STS = REAL / "redteam9" / "sources" / "1511.08198.pdf"
HYDROLOGY = REAL / "papers" / "lane_hydrology05.pdf"

WRONG_MATE = "BiDAF scores 34.3 F1 on AddSent and 45.2 on AddOneSent."

CLAIMS = {
    QANET: [WRONG_MATE,
            "BiDAF scores 34.3 F1 on AddSent and 45.7 on AddOneSent.",
            "BiDAF scores 45.7 F1 on AddSent and 34.3 on AddOneSent.",
            "BiDAF scores 34.1 F1 on AddSent and 45.7 on AddOneSent.",
            "QANet scores 45.2 F1 on AddSent and 55.7 on AddOneSent.",
            "Match-LSTM reaches 27.3 on AddSent and 39.0 on AddOneSent.",
            "The model reaches 82.7 F1 and 73.6 EM on the development set.",
            "QANet trains 3 to 13 times faster than the RNN models."],
    STS: ["The 2012 STS task had 35 teams and 89 submissions.",
          "The 2012 STS task had 35 teams and 88 submissions.",
          "The 2013 STS task had 35 teams and 88 submissions.",
          "The 2014 STS task had 15 teams and 38 submissions.",
          "STS had 35 teams and 88 submissions in 2012."],
}


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _status(path: Path, text: str) -> tuple[Status, str]:
    claim = verify_on({path.stem: _paper(path)}, path.stem, [text])[0]
    return claim.status, " ".join(check.explanation for check in claim.checks)


@pytest.mark.parametrize(("path", "text"), [(path, text) for path, texts in CLAIMS.items()
                                            for text in texts])
def test_where_the_prefilter_says_no_the_second_reading_finds_nothing(path, text):
    paper = _paper(path)
    index = PassageIndex(paper)
    claim = make_claim(text)
    levels = claim_levels(claim, paper)
    if levels is None or len(levels[0]) < 2:
        pytest.skip("a claim of one number is read once")
    read = cell_check._check_asked(claim, paper, "source", index, levels, mates=True)
    if not cell_check._row_mates_may_read(claim, paper, index, levels[0]):
        assert read is None, text
    if read is not None:  # the prefilter lets every row-mate contradiction through
        assert cell_check._row_mates_may_read(claim, paper, index, levels[0]), text


def test_the_prefilter_lets_a_row_mate_contradiction_through(monkeypatch):
    status, why = _status(QANET, WRONG_MATE)
    assert status == Status.contradicted and "45.7" in why, why
    # planted: a prefilter that always says no loses the contradiction
    monkeypatch.setattr(cell_check, "_row_mates_may_read", lambda *args: False)
    monkeypatch.setattr(reference_checks, "measure_parts", lambda claim: None)
    status, why = _status(QANET, WRONG_MATE)
    assert status == Status.unverified, why


CHANGES = {
    HYDROLOGY: ["The study estimated a total flow reduction of 57% for Cathedral Peak 2.",
                "The study estimated a total flow reduction of 75% for Cathedral Peak 2.",
                "At Redhill the total flow fell by 100%.",
                "At Lambrechtsbos B, low flows were reduced by 63%.",
                "Afforestation increased the low flow by 12%."],
    QANET: ["Data augmentation improves the F1 score by 1.5%.",
            "Removing self-attention reduces the F1 by 1.3%.",
            "QANet decreases the training time by 75%."],
}


@pytest.mark.parametrize(("path", "text"), [(path, text) for path, texts in CHANGES.items()
                                            for text in texts])
def test_where_no_cell_heads_the_change_its_reading_finds_nothing(path, text):
    paper = _paper(path)
    index = PassageIndex(paper)
    claim = make_claim(text)
    amounts = change_amounts(claim)
    assert amounts, text
    sign = amounts[0].sign
    read = cell_check._check_asked(claim, paper, "source", index,
                                   claim_levels(claim, paper, amounts), sign)
    if not cell_check._change_cells(paper, index, sign):
        assert read is None, text
    if read is not None:
        assert cell_check._change_cells(paper, index, sign), text


def test_the_change_prefilter_lets_a_change_column_through(monkeypatch):
    text = "The study estimated a total flow reduction of 57% for Cathedral Peak 2."
    paper = _paper(HYDROLOGY)
    index = PassageIndex(paper)
    claim = make_claim(text)
    assert cell_check.check_cells(claim, paper, "source", index) is not None
    # planted: a prefilter that always says no loses the reading of the change column
    monkeypatch.setattr(cell_check, "_change_cells", lambda *args: False)
    assert cell_check.check_cells(make_claim(text), paper, "source",
                                  PassageIndex(paper)) is None
