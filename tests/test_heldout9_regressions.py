"""Wrong verdicts the ninth blind corpus (tests/real/heldout9: natural claims about three new
papers, round 10) showed on its first run and in the probes after it, each fixed by a general
rule (verify/guards_passage_scope.py) and pinned here on the real page:

- arXiv:1801.07779 p.1: "The WiLI-2018 classes include 17 Uralic languages" confirmed by "it can
  at most represent 17 029 languages", the head group of a number printed with spaces between
  its groups of digits (`guard_spaced_digit_groups`);
- arXiv:1801.07779 p.1: "... the same languages in its training and test sets, so unknown
  languages never have to be predicted" contradicted as a negation of the sentence about the
  same languages, which speaks of the first clause only (`guard_negated_clauses`);
- arXiv:2310.07875 p.1 and Table 3: "SQLite files on GitHub hold 14,919,675 tables totalling
  3.52 TiB" contradicted by the abstract's "627 million tables", while Table 3 prints
  14,919,675 under GitHub / SQLite (`guard_cells_named_by_claim`); found by the first probe:
  "GitHub holds 396,055,027 tables" contradicted by GitTables' "1 million tables" (the same
  rule: the GitHub Total cell prints the number under the claim's name);
- found by the first probe: arXiv:2304.02623 p.3: "Flower and Hayes say text composition needs to
  juggle all the special demands of written English" contradicted as a negation flip of a
  sentence whose only "not" is the hedge "equally (if not more)" (`guard_hedged_negations`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify import guards_passage_scope as scope
from verify_claims.verify.guards_passage_scope import (
    only_hedged_negations,
    spaced_piece,
    unspoken_negated_clause,
)

WILI, TABLIB, SHEN = "1801.07779", "2310.07875", "2304.02623"
CLAIMS = {
    WILI: (
        "The WiLI-2018 classes include 17 Uralic languages.",  # 0: "17 029"
        "ISO 369-3 can represent at most 17 029 languages.",  # 1: the same run, still confirmed
        "WiLI-2018 has exactly the same languages in its training and test sets, so unknown "
        "languages never have to be predicted.",  # 2: "never" in the unspoken clause
        "WiLI-2018 does not have the same languages in the training set as in the test "
        "set.",  # 3: still contradicted
    ),
    TABLIB: (
        "SQLite files on GitHub hold 14,919,675 tables totalling 3.52 TiB.",  # 0: a part's cell
        "GitHub holds 396,055,027 tables.",  # 1: GitTables' "1 million"
        "TabLib is a compilation of 672 million tables.",  # 2: still contradicted
        "TabLib holds 627 million tables.",  # 3: still confirmed
    ),
    SHEN: (
        "Flower and Hayes say text composition needs to juggle all the special demands of "
        "written English.",  # 0: "equally (if not more)"
    ),
}


def _verify(round10_paper, stem: str):
    paper, _ = round10_paper(stem)
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text)
            for text in CLAIMS[stem]]
    return mutations.verify(made, {stem: paper})


@pytest.fixture(scope="module")
def wili(round10_paper):
    return _verify(round10_paper, WILI)


@pytest.fixture(scope="module")
def tablib(round10_paper):
    return _verify(round10_paper, TABLIB)


@pytest.fixture(scope="module")
def shen(round10_paper):
    return _verify(round10_paper, SHEN)


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_a_group_of_a_spaced_number_is_no_number_of_its_own(wili):
    assert wili[0].status == Status.unverified
    assert "spaces between groups" in _explained(wili[0])
    assert wili[1].status == Status.confirmed


def test_a_spaced_piece_is_the_run_a_number_is_only_a_group_of():
    quote = "As ISO 369-3 has 547 reserved combinations, it can at most represent 17 029 languages."
    assert spaced_piece("There are 17 Uralic languages.", quote, "17") == "17 029"
    assert spaced_piece("It represents 17 029 languages.", quote, "17") is None
    assert spaced_piece("It represents 17,029 languages.", quote, "17") is None
    assert spaced_piece("It has 547 combinations.", quote, "547") is None  # printed on its own
    assert spaced_piece("Table 2 has 1 row.", "a 2069 and 78.96 % row", "2069") is None


def test_a_negation_in_a_clause_the_passage_does_not_speak_of_contradicts_nothing(wili):
    assert wili[2].status != Status.contradicted
    assert "clause the passage does not speak of" in _explained(wili[2])
    assert wili[3].status == Status.contradicted
    quote = "Also, WiLI-2018 has exactly the same languages in the training set as in the test set."
    assert unspoken_negated_clause(
        "It has the same languages in both sets, so unknown languages never have to be "
        "predicted.", quote) == "unknown languages never have to be predicted"
    assert unspoken_negated_clause(
        "WiLI-2018 does not have the same languages in the training and test sets.",
        quote) is None


def test_a_passage_number_yields_to_a_cell_printing_the_claimed_number_under_its_words(tablib):
    assert tablib[0].status == Status.unverified
    assert "names what the claim says" in _explained(tablib[0])
    assert tablib[1].status == Status.unverified
    assert tablib[2].status == Status.contradicted
    assert tablib[3].status == Status.confirmed


def test_a_hedging_not_denies_nothing(shen):
    assert shen[0].status != Status.contradicted
    assert "hedge" in _explained(shen[0])
    assert only_hedged_negations("It is equally (if not more) demanding.")
    assert only_hedged_negations("It is not only fast but also exact.")
    assert not only_hedged_negations("It is not demanding, if not more.")
    assert not only_hedged_negations("It is demanding.")


@pytest.mark.parametrize("rule,stem,index", [
    ("guard_spaced_digit_groups", WILI, 0),
    ("guard_negated_clauses", WILI, 2),
    ("guard_cells_named_by_claim", TABLIB, 0),
    ("guard_cells_named_by_claim", TABLIB, 1),
    ("guard_hedged_negations", SHEN, 0),
])
def test_each_rule_is_what_keeps_its_claim_undecided(round10_paper, monkeypatch, rule, stem,
                                                     index):
    """With the rule switched off, the pinned claim gets its old wrong verdict back."""
    monkeypatch.setattr(scope, rule, lambda *args, **kwargs: None)
    paper, _ = round10_paper(stem)
    text = CLAIMS[stem][index]
    made = [mutations.Made(text=text, kind="test", paper=stem, origin=text)]
    assert mutations.verify(made, {stem: paper})[0].status != Status.unverified
