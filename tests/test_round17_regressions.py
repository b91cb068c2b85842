"""Verdicts of round 17 (issue 11), each pinned on the real page with its rule switched off.

- Two guards read "<number> for <name>" with regexes of their own, and they had drifted:
  `guards_for_phrases` knew that "for both our model and the cbow baseline" names no one
  thing, `guards_number_owners` did not, and withheld "The step size is 0.05 for the model and
  the cbow baseline, and 0.025 for the skipgram baseline" (true; arXiv:1607.04606 page 4:
  "set to 0.025 for the skipgram baseline and to 0.05 for both our model and the cbow
  baseline") as if "both" owned 0.05. `guards_number_owners` now reads its pairs through
  `guards_for_phrases.number_phrases`, the one reader of such phrases.
"""

from __future__ import annotations

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import guards_for_phrases, guards_number_owners
from verify_claims.verify.guards_number_owners import other_owner

SUBWORD = "1607.04606"
STEP_QUOTE = ("The step size \u03b30 is set to 0.025 for the skipgram baseline and to 0.05 for "
              "both our model and the cbow baseline.")
# Fresh text: ClaimWords remembers a claim's reading per text, so a planted bug must not meet
# a text verified earlier in the session.
STEP_BOTH = ("Training uses a step size of 0.05 for the model and the cbow baseline, and 0.025 "
             "for the skipgram baseline.")


@pytest.fixture(scope="module")
def subword(redteam7_paper):
    return {SUBWORD: redteam7_paper(SUBWORD)[0]}


def test_a_phrase_for_both_owns_no_number():
    assert other_owner("0.05 for the skipgram baseline", STEP_QUOTE, 0.05) is None
    assert guards_number_owners._pairs(STEP_QUOTE) == [(0.025, "skipgram")]


def test_a_list_of_owners_still_gives_each_number_its_name():
    quote = "positive sentiment (35.9% for DANs, 34.8% for DRecNNs)"
    assert other_owner("The DAN gets 34.8%.", quote, 34.8) == ("DRecNNs", "DANs")
    assert other_owner("The DRecNN gets 34.8%.", quote, 34.8) is None


def test_a_number_for_both_settings_confirms_a_claim_naming_each(subword):
    claim = verify_on(subword, SUBWORD, [STEP_BOTH])[0]
    assert claim.status == Status.confirmed, explained(claim)


def test_planted_bug_a_reader_blind_to_both_withholds_it(subword, monkeypatch):
    monkeypatch.setattr(guards_for_phrases, "SHARED", frozenset())
    monkeypatch.setattr(guards_number_owners, "SHARED", frozenset())
    claim = verify_on(subword, SUBWORD, [STEP_BOTH.replace("Training", "Training also")])[0]
    assert claim.status == Status.unverified
    assert "\u201cboth\u201d" in explained(claim)


@pytest.mark.parametrize("text", [
    "The step size is set to 0.05 for the skipgram baseline.",
    "The step size is set to 0.025 for the cbow baseline.",
])
def test_a_number_of_another_setting_still_supports_nothing(subword, text):
    assert verify_on(subword, SUBWORD, [text])[0].status == Status.unverified
