"""Mark agreement and the calibration table (reports.summary)."""

from __future__ import annotations

import pytest

from verify_claims.claims import Claim, Location, Status, claim_id
from verify_claims.reports.summary import calibration, mark_agreement


def claim(n: int, mark: bool | None, status: Status, confidence: float | None) -> Claim:
    text = f"claim {n}"
    return Claim(id=claim_id("r", text), canonical_id="k", report="r",
                 location=Location(file="r"), text=text, report_mark=mark,
                 report_confidence=confidence, status=status)


CLAIMS = [
    claim(1, True, Status.confirmed, 0.10),     # agrees
    claim(2, True, Status.contradicted, 0.15),  # disagrees
    claim(3, False, Status.contradicted, 0.19),  # agrees
    claim(4, True, Status.unverified, 0.30),    # undecided: left out
    claim(5, None, Status.confirmed, 0.90),     # unmarked: left out
    claim(6, False, Status.confirmed, 1.00),    # disagrees; 1.0 falls in the last bin
    claim(7, True, Status.confirmed, None),     # no confidence: only in the agreement
]


def test_mark_agreement_counts_decided_marked_claims_only():
    agreement = mark_agreement(CLAIMS)
    assert (agreement.decided, agreement.agree) == (5, 3)
    assert agreement.rate == pytest.approx(0.6)
    assert mark_agreement([CLAIMS[3]]).rate is None


def test_calibration_bins():
    bins = calibration(CLAIMS)
    assert [(b.low, b.high) for b in bins] == [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8),
                                               (0.8, 1.0)]
    assert [b.claims for b in bins] == [3, 1, 0, 0, 2]
    assert [b.decided for b in bins] == [3, 0, 0, 0, 1]
    assert [b.agree for b in bins] == [2, 0, 0, 0, 0]
    assert bins[0].mean_confidence == pytest.approx((0.10 + 0.15 + 0.19) / 3)
    assert bins[0].rate == pytest.approx(2 / 3)
    assert bins[2].mean_confidence is None and bins[2].rate is None
