"""Claims that judge a result the other way round (issue 11): "gave poor precision" against
"gives surprisingly good results", "stays at chance level" against "well above chance", and a
comparison stated with "compared with" denied by "no better than". Each rule is pinned on
sentences of real papers (tests/real/papers: N18-3011, P14-1059, 2020.acl-main.207, smith07),
with negatives beside the positives: a sentence about another subject sharing the words
decides nothing, and a comparison read the other way round is no contradiction."""

from __future__ import annotations

import pytest
from test_text_support import check, paper_of

from verify_claims.claims import Location, Outcome
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.content import account, claim_parts, part_found, passage_terms
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.wording import antonym_clash, judgement_words, quality

# --- the judgement of a text -----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # N18-3011, section 4.1.
    ("The TagMe off-the-shelf library used for the CS domain gives surprisingly good results, "
     "with precision within 1 point from the statistical models.", 1),
    ("On computer science papers the TagMe library gave poor precision.", -1),
    # P14-1059, section 5.2: "above chance" judges; "chance level <0.0001" names the floor.
    ("For observed phrase vector training, accuracy and rank are well above chance for all "
     "constituents.", 1),
    ("Preposition generation in the NPN task stays at chance level.", -1),
    ("Preposition generation is no better than chance.", -1),
    ("The search space leads to chance accuracy <0.0001 for nouns and adjectives.", None),
    # smith07, section 3: a denied judgement word.
    ("Second, x0 does not yield a good approximation to f(x0).", -1),
    # A stem is no judgement word: "accuracy" is not "accurate".
    ("We report the accuracy of the tagger on the test set.", None),
    # Judged both ways: which one is meant is not read here.
    ("Accuracy is good for nouns but poor for prepositions.", None),
])
def test_quality_is_read_with_its_denial(text, expected):
    assert quality(text) == expected


def test_the_words_of_a_judgement_are_not_words_to_find():
    assert judgement_words("It stays at chance level.") == {"at", "chance", "level"}
    assert judgement_words("precision far below the statistical models, which is poor") \
        >= {"far", "below"}
    assert judgement_words("The accuracy far below the others.") == frozenset()  # no judgement


def test_a_judgement_word_stem_is_not_skipped_from_the_accounting():
    # "accurate" shares its five-letter stem with "accuracy": weighing a passage that flips the
    # judgement must still look for "accuracy".
    claim = build_claim("r.txt", "The parser reaches an accuracy of 0.9 with accurate parses.",
                        Location(file="r.txt", line=1))
    paper = paper_of("A parser", ("1 Results", ["The parser gives inaccurate parses."]))
    found = account(claim_parts(claim), passage_terms(paper.sentences[0].text),
                    PassageIndex(paper), paper.sentences, relation=False)
    assert "accuracy" in [part.text for part in found.missing + found.unseen]


# --- poor against good -----------------------------------------------------------------------

N18 = paper_of(
    "Construction of the Literature Graph in Semantic Scholar",
    ("Abstract", [
        "We describe a deployed scalable system for organizing published scientific literature "
        "into a heterogeneous graph to facilitate algorithmic manipulation and discovery."]),
    ("4.1 Approaches", [
        "We evaluate the performance of each approach in two broad scientific areas: computer "
        "science (CS) and biomedical research (Bio).",
        "In both domains, the statistical approach gives the highest precision and the lowest "
        "yield.",
        "The hybrid approach consistently gives the highest yield, but sacrifices precision.",
        "The TagMe off-the-shelf library used for the CS domain gives surprisingly good "
        "results, with precision within 1 point from the statistical models.",
        "However, the MetaMap Lite off-the-shelf library we used for the biomedical domain "
        "suffered a huge loss in precision.",
    ]))


def test_poor_against_good_contradicts():
    result = check("On computer science papers the TagMe library gave poor precision, far "
                   "below the statistical models.", N18)
    assert result.outcome == Outcome.contradicted
    assert "poor" in result.explanation and "good results" in result.evidence[0].quote


def test_good_against_good_is_no_contradiction():
    result = check("On computer science papers the TagMe library gave good precision.", N18)
    assert result.outcome != Outcome.contradicted


def test_poor_about_another_library_does_not_contradict():
    # The MetaMap sentence shares "off-the-shelf library" and "precision" with the TagMe one.
    result = check("On biomedical papers the MetaMap Lite library gave good precision, close to "
                   "the statistical models.", N18)
    assert result.outcome != Outcome.contradicted


# --- at chance against above chance, the task named by the section's first sentence ----------

