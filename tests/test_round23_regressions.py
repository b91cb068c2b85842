"""Round 23 regressions of my own: a change's amount read from a column of such amounts.

Lane, Best, Hickel and Zhang (Journal of Hydrology 310, 2005; tests/real/papers/
lane_hydrology05.pdf, round 22's probe) print in Table 5 the flow reductions of paired
catchment studies, "Total flow reduction (%)" and "Low flow reduction (%)", published and
"Estimated from Fig. 4". A claim of "a total flow reduction of 57%" states the amount of a
change, which the cell check set aside as no level (rightly, for a table of levels: there the
amount is a difference of two cells). Two readings fix it, each general:

- a claimed change amount is read as a cell's value where the cell's own column headers name a
  change of the claim's direction and the cell prints no sign (`verify/change_columns.py`,
  asked by `cell_check.check_cells` when no level decides): three of round 22's claims become
  right, none wrong;
- with it, "The study estimated a total flow reduction of 50%" was confirmed by the published
  column's 50: the claim's "estimated" names the sibling column "Estimated from Fig. 4 / Total
  flow reduction (%)", whose extra words the claim must print, all of them; "from Fig. 4" is a
  pointer to where the numbers come from, no word a claim repeats
  (`other_cells._POINTER`), so the sibling is now the variant the claim names and the
  published cell confirms nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import explained, probe_set_tests, real_paper, verify_on

from verify_claims.claims import Location, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify import cell_check, other_cells
from verify_claims.verify.change_columns import change_amounts, names_change

HYDROLOGY = "lane_hydrology05"
PAPERS = Path(__file__).resolve().parent / "real" / "papers"

ESTIMATED_57 = "The study estimated a total flow reduction of 57% for Cathedral Peak 2."
ESTIMATED_50 = "The study estimated a total flow reduction of 50% for Cathedral Peak 2."

# Labelled from page 9 (Table 5) before the rules were written.
PROBES = [
    (ESTIMATED_57, "confirmed"),
    (ESTIMATED_50, "contradicted"),
    ("Scott et al. (2000) reported a total flow reduction of 57% for Cathedral Peak 2.",
     "contradicted"),
    ("Scott et al. (2000) reported a total flow reduction of 50% for Cathedral Peak 2.",
     "confirmed"),
    ("For Redhill, both the published and the estimated low flow reduction are 100%.",
     "confirmed"),
    # An increase is no reduction: no column of the table names one.
    ("The study estimated a total flow increase of 57% for Cathedral Peak 2.", "unverified"),
    ("The study estimated a low flow reduction of 57% for Cathedral Peak 2.", "contradicted"),
    # Two changes compared: a difference of two amounts, not one amount.
    ("The estimated total flow reduction for Redhill exceeds the published value by 9 "
     "percentage points.", "confirmed"),
]

PROBE_SETS = {HYDROLOGY: (PROBES, 6)}


_parsed = cache(real_paper)


probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


@pytest.fixture(scope="module")
def hydrology():
    return {HYDROLOGY: _parsed(HYDROLOGY)}


def test_a_change_amount_is_read_from_a_column_of_amounts(hydrology, monkeypatch):
    claim = verify_on(hydrology, HYDROLOGY, [ESTIMATED_57])[0]
    assert claim.status == Status.confirmed, explained(claim)
    assert "Estimated from Fig. 4 / Total flow reduction (%)" in explained(claim)
    # Planted bug: no change amount is asked of the table; the claim has no level left.
    monkeypatch.setattr(cell_check, "change_amounts", lambda claim: [])
    claim = verify_on(hydrology, HYDROLOGY, [ESTIMATED_57 + " "])[0]
    assert claim.status == Status.unverified, explained(claim)


def test_a_change_amount_is_no_level_of_another_column(hydrology, monkeypatch):
    """Planted bug: a change amount asked of every column is read as the level of a column
    that names no change (Table 3's coefficients of efficiency): the column filter is what
    keeps it out. Redhill's coefficient for the 20th percentile is 0.95, no reduction."""
    text = ("Redhill shows a reduction of 0.95 in the coefficient of efficiency for the 20th "
            "percentile.")
    claim = verify_on(hydrology, HYDROLOGY, [text])[0]
    assert claim.status == Status.unverified, explained(claim)
    monkeypatch.setattr(cell_check, "names_change", lambda path, sign: True)
    claim = verify_on(hydrology, HYDROLOGY, [text + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)


def test_a_pointer_to_a_figure_is_no_word_of_a_sibling(hydrology, monkeypatch):
    claim = verify_on(hydrology, HYDROLOGY, [ESTIMATED_50])[0]
    assert claim.status == Status.contradicted, explained(claim)
    # Planted bug: "from Fig. 4" must be printed by the claim for the sibling to be named; the
    # published column's 50 then confirms the estimated reduction.
    # The table's lines are read once per paper: a fresh reading of the paper reads them anew.
    monkeypatch.setattr(other_cells, "_POINTER", __import__("re").compile(r"(?!)"))
    fresh = {HYDROLOGY: real_paper(HYDROLOGY)}
    claim = verify_on(fresh, HYDROLOGY, [ESTIMATED_50 + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)


def _claim(text: str):
    return build_claim("r", text, Location(file="r", page=1))


@pytest.mark.parametrize(("text", "amounts"), [
    ("The study estimated a total flow reduction of 57% for Cathedral Peak 2.", [57.0]),
    ("Pruning reduces the error by 12%.", [12.0]),
    ("The method gives an improvement of 2.3 points.", [2.3]),
    # Compared changes, and numbers no change word governs, are no amounts of one change.
    ("The reduction at Redhill exceeds the published value by 9 points.", []),
    ("Eucalypts reduce flows by 40% more than pine.", []),
    ("The model scores 84.2 on the test set.", []),
])
def test_change_amounts(text, amounts):
    assert [quantity.value for quantity in change_amounts(_claim(text))] == amounts


@given(st.lists(st.sampled_from(["Total flow", "reduction (%)", "Increase", "Year", "Gain",
                                 "Rainfall (mm)", "Low flow", "decrease"]), max_size=3))
def test_a_column_names_at_most_one_direction_of_its_own_words(path):
    down, up = names_change(path, -1), names_change(path, 1)
    words = " ".join(path).casefold()
    assert down == ("reduction" in words or "decrease" in words)
    assert up == ("increase" in words or "gain" in words)
