"""Wrong verdicts the tenth blind corpus (tests/real/heldout10: natural claims about three new
papers, round 11) showed on its first run, each fixed by a general rule and pinned here on the
real page:

- arXiv:2107.07170 p.1 (the fixture's only page, page 2 of the paper): "Prompt-based models have
  been shown to be sensitive to the choice of prompts, training settings and hyperparameters"
  contradicted as a negation flip of "However, adapting task formats ... is not
  straightforward; such models have been shown to be sensitive to varying choices of the
  prompt/demonstrations, training settings, hyperparameters, and learning algorithms ...",
  whose "not" stands in the clause before the semicolon, while every word the claim shares
  with the sentence is in the clause after it (`negation_scope.negation_reaches_clause`);
- found by the first probe (verify/guards_predicates.py): arXiv:0908.0054 abstract: "The effect
  of Bose-Einstein statistics on the CMB is large" confirmed by "... the effect of the
  Bose-Einstein statistics is small albeit perceptible", and arXiv:2107.07170: "Adapting task
  formats to masked language modeling objectives is straightforward" confirmed by a sentence
  about adapting formats to the pretraining objective that says nothing of how easy it is
  (`guard_unsaid_predicates`); arXiv:0908.0054 p.1: "The scalar field dark matter mass is
  assumed to be about 10^-22 eV" contradicted by "(∼ 10 eV)", the page's superscript -22 lost
  from the text line (`guard_lost_exponents`);
- found by the second probe (verify/guards_turned_sides.py): arXiv:1906.08632 p.1: "Increasing
  network size impedes the ability of networks to generalise well" and "Statistical learning
  theory suggests that heavily over-parameterised networks generalise well without
  regularisation" confirmed by the sentence "... generalise poorly without further
  regularisation, yet empirical studies consistently find that increasing the size of networks
  ... does not impede their ability to generalise well ...", each claim's words on one side of
  the "yet", whose negation or judgement differs from the claim's (`guard_turned_sides`).
"""

from __future__ import annotations

from planted_patterns import round30_guards_off, round31_guards_off
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Location, Sentence, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import (
    guard_chain,
    guards_negated_words,
    guards_predicates,
    guards_turned_sides,
    negation_scope,
    sentence_reading,
)
from verify_claims.verify.guards_predicates import claimed_predicate
from verify_claims.verify.negation_scope import negation_reaches_clause

FLEX = "2107.07170"
ULBDM = "0908.0054"
SGD = "1906.08632"
SGD_CLAIMS = (
    "Increasing network size impedes the ability of networks to generalise well.",  # 0
    "Statistical learning theory suggests that heavily over-parameterised networks generalise "
    "well without regularisation.",  # 1
    "Increasing network size does not impede the ability of networks to generalise well.",  # 2
)
CLAIMS = (
    "Prompt-based models have been shown to be sensitive to the choice of prompts, training "
    "settings and hyperparameters.",  # 0: the "not" is in the clause before the semicolon
    "Adapting task formats to masked language modeling objectives is straightforward.",  # 1
)
ULBDM_CLAIMS = (
    "The effect of Bose-Einstein statistics on the CMB is large.",  # 0: "is small" printed
    "The scalar field dark matter mass is assumed to be about 10^-22 eV.",  # 1: "10 eV" read
    "The effect of Bose-Einstein statistics on the CMB is small but perceptible.",  # 2: kept
)
PAGE_TEXT = ("However, adapting task formats to the underlying (masked) language modeling "
             "objectives is not straightforward; such models have been shown to be sensitive to "
             "varying choices of the prompt/demonstrations, training settings, hyperparameters, "
             "and learning algorithms [33, 50, 78], often requiring large held out sets and/or "
             "complex methods to overcomes such challenges.")


def _verify(round11_paper, stem: str = FLEX, claims: tuple[str, ...] = CLAIMS):
    paper, _ = round11_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text) for text in claims]
    return mutations.verify(made, {stem: paper})


def test_a_negation_in_another_clause_does_not_contradict_the_claim(round11_paper):
    verdicts = _verify(round11_paper)
    assert verdicts[0].status != Status.contradicted


