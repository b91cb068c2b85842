"""The mutation benchmark's table kinds of round 9, "cell other group"
(benchmarks/mutation_groups.py), "sentence shared number" (mutation_shared.py) and "mean" /
"mean wrong" (mutation_means.py), and the wrong verdicts they found, pinned on the real pages:

- dyer12 Table 2 (p.7): BLEU-4 per feature set ("+shape", "+ng", ...) and training set under the
  numbered algorithms "2", "3", "4", which the caption defines ("algorithms 1 (SGD), 2
  (MixSGD), ..."). A claim that copies the caption says "2" as well as its own row's "3", and
  was confirmed by algorithm 2's cell (verify/guards_twins.py).
- N18-3011 Tables 1, 3 and 4: true means contradicted by a mean of fewer cells than listed, by
  the row "Avg. of 15 models with LM" of another table, by a row's mean over its columns for a
  claim about one column, and by one cell of the things averaged (verify/listed_means.py,
  verify/table_check.py `_averaged_elsewhere`).

True claims of the same cells, worded without the ambiguity, are asked too, so a guard that
blocks every cell lookup fails here.
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
                                               mutations.number_spots)
        values = {f"{cell.value:.{cell.decimals}f}" for cell in gold.cells
                  if cell.value is not None and cell.decimals}
        for kind, text, origin in made:
            if origin not in gold.sentences:
                continue
            old = {m.group(0) for m in mutations.number_spots(origin)}
            new = {m.group(0) for m in mutations.number_spots(text)}
            assert kind == "sentence shared number" and len(new - old) == 1
            (value,) = new - old
            assert value in values and value not in old
    assert made, "these papers print scores with decimals in sentences and tables"


# ------------------------------------------------------------------------------------------
# The "mean" kinds (benchmarks/mutation_means.py): seven wrong verdicts on seeds 0-3, all true
# means contradicted but one, pinned on N18-3011 (Tables 1, 3, 4) and 2020.acl-main.447 (Table 4).


@pytest.fixture(scope="module")
def n18():
    return mutations.parse_papers(["N18-3011"])["N18-3011"]


def _statuses(paper, stem: str, *texts: str) -> list[Status]:
    return [claim.status for claim in mutations.verify_texts(paper, *texts, stem=stem)]


def test_a_listed_mean_is_the_mean_of_as_many_cells_as_it_lists(n18):
    # "authors" is said inside "bibliography authors" too: averaging the two cells the words
    # single out (97.50) is another mean; "title" also names "bibliography titles".
    assert _statuses(n18, "N18-3011",
                     "The average Recall of authors, bibliography years and bibliography "
                     "authors is 95.70.",
                     "The average Recall of title and bibliography venues is 87.60.") == [U, U]


def test_an_average_found_by_one_name_decides_only_with_the_whole_claim(n18):
    # Table 3's row "Avg. of 15 models with LM" is no average of Table 1's bibliography rows;
    # Table 4's Baseline over CS and Bio is no mean of the CS column.
    assert _statuses(n18, "N18-3011",
                     "The average F1 of bibliography years and bibliography venues is 94.35.",
                     "Neural and Baseline have a mean CS of 84.40.") == [C, C]


def test_an_average_line_named_as_an_item_is_not_the_mean(n18):
    assert _statuses(n18, "N18-3011",
                     "With LM and Avg. of 15 models with LM have a mean F1 of 54.65.") == [U]


def test_means_of_cells_each_named_still_decide(n18):
    assert _statuses(n18, "N18-3011",
                     "Averaged over bibliography years and bibliography venues, the F1 is 94.35.",
                     "Averaged over bibliography years and bibliography venues, the F1 is "
                     "91.35.") == [C, X]


def test_listed_items_counts_the_things_a_mean_lists():
    from verify_claims.verify.listed_means import listed_items

    assert listed_items("The average Recall of A, B and C is 95.70.") == 3
    assert listed_items("Averaged over Keywords and Header, the R is 0.05.") == 2
    assert listed_items("Neural and Baseline have a mean CS of 84.40.") == 2
    assert listed_items("The mean F1 of BERT is 84.3.") is None
    assert listed_items("Averaged over the seven test languages, the F1 is 80.85.") is None
