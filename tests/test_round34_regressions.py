"""Round 34: three wrong confirmations that benchmarks/mutation_probes.py had kept finding since
round 31, each withheld by a general rule, on the real PDFs of tests/real/papers.

- Sekiyose et al. (alien plants in national parks), page 3: "Randomly placed quadrats were
  rejected if more than 50 percent of the cover was incapable of supporting plant life". The
  mutant "... of their cover could support plant life" was confirmed: the passage negates by a
  privative word ("incapable"), which the polarity reader does not count
  (`guards_privative_words.guard_privative_supports`).
- Head Start Impact Study, page 4: "This imbalance reduces the precision of the impact
  estimates by less than two percent (compared to a balanced 50-50 design)". The mutant "The
  balanced assignment reduces ..." was confirmed: the passage's one "balanced" was matched by
  both of the claim's (`guards_prefixed_opposites`).
- Dutot et al. (bicriteria scheduling), page 7: "the performance ratio for the minsum criterion
  is never more than 2.5". The mutant "... is not never more than 2.5" was confirmed: two
  negations in a row read as one (`guards_stacked_negations`).
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Paper, Status
from verify_claims.verify import guard_chain
from verify_claims.verify.guards_prefixed_opposites import prefixed_opposite
from verify_claims.verify.guards_privative_words import privative_predicate
from verify_claims.verify.guards_stacked_negations import stacked_negation

ALIEN, HEADSTART, DUTOT = "alien_plants_sekiyose", "headstart_hsis10", "dutot_bicriteria"


@cache
def _papers() -> dict[str, Paper]:
    return {stem: real_paper(stem) for stem in (ALIEN, HEADSTART, DUTOT)}


@pytest.mark.parametrize(("stem", "true", "mutant", "guard"), [
    (ALIEN, "Quadrats were rejected if more than 50 percent of their cover could not support "
            "plant life.",
     "Quadrats were rejected if more than 50 percent of their cover could support plant life.",
     "guard_privative_supports"),
    (HEADSTART, "The unbalanced assignment reduces the precision of the impact estimates by less "
                "than two percent compared with a balanced 50-50 design.",
     "The balanced assignment reduces the precision of the impact estimates by less than two "
     "percent compared with a balanced 50-50 design.", "guard_prefixed_opposites"),
    (DUTOT, "The performance ratio for the minsum criterion is never more than 2.5, and is on "
            "average around 2.",
     "The performance ratio for the minsum criterion is not never more than 2.5, and is on "
     "average around 2.", "guard_stacked_negations"),
])
def test_a_mutant_saying_the_opposite_is_not_confirmed(stem, true, mutant, guard, monkeypatch):
    papers = _papers()
    status, why = status_of(papers, stem, true)
    # the true claim stays as it was (Sekiyose's is unverified: no rule reads "incapable of"
    # as "could not" for a confirmation)
    assert status == (Status.unverified if stem == ALIEN else Status.confirmed), why
    status, why = status_of(papers, stem, mutant)
    assert status != Status.confirmed, why
    # planted: without the guard, the mutant is confirmed again
    monkeypatch.setattr(guard_chain, guard, lambda *args: None)
    status, why = status_of(papers, stem, mutant)
    assert status == Status.confirmed, why


@pytest.mark.parametrize(("claim", "quote", "expected"), [
    ("The balanced assignment reduces precision compared with a balanced design.",
     "This imbalance reduces precision (compared to a balanced design).",
     ("balan", "imbalance")),
    # the claim prints the negated form itself: nothing stands opposite
    ("The unbalanced assignment reduces precision compared with a balanced design.",
     "This imbalance reduces precision (compared to a balanced design).", None),
    # the claim's negated form hyphenated, the passage's closed up (RNA motif paper, p. 2)
    ("The searches were conducted across 550 RNA molecules from a non-redundant list.",
     "The searches used a nonredundant list of 550 RNA molecules.", None),
    # as often in the claim as in the passage
    ("A balanced design.", "An imbalanced design beside a balanced design.", None),
    # a prefixed word that is a word of the claim's own
    ("The information formation rate grows with formation depth.",
     "The information formation rate grows.", None),
])
def test_prefixed_opposite(claim, quote, expected):
    assert prefixed_opposite(claim, quote) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ratio is not never more than 2.5.", "not never"),
    ("It isn't never the case.", "n't never"),
    ("The gain is not without cost.", "not without"),
    ("The ratio is never more than 2.5.", None),
    ("No gain, not even on TyDiQA.", None),
])
def test_stacked_negation(text, expected):
    assert stacked_negation(text) == expected


@given(st.lists(st.sampled_from(["the", "model", "gains", "never", "no", "not", "without",
                                 "ratio", "is", "more", "than"]), max_size=12))
def test_a_stack_is_two_negators_in_a_row(words):
    found = stacked_negation(" ".join(words))
    negators = {"never", "no", "not", "without"}
    in_a_row = any(first in {"not", "never"} and second in negators
                   for first, second in zip(words, words[1:], strict=False))
    assert (found is not None) == in_a_row


@pytest.mark.parametrize(("quote", "claim", "expected"), [
    # the probe's passage: "incapable" governs "supporting", a word the claim states
    ("Randomly placed quadrats were rejected if more than 50 percent of the cover was "
     "incapable of supporting plant life.",
     "Quadrats were rejected if more than 50 percent of their cover could support plant life.",
     "incapable"),
    # a verb of lack governs its object
    ("The parser lacks support for crossing arcs in the treebank.",
     "The parser gives support for crossing arcs in the treebank.", "lacks"),
    # the claim's word with a negating prefix
    ("Training was unstable for the deeper encoder models.",
     "Training was stable for the deeper encoder models.", "unstable"),
    # an adjective before a noun governs no word of the claim's (alien probe, kept confirmed)
    ("Plots in undisturbed vegetation held 12 alien species across the sampled parks.",
     "Plots held 12 alien species in the vegetation of the sampled parks.", None),
    # a privative clause about something else than the claim's predicate
    ("All the summarizers fail to generate long summaries of the news articles.",
     "All the summarizers produce fluent summaries of the news articles.", None),
    ("Judges evaluated each extraction as correct or incorrect by majority.",
     "Judges evaluated each extraction by majority.", None),
])
def test_privative_predicate_needs_the_claims_own_word(quote, claim, expected):
    assert privative_predicate(quote, claim) == expected
