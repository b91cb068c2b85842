"""Other printed forms of a claim's words (verify/word_forms.py) and the readings that use them:
derivations, compounds, frame nouns, bounds, edition years, "no significant difference", and a
sentence that states both directions. Each rule is pinned on sentences of the real papers in
tests/real/papers (roark13, fader11, smith07, dyer12, bohnet09, 2023.eacl-main.121), with a
negative beside each positive."""

from __future__ import annotations

from test_text_support import check, claim_of, paper_of

from verify_claims.claims import Outcome
from verify_claims.extract.paper import _byline
from verify_claims.extract.polarity import statement_polarity
from verify_claims.extract.quantities import parse_quantities
from verify_claims.verify.byline import owner_names
from verify_claims.verify.content import account, claim_parts, passage_terms
from verify_claims.verify.flips import both_directions, compares
from verify_claims.verify.number_sides import _claim_side
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.word_forms import compound_found, derived_terms, without_bounds

# roark13, 4.1 and 7
TAGGER = ("Given a sequence of word positions x = x1 . . . xn, the tagger assigns a sequence of "
          "labels y = y1 . . . yn from a tag lexicon.")
TAGGING = ("Our tagging models are able to process word confusion networks as inputs and thus "
           "improve performance over using 1-best ASR transcripts in scenarios where the speech "
           "recognition error rate is high.")
# roark13, 6.2.1
ADAPTED = ("With the fully adapted ASR the F-score improves more than 13%, and it is only 3.4% "
           "worse than with the manual transcripts.")
# dyer12, 5.1
CLUSTER = ("For grammar extraction and training of the full data set we used a 30 node hadoop "
           "Map/Reduce cluster that can handle 300 jobs at once.")
# fader11, 5.1 and 3
PARSER = ("WOE processes each sentence with a dependency parser, resulting in much longer "
          "processing time.")
STEP = ("Second, the extraction step is posed as a sequence-labeling problem, where each word is "
        "assigned its own label.")
# bohnet09, 4
THRESHOLD = ("Our experiments showed that with the non-projective Approximate Dependency Parsing "
             "Algorithm and a threshold for the improvment of score higher than about 0.7, the "
             "parsing accuracy improves even for English slightly.")


def _found(claim: str, passage: str, title: str = "A paper") -> set[str]:
    paper = paper_of(title, ("Section", [passage]))
    parts = claim_parts(claim_of(claim))
    accounting = account(parts, passage_terms(passage), PassageIndex(paper), paper.sentences)
    return {part.text for part in accounting.matched}


# --- derivations ------------------------------------------------------------------------------


def test_a_derivation_of_a_short_root_is_found():
    assert {"parsi", "parse"} <= derived_terms("parser")
    assert "run" in derived_terms("running")
    # "tagger" in the claim, "tagging" in the passage (roark13), and the other way round.
    assert "tagging" in _found("The tagging assigns labels from a tag lexicon.", TAGGER)
    assert "tagger" in _found("The tagger can process word confusion networks.", TAGGING)


def test_a_word_of_another_root_is_not_found_by_derivation():
    assert "parser" not in _found("The parser can process word confusion networks.", TAGGING)
    # A name (capitals inside the claim) is never derived: "Tagger" names a system here.
    assert "Tagger" not in _found("The Tagger can process word confusion networks.", TAGGING)


def test_a_derived_form_decides_a_paraphrase():
    paper = paper_of("Identifying Relations for Open Information Extraction",
                     ("5.1 Results", [PARSER]))
    said = check("WOE parses each sentence for dependencies, which makes its processing time "
                 "much longer.", paper)
    assert said.outcome == Outcome.supported
    other = check("WOE tags each sentence for dependencies, which makes its processing time "
                  "much longer.", paper)
    assert other.outcome == Outcome.no_evidence


# --- compounds ---------------------------------------------------------------------------------


def test_a_hyphenated_claim_word_is_found_printed_apart():
    terms = passage_terms(CLUSTER)
    assert compound_found("full-data", terms)
    assert not compound_found("full-batch", terms)


