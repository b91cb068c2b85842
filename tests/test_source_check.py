"""The source check and passage retrieval on real records: claims built by the report
extractor, sentences analysed by the paper extractor, a fictional paper written here."""

from __future__ import annotations

import pytest

from verify_claims.claims import Claim, Location, Outcome, Paper, Sentence
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.extract.truncation import is_truncated
from verify_claims.verify.number_values import transposed, values_agree, within_rounding
from verify_claims.verify.passages import PassageIndex, content_terms
from verify_claims.verify.source_check import check_source

SOURCE = "arXiv:2401.99999v2"

# (text, page, end_page, section) of a fictional paper. The XTREME sentence runs from page 3
# onto page 4. The ANLI+ sentence is an intermediate task's only by its section title, which is
# part of its passage (verify/content.py).
SENTENCES = [
    ("We study intermediate-task training of XLM-R Large for zero-shot transfer.", 1, None,
     "Abstract"),
    ("The study uses nine English intermediate tasks.", 1, None, "Abstract"),
    ("ANLI+ joins ANLI rounds 1 to 3, MNLI and the gold-labelled part of SNLI, for 1,104,934 "
     "training examples in all.", 2, None, "Intermediate tasks"),
    ("On the development sets, intermediate training improves the target tasks by 8.2 points "
     "on average with SQuAD, 7.5 points with MNLI and 7.0 points with HellaSwag.", 3, None,
     "Results"),
    ("Using the best intermediate-task model for each target task raises the XTREME score by "
     "5.4 points over the baseline.", 3, 4, "Results"),
    ("HellaSwag lowers PAWS-X accuracy by 0.8 points in French.", 4, None, "Analysis"),
    ("CommonsenseQA hurts TyDiQA.", 4, None, "Analysis"),
    ("XNLI benefits substantially from intermediate training.", 4, None, "Analysis"),
    ("Neither continuing multilingual MLM nor machine-translated data consistently beats "
     "English intermediate training.", 5, None, "Analysis"),
    ("We train with a learning rate of 2e-5 and a batch size of 32.", 2, None, "Setup"),
    ("All results are averaged over five random seeds.", 2, None, "Setup"),
]


def make_paper(rows=SENTENCES, source_id: str = SOURCE) -> Paper:
    sentences = [Sentence(text=text, page=page, end_page=end, section=section)
                 for text, page, end, section in rows]
    return enrich_paper(Paper(file="paper.txt", source_id=source_id, sentences=sentences))


def make_claim(text: str, truncated: bool | None = None) -> Claim:
    cut = is_truncated(text) if truncated is None else truncated
    return build_claim("report.txt", text, Location(file="report.txt", line=1), truncated=cut)


@pytest.fixture(scope="module")
def paper() -> Paper:
    return make_paper()


@pytest.fixture(scope="module")
def index(paper) -> PassageIndex:
    return PassageIndex(paper)


def check(text: str, paper: Paper, index: PassageIndex, truncated: bool | None = None):
    return check_source(make_claim(text, truncated), paper, SOURCE, index)


# --- numbers --------------------------------------------------------------------------------


def _quantity(text: str, truncated: bool = False):
    return make_claim(f"MNLI improves XNLI by {text}", truncated=truncated).quantities[0]


def test_values_agree_within_printed_precision():
    assert values_agree(_quantity("5.4 points."), _quantity("5.45 points."))
    assert not values_agree(_quantity("5.4 points."), _quantity("5.5 points."))
    assert values_agree(_quantity("7 points."), _quantity("7.4 points."))  # "7" is [6.5, 7.5)


def test_a_cell_value_is_within_the_rounding_the_claim_prints():
    assert within_rounding(_quantity("87.0 points."), 87.04)
    assert within_rounding(_quantity("87.0 points."), 86.95)
    assert not within_rounding(_quantity("87.0 points."), 87.06)
    assert within_rounding(_quantity("87 points."), 87.4)  # "87" is [86.5, 87.5]
    assert not within_rounding(_quantity("87.01 points."), 87.02)


def test_a_cut_off_number_agrees_by_its_printed_prefix():
    cut = _quantity("5.4", truncated=True)
    assert cut.cut_off
    assert values_agree(cut, _quantity("5.47 points."))  # "5.4" may have been "5.47"
    assert not values_agree(_quantity("5.4 points."), _quantity("5.47 points."))
    assert not values_agree(cut, _quantity("6.1 points."))
    assert values_agree(_quantity("1,104", truncated=True), _quantity("1,104,934 examples."))


def test_approximate_numbers_agree_within_ten_percent():
    assert values_agree(_quantity("about 400,000 examples."), _quantity("392,702 examples."))
    assert not values_agree(_quantity("about 300,000 examples."), _quantity("392,702 examples."))


def test_transposed_digits():
    assert transposed(_quantity("2.8 points."), _quantity("8.2 points."))
    assert not transposed(_quantity("2.9 points."), _quantity("8.2 points."))


# --- retrieval ------------------------------------------------------------------------------


def test_a_paraphrase_sharing_names_and_numbers_ranks_first(index):
    claim = make_claim("The ANLI+ intermediate task contains 1,104,934 training examples.")
    (best, score), *_ = index.candidates(claim)
    assert best.text.startswith("ANLI+ joins")
    assert 0 < score <= 1


def test_a_truncated_claim_is_matched_by_its_prefix(index):
    claim = make_claim("Evaluating the best performing models for each target task on the "
                       "XTREME benchmark yields an average improvement of 5.4")
    assert claim.truncated
    (best, _), *_ = index.candidates(claim)
    assert "XTREME score" in best.text
    assert content_terms("Tasks improve, 1,104,934 examples.") == [
        "tasks", "impro", "1104934", "examp"]


