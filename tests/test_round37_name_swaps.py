"""Round 37's name swaps (benchmarks/mutation_names.py): a true probe claim with one table row
label replaced by another row label of the same table, whose cells print none of the claim's
numbers. On the first run 5 of 184 such mutants were confirmed; the two about the CDC's
housing report (MMWR 2011, tests/real/papers/mmwr_housing11.pdf, page 1 and Table 1) gave a
sentence's number to another row than the claim's (verify/guards_subject_labels.py), and the
one about the ACE inhibitor paper took the reference side's number of "compared with"
(verify/guards_reference_sides.py)."""

from __future__ import annotations

import random
import sys
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import guards_reference_sides, guards_subject_labels
from verify_claims.verify.guards_reference_sides import reference_owner
from verify_claims.verify.guards_subject_labels import other_rows_before

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from mutation_names import label_groups, swapped_name  # noqa: E402

_paper = cache(real_paper)

TRUE_AND_SWAPPED = [
    ("Female householders were 1.1 times more likely to occupy inadequate housing units than "
     "male householders.",
     "White, non-Hispanic householders were 1.1 times more likely to occupy inadequate housing "
     "units than male householders."),
    ("In the 2009 survey, Hispanic female householders (7.4%) were significantly less likely "
     "than Hispanic male householders (8.1%) to live in inadequate housing.",
     "In the 2009 survey, Less than high school female householders (7.4%) were significantly "
     "less likely than Hispanic male householders (8.1%) to live in inadequate housing."),
]


def _status(text: str):
    return status_of({"housing": _paper("mmwr_housing11")}, "housing", text)


def test_a_number_said_of_another_row_is_no_support(monkeypatch):
    for true, swapped in TRUE_AND_SWAPPED:
        assert _status(true)[0] == Status.confirmed, true
        status, why = _status(swapped)
        assert status != Status.confirmed, why
    monkeypatch.setattr(guards_subject_labels, "subject_labels_guarded", False)
    assert [_status(swapped)[0] for _, swapped in TRUE_AND_SWAPPED] == [Status.confirmed] * 2


def test_rows_named_before_the_number():
    groups = [frozenset({"Male", "Female", "Hispanic", "White, non-Hispanic"})]
    claim = "White, non-Hispanic householders were 1.1 times more likely than male ones."
    sentence = "Female householders were 1.1 times more likely than male householders."
    assert other_rows_before(claim, claim.index("1.1"), sentence, sentence.index("1.1"),
                             groups) == ("White, non-Hispanic", "Female")
    # the same row on both sides, or no row named before the number in the sentence: nothing
    same = "White, non-Hispanic householders were 1.1 times as likely."
    assert other_rows_before(claim, claim.index("1.1"), same, same.index("1.1"), groups) is None
    bare = "They were 1.1 times more likely (Female householders)."
    assert other_rows_before(claim, claim.index("1.1"), bare, bare.index("1.1"), groups) is None


def test_name_swaps_are_made_from_the_tables():
    groups = label_groups(_paper("mmwr_housing11"))
    assert any({"Male", "Female"} <= set(group) for group in groups)
    true = TRUE_AND_SWAPPED[0][0]
    made = {swapped_name(random.Random(seed), true, groups) for seed in range(20)}
    made.discard(None)
    assert made and all("1.1 times" in text and text != true for text in made)
    assert swapped_name(random.Random(0), "The report has no row label at all, 12 times.",
                        groups) is None


# --- the reference side of "compared with" (verify/guards_reference_sides.py) ----------------

ACE_TRUE = "Compound 33RE was 927-fold more selective for the N-domain than the C-domain."
ACE_SWAPPED = "Compound 33RE was 927-fold more selective for the YR/FE than the C-domain."


def _ace(text: str):
    return status_of({"ace": _paper("ace_clinsci14")}, "ace", text)


def test_a_reference_sides_number_is_not_the_subjects(monkeypatch):
    assert _ace(ACE_TRUE)[0] == Status.confirmed  # from the abstract
    status, why = _ace(ACE_SWAPPED)
    assert status != Status.confirmed, why
    assert "wild-type" in why
    monkeypatch.setattr(guards_reference_sides, "reference_sides_guarded", False)
    assert _ace(ACE_SWAPPED)[0] == Status.confirmed  # the planted bug: the wild type's number


@given(st.sampled_from(["wild-type", "the baseline", "MCNN", "random initialisation"]),
       st.sampled_from(["compared with", "compared to", "versus", "relative to"]),
       st.floats(1.0, 999.0))
def test_the_owner_after_the_reference_number(owner, marker, value):
    number = f"{value:.1f}"
    sentence = f"The mutant reached {1.5} {marker} {number} for {owner}."
    start = sentence.index(number, sentence.index(marker))
    end = start + len(number)
    claim_without = f"The mutant reached {number}."
    assert reference_owner(claim_without, sentence, start, end) == owner.removeprefix("the ")
    claim_with = f"{owner.capitalize()} reached {number}."
    assert reference_owner(claim_with, sentence, start, end) is None
    first = sentence.index("1.5")  # the subject's own number is on no reference side
    assert reference_owner(claim_without, sentence, first, first + 3) is None


def test_numbers_the_reader_takes_for_no_quantity_tie_rows_too(monkeypatch):
    """The p-values of an APA abstract (Mausbach et al. 2012, page 1): "Time (p < .001) ..."
    is no support for the same said of "Leisure satisfaction", another row of Table 2."""
    papers = {"apa": _paper("caregivers_healthpsych12")}
    true = ("Time (p < .001) and the number of years caregiving (p = .027) were significant "
            "predictors of FMD.")
    swapped = true.replace("Time", "Leisure satisfaction")
    assert status_of(papers, "apa", true)[0] == Status.confirmed
    status, why = status_of(papers, "apa", swapped)
    assert status != Status.confirmed and "Leisure satisfaction" in why, why
    monkeypatch.setattr(guards_subject_labels, "_printed_pairs", lambda *_: [])
    assert status_of(papers, "apa", swapped)[0] == Status.confirmed  # planted: quantities only