def test_a_slash_joined_name_is_one_word():
    assert "mapre" in passage_terms(CLUSTER)
    paper = paper_of("Joint Feature Selection in Distributed Stochastic Learning",
                     ("5.1 Data, Systems, Experiment Settings", [CLUSTER]))
    said = check("Full-data training ran on a Hadoop MapReduce cluster that handles 300 jobs at "
                 "once.", paper)
    assert said.outcome == Outcome.supported
    other = check("Full-batch training ran on a Hadoop Spark cluster that handles 300 jobs at "
                  "once.", paper)
    assert other.outcome == Outcome.no_evidence
    wrong = check("Full-data training ran on a Hadoop MapReduce cluster that handles 200 jobs at "
                  "once.", paper)
    assert wrong.outcome == Outcome.contradicted


# --- frame nouns ------------------------------------------------------------------------------


def test_a_frame_noun_after_the_thing_it_frames_is_no_part():
    terms = {part.term for part in claim_parts(claim_of(
        "The extraction step is posed as a sequence labeling problem.")).parts}
    assert "step" not in terms and "extra" in terms
    # After an ordinal it is what the claim speaks of: "the first step".
    terms = {part.term for part in claim_parts(claim_of(
        "The first step is posed as a sequence labeling problem.")).parts}
    assert "step" in terms
    paper = paper_of("Identifying Relations for Open Information Extraction", ("3", [STEP]))
    said = check("The extraction is posed as a sequence labeling problem in which each word is "
                 "assigned its own label.", paper)
    assert said.outcome == Outcome.supported


# --- bounds and both directions ----------------------------------------------------------------


def test_a_bound_compares_nothing():
    blanked = without_bounds(ADAPTED)
    assert "than 13" not in blanked and "worse than with" in blanked
    assert len(blanked) == len(ADAPTED)
    assert not compares(THRESHOLD, _claim_side(claim_of(THRESHOLD)).comparative)
    # "3.4% worse than with the manual transcripts" is a comparison.
    assert compares(ADAPTED, _claim_side(claim_of(ADAPTED)).comparative)


def test_a_negation_flip_is_read_in_a_sentence_with_a_bound():
    paper = paper_of("Efficient Parsing of Syntactic and Semantic Dependency Structures",
                     ("4 Non-Projective Dependency Parsing", [THRESHOLD]))
    denied = check("Non-projective approximate parsing brought no accuracy improvement for "
                   "English.", paper)
    assert denied.outcome == Outcome.contradicted
    said = check("Non-projective approximate parsing slightly improved accuracy for English.",
                 paper)
    assert said.outcome == Outcome.supported
    other = check("Non-projective approximate parsing brought no accuracy improvement for "
                  "German.", paper)
    assert other.outcome == Outcome.no_evidence


def test_a_sentence_stating_both_directions_contradicts_neither():
    assert both_directions(ADAPTED)
    assert not both_directions(THRESHOLD)  # its "higher than about 0.7" is a bound
    paper = paper_of("Automated scoring of narrative retellings",
                     ("6.2.1 Word alignment based scoring", [ADAPTED]))
    worse = check("With the fully adapted ASR, the F-score is only 3.4% worse than with the "
                  "manual transcripts.", paper)
    assert worse.outcome != Outcome.contradicted


# --- edition years and effects denied ----------------------------------------------------------


def test_a_year_after_an_event_name_is_its_edition():
    # fader11 and smith07 (references); roark13's "The IBM 2009 GALE Arabic speech ...".
    for text, year in (("NAACL HLT 2010 First International Workshop on Formalisms", "2010"),
                       ("In STOC 2005, pages 684-693, 2005.", "2005"),
                       ("The IBM 2009 GALE Arabic speech transcription system", "2009")):
        quantity = next(q for q in parse_quantities(text) if q.text == year)
        assert quantity.unit == "year"
    # A plural noun after the number makes it a count (constructed negative).
    counts = parse_quantities("We sampled MNLI 2000 examples.")
    assert [q.unit for q in counts if q.text == "2000"] == ["examples"]


