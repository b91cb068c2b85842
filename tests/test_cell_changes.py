"""How a claim words the change between two cells, on real tables (claim text + real paper
-> status): a relative share (verify/cell_relative.py), a judgement ("improves",
"outperforms") of a measure for which lower is better, and "both" as a count of the cells
averaged (verify/cell_means.py). True differences are computed from the hand-transcribed
cells of tests/real/papers/*.gold.yaml; the false claims must never be confirmed.
"""

from __future__ import annotations

import pytest
from test_cell_phrases import _status

from verify_claims.claims import Quantity
from verify_claims.verify.cell_relative import says_relative


@pytest.mark.parametrize("text, status", [
    # roark13 Table 3 (word error rate, %): 1-best Baseline 47.2, AM adaptation 38.2,
    # AM+LM adaptation 25.6: 21.6 points, (47.2 - 25.6) / 47.2 = 45.8% relative.
    ("AM+LM adaptation reduces the 1-best word error rate by 46% relative to the baseline.",
     "confirmed"),
    # The points given as a relative share, or another share: never confirmed, and a
    # relative share is no difference of points to contradict.
    ("AM+LM adaptation reduces the 1-best word error rate by 21.6% relative to the baseline.",
     "unverified"),
    ("AM+LM adaptation reduces the 1-best word error rate by 36% relative to the baseline.",
     "unverified"),
    # Literal words decide on an error rate; judging words do not ("improves" the rate means
    # it fell, which the sign of the cells' difference cannot tell).
    ("AM adaptation lowers the 1-best word error rate by 9.0 points over the baseline.",
     "confirmed"),
    ("AM+LM adaptation improves the 1-best word error rate by 21.6 points over the "
     "baseline.", "unverified"),
    ("AM+LM adaptation outperforms the baseline by 21.6 points of 1-best word error rate.",
     "unverified"),
])
def test_relative_and_judged_changes_of_an_error_rate(text, status):
    assert _status("roark13", text) == status


@pytest.mark.parametrize("text, status", [
    # P07-1088 Table 2, Merged: REALM 0.908, TEXTRUNNER 0.784: (0.908 - 0.784) / 0.784 =
    # 15.8% relative; 0.124 absolute.
    ("REALM improves over TextRunner on Merged by 15.8% relative.", "confirmed"),
    ("REALM improves over TextRunner on Merged by 12.4% relative.", "unverified"),
])
def test_a_relative_share_of_a_score(text, status):
    assert _status("P07-1088", text) == status


@pytest.mark.parametrize("text, status", [
    # bunescu-acl07 Table 4: SSK-T1 81.1% (CA), 78.2% (PB): mean 79.65%.
    ("The mean AUC of SSK–T1 over both datasets is 79.65%.", "confirmed"),
    ("The mean AUC of SSK–T1 over both datasets is 78.65%.", "contradicted"),
    # An absolute change given as "relative" is no difference of points: 81.1 - 45.9 = 35.2.
    ("SSK–T1 improves AUC on CA by 35.2% relative to BW–MIL.", "unverified"),
])
def test_both_counts_two_and_relative_is_not_points(text, status):
    assert _status("bunescu-acl07", text) == status


def test_only_a_percentage_worded_as_relative_is_a_share():
    share = Quantity(text="46%", value=46.0, unit="%", decimals=0, span=(0, 3))
    points = Quantity(text="46", value=46.0, unit=None, decimals=0, span=(0, 2))
    assert says_relative("reduces WER by 46% relative to the baseline", share)
    assert not says_relative("reduces WER by 46% over the baseline", share)
    assert not says_relative("reduces WER by 46 points relative to the baseline", points)


@pytest.mark.parametrize("text, status", [
    # P07-1088 Table 2, Merged: REALM 0.908, TEXTRUNNER 0.784.
    ("REALM's margin over TextRunner on Merged is 0.124.", "confirmed"),
    ("TextRunner falls 0.124 short of REALM on Merged.", "confirmed"),
    # Not worded as a difference by `_stated_as_difference` ("by", "a gap of", "points
    # above"): another size is not contradicted, and never confirmed.
    ("TextRunner falls 0.142 short of REALM on Merged.", "unverified"),
    # A gap "between" says no direction: its size confirms, another size contradicts nothing.
    ("The gap between REALM and TextRunner on Merged is 0.124.", "confirmed"),
    ("The gap between TextRunner and REALM on Merged is 0.124.", "confirmed"),
    ("The gap between REALM and TextRunner on Merged is 0.142.", "unverified"),
])
def test_a_margin_over_a_shortfall_and_a_gap_between(text, status):
    assert _status("P07-1088", text) == status


def test_an_average_on_a_counted_set():
    # bunescu-acl07 Table 4: SSK-T1 81.1% (CA), 78.2% (PB).
    assert _status("bunescu-acl07", "SSK–T1 reaches an average AUC of 79.65% on the two "
                   "datasets.") == "confirmed"
