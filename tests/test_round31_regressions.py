"""Round 31 regressions: two "only" mutants of the probes' true claims
(benchmarks/mutation_probes.py) confirmed by a passage whose own "only" restricts another
thing.

- "The Boehm system was introduced only by Klosé in the middle of the 19th century" (false:
  the clarinet paper says it was introduced by Klosé, not that he alone did) was confirmed by
  the introduction's "... for clarinets the only radical change ...";
- "The second dataset is scaled to .5 times the first dataset only in the initial fit" (false:
  Mullen's TIMP paper says nothing of a restriction to the initial fit) was confirmed by
  "Therefore modeldiffs only specifies that the second dataset is scaled to .5 times the first
  dataset": the "only" restricts what the model differences specify.

Both are withheld now: a passage's word of restriction says the claim's only when it prints,
within eight words either side, a term of what the claim's restricts (the rest of the claim's
stretch after its "only", or the stretch before it when nothing follows:
`guards_unsaid_qualifiers.restricted_terms`, `_restricts_near`). It only withholds.

A prefix-flip mutant: "An output box is considered incorrect if the overlap score exceeds
0.80" (false) was confirmed by "If the overlap score exceeds 0.80, we consider the output box
to be correct, otherwise it is marked as incorrect" (Clark and Divvala 2015, page 5): the claim
gives the "otherwise" branch's word to the first branch's condition
(`verify/guards_otherwise_branches.py`).

"""

from __future__ import annotations

from functools import cache

import pytest
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import guard_chain, guards_unsaid_qualifiers
from verify_claims.verify.guards_otherwise_branches import otherwise_word
from verify_claims.verify.guards_unsaid_qualifiers import unsaid_qualifier

CLARINET, MULLEN, CLARK = "clarinet_acustica13", "mullen_jss", "clark_divvala15"
KLOSE = "The Boehm system was introduced by Klosé in the middle of the 19th century."
KLOSE_ONLY = KLOSE.replace("introduced by", "introduced only by")
SCALED = "The second dataset is scaled to .5 times the first dataset in the initial fit."
SCALED_ONLY = SCALED.replace("dataset in the", "dataset only in the")

_parsed = cache(real_paper)


@pytest.fixture(scope="module")
def papers():
    return {CLARINET: _parsed(CLARINET), MULLEN: _parsed(MULLEN), CLARK: _parsed(CLARK)}


@pytest.mark.parametrize(("stem", "true", "mutant"), [(CLARINET, KLOSE, KLOSE_ONLY),
                                                      (MULLEN, SCALED, SCALED_ONLY)])
def test_an_only_restricting_another_thing_says_no_restriction(papers, monkeypatch, stem, true,
                                                               mutant):
    status, why = status_of(papers, stem, true)
    assert status == Status.confirmed, why
    status, why = status_of(papers, stem, mutant)
    assert status == Status.unverified, why
    assert "only" in why
    # Planted bug: any restriction of the passage's stretch says the claim's, as before.
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricts_near", lambda terms, text: True)
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    status, why = status_of(papers, stem, mutant + " ")
    assert status == Status.confirmed, why
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()


def test_the_restriction_must_stand_near_what_the_claim_restricts():
    claim = "The model is trained only on English data."
    assert unsaid_qualifier(claim, "We train the model on English data only.") is None
    assert unsaid_qualifier(claim, "The model is trained exclusively on English data.") is None
    assert unsaid_qualifier(claim, "The model, which only the first author trained for a "
                                   "week on a single machine, is trained on English "
                                   "data.") is not None
    # What the claim restricts is the stretch before its "only" when nothing follows it.
    assert unsaid_qualifier("The model is trained on English data only.",
                            "The model is trained solely on English data.") is None


CORRECT = "An output box is considered correct if the overlap score exceeds 0.80."


def test_a_word_of_the_otherwise_branch_is_not_the_first_branchs(papers, monkeypatch):
    status, why = status_of(papers, CLARK, CORRECT)
    assert status == Status.confirmed, why
    mutant = CORRECT.replace("correct", "incorrect")
    status, why = status_of(papers, CLARK, mutant)
    assert status == Status.unverified, why
    assert "otherwise" in why
    monkeypatch.setattr(guard_chain, "guard_otherwise_branches", lambda *args: None)
    status, why = status_of(papers, CLARK, mutant + " ")
    assert status == Status.confirmed, why


def test_otherwise_word_reads_the_two_branches():
    quote = ("If the overlap score exceeds 0.80, we consider the output box to be correct, "
             "otherwise it is marked as incorrect.")
    assert otherwise_word("An output box is considered incorrect if the overlap score "
                          "exceeds 0.80.", quote) == "incorrect"
    assert otherwise_word(CORRECT, quote) is None
    # A claim with a negation may speak of the second branch in its own words.
    assert otherwise_word("An output box whose overlap score does not exceed 0.80 is marked "
                          "as incorrect.", quote) is None
    assert otherwise_word(CORRECT, quote.replace("otherwise", "and")) is None