P14_SECTION = [
    "We continue by testing generation through recursive decomposition on the task of "
    "generating noun-preposition-noun (NPN) paraphrases of adjective-nouns (AN) phrases.",
    "The data set was created by analyzing a list of randomly selected frequent ANs.",
    "NPN phrase generation involves the application of two decomposition functions.",
    "The results, in terms of top 1 accuracy and median rank, are shown in Table 4.",
    "Examples are given in Table 5.",
    "For observed phrase vector training, accuracy and rank are well above chance for all "
    "constituents (random accuracy 0.00005 for nouns and 0.04 for prepositions, corresponding "
    "median ranks: 10K, 12).",
    "Preposition generation is clearly a more difficult task.",
]
P14_ABSTRACT = [
    "We introduce the problem of generation in distributional semantics: Given a "
    "distributional vector representing some meaning, how can we generate the phrase that best "
    "expresses that meaning?",
    "We motivate this novel challenge on theoretical and practical grounds and propose a "
    "simple data-driven approach to the estimation of generation functions.",
]
P14 = paper_of("How to make words with vectors: Phrase generation in distributional semantics",
               ("Abstract", P14_ABSTRACT),
               ("4 Evaluation setting", ["We obtain excellent results, with minimum accuracy "
                                         "of 0.23 (chance level <0.0001)."]),
               ("5.2 Recursive decomposition", P14_SECTION))


def test_at_chance_against_above_chance_contradicts_with_the_sections_task():
    result = check("With training on observed phrases, preposition generation in the NPN task "
                   "stays at chance level.", P14)
    assert result.outcome == Outcome.contradicted
    assert "above chance" in result.evidence[0].quote


def test_above_chance_against_above_chance_is_no_contradiction():
    result = check("With training on observed phrases, preposition generation in the NPN task "
                   "stays well above chance level.", P14)
    assert result.outcome != Outcome.contradicted


def test_a_task_the_section_does_not_name_is_not_lent():
    result = check("With training on observed phrases, preposition generation in the PNP task "
                   "stays at chance level.", P14)
    assert result.outcome != Outcome.contradicted


def test_no_name_is_lent_to_a_sentence_naming_another_thing():
    # The same section, but the judged sentence names a data set the claim does not.
    named = P14_SECTION[:5] + [P14_SECTION[5].replace("For observed phrase vector training",
                                                      "On WordNet, for observed phrase "
                                                      "vector training")]
    paper = paper_of(P14.title or "", ("Abstract", P14_ABSTRACT),
                     ("5.2 Recursive decomposition", named))
    result = check("With training on observed phrases, preposition generation in the NPN task "
                   "stays at chance level.", paper)
    assert result.outcome != Outcome.contradicted


# --- "no better than" against "compared with ..., a clear improvement" -----------------------

SPECTER = paper_of(
    "SPECTER: Document-level Representation Learning using Citation-informed Transformers",
    ("Abstract", [
        "We propose SPECTER, a new method to generate document-level embedding of scientific "
        "documents based on pretraining a Transformer language model on a powerful signal of "
        "document-level relatedness: the citation graph."]),
    ("6 Analysis", [
        "This is reasonable because unlike BERT-Large, SciBERT is pretrained on scientific "
        "text.",
        "Visualization Figure 2 shows t-SNE (van der Maaten, 2014) projections of our "
        "embeddings (SPECTER) compared with the SciBERT baseline for a random set of papers.",
        "Further, we see some examples of crosstopic relatedness reflected in the embedding "
        "space.",
        "To quantify the comparison of visualized embeddings in Figure 2, we use the DBScan "
        "clustering algorithm (Ester et al., 1996) on this 2D projection.",
        "We use the completeness and homogeneity clustering quality measures introduced by "
        "Rosenberg and Hirschberg (2007).",
        "For the points corresponding to Figure 2, the homogeneity and completeness values for "
        "SPECTER are respectively 0.41 and 0.72 compared with SciBERT's 0.19 and 0.63, a clear "
        "improvement on separating topics using the projected embeddings.",
    ]))


def test_no_better_than_against_a_clear_improvement_contradicts():
    result = check("After t-SNE projection, SPECTER's embeddings separate topics no better "
                   "than SciBERT's.", SPECTER)
    assert result.outcome == Outcome.contradicted
    assert "clear improvement" in result.evidence[0].quote


def test_the_comparison_read_the_other_way_round_is_no_contradiction():
    # "SciBERT's are no better than SPECTER's" is what the paper says.
    result = check("After t-SNE projection, SciBERT's embeddings separate topics no better "
                   "than SPECTER's.", SPECTER)
    assert result.outcome != Outcome.contradicted


def test_a_figure_the_sentence_does_not_refer_to_lends_nothing():
    # Without its "Figure 2", the sentence is not tied to the t-SNE projections.
    sentences = [sentence.text for sentence in SPECTER.sentences]
    sentences[-1] = sentences[-1].replace("For the points corresponding to Figure 2, the",
                                          "The")
    paper = paper_of(SPECTER.title or "", ("Abstract", sentences[:1]),
                     ("6 Analysis", sentences[1:]))
    result = check("After t-SNE projection, SPECTER's embeddings separate topics no better "
                   "than SciBERT's.", paper)
    assert result.outcome != Outcome.contradicted


