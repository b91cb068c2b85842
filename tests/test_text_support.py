"""Claims without numbers about real papers (issue 11): paraphrases, direction and negation
words in other forms. Each rule is pinned on sentences of the real papers in tests/real/papers
that are not cited by the labelled corpus (dyer12, roark13, bohnet09, bunescu-acl07), with a
negative beside each positive: an unrelated sentence sharing words does not confirm, and a
comparison read the other way round is no support."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.claims import Location, Outcome, Paper, Sentence
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.extract.polarity import statement_polarity
from verify_claims.verify.comparisons import comparison_kept
from verify_claims.verify.content import (
    account,
    claim_parts,
    passage_terms,
)
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.source_check import check_source
from verify_claims.verify.wording import canonical, importance

SOURCE = "ACL:P12-1002"


def paper_of(title: str, *sections: tuple[str, list[str]]) -> Paper:
    sentences = [Sentence(text=text, page=page, section=section)
                 for page, (section, texts) in enumerate(sections, start=1) for text in texts]
    return enrich_paper(Paper(file="paper.txt", source_id=SOURCE, title=title,
                              sentences=sentences))


def claim_of(text: str):
    return build_claim("report.txt", text, Location(file="report.txt", line=1))


def check(text: str, paper: Paper):
    return check_source(claim_of(text), paper, SOURCE, PassageIndex(paper))


# --- direction words are read whole ----------------------------------------------------------


def test_a_word_sharing_five_letters_with_a_direction_word_is_no_direction():
    # "inference" and "inferior", "highest" and "higher" share their first five letters.
    parts = claim_parts(claim_of("The model needs no labels at inference time."))
    assert not [part for part in parts.parts if part.role == "relation"]
    parts = claim_parts(claim_of("The statistical approach has the highest precision."))
    assert "highe" in {part.term for part in parts.parts if part.role == "word"}


def test_inflections_of_direction_words_are_directions():
    assert "^up" in passage_terms("boosting the accuracy of the tagger")
    assert "^down" in passage_terms("the step is raising nothing but lowering the error")
    assert "^down" in passage_terms("the tagger is inferior to the parser")


# --- "loss" and "needs no" --------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The library we used suffered a huge loss in precision.", ("decrease", False)),
    ("Pruning causes a small loss of accuracy.", ("decrease", False)),
    # bohnet09: the loss a learner minimises is no direction.
    ("The update keeps the difference at least as large as the loss of the incorrect "
     "classifications.", (None, False)),
    ("We fine-tune the model using a triplet ranking loss.", (None, False)),
])
def test_loss_is_a_direction_only_as_a_loss_in_or_a_loss_of(text, expected):
    assert statement_polarity(text) == expected


def test_needs_no_denies_the_need():
    # dyer12, section 4: "The algorithm requires no communication between machines ..."
    assert statement_polarity("The algorithm requires no communication between machines "
                              "until the end.") == (None, True)
    assert statement_polarity("The algorithm does not need any communication between "
                              "machines.") == (None, True)
    # "has no" describes; it denies nothing (roark13: "a CDR of 0 (no impairment)").
    assert statement_polarity("Subjects in this study have no impairment.") == (None, False)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["needs", "requires", "needed", "required", "uses"]),
       st.from_regex(r"[a-z]{3,9}( [a-z]{3,9}){0,3}", fullmatch=True))
def test_a_verb_of_needing_before_no_is_always_negated(verb, rest):
    assert statement_polarity(f"The method {verb} no {rest}.")[1] is True


# --- synonyms and acronyms ---------------------------------------------------------------------

DYER = paper_of(
    "Joint Feature Selection in Distributed Stochastic Learning for Large-Scale "
    "Discriminative Training in SMT",
    ("4 Joint Feature Selection", [
        "Algorithm 2 (MixSGD) addresses this problem by parallelization in the framework of "
        "MapReduce (Dean and Ghemawat, 2004).",
        "The key idea of algorithm 2 is to partition the data into disjoint shards, then train "
        "SGD on each shard in parallel, and after training mix the final parameters from each "
        "shard by averaging.",
        "The algorithm requires no communication between machines until the end.",
        "The mixed weight vector is re-sent to each shard to start another epoch of training "
        "in parallel on each shard.",
    ]),
    ("5 Experiments", [
        "We present experiments on learning on 1.5 million training sentences.",
        "Communication between machines is the bottleneck of the iterative algorithms.",
    ]))


def test_needs_no_is_supported_by_does_not_require():
    result = check("The algorithm needs no communication between machines until the end.",
                   DYER)
    assert result.outcome == Outcome.supported
    assert "requires no communication" in result.evidence[0].quote


def test_a_claim_of_need_is_contradicted_by_requires_no():
    result = check("The algorithm needs communication between machines before the end.", DYER)
    assert result.outcome != Outcome.supported


def test_synonyms_of_the_field_are_one_word():
    assert canonical("vecto") == canonical("repre") == canonical("embed")
    assert canonical("needs") == canonical("requi")
    assert canonical("tasks") == canonical("task")
    assert canonical("model") != canonical("vecto")


def test_words_the_passage_writes_as_an_acronym_are_found():
    # bunescu-acl07 writes "MIL" for multiple instance learning.
    paper = paper_of("Learning to Extract Relations from the Web using Minimal Supervision",
                     ("1 Introduction", [
                         "We have extended an existing approach to relation extraction using "
                         "support vector machines and string kernels to handle this weaker "
                         "form of MIL supervision.",
                     ]))
    index = PassageIndex(paper)
    sentence = paper.sentences[0]
    found = account(claim_parts(claim_of(
        "The approach handles a weaker form of multiple instance learning supervision.")),
        passage_terms(sentence.text), index, [sentence])
    assert {"multiple", "instance", "learning"} <= {part.text for part in found.matched}
    other = account(claim_parts(claim_of(
        "The approach handles a weaker form of multiple task learning supervision.")),
        passage_terms(sentence.text), index, [sentence])
    assert not {"multiple", "task"} & {part.text for part in other.matched}


def test_a_hyphenated_word_is_the_same_word_written_whole():
    terms = passage_terms("The mixed weight vector is re-sent to each shard.")
    assert "resen" in terms  # "resent", "re-sent"


# --- comparisons read through their dimension --------------------------------------------------

# roark13, section 6.2.2.
ROARK_WORSE = ("The F-scores obtained in the unsupervised training scenario are slightly worse "
               "than with supervision, though they are comparable to supervised results.")


def test_the_words_between_comparative_and_than_are_what_is_compared():
    kept = claim_parts(claim_of("Unsupervised training gives lower F-scores than supervision."))
    assert comparison_kept(kept, ROARK_WORSE)
    reversed_ = claim_parts(claim_of("Supervision gives lower F-scores than unsupervised "
                                     "training."))
    assert not comparison_kept(reversed_, ROARK_WORSE)


def test_a_comparison_the_paper_states_the_other_way_is_not_supported():
    paper = paper_of("Discriminative Joint Modeling for Narrative Retelling Assessment",
                     ("6.2.2 Log-linear based automated scoring", [
                         "We also train log-linear models without supervision.",
                         ROARK_WORSE,
                         "In fact, in high WER scenarios, the MaxEnt slightly outperforms the "
                         "CRF.",
                     ]))
    assert check("Unsupervised training gives lower F-scores than supervision.",
                 paper).outcome == Outcome.supported
    assert check("Supervision gives lower F-scores than unsupervised training.",
                 paper).outcome != Outcome.supported


# --- a passage of neighbouring sentences -------------------------------------------------------

# roark13's other sections, so that words weigh in the paper as they do in a real one.
ROARK_REST = [
    "The Wechsler Logical Memory task is a widely used subtest of neuropsychological tests.",
    "We also include the oracle word error rate of the lattices for each ASR configuration.",
    "MCI is defined as a CDR of 0.5, and subjects in this study have a CDR of 0 or 0.5.",
    "Each retelling is scored by counting the story elements it recalls.",
    "The lattices are derived from the output of the speech recognizer.",
    "We use the manual transcripts as the reference for each retelling.",
    "The acoustic models are trained on conversational telephone speech.",
    "Features extracted from the retellings distinguish subjects from controls.",
]
ROARK = paper_of(
    "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion for Automated "
    "Narrative Retelling Assessment",
    ("2 Data", ROARK_REST),
    ("6.2.1 Word alignment based scoring", [
        "Table 3 shows the results of word alignment based scoring on each ASR configuration.",
        "The performance of the model improves significantly as the WER reduces with "
        "adaptation.",
        "With the fully adapted ASR the F-score improves considerably over the baseline.",
    ]),
    ("6.2.2 Log-linear based automated scoring", [
        "The log-linear models are trained on the story elements of each retelling.",
        "In fact, in high WER scenarios, the MaxEnt slightly outperforms the CRF.",
    ]))


def test_the_section_and_neighbours_lend_what_the_sentence_leaves_implicit():
    result = check("With fully adapted ASR, the F-score of word alignment based scoring "
                   "improves.", ROARK)
    assert result.outcome == Outcome.supported


def test_a_neighbour_that_lends_words_is_shown_as_evidence():
    # dyer12, section 4: the algorithm is named in one sentence, what it does in the next.
    paper = paper_of("Joint Feature Selection in Distributed Stochastic Learning",
                     ("2 Data", ROARK_REST),
                     ("4 Joint Feature Selection", [
                         "Our algorithm 4 (IterSelSGD) introduces feature selection into "
                         "distributed learning for increased efficiency.",
                         "The key idea is to view shards as tasks, and to apply methods for joint "
                         "feature selection from multi-task learning to achieve small sets of "
                         "features that are useful across all tasks or shards.",
                         "We compute the norm of the weights in each feature column.",
                     ]))
    result = check("IterSelSGD applies joint feature selection from multi-task learning to "
                   "keep small sets of features that are useful across all shards.", paper)
    assert result.outcome == Outcome.supported
    quotes = [evidence.quote for evidence in result.evidence]
    assert any("useful across all tasks" in quote for quote in quotes)
    assert any("(IterSelSGD)" in quote for quote in quotes)
    assert "neighbours" in result.explanation


def test_a_neighbour_that_reads_the_other_way_lends_nothing():
    # dyer12, section 1: the sentence that names the hand-crafted features denies the benefit.
    paper = paper_of("Joint Feature Selection in Distributed Stochastic Learning",
                     ("1 Introduction", [
                         "Such finely hand-crafted features do not benefit from larger "
                         "training sets.",
                         "Rule n-grams benefit from larger training sets.",
                         "Our software is freely available as a part of the cdec framework.",
                     ]))
    result = check("Hand-crafted rule features benefit from larger training sets.", paper)
    assert result.outcome != Outcome.supported


def test_a_comparison_whose_order_cannot_be_read_is_not_supported_by_a_passage():
    paper = paper_of("Decomposing phrase vectors",
                     ("5 Results", [
                         "We compare the composed and the observed phrase vectors.",
                         "The composed vectors are easier to decompose.",
                         "This is expected given the simpler model.",
                     ]))
    result = check("Observed phrase vectors are easier to decompose than composed vectors.",
                   paper)
    assert result.outcome != Outcome.supported


# --- a negation with every other word in the sentence ------------------------------------------

SMITH = paper_of(
    "Pinning Down Privacy in Statistical Databases",
    ("5 Sample and aggregate", [
        "The server answers each query with noise calibrated to its sensitivity.",
        "The sample and aggregate mechanism cannot evaluate the clustering query efficiently, "
        "but it is a reasonable query to the server.",
        "We give an efficient approximation algorithm for such functions.",
    ]),
    ("6 Discussion", [
        "The mechanism releases many useful functions, such as means and histograms.",
        "More importantly, this step cannot be automated.",
    ]))


def test_an_affirmation_against_cannot_with_every_other_word_contradicts():
    # smith07: "The sample and aggregate mechanism cannot evaluate fcc efficiently, ..."
    result = check("The sample and aggregate mechanism manages to evaluate the clustering "
                   "query efficiently.", SMITH)
    assert result.outcome == Outcome.contradicted


def test_a_negation_flip_with_a_word_missing_from_the_sentence_does_not_contradict():
    result = check("The sample and aggregate mechanism manages to evaluate the clustering "
                   "query efficiently on encrypted data.", SMITH)
    assert result.outcome != Outcome.contradicted


# --- importance and its denial ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # bunescu-acl07, section 4.
    ("Minimizing the regularization term is essential in order to capture subsequence "
     "patterns shared among positive bags.", 1),
    ("The regularization term is not necessary.", -1),
    ("The regularization term is dispensable.", -1),
    ("The regularization term is by no means dispensable.", 1),
    # roark13, section 6.1: the first importance word is read.
    ("The adapted recognizer improves the 1-best significantly making it unnecessary to "
     "resort to WCN as inputs.", -1),
    ("The regularization term is minimized with gradient descent.", None),
])
def test_importance_is_read_with_its_denial(text, expected):
    assert importance(text) == expected


BUNESCU = paper_of(
    "Learning to Extract Relations from the Web using Minimal Supervision",
    ("2 Data", ROARK_REST),
    ("4 Relation Extraction Kernel", [
        "We use a modified version of the subsequence kernel, which does not require syntactic "
        "information.",
        "Minimizing the regularization term is essential in order to capture subsequence "
        "patterns shared among positive bags.",
        "The kernel is normalized by the length of the two sequences.",
    ]))


def test_dispensable_against_essential_contradicts():
    result = check("Minimizing the regularization term is dispensable for capturing "
                   "subsequence patterns shared among positive bags.", BUNESCU)
    assert result.outcome == Outcome.contradicted
    assert "dispensable" in result.explanation and "essential" in result.evidence[0].quote


def test_dispensable_about_something_else_does_not_contradict():
    result = check("Normalizing the kernel by sequence length is dispensable for capturing "
                   "subsequence patterns shared among positive bags.", BUNESCU)
    assert result.outcome != Outcome.contradicted


def test_essential_against_essential_is_no_contradiction():
    result = check("Minimizing the regularization term is crucial to capture subsequence "
                   "patterns shared among positive bags.", BUNESCU)
    assert result.outcome != Outcome.contradicted


def test_a_suspended_hyphen_is_its_word():
    parts = claim_parts(claim_of("Fine- and coarse-grained annotations rank the systems in the "
                                 "same order."))
    assert "fine" in {part.term for part in parts.parts}


def test_ranking_and_ordering_are_one_word():
    assert canonical("rank") == canonical("order")  # "ordering" is "order" too
    assert canonical("ranke") == canonical("rank")  # "ranked"
    assert canonical("rank") != canonical("score")
