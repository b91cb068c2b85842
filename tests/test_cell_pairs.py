"""Claims that pair names of one table with a number each (verify/cell_pairs.py), and claims
whose several numbers the one-cell lookup read from several cells (verify/numbers_named.py),
on real tables:

- arXiv:1804.07821 Table 1 (p.6): MAE on UCF, AMDCN 290.82, Hydra2s [18] 333.73, [23] 295.80;
- N18-3011 Table 1 (p.3): Precision / Recall of title 85.5 / 85.5, authors 92.1 / 92.1,
  bibliography titles 89.3 / 89.4, bibliography authors 97.1 / 97.0, bibliography venues
  91.7 / 89.7, bibliography years 98.0 / 98.0;
- smola10 Table 3 (p.7): rows "initial # topics/word" and "runtime (hours)" under "pubmed"
  and "news".

The wrong confirmations pinned here came from the mutation benchmark's pair claims
(benchmarks/mutation_pairs.py) before numbers_named existed.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.claims.models import Quantity
from verify_claims.verify.numbers_named import numbers_named


def _statuses(paper, stem: str, *texts: str) -> list[Status]:
    return [claim.status for claim in mutations.verify_texts(paper, *texts, stem=stem)]


@pytest.fixture(scope="module")
def papers():
    return mutations.parse_papers(["N18-3011", "smola10"])


def test_names_paired_with_numbers_are_read_cell_by_cell(redteam_paper):
    paper, _ = redteam_paper("1804.07821")
    assert _statuses(
        paper, "1804.07821",
        "On UCF, AMDCN reaches an MAE of 290.82 and Hydra2s 333.73.",
        "AMDCN's MAE on UCF is 295.80, ahead of Hydra2s at 333.73.",  # [23]'s number
        "On UCF, AMDCN reaches an MAE of 290.82 and Hydra2s 343.73.",
        "AMDCN's MAE on UCF is 290.82, ahead of Hydra2s at 333.73.",  # true, but it orders
        "On TRANCOS, AMDCN reaches an MAE of 290.82 and Hydra2s 333.73.",  # another table's
    ) == [Status.confirmed, Status.contradicted, Status.contradicted, Status.unverified,
          Status.unverified]


def test_pairs_read_after_their_numbers_and_in_one_column_only(papers):
    assert _statuses(
        papers["N18-3011"], "N18-3011",
        "Precision is 92.1 for authors and 89.3 for bibliography titles.",
        "Precision is 92.1 for authors and 89.4 for bibliography titles.",  # the recall
        # One number per column: each pair has a line of its own, which is not read.
        "Bibliography titles score 89.3 in precision and bibliography venues 89.7 in recall.",
    ) == [Status.confirmed, Status.contradicted, Status.unverified]


def test_numbers_from_several_cells_must_each_be_named(papers):
    assert _statuses(
        papers["N18-3011"], "N18-3011",
        # 89.3 is bibliography titles', title's is 85.5: read as pairs, contradicted.
        "The Precision is 98.0 for bibliography years and 89.3 for title.",
        # Swapped between the two names: each cell holds the other's number (round 13:
        # contradicted by cell_pairs._swapped; the one-cell lookup alone left it unverified).
        "The Precision is 89.3 for bibliography years and 98.0 for bibliography titles.",
    ) == [Status.contradicted, Status.contradicted]
    assert _statuses(
        papers["smola10"], "smola10",
        # 74.7 is news' initial # topics/word; runtime (hours) on news is 7.9
        "initial # topics/word (pubmed) scores 209.1 in 5, and runtime (hours) (news) 74.7.",
    ) == [Status.unverified]


def _quantity(text: str, start: int) -> Quantity:
    return Quantity(text=text, value=float(text), decimals=len(text.partition(".")[2]),
                    span=(start, start + len(text)))


def test_the_nearest_label_names_each_number():
    text = "At 0.60, accuracy is 0.31 at 32 coverage."
    accuracy = (_quantity("0.31", text.index("0.31")), (["0.60"], ["En-It", "Accuracy"]))
    coverage = (_quantity("32", text.index("32")), (["0.60"], ["En-It", "Cov."]))
    assert numbers_named(text, [accuracy, coverage], {"Accuracy", "Cov.", "0.60"})
    swapped = "At 0.60, coverage is 0.31 at 32 accuracy."
    assert not numbers_named(swapped, [
        (_quantity("0.31", swapped.index("0.31")), accuracy[1]),
        (_quantity("32", swapped.index("32")), coverage[1])], {"Accuracy", "Cov."})
    # Two equal numbers of the claim from one cell: two facts are not one cell's.
    same = "A reaches 51 and B 51."
    one = (["A"], ["F"])
    assert not numbers_named(same, [(_quantity("51", 10), one), (_quantity("51", 20), one)],
                             {"A", "B", "F"})


def test_a_number_no_cell_was_checked_for_blocks_the_table_checks_support(papers):
    # N18-3011 Table 3: F1 of "Avg. of 15 models with LM" 55.2, "Without LM" 49.9. The table
    # check found a cell for 55.2 only, and "54.1" (read as negated: "Without") went unchecked.
    assert _statuses(papers["N18-3011"], "N18-3011",
                     "Avg. of 15 models with LM scores 55.2 in F1, and Without LM 54.1.",
                     ) == [Status.unverified]


def test_of_several_lines_the_one_holding_every_word_of_the_claim_is_read(bohnet):
    # bohnet09 Table 4: LAS per language on the development set (Catalan 86.69, Chinese 76.77,
    # Czech 80.75) and the test set (Catalan 86.35, Chinese 76.51).
    paper, _ = bohnet
    assert _statuses(
        paper, "bohnet09",
        "On the development set, LAS is 86.69 for Catalan and 76.77 for Chinese.",
        "On the test set, LAS is 86.69 for Catalan and 76.51 for Chinese.",  # dev's Catalan
        "LAS is 86.69 for Catalan and 76.77 for Chinese.",  # which set: not said
        "On the development set, Catalan reaches a LAS of 86.69, Chinese 76.77 and Czech "
        "80.11.",  # Czech's test LAS
    ) == [Status.confirmed, Status.contradicted, Status.unverified, Status.contradicted]
