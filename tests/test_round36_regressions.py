"""Round 36 regressions of the lead's own: a wrong confirmation the mutation probes found on a
paper new this round (Fan et al., CVPR 2024, "Data-Free Quantization via Pseudo-label
Filtering", tests/real/papers/dfq_plf_cvpr24.pdf, Table 1).

"On CIFAR-10 at 3 bits, HAST (88.34%) underperforms the proposed method (88.04%)" (the probe's
true claim with its verb turned) was CONFIRMED by HAST's W3A3 cell, 88.34, which the claim
prints right. The claim's own numbers stand against its verb, so no one cell confirms it
(`verify/guards_own_order.py`)."""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import guards_own_order
from verify_claims.verify.guards_own_order import against_own_order

_paper = cache(real_paper)
TRUE = "On CIFAR-10 at 3 bits, HAST (88.34%) outperforms the proposed method (88.04%)."
TURNED = "On CIFAR-10 at 3 bits, HAST (88.34%) underperforms the proposed method (88.04%)."


def _status(text: str):
    return status_of({"dfq": _paper("dfq_plf_cvpr24")}, "dfq", text)


def test_a_comparison_against_its_own_numbers_is_not_confirmed(monkeypatch):
    status, why = _status(TURNED)
    assert status != Status.confirmed, why
    assert "stand against" in why
    assert _status(TRUE)[0] != Status.contradicted  # the true claim is never contradicted
    monkeypatch.setattr(guards_own_order, "own_order_guarded", False)
    assert _status(TURNED)[0] == Status.confirmed  # the planted bug: the cell confirms it


@given(st.floats(0.1, 99.0), st.floats(0.1, 99.0), st.sampled_from(
    ["outperforms", "underperforms", "is higher than", "is lower than", "beats", "trails"]))
def test_only_numbers_against_the_verb_are_flagged(first, second, verb):
    a, b = round(first, 2), round(second, 2)
    text = f"Model A ({a}%) {verb} model B ({b}%) on the test set."
    up = verb in ("outperforms", "is higher than", "beats")
    flagged = against_own_order(text) is not None
    assert flagged == (a != b and up != (a > b))
    # a margin, not the other side's number, is never read as the right side
    assert against_own_order(f"Model A ({a}%) {verb} model B by 2.1 points.") is None
