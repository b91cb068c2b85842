"""Round 20 regressions of heldout20's first run (tests/real/heldout20, labelled from the page
images before the tool ran; first run 0.593, 89 of 150, with 2 wrong decisive verdicts), each
pinned on its real page with the rule that now withholds it switched off (planted bug):

- "The regularization parameter Q is tuned over seven values." (contradicted: nine values, Li
  and Hovy, ACL D14-1218, page 6) was confirmed by the 7 of "window size L (tried on {3, 5,
  7})": `verify/guards_set_members.py`, a member of a printed set of values is no count.
- "With all annotations, AutoNER outperforms the supervised benchmark." (contradicted: the
  supervised benchmark trained with all annotations is better, arXiv:1809.03599, page 8) was
  confirmed by "Later, with enough distantly supervised sentences, AutoNER outperforms the
  supervised benchmarks.": `verify/guards_other_conditions.py`, a sentence that opens with
  another condition than the claim's decides nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guard_chain, guards_set_members
from verify_claims.verify.guards_other_conditions import other_condition
from verify_claims.verify.guards_set_members import set_members

SOURCES = Path(__file__).resolve().parent / "real" / "heldout20" / "sources"
AN, LH = "1809.03599", "D14-1218"
SEVEN = "The regularization parameter Q is tuned over seven values."
ANNOTATIONS = "With all annotations, AutoNER outperforms the supervised benchmark."


@pytest.fixture(scope="module")
def papers():
    return {stem: parse_paper(read_document(SOURCES / f"{stem}.pdf")) for stem in (AN, LH)}


def test_a_member_of_a_set_of_tried_values_is_no_count(papers, monkeypatch):
    claim = verify_on(papers, LH, [SEVEN])[0]
    assert claim.status == Status.unverified, explained(claim)
    assert "one of a set of values" in explained(claim)
    # Planted bug: the guard switched off, the 7 of "{3, 5, 7}" confirms "seven values" again.
    monkeypatch.setattr(guard_chain, "guard_set_members", lambda claim, checks: None)
    assert verify_on(papers, LH, [SEVEN + " "])[0].status == Status.confirmed


def test_the_set_reader_is_what_withholds_it(papers, monkeypatch):
    """Planted bug inside the guard: with no set read, the claim is confirmed again."""
    monkeypatch.setattr(guards_set_members, "set_members", lambda quote: frozenset())
    assert verify_on(papers, LH, [SEVEN + "  "])[0].status == Status.confirmed


def test_a_result_under_another_fronted_condition_decides_nothing(papers, monkeypatch):
    claim = verify_on(papers, AN, [ANNOTATIONS])[0]
    assert claim.status == Status.unverified, explained(claim)
    assert "another condition" in explained(claim)
    # Planted bug: the guard switched off, the learning-curve sentence confirms it again.
    monkeypatch.setattr(guard_chain, "guard_other_conditions", lambda claim, checks: None)
    assert verify_on(papers, AN, [ANNOTATIONS + " "])[0].status == Status.confirmed


def test_the_sets_read():
    assert set_members("window size L (tried on {3, 5, 7}) and Q") == {"3", "5", "7"}
    assert set_members("the number of feature maps n among [50, 100, 150, 200, 230]") == {
        "50", "100", "150", "200", "230"}
    assert set_members("window size L (tried on 3, 5 and 7)") == frozenset()  # no braces
    assert set_members("as in [12] and {x}") == frozenset()  # one number, or none, is no set


def test_the_conditions_read():
    quote = ("Later, with enough distantly supervised sentences, AutoNER outperforms the "
             "supervised benchmarks.")
    assert other_condition(ANNOTATIONS, quote) == ("enough", "distantly", "supervised",
                                                   "sentences")
    # the claim's own condition printed in the sentence: no other condition
    assert other_condition("With enough distantly supervised sentences, AutoNER outperforms "
                           "the supervised benchmarks.", quote) is None
    # a "with" later in the sentence gives a manner, not the sentence's condition
    assert other_condition("Using the tailored dictionary boosts precision from 53.14% to "
                           "77.30%.", "For example, on the NCBI-Disease dataset, it "
                           "significantly boosts the precision from 53.14% to 77.30% with an "
                           "acceptable recall loss from 63.54% to 58.54%.") is None
    # a claim without a condition of its own is left alone
    assert other_condition("AutoNER outperforms the supervised benchmarks.", quote) is None