# --- a gain over something is a comparison, kept in its order --------------------------------

POOL = paper_of(
    "Construction of the Literature Graph in Semantic Scholar",
    ("Abstract", N18.sentences[0].text and [N18.sentences[0].text]),
    ("4.1 Approaches", [
        "In both domains, the statistical approach gives the highest precision and the lowest "
        "yield.",
        "Our error analysis showed that each of the approaches is able to predict entities not "
        "predicted by the other approaches so we decided to pool their outputs in our deployed "
        "system, which gives significantly higher yield than any individual approach while "
        "maintaining reasonably high precision.",
    ]))


def test_no_gain_over_against_higher_than_contradicts():
    result = check("Pooling the outputs of the approaches in the deployed system brings no gain "
                   "in yield over any individual approach.", POOL)
    assert result.outcome == Outcome.contradicted


def test_no_gain_over_read_the_other_way_round_is_no_contradiction():
    # "An individual approach brings no gain over pooling" is what the paper says.
    result = check("Any individual approach brings no gain in yield over pooling the outputs in "
                   "the deployed system.", POOL)
    assert result.outcome != Outcome.contradicted


# --- a question asserts nothing ---------------------------------------------------------------


def test_a_research_question_decides_nothing():
    # P14-1059's abstract asks how to generate a phrase; a claim denying it is not contradicted.
    result = check("Given a distributional vector representing some meaning, we cannot generate "
                   "the phrase that best expresses that meaning.", P14)
    assert result.outcome == Outcome.no_evidence


def test_an_inflected_verb_is_found_in_its_bare_form():
    # N18-3011, section 4.1: "we decided to pool their outputs".
    passage = passage_terms("so we decided to pool their outputs in our deployed system")
    parts = claim_parts(build_claim("r.txt", "Pooling the outputs raises the yield.",
                                    Location(file="r.txt", line=1))).parts
    assert part_found(next(part for part in parts if part.text == "Pooling"), passage)
    # A bare form of three letters is too short to stand for a word: "rating" is not "rat".
    parts = claim_parts(build_claim("r.txt", "Rating the outputs raises the yield.",
                                    Location(file="r.txt", line=1))).parts
    assert not part_found(next(part for part in parts if part.text == "Rating"),
                          passage_terms("the rat reads the outputs"))


# --- a close wording alone must hold nearly all the claim -------------------------------------

ROARK = paper_of(
    "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion for Automated "
    "Narrative Retelling Assessment",
    ("Abstract", ["We present a method for automatically scoring story retellings."]),
    ("6.2.2 Log-linear based automated scoring", [
        "Table 5 shows the results of the log-linear models.",
        # roark13, section 6.2.2.
        "In the hybrid approach, the output labels of the word alignment are already good "
        "indicators of the output tag and incorporating the confusable words from the WCN into "
        "the feature vector apparently mainly adds noise.",
        "The MaxEnt models trained on alignment features perform best.",
    ]))


def test_a_close_wording_without_names_needs_nearly_all_the_claim():
    # No name binds the claim; "cleans" (the paper says "adds") is all that differs.
    result = check("The output labels of the word alignment are good indicators of the output "
                   "tag, and incorporating the confusable words into the feature vector cleans "
                   "noise.", ROARK)
    assert result.outcome != Outcome.supported


def test_a_close_wording_that_holds_the_claim_supports():
    result = check("The output labels of the word alignment are good indicators of the output "
                   "tag.", ROARK)
    assert result.outcome == Outcome.supported


def test_an_antonym_outside_the_direction_words_blocks_support():
    # roark13, section 6.2.2 says "adds noise"; the names (WCN) bind the claim all the same.
    claim = ("In the hybrid approach, the output labels of the word alignment are good "
             "indicators of the output tag, and incorporating the confusable words from the WCN "
             "into the feature vector {} noise.")
    assert check(claim.format("removes"), ROARK).outcome != Outcome.supported
    assert check(claim.format("adds"), ROARK).outcome == Outcome.supported


@pytest.mark.parametrize("claim, passage, expected", [
    ("it removes noise", "incorporating the words mainly adds noise", True),
    ("it removes noise", "we add and remove noise", False),  # both said: no clash
    ("it adds noise", "it mainly adds noise", False),
    ("the systems are ranked in the same order", "they rank them in a different order", True),
    ("incorrect labels", "correct labels", True),  # read whole: "incorrect" holds no "correct"
])
def test_antonym_clash_is_read_on_whole_words(claim, passage, expected):
    assert antonym_clash(claim, passage) is expected
