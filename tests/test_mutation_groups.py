"""The mutation benchmark's "cell other group" kind (benchmarks/mutation_groups.py) and the
wrong verdicts it found, pinned on the real page:

- dyer12 Table 2 (p.7): BLEU-4 per feature set ("+shape", "+ng", ...) and training set under the
  numbered algorithms "2", "3", "4", which the caption defines ("algorithms 1 (SGD), 2
  (MixSGD), ..."). A claim that copies the caption says "2" as well as its own row's "3", and
  was confirmed by algorithm 2's cell (verify/guards_twins.py).

The true claims of the same cells, worded without the second number, are asked too, so a guard
that blocks every cell lookup fails here.
"""

from __future__ import annotations

import random

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status

C, X, U = Status.confirmed, Status.contradicted, Status.unverified
CAPTION = "According to Table 2 (BLEU-4 results for algorithms 1 (SGD), 2 (MixSGD),)"


@pytest.fixture(scope="module")
def dyer12():
    return mutations.parse_papers(["dyer12"])["dyer12"]


def _verified(paper, *texts: str):
    return mutations.verify_texts(paper, *texts, stem="dyer12")


def test_a_claim_naming_two_numbered_groups_is_not_confirmed_by_the_other_groups_cell(dyer12):
    wrong, right = _verified(
        dyer12, f"{CAPTION}, the test-nc of +shape (3, train-nc) is 27.91.",  # algorithm 2's
        f"{CAPTION}, the test-nc of +shape (3, train-nc) is 28.31.")  # its own: undecidable too
    assert wrong.status == U and right.status == U
    explained = " ".join(check.explanation for check in wrong.checks)
    assert "prints the numbered labels of two cells" in explained


def test_the_same_cells_without_the_second_group_are_decided(dyer12):
    statuses = [claim.status for claim in _verified(
        dyer12, "On +shape (3, train-nc), test-nc is 28.31.",
        "On +shape (3, train-nc), test-nc is 27.91.")]
    assert statuses == [C, X]


def test_group_claims_are_false_by_construction():
    """Each "cell other group" claim gives a cell's path the value its twin prints, and no cell
    with the claimed paths prints it."""
    gold = mutations.load_gold("dyer12")
    cells = mutations._numeric(gold)
    made = mutations.group_claims(random.Random(0), cells, mutations.cell_claim,
                                  mutations._shown, gold.cells)
    assert made, "dyer12's Table 2 has row groups: some claims must be made"
    for kind, text, origin in made:
        assert kind == "cell other group"
        own = origin.split("; twin")[0].rsplit(": ", 1)[1]
        twin = origin.rsplit(": ", 1)[1]
        assert twin.replace(",", "") in text.replace(",", "") and own != twin


def test_shared_number_claims_take_a_cell_value_the_sentence_does_not_print():
    """Each "sentence shared number" claim is a gold sentence with one decimal number replaced
    by a cell value of the paper with as many decimals, one the sentence did not print."""
    made = []
    for stem in ("2020.acl-main.207", "N18-3011", "roark13"):
        gold = mutations.load_gold(stem)
        made += mutations.shared_number_claims(random.Random(0), gold.sentences, gold.cells,
                                               mutations._number_spots)
        values = {f"{cell.value:.{cell.decimals}f}" for cell in gold.cells
                  if cell.value is not None and cell.decimals}
        for kind, text, origin in made:
            if origin not in gold.sentences:
                continue
            old = {m.group(0) for m in mutations._number_spots(origin)}
            new = {m.group(0) for m in mutations._number_spots(text)}
            assert kind == "sentence shared number" and len(new - old) == 1
            (value,) = new - old
            assert value in values and value not in old
    assert made, "these papers print scores with decimals in sentences and tables"
