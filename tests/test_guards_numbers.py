"""A sentence confirms a claim only when it prints every number the claim prints
(verify/guards_numbers.py), pinned on the sentence of P14-1059 (tests/real/papers) where the
metamorphic benchmark changed an unpaired number and the claim stayed confirmed."""

from __future__ import annotations

import pytest
from test_mutations_quick import verify_texts

from verify_claims.claims import Check, CheckKind, Evidence, Location, Outcome
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.guards_numbers import guard_unaccounted_numbers, unaccounted_numbers

SENTENCE = ("For observed phrase vector training, accuracy and rank are well above chance for "
            "all constituents (random accuracy 0.00005 for nouns and 0.04 for prepositions, "
            "corresponding median ranks: 10K, 12).")


def _claim(text: str):
    return build_claim("report.md", text, Location(file="report.md", line=1))


def _supported(quote: str) -> Check:
    return Check(kind=CheckKind.source, outcome=Outcome.supported, decisive=True,
                 explanation="matched", evidence=[Evidence(source="ACL:P14-1059", quote=quote)])


def test_a_number_the_passage_does_not_print_undecides_the_support():
    changed = _claim(SENTENCE.replace("10K, 12", "10K, 17"))
    check = _supported(SENTENCE)
    assert unaccounted_numbers(changed, check) == ["17"]
    guard_unaccounted_numbers(changed, [check])
    assert check.outcome == Outcome.no_evidence and not check.decisive
    assert "17" in check.explanation


@pytest.mark.parametrize("text", [
    SENTENCE,
    # Separators, trailing zeros, names with digits and a cited year are no claimed numbers.
    "Random accuracy is 0.040 for prepositions and the median rank 12 (Baroni et al., 2014).",
    "GPT-2 and the L12 model reach a median rank of 12 in CoNLL 2009.",
])
def test_numbers_the_passage_prints_or_names_leave_the_support(text):
    check = _supported(SENTENCE + " GPT-2 and L12 are compared.")
    guard_unaccounted_numbers(_claim(text), [check])
    assert check.outcome == Outcome.supported and check.decisive


def test_a_table_check_is_left_to_the_cell_rules():
    check = _supported("A◦N / N × count: 171")
    check.kind = CheckKind.table
    guard_unaccounted_numbers(_claim("On A, N the count is 171 in 3 settings."), [check])
    assert check.outcome == Outcome.supported




def test_the_verify_stage_leaves_the_changed_number_unconfirmed():
    # Through the engine on the real PDF: the guard is wired into every claim's checks.
    printed, changed = verify_texts("P14-1059", SENTENCE, SENTENCE.replace("10K, 12", "10K, 17"))
    assert printed.status.value == "confirmed"
    assert changed.status.value != "confirmed"


def test_the_amount_of_a_change_does_not_contradict_a_level():
    # P07-1088: "reduces the missing area under the curve by an average of 39%" is a change;
    # Table 2's "0.851 (39%)" under REALM × Average is a level. The change's amount is no
    # evidence against the level, and a wrong amount of the change is still contradicted.
    texts = ("The Average for REALM is 0.851.",
             "REALM reduces the missing area under the curve by an average of 29% relative "
             "to the strongest baseline.")
    level, change = verify_texts("P07-1088", *texts)
    assert level.status.value == "confirmed"
    assert change.status.value == "contradicted"
