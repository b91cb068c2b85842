"""Wrong verdicts found by red-teaming the tables of R-LACE (Ravfogel et al., Linear Adversarial
Concept Erasure, ICML 2022, arXiv:2201.12091; tests/real/redteam5), each fixed by a general rule
and pinned here on the real page.

The corpus's 84 claims got no wrong verdict on their first run (accuracy 0.200 on the first 75).
A probe of 39 more claims about Table 2, labelled from the page before it ran (not committed to
the corpus), found two: Table 2 prints a base row ("BERT-frozen", "BERT-finetuned") above rows of
the same model with a method applied ("BERT-finetuned+ RLACE (rank 1)"), the text spells the
method "R-LACE" and the caption lists it ("after INLP and RLACE"). "After R-LACE, BERT-finetuned
keeps 85.09% profession accuracy" (true: rank 1) was contradicted by the base row's 85.12, and
"Projecting BERT-frozen with R-LACE lowers its gender accuracy to 52.48%" (true: rank 1) by the
base row's 99.32 (`verify/guards_variant_rows.py`).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify.guards_variant_rows import variant_words

RL = "2201.12091"
CLAIMS = (
    "After R-LACE, BERT-finetuned keeps 85.09% profession accuracy.",  # 0: true (rank 1)
    "Projecting BERT-frozen with R-LACE lowers its gender accuracy to 52.48%.",  # 1: true
    "BERT-frozen predicts gender with 99.32% accuracy.",  # 2: the base row itself, true
    "BERT-finetuned reaches 85.09% profession accuracy.",  # 3: false, the base row's is 85.12
    "The majority baseline reaches 53.21% gender accuracy.",  # 4: false, 53.52
    # 5-6: the base row's number said of the variant (false: R-LACE gives 85.09 and 85.04,
    # 52.48 and 52.77). Since "R-LACE" names the rows "+ RLACE" (verify/header_words.py),
    # claims 0-1 find their variant's own cell; these still reach the base row's.
    "After R-LACE, BERT-finetuned keeps 85.12% profession accuracy.",
    "Projecting BERT-frozen with R-LACE leaves its gender accuracy at 99.32%.",
)


@pytest.fixture(scope="module")
def rlace(redteam5_paper):
    paper, _ = redteam5_paper(RL)
    made = [mutations.Made(text=text, kind="test", paper=RL, origin=text) for text in CLAIMS]
    return paper, mutations.verify(made, {RL: paper})


def _explained(claim) -> str:
    return " ".join(check.explanation for check in claim.checks)


def test_the_variants_of_a_base_row_are_read_from_the_row_labels(rlace):
    paper, _ = rlace
    table = next(table for table in paper.tables if (table.label or "").startswith("Table 2"))
    assert {"rlace", "inlp"} <= variant_words(table, "BERT-finetuned")
    assert "rlace" not in variant_words(table, "BERT-finetuned+ RLACE (rank 1)")
    assert variant_words(table, "Majority") == set()


def test_a_base_rows_cell_decides_nothing_for_a_claim_naming_a_variant(rlace):
    _, claims = rlace
    for claim in claims[0:2]:
        # the variant's own cell (rank 1) is read; the claim's verb keeps it undecided
        assert claim.status == Status.unverified, claim.text
        assert "(rank 1)" in _explained(claim)
    for claim in claims[5:7]:
        assert claim.status == Status.unverified, claim.text
        assert "variant of that row" in _explained(claim)


def test_claims_about_the_base_row_itself_are_still_decided(rlace):
    _, claims = rlace
    assert claims[2].status == Status.confirmed
    assert claims[3].status == Status.contradicted
    assert claims[4].status == Status.contradicted
