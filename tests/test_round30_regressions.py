"""Round 30, the integrator's own regressions.

- The mutation benchmark's one wrong verdict left after round 29, on every seed (0 to 3): the
  "sentence only" claim "Such evaluations are performed several times and the results are
  combined only with a novel aggregation function that we call the center of attention"
  (false: Smith 2007, page 3, says "combined with") was confirmed, because the passage's
  sentence before it says "f (restricted to smaller inputs) is evaluated ...": a restriction
  of another sentence was read as the claim's. A passage's word of restriction now counts only
  in its sentence that shares most of the claim's words
  (`guards_unsaid_qualifiers._claims_sentences`).
"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import guards_unsaid_qualifiers
from verify_claims.verify.guards_unsaid_qualifiers import unsaid_qualifier

SMITH = "smith07"
ONLY_WITH = ("Such evaluations are performed several times and the results are combined only "
             "with a novel aggregation function that we call the center of attention.")
AS_PRINTED = ONLY_WITH.replace("combined only with", "combined with")

_parsed = cache(real_paper)


@pytest.fixture(scope="module")
def smith():
    return {SMITH: _parsed(SMITH)}


def test_a_restriction_of_the_sentence_before_restricts_nothing_the_claim_says(smith,
                                                                                monkeypatch):
    status, why = status_of(smith, SMITH, AS_PRINTED)
    assert status == Status.confirmed, why
    status, why = status_of(smith, SMITH, ONLY_WITH)
    assert status == Status.unverified, why
    assert "only" in why
    # Planted bug: the whole passage read for a restriction, as before.
    monkeypatch.setattr(guards_unsaid_qualifiers, "_claims_sentences",
                        lambda claim_text, quote: quote)
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    status, why = status_of(smith, SMITH, ONLY_WITH + " ")
    assert status == Status.confirmed, why
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()


def test_the_restriction_is_read_in_the_sentence_that_says_what_the_claim_does():
    claim = "The model is trained only on English data."
    assert unsaid_qualifier(claim, "Inputs are restricted to 512 tokens. The model is trained "
                                   "on English data.") is not None
    assert unsaid_qualifier(claim, "Inputs are long. The model is trained exclusively on "
                                   "English data.") is None
    # One sentence: read whole, as before.
    assert unsaid_qualifier(claim, "The model, restricted to English, is trained on data.") \
        is None
    # A privation is read anywhere in the passage.
    assert unsaid_qualifier("Members are exempt from the fee.",
                            "Members join in May. They pay no fee.") is None
