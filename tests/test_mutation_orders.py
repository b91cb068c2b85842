"""Wrong verdicts found by the mutation benchmark's order kinds (benchmarks/mutation_orders.py),
pinned on the real pages they came from:

- ding11 p.8 (§4.2): "we train the compared methods using the 4500 training images and
  classify the 500 test images"; dyer12 p.7: "... tuning 12 default features and tuning the
  full set of 180,000 features ..." (verify/guards_number_order.py);
- 2023.eacl-main.121 Table 3 (COARSE: SQuALITY 18.5, PubMed 11.8, PubMed + ngram block 11.7,
  Average 14.0) and its sentence "FINE annotations have lower standard deviation (and thus
  higher agreement) ... (7.8 vs 14.0 average ...)"; Table 5, column "Acc. (↑) (2-way)": None
  93% (verify/guards_superlatives.py, verify/guards_compounds.py);
- roark13 Table 6 (rows Supervised / Unsupervised / Hybrid × MaxEnt-CD, CRF-CD-BIO, no
  CRF-CD-IO) and smola10 Tables 1 and 2 (runtime in hours at 1m and 200k documents; Table 2
  another experiment) (verify/guards_printed_labels.py).

Each test also asks a true claim of the same passage or cells, so a guard that blocks
everything fails it.
"""

from __future__ import annotations

import random

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify.guards_compounds import compound
from verify_claims.verify.guards_number_order import moved_number

C, X, U = Status.confirmed, Status.contradicted, Status.unverified


@pytest.fixture(scope="module")
def papers():
    return mutations.parse_papers(["ding11", "dyer12", "2023.eacl-main.121", "roark13",
                                   "smola10"])


def _statuses(papers, stem: str, *texts: str) -> list[Status]:
    return [claim.status for claim in mutations.verify_texts(papers[stem], *texts, stem=stem)]


def test_numbers_moved_in_a_copied_sentence_confirm_nothing(papers):
    copied = ("Corel5K data set has already been split into training set and test set, thus "
              "we train the compared methods using the {} training images and classify the "
              "{} test images.")
    assert _statuses(papers, "ding11", copied.format("4500", "500"),
                     copied.format("500", "4500")) == [C, U]


def test_swapped_feature_counts_confirm_nothing(papers):
    swapped = ("The results on the news-commentary (nc) data show that training on the "
               "development set does not benefit from adding large feature sets – BLEU result "
               "differences between tuning 180,000 default features and tuning the full set of "
               "12 features are not significant.")
    assert _statuses(papers, "dyer12", swapped) == [U]


def test_moved_number_needs_a_close_copy():
    passage = "A reaches 80.1 points on X and 70.2 points on Y."
    assert moved_number("A reaches 70.2 points on X and 80.1 points on Y.", passage) \
        == (70.2, 80.1, "reaches <n> points")
    # A paraphrase that reorders its clauses lines up other numbers: no reading.
    assert moved_number("On Y, A reaches 70.2 points.", passage) is None
    assert moved_number("A reaches 80.1 points on X and 70.2 points on Y.", passage) is None


def test_a_superlative_is_not_confirmed_by_a_comparison(papers):
    assert _statuses(papers, "2023.eacl-main.121",
                     "Average has the highest COARSE in Table 3.",
                     "Average has the highest FINE in Table 3.") == [U, U]


def test_a_compound_label_is_no_value(papers):
    assert _statuses(papers, "2023.eacl-main.121",
                     "None has the highest Acc. (↑) (2-way) in Table 5.") == [U]
    assert compound("the (2-way) accuracy", (5, 6)) == "2-way"
    assert compound("top-5 accuracy", (4, 5)) == "top-5"
    assert compound("5 runs", (0, 1)) is None


def test_cells_must_print_the_claims_coined_names(papers):
    assert _statuses(
        papers, "roark13",
        "MaxEnt-CD (Supervised) scores higher than CRF-CD-IO (Unsupervised) on WCN AM.",
        "CRF-CD-BIO (Supervised) has a lower 1-best LM than CRF-CD-IO (Hybrid).",
        # The cells compare MaxEnt-CD with itself; the claim's first side is CRF-CD-IO.
        "CRF-CD-IO (Unsupervised) scores lower than MaxEnt-CD (Supervised) on WCN AM.",
        "On WCN AM, CRF-CD-IO (Unsupervised) is lower than MaxEnt-CD (Supervised).",
    ) == [U, U, U, U]


def test_cells_must_print_the_claims_digit_labels(papers):
    assert _statuses(
        papers, "smola10",
        "runtime (hours) (news) scores lower than runtime (hours) (pubmed) on 1m.",
        "On 200k, runtime (hours) (pubmed) is higher than initial # topics/word (news).",
        "runtime (hours) (pubmed) has a higher 10 than initial # topics/word (news).",
        "initial # topics/word (news) scores higher than runtime (hours) (pubmed) on 1.",
        "initial # topics/word (news) scores higher than runtime (hours) (pubmed) on 50k.",
        "On 1m, the runtime (hours) for news is 24.40.",  # Table 1 prints the label: true
    ) == [U, U, U, U, U, C]


def test_the_order_kinds_are_made_only_where_the_gold_is_sure():
    gold = mutations.load_gold("roark13")
    made = mutations.generate(gold, seed=0)
    kinds = {item.kind for item in made}
    assert {"order", "order reversed"} <= kinds
    from mutation_orders import swapped_numbers

    rng = random.Random(0)
    spots = mutations.number_spots
    assert swapped_numbers(rng, "It ranges between 3 and 5 layers.", spots) is None
    assert swapped_numbers(rng, "Method [5] and method [6] differ.", spots) is None
    assert swapped_numbers(rng, "We use 500 training and 4500 test images.", spots) \
        == "We use 4500 training and 500 test images."
