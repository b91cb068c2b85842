"""Wrong verdicts the tenth blind corpus (tests/real/heldout10: natural claims about three new
papers, round 11) showed on its first run, each fixed by a general rule and pinned here on the
real page:

- arXiv:2107.07170 p.1 (the fixture's only page, page 2 of the paper): "Prompt-based models have
  been shown to be sensitive to the choice of prompts, training settings and hyperparameters"
  contradicted as a negation flip of "However, adapting task formats ... is not
  straightforward; such models have been shown to be sensitive to varying choices of the
  prompt/demonstrations, training settings, hyperparameters, and learning algorithms ...",
  whose "not" stands in the clause before the semicolon, while every word the claim shares
  with the sentence is in the clause after it (`negation_scope.negation_reaches_clause`).
"""

from __future__ import annotations

from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Location, Sentence, Status
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify import negation_scope
from verify_claims.verify.negation_scope import negation_reaches_clause

FLEX = "2107.07170"
CLAIMS = (
    "Prompt-based models have been shown to be sensitive to the choice of prompts, training "
    "settings and hyperparameters.",  # 0: the "not" is in the clause before the semicolon
)
PAGE_TEXT = ("However, adapting task formats to the underlying (masked) language modeling "
             "objectives is not straightforward; such models have been shown to be sensitive to "
             "varying choices of the prompt/demonstrations, training settings, hyperparameters, "
             "and learning algorithms [33, 50, 78], often requiring large held out sets and/or "
             "complex methods to overcomes such challenges.")


def _verify(round11_paper):
    paper, _ = round11_paper(FLEX)
    made = [mutations.Made(text=text, kind="test", paper=FLEX, origin=text) for text in CLAIMS]
    return mutations.verify(made, {FLEX: paper})


def test_a_negation_in_another_clause_does_not_contradict_the_claim(round11_paper):
    verdicts = _verify(round11_paper)
    assert verdicts[0].status != Status.contradicted


def test_the_rule_is_what_keeps_the_contradiction_away(round11_paper, monkeypatch):
    """With the clause rule disabled, the page contradicts the claim again: the test above pins
    the rule, not some other reading."""
    monkeypatch.setattr(negation_scope, "negation_reaches_clause", lambda claim, sentence: True)
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
