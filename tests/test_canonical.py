"""Grouping the same claim across reports (extract.canonical)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from verify_claims.claims import Location
from verify_claims.extract.canonical import assign_canonical_ids, cut_similarity
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.files import extract_file

SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "seeds").glob("*.txt"))


def claim(text: str, report: str = "a.txt", truncated: bool = False):
    return build_claim(report, text, Location(file=report), truncated=truncated)


def test_claims_cut_at_different_points_are_one_claim():
    a = claim("We use the pretrained XLM-R Large model (Conneau et al., 2020) as a starting "
              "point for all our experiments, as it curren", "a.txt", truncated=True)
    b = claim("We use the pretrained XLM-R Large model as a starting point for all our "
              "experiments, as it currently achieves state-of-t", "b.txt", truncated=True)
    c = claim("We use the pretrained XLM-R Large model as a starting point for all our "
              "experiments, as it currently achieves state-of-the-art results.", "c.txt")
    assign_canonical_ids([a, b, c])
    assert a.canonical_id == b.canonical_id == c.canonical_id


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Same template, different task and number: the classic false merge.
        ("Intermediate-task training on SQuAD yields a target-task improvement of 8.2 points "
         "on the development set.",
         "Intermediate-task training on MNLI yields a target-task improvement of 7.5 points "
         "on the development set."),
        # Same task, one digit changed.
        ("Evaluating the best models on XTREME yields an average improvement of 5.4 points.",
         "Evaluating the best models on XTREME yields an average improvement of 5.9 points."),
        # Same number, different dataset.
        ("The MNLI intermediate task contains 392,702 training examples.",
         "The QQP intermediate task contains 392,702 training examples."),
        # A short claim that is a substring of a longer, different one.
        ("XNLI does not see benefits from intermediate training.",
         "TyDiQA shows consistent improvements with many intermediate tasks, whereas XNLI does "
         "not see benefits from intermediate"),
    ],
)
def test_different_claims_stay_apart(first, second):
    a, b = claim(first, "a.txt"), claim(second, "b.txt", truncated=len(second) >= 118)
    assign_canonical_ids([a, b])
    assert a.canonical_id != b.canonical_id


def test_a_number_cut_by_truncation_does_not_block_the_match():
    a = claim("Evaluating our best performing models for each target task on the XTREME "
              "benchmark yields an average improvement of 5.4", "a.txt", truncated=True)
    b = claim("Evaluating our best performing models for each target task on the XTREME "
              "benchmark yields an average improvement of 5.4 points.", "b.txt")
    assign_canonical_ids([a, b])
    assert a.canonical_id == b.canonical_id


def test_cut_similarity_ignores_what_the_cut_text_never_printed():
    full = "abcdefghij klmnopqrst"
    score, _, _ = cut_similarity(full[:12], full, True, False)
    assert score == 1.0
    assert cut_similarity(full[:12], full, False, False)[0] < 0.8


def test_canonical_ids_do_not_depend_on_order():
    texts = ["SQuAD improves XNLI by 8.2 points.", "SQuAD improves XNLI by 8.2 points",
             "MNLI improves XNLI by 7.5 points.", "HellaSwag improves PAWS-X by 7.0 points."]
    first = [claim(text, f"{i}.txt") for i, text in enumerate(texts)]
    assign_canonical_ids(first)
    shuffled = [claim(text, f"{i}.txt") for i, text in enumerate(texts)]
    random.Random(7).shuffle(shuffled)
    assign_canonical_ids(shuffled)
    by_id = {c.id: c.canonical_id for c in shuffled}
    assert [c.canonical_id for c in first] == [by_id[c.id] for c in first]


@pytest.mark.skipif(len(SEEDS) != 5, reason="the five seed reports live in ../shared/seeds")
def test_seed_groups():
    """The seeds share most rows; the five reports hold 58 rows but far fewer distinct claims."""
    claims = [c for path in SEEDS for c in extract_file(path).claims]
    groups = assign_canonical_ids(claims)
    sizes = sorted((len(members) for members in groups.values()), reverse=True)
    # "Multi-task ... 8.7 points" and "Evaluating ... 5.4" appear in all five reports; the
    # other shared rows of reports 001-004 (including 003's variant with a citation) in four.
    assert sizes[:2] == [5, 5]
    assert sizes.count(4) == 7
    by_text = {c.text: c.canonical_id for c in claims}
    squad = next(t for t in by_text if t.startswith("Intermediate-task training on SQuAD yields"))
    mnli = next(t for t in by_text if t.startswith("Intermediate-task training on MNLI yields"))
    assert by_text[squad] != by_text[mnli]
    # 21 rows of report 000 (two shared with all), 9 groups of 001-004, 001's own extra row.
    assert len(groups) == 29