def test_no_effect_denies_an_effect():
    # 2023.eacl-main.121, 3.4; dyer12, 5.2.
    assert statement_polarity("Highlighted hints have almost no effect in evaluating long-form "
                              "summaries.")[1]
    assert statement_polarity("Result differences on the Europarl test set were not "
                              "significant for moving from dev to full train set.")[1]
    # "no" before a noun that names no effect still only describes.
    assert not statement_polarity("Many target tasks have no training data of their own.")[1]


# --- the paper's authors ------------------------------------------------------------------------

ROARK_BYLINE = [(1, "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion"),
                (1, "for Automated Narrative Retelling Assessment"),
                (1, "Maider Lehr, Izhak Shafran, Emily Prud’hommeaux and Brian Roark"),
                (1, "Center for Spoken Language Understanding, Oregon Health & Science University"),
                (1, "Abstract"),
                (1, "We present a method for automatically scoring responses.")]


def test_the_byline_is_read_between_title_and_abstract():
    byline = _byline(ROARK_BYLINE, [line for _, line in ROARK_BYLINE[:2]])
    assert byline is not None and "Roark" in byline and "Discriminative" not in byline
    assert "We present" not in byline
    assert _byline(ROARK_BYLINE[:4], []) is None  # nothing ends it: no byline
    assert owner_names("Lehr, Shafran and Roark's tagging models") == {"lehr", "shafran", "roark"}
    assert owner_names("Compared with Roark, the models") == frozenset()


def test_an_author_named_as_owner_is_the_papers_own_work():
    paper = paper_of("Discriminative Joint Modeling of Lexical Variation",
                     ("7 Summary and discussion", [TAGGING]))
    paper.byline = _byline(ROARK_BYLINE, [line for _, line in ROARK_BYLINE[:2]])
    said = check("Roark's tagging models can process word confusion networks as inputs.", paper)
    assert said.outcome == Outcome.supported
    other = check("Dyer's tagging models can process word confusion networks as inputs.", paper)
    assert other.outcome == Outcome.no_evidence


# --- "by hand" and numbers a neighbour gives (bunescu-acl07, 7) ---------------------------------

ANNOTATED = ("In order to evaluate the relation extraction performance at the sentence level, we "
             "manually annotated all instances from the positive test bags.")
COST = ["The non-negative parameter cp controls the relative influence of false negative vs. "
        "false positive errors.",
        "When set to its default value of 0.5, false-negative errors and false positive errors "
        "have the same impact on the objective function.",
        "As expected, setting cp to a smaller value (0.1) resulted in better performance.",
        "Tests with even lower values did not improve the results."]


def test_by_hand_is_manually():
    paper = paper_of("Learning to Extract Relations from the Web using Minimal Supervision",
                     ("7 Experimental Evaluation", [ANNOTATED]))
    assert check("The instances in the positive test bags were never annotated by hand.",
                 paper).outcome == Outcome.contradicted
    assert check("The instances in the positive test bags were annotated by hand.",
                 paper).outcome == Outcome.supported
    assert check("The instances in the negative training bags were never annotated by hand.",
                 paper).outcome != Outcome.contradicted


def test_a_number_given_by_the_next_sentence_is_lent():
    paper = paper_of("Learning to Extract Relations from the Web using Minimal Supervision",
                     ("7 Experimental Evaluation", COST))
    said = check("Setting the parameter cp to 0.1 rather than its default of 0.5 gave better "
                 "performance.", paper)
    assert said.outcome == Outcome.supported
    assert any("0.5" in evidence.quote for evidence in said.evidence[1:])
    # Another default, or the other direction (which only the neighbour's "lower values did
    # not improve" could lend), is not supported.
    assert check("Setting the parameter cp to 0.1 rather than its default of 0.3 gave better "
                 "performance.", paper).outcome == Outcome.no_evidence
    assert check("Setting the parameter cp to 0.1 rather than its default of 0.5 gave worse "
                 "performance.", paper).outcome != Outcome.supported
