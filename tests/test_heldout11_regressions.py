"""Wrong verdicts the eleventh blind corpus (tests/real/heldout11: natural claims about three new
papers, round 12) showed, each fixed by a general rule and pinned here on the real page. Its
first run gave none; a probe of the same papers (claims labelled before running, not committed)
found one:

- arXiv:0807.3577 p.9: "Realistically evolving models of voids and superclusters have a negative
  volume deceleration parameter" confirmed by "Now let us examine the volume deceleration
  parameter within models of cosmic voids and superclusters." and its neighbouring sentence
  about "realistically evolving cosmic structures", neither of which gives a sign (the page
  says the parameter "is positive") (`guards_signs.guard_unsaid_signs`);
- found by the second probe: arXiv:0807.3577 p.9: "In model 5a the deceleration parameter is
  negative" confirmed by "As above, we can modify our models in such a way that the volume
  deceleration parameter is negative, ...", a sentence about other models, while the page says
  of model 5a that the parameter "is positive (curve 5a)"
  (`guards_item_labels.guard_unsaid_item_labels`).
"""

from __future__ import annotations

from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import guard_chain
from verify_claims.verify.guards_item_labels import item_labels, prints_label
from verify_claims.verify.guards_signs import claimed_signs, prints_sign

LT = "0807.3577"
CLAIMS = (
    "Realistically evolving models of voids and superclusters have a negative volume "
    "deceleration parameter.",  # 0: the page introduces the parameter, gives no sign there
    "In model 5a the deceleration parameter is negative.",  # 1: a sentence of other models
)


def _verify(round12_paper, stem: str = LT, claims: tuple[str, ...] = CLAIMS):
    paper, _ = round12_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text) for text in claims]
    return mutations.verify(made, {stem: paper})


def test_a_passage_that_gives_no_sign_does_not_support_a_claimed_sign(round12_paper):
    verdicts = _verify(round12_paper)
    assert verdicts[0].status != Status.confirmed
    assert "the sign the claim asserts" in " ".join(
        check.explanation for check in verdicts[0].checks)


def test_the_sign_rule_is_what_keeps_the_confirmation_away(round12_paper, monkeypatch):
    """With the sign rule disabled, the page confirms the claim again: the test above pins the
    rule, not some other reading."""
    monkeypatch.setattr(guard_chain, "guard_unsaid_signs", lambda claim, checks: None)
    # round 26's sibling qualifiers (probe26b) withhold it too: off.
    monkeypatch.setattr(guard_chain, "guard_sibling_qualifiers", lambda *args: None)
    assert _verify(round12_paper)[0].status == Status.confirmed


def test_claimed_and_printed_signs():
    assert claimed_signs("The parameter is negative.") == {"negative"}
    assert claimed_signs("It correlates positively with size.") == {"positive"}
    assert claimed_signs("The classifier makes many false negatives.") == set()
    assert prints_sign("we find that q vol > 0", "positive")
    assert prints_sign("models which exhibit q vol < 0", "negative")
    assert not prints_sign("q vol < 0.5", "negative")
    assert not prints_sign("the volume deceleration parameter", "negative")


def test_a_passage_that_does_not_name_the_claimed_item_does_not_support_it(round12_paper):
    verdicts = _verify(round12_paper)
    assert verdicts[1].status != Status.confirmed
    assert "the item the claim speaks of" in " ".join(
        check.explanation for check in verdicts[1].checks)


def test_the_item_label_rule_is_what_keeps_the_confirmation_away(round12_paper, monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_item_labels",
                        lambda claim, checks: None)
    assert _verify(round12_paper)[1].status == Status.confirmed


def test_item_labels():
    assert item_labels("In model 5a the parameter is negative.") == ["5a"]
    assert item_labels("Cases 2b and 3 differ.") == ["2b"]
    assert item_labels("Model 8 is unrealistic; 10-fold runs agree.") == []
    assert prints_label("the deceleration parameter is positive (curve 5a)", "5a")
    assert not prints_label("we can modify our models", "5a")
    assert not prints_label("a value of 15a", "5a")