def test_an_empty_paper_has_no_candidates():
    empty = PassageIndex(Paper(file="empty.txt"))
    assert empty.candidates(make_claim("MNLI improves XNLI by 2 points.")) == []


# --- supported ------------------------------------------------------------------------------


def test_an_exact_number_is_supported_with_full_evidence(paper, index):
    result = check("Intermediate-task training on MNLI yields a target-task improvement of "
                   "7.5 points on the development set.", paper, index)
    assert result.outcome == Outcome.supported and result.decisive
    (evidence,) = result.evidence
    assert evidence.source == SOURCE
    assert evidence.quote.startswith("On the development sets")
    assert (evidence.page, evidence.location) == (3, "Results")
    assert (evidence.claimed, evidence.found) == (7.5, 7.5)
    assert evidence.score and evidence.score > 0.45
    assert "7.5 points for MNLI" in result.explanation


def test_a_paraphrase_is_supported(paper, index):
    result = check("The ANLI+ intermediate task contains 1,104,934 training examples.",
                   paper, index)
    assert result.outcome == Outcome.supported
    assert result.evidence[0].found == 1104934


def test_a_truncated_number_is_supported_and_quoted_with_the_page_it_starts_on(paper, index):
    result = check("Evaluating the best performing models for each target task on the XTREME "
                   "benchmark yields an average improvement of 5.4", paper, index)
    assert result.outcome == Outcome.supported
    evidence, *lenders = result.evidence  # the sentence, then the neighbours lending it words
    assert evidence.page == 3 and evidence.lent is None
    assert evidence.location == "Results, pages 3\u20134"
    assert all(lender.lent is not None and lender.lent.words for lender in lenders)
    assert "cut off" in result.explanation


def test_a_claim_without_numbers_is_supported_by_a_close_passage(paper, index):
    result = check("XNLI benefits from intermediate training.", paper, index)
    assert result.outcome == Outcome.supported
    assert "XNLI" in result.explanation


def test_a_number_about_another_language_is_not_support(paper, index):
    result = check("HellaSwag lowers PAWS-X accuracy by 0.8 points in German.", paper, index)
    assert result.outcome == Outcome.no_evidence


# --- contradicted ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "reason", "said"), [
    ("Intermediate-task training on MNLI yields a target-task improvement of 7.9 points on "
     "the development set.", "number", "gives 7.5 points for MNLI; the claim says 7.9 points"),
    ("Intermediate-task training on SQuAD yields a target-task improvement of 2.8 points on "
     "the development set.", "transposed digits", "transposed"),
    ("HellaSwag improves PAWS-X accuracy by 0.8 points in French.", "sign", "an increase"),
    ("CommonsenseQA improves TyDiQA.", "direction", "a decrease"),
    ("XNLI does not see benefits from intermediate training.", "negation", "negates"),
    ("The study uses five English intermediate tasks.", "count", "nine tasks"),
    ("Training uses a learning rate of 1e-5.", "number", "2e-5"),
])
def test_each_kind_of_contradiction(paper, index, text, reason, said):
    result = check(text, paper, index)
    assert result.outcome == Outcome.contradicted, result.explanation
    assert result.decisive
    (evidence,) = result.evidence
    assert evidence.note and evidence.note.startswith(f"contradiction: {reason}")
    assert said in result.explanation
    assert evidence.quote and evidence.page and evidence.source == SOURCE


def test_a_comparison_read_the_other_way_round_is_no_contradiction(paper, index):
    # The source: "neither MLM nor translated data beats English training" - a negated
    # comparison with the names in the other order, which agrees with the claim's drift.
    result = check("Training on English intermediate tasks outperforms continuing "
                   "multilingual MLM.", paper, index)
    assert result.outcome != Outcome.contradicted


def test_a_number_the_source_gives_for_something_else_is_no_contradiction(paper, index):
    result = check("QNLI improves XNLI by 3.1 points.", paper, index)
    assert result.outcome == Outcome.no_evidence


# --- no evidence ----------------------------------------------------------------------------


def test_nothing_in_the_paper_gives_no_evidence(paper, index):
    result = check("BERT is pretrained on books and Wikipedia.", paper, index)
    assert result.outcome == Outcome.no_evidence
    assert not result.decisive and not result.evidence
    assert SOURCE in result.explanation


def test_an_index_is_built_when_none_is_given(paper):
    result = check_source(make_claim("The study uses nine English intermediate tasks."), paper,
                          SOURCE)
    assert result.outcome == Outcome.supported


CLAIMS = [
    "Intermediate-task training on MNLI yields a target-task improvement of 7.5 points.",
    "Intermediate-task training on MNLI yields a target-task improvement of 9.9 points.",
    "HellaSwag improves PAWS-X accuracy by 0.8 points in French.",
    "XNLI does not see benefits from intermediate training.",
    "The study uses nine English intermediate tasks.",
    "The study uses four English intermediate tasks.",
    "All results are averaged over five random seeds.",
    "All results are averaged over three random seeds.",
    "BERT is pretrained on books and Wikipedia.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_decided_check_always_carries_evidence_and_says_why(paper, index, text):
    result = check(text, paper, index)
    assert result.explanation
    if result.outcome in (Outcome.supported, Outcome.contradicted):
        assert result.evidence
        for evidence in result.evidence:
            assert evidence.quote and evidence.source == SOURCE and evidence.page
    else:
        assert not result.decisive