def test_the_rule_is_what_keeps_the_contradiction_away(round11_paper, monkeypatch):
    """With the clause rule disabled, the page contradicts the claim again: the test above pins
    the rule, not some other reading."""
    monkeypatch.setattr(negation_scope, "negation_reaches_clause", lambda claim, sentence: True)
    round31_guards_off(monkeypatch)  # a "not" of the other half of a "but" withholds it too
    verdicts = _verify(round11_paper)
    assert verdicts[0].status == Status.contradicted


def _claim(text: str):
    return build_claim("r.md", text, Location(file="r.md", line=1), references=[])


def test_the_negated_clause_still_reaches_a_claim_about_it():
    sentence = Sentence(text=PAGE_TEXT, page=1, quantities=parse_quantities(PAGE_TEXT))
    assert not negation_reaches_clause(_claim(CLAIMS[0]), sentence)
    about_first = _claim("Adapting task formats to masked language modeling objectives is "
                         "straightforward.")
    assert negation_reaches_clause(about_first, sentence)
    single = "Such models are not sensitive to the prompt."
    one_clause = Sentence(text=single, page=1, quantities=parse_quantities(single))
    assert negation_reaches_clause(_claim("Such models are sensitive to the prompt."), one_clause)


def test_a_passage_that_does_not_print_the_claimed_predicate_does_not_support_it(round11_paper):
    flex = _verify(round11_paper)
    assert flex[1].status != Status.confirmed
    ulbdm = _verify(round11_paper, ULBDM, ULBDM_CLAIMS)
    assert ulbdm[0].status != Status.confirmed
    assert "what the claim asserts" in " ".join(check.explanation for check in ulbdm[0].checks)
    assert ulbdm[2].status == Status.confirmed  # no copula at the end: not this rule's


def test_the_predicate_rule_is_what_keeps_the_confirmations_away(round11_paper, monkeypatch):
    monkeypatch.setattr(guards_predicates, "guard_unsaid_predicates", lambda claim, checks: None)
    # round 19's nearby negation ("... is not straightforward" next to the passage) withholds
    # the "straightforward" confirmation too: switched off, so this test pins the predicate rule
    monkeypatch.setattr(guards_negated_words, "negated_nearby", lambda *args: None)
    assert _verify(round11_paper)[1].status == Status.confirmed
    assert _verify(round11_paper, ULBDM, ULBDM_CLAIMS)[0].status == Status.confirmed


def test_a_power_of_ten_is_not_contradicted_by_its_base_alone(round11_paper, monkeypatch):
    ulbdm = _verify(round11_paper, ULBDM, ULBDM_CLAIMS)
    assert ulbdm[1].status != Status.contradicted
    assert "power of ten" in " ".join(check.explanation for check in ulbdm[1].checks)
    monkeypatch.setattr(guards_predicates, "guard_lost_exponents", lambda claim, checks: None)
    assert _verify(round11_paper, ULBDM, ULBDM_CLAIMS)[1].status == Status.contradicted


def test_claimed_predicates():
    assert claimed_predicate("The effect is large.") == "large"
    assert claimed_predicate("Adapting formats is not straightforward.") == "straightforward"
    assert claimed_predicate("The models were trained.") is None  # a passive's participle
    assert claimed_predicate("The effect is small but perceptible.") is None


def test_the_side_of_a_contrast_that_holds_the_claim_is_read_for_its_own_polarity(
        round11_paper):
    verdicts = _verify(round11_paper, SGD, SGD_CLAIMS)
    assert verdicts[0].status != Status.confirmed
    assert verdicts[1].status != Status.confirmed
    assert "side of a contrast" in " ".join(check.explanation for check in verdicts[1].checks)
    assert verdicts[2].status == Status.confirmed  # the side says what the claim says


def test_the_contrast_rule_is_what_keeps_the_confirmations_away(round11_paper, monkeypatch):
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    monkeypatch.setattr(guards_turned_sides, "side_disagrees", lambda claim, quote: None)
    # Round 17's verify/unread_negations.py withholds the first claim too (the "not" stands
    # among the words the sentence shares with it): switched off to see the rule's work alone.
    monkeypatch.setattr(sentence_reading, "unread_negation", lambda *args: False)
    # Round 27's splice rule withholds one of them too: switched off as well.
    monkeypatch.setattr(guard_chain, "guard_spliced_clauses", lambda *args: None)
    verdicts = _verify(round11_paper, SGD, SGD_CLAIMS)
    assert verdicts[0].status == Status.confirmed
    assert verdicts[1].status == Status.confirmed
