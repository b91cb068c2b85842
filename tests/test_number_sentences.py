"""How real papers print numbers in sentences (issue 11): the rules of verify/number_match.py
that let a number of the same measure contradict, pinned on sentences of real papers that the
labelled corpus does not cite (tests/real/papers: dyer12, roark13, bohnet09), each with a
negative: a number of another measure, or a bound, stays no evidence."""

from __future__ import annotations

import pytest

from verify_claims.claims import Claim, Location, Outcome, Paper, Sentence
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify.number_context import measure_after, measure_before
from verify_claims.verify.number_match import _read_number
from verify_claims.verify.number_sides import _claim_side, _sentence_side
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.source_check import check_source

SOURCE = "ACL:test"


def paper_of(title: str, section: str, texts: list[str]) -> Paper:
    sentences = [Sentence(text=text, page=1, section=section) for text in texts]
    return enrich_paper(Paper(file="paper.txt", source_id=SOURCE, title=title,
                              sentences=sentences, tables=[]))


def claim_of(text: str) -> Claim:
    return build_claim("report.txt", text, Location(file="report.txt", line=1))


# dyer12, §5.1: counts of nouns the quantity parser has no unit for ("shards", "jobs").
SHARDS = paper_of(
    "Joint Feature Selection in Distributed Stochastic Learning for Large-Scale "
    "Discriminative Training in SMT", "5.1 Data, Systems, Experiment Settings", [
        "For grammar extraction and training of the full data set we used a 30 node hadoop "
        "Map/Reduce cluster that can handle 300 jobs at once.",
        "We split the data into 2290 shards for the ep runs and 141 shards for the nc runs, "
        "each shard holding about 1,000 sentences, which corresponds to the dev set size of the "
        "nc data set.",
    ])
# roark13, §4: "26 tags".
TAGS = paper_of(
    "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion for Automated "
    "Narrative Retelling Assessment", "4 Supervised discriminative automated", [
        "Thus, our problem reduces to assigning a tag to each word position in the retelling, "
        "the tag indicating the story element that the word is associated with.",
        "In its simplest form, we have 26 tags: one for each of the 25 story elements indicating "
        "the word is \u2018in\u2019 that element (e.g., I15); and one for \u2018outside\u2019 of "
        "any story element (\u2018O\u2019).",
    ])
# bohnet09, §4: a measure printed before its number ("a threshold of 1.1").
THRESHOLD = paper_of(
    "Efficient Parsing of Syntactic and Semantic Dependency Structures",
    "4 Non-Projective Dependency Parsing", [
        "Our experiments showed that with the non-projective Approximate Dependency Parsing "
        "Algorithm and a threshold for the improvment of score higher than about 0.7, the "
        "parsing accuracy improves even for English slightly.",
        "With a threshold of 1.1, we got the highest improvements.",
    ])
# roark13, §6.2.1: a bound ("more than 13%").
BOUND = paper_of(
    "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion for Automated "
    "Narrative Retelling Assessment", "6.2.1 Word alignment based scoring", [
        "With the fully adapted ASR the F-score improves more than 13%, and it is only 3.4% "
        "worse than with the manual transcripts.",
    ])


def check(text: str, paper: Paper):
    return check_source(claim_of(text), paper, SOURCE, PassageIndex(paper))


@pytest.mark.parametrize(("text", "paper", "outcome"), [
    # A count of a noun without a parser unit contradicts another count of the same noun.
    ("The data is split into 2920 shards for the ep runs.", SHARDS, Outcome.contradicted),
    ("The data is split into 2290 shards for the ep runs.", SHARDS, Outcome.supported),
    ("In its simplest form, there are 28 tags.", TAGS, Outcome.contradicted),
    # ... but a count of another noun is no evidence.
    ("The data is split into 2500 batches for the ep runs.", SHARDS, Outcome.no_evidence),
    ("In its simplest form, there are 28 labels.", TAGS, Outcome.no_evidence),
    # One noun counted twice in a sentence: each count belongs to the words that follow it.
    ("The data is split into 141 shards for the ep runs.", SHARDS, Outcome.contradicted),
    ("The data is split into 141 shards for the nc runs.", SHARDS, Outcome.supported),
    # "About 1,000" is not about 2,000.
    ("Each shard holds about 2,000 sentences.", SHARDS, Outcome.contradicted),
    ("Each shard holds about 1,050 sentences.", SHARDS, Outcome.supported),
    # A measure printed before the number.
    ("A threshold of 1.5 gave the highest improvements.", THRESHOLD, Outcome.contradicted),
    ("A beam width of 1.5 gave the highest improvements.", THRESHOLD, Outcome.no_evidence),
    # "higher than about 0.7" is a bound, not the value 0.7 (the paper's value is 1.1).
    ("A threshold of 0.7 gave the highest improvements.", THRESHOLD, Outcome.contradicted),
    # A bound is not a value: "more than 13%" allows 20%.
    ("With the fully adapted ASR the F-score improves by 20%.", BOUND, Outcome.no_evidence),
])
def test_numbers_of_real_sentences(text, paper, outcome):
    result = check(text, paper)
    assert result.outcome == outcome, result.explanation


def test_measures_read_around_the_number():
    text = "We obtain a significant AUC of 0.71 and 12 different prepositions (0.80 vs. 0.72)."
    claim = claim_of(text)
    auc, prepositions, first, second = claim.quantities
    assert measure_before(text, auc) == ("auc",)
    assert measure_after(text, prepositions) == ("prepo",)
    assert measure_after(text, first) == ()  # "vs." names no measure
    # P07-1088 §3.1: "relations" counts relations, though "relative" shares its stem.
    relations = "We evaluated performance on four relations: Conquered, Founded, and Merged."
    assert measure_after(relations, claim_of(relations).quantities[0]) == ("relat",)
    for sentence, measure in [
            # roark13 §6, P07-1088 §3.2 (a parenthesis between the noun and "by"), P07-1088 §3.1
            ("We evaluated our models on a set of retellings from 70 non-overlapping subjects "
             "with a mean age of 88.5, half of whom had received a diagnosis of MCI.", ("age",)),
            ("HMM-T reduces error (measured in missing area under the precision/recall curve) "
             "by 46%.", ("error",)),
            ("These test sets contained a total of 361 extractions.", ()),  # "total": no measure
            ("On MNLI, 84.5 is the best score.", ()),  # a name before its number is no measure
    ]:
        claim = claim_of(sentence)
        number = max(claim.quantities, key=lambda quantity: quantity.span)
        names = [entity.span for entity in claim.entities if entity.label != "METRIC"]
        assert measure_before(sentence, number, names) == measure, sentence


# 2020.acl-main.207, §5: a signed change is no level of the same measure.
CHANGE = paper_of(
    "SPECTER: Document-level Representation Learning using Citation-informed Transformers",
    "5 Results", [
        "Nevertheless, our method slightly outperforms Citeomatic on the direct citation task, "
        "while substantially outperforming it on co-citations (+2.0 nDCG).",
    ])


def test_a_signed_change_does_not_contradict_a_level():
    result = check("Our method reaches an nDCG of 94.9 on the direct citation task.", CHANGE)
    assert result.outcome == Outcome.no_evidence, result.explanation


def test_transposed_digits_need_only_the_same_counted_noun():
    """"2920 training shards" is "2290 shards" miscopied; "2500 training shards" may count
    other shards than the 2290."""
    index = PassageIndex(SHARDS)
    sentence = _sentence_side(index, 1)
    garbled = _read_number(0, _claim_side(claim_of("The split gives 2920 training shards.")),
                           sentence)
    other = _read_number(0, _claim_side(claim_of("The split gives 2500 training shards.")),
                         sentence)
    assert (garbled.state, garbled.measured) == ("disagree", True)
    assert (other.state, other.measured) == ("disagree", False)


# roark13, §6.1: a count stated once, among sentences that share more of a claim's words.
TRANSCRIPTION = paper_of(
    "Discriminative Joint Modeling of Lexical Variation and Acoustic Confusion for Automated "
    "Narrative Retelling Assessment", "6.1 Automatic transcription", [
        "The baseline ASR system used in the current work is a Broadcast News system which is "
        "modeled after Kingsbury et al. (2011).",
        "Briefly, the acoustics of speech are modeled by 4000 clustered allophone states "
        "defined over a pentaphone context, where states are represented by Gaussian mixture "
        "models with a total of 150K mixture components.",
        "The observation vectors consist of PLP features, stacked from 10 neighboring frames "
        "and projected to a 50-dimension space using linear discriminant analysis (LDA).",
        "The acoustic models were trained on 430 hours of transcribed speech from Broadcast "
        "News corpus (LDC97S44, LDC98S71).",
        "The language model is defined over an 84K vocabulary and consists of about 1.8M, 1M "
        "and and 331K bigrams, trigrams and 4-grams, estimated from standard Broadcast news "
        "corpus.",
    ])


def test_the_sentence_counting_the_claimed_noun_is_read_beyond_the_best():
    """A wrong count's source gives another number of the same noun: it lacks the claimed
    value, so it ranks below sentences that share the claim's words, and is added by its
    counted noun ("340 hours" finds "430 hours"); a count of a noun no sentence counts adds
    nothing."""
    index = PassageIndex(TRANSCRIPTION)
    claim = claim_of("The baseline ASR system of the current work, modeled after Kingsbury "
                     "et al. (2011), was trained on 340 hours.")
    best = [number for number, _, _ in index.ranked(claim, limit=1)]
    assert 3 not in best
    assert [number for number, _, _ in index.ranked(claim, limit=1, counted=1)] == [*best, 3]
    other = claim_of("The baseline ASR system of the current work, modeled after Kingsbury "
                     "et al. (2011), was trained for 340 minutes.")
    assert [number for number, _, _ in index.ranked(other, limit=1, counted=1)] == \
        [number for number, _, _ in index.ranked(other, limit=1)]


def test_a_transposed_count_contradicts_with_a_word_the_passage_lacks():
    """"340 hours" for "430 hours" is that count miscopied: a passage that holds the claim
    but for a word ("fitted" for "trained") contradicts it, as names binding the number
    would; another number of hours there ("350") stays no evidence."""
    garbled = check("The acoustic models were fitted on 340 hours of transcribed speech from "
                    "the Broadcast News corpus.", TRANSCRIPTION)
    assert garbled.outcome == Outcome.contradicted, garbled.explanation
    assert "transposed" in garbled.explanation
    other = check("The acoustic models were fitted on 350 hours of transcribed speech from "
                  "the Broadcast News corpus.", TRANSCRIPTION)
    assert other.outcome == Outcome.no_evidence, other.explanation


# roark13, the abstract's first sentence and §6.1: the system's setup is told over several
# sentences; "MLLR" is named two sentences after the count of hours.
DECODING = paper_of(TRANSCRIPTION.title or "", "6.1 Automatic transcription", [
    "Automatically assessing the fidelity of a retelling to the original narrative \u2013 a "
    "task of growing clinical importance \u2013 is challenging, given extensive paraphrasing "
    "during retelling along with cascading automatic speech recognition (ASR) errors.",
    *[sentence.text for sentence in TRANSCRIPTION.sentences[:3]],
    "The acoustic models were trained on 430 hours of transcribed speech from Broadcast "
    "News corpus (LDC97S44, LDC98S71).",
    TRANSCRIPTION.sentences[4].text,
    "The decoding is performed in several stages using successively refined acoustic models "
    "\u2013 a context-dependent model, a vocal-tract normalized model, a speaker-adapted "
    "maximum likelihood linear regression (MLLR) model, and finally a discriminatively trained "
    "model with the boosted MMI criteria (Povey et al., 2008).",
])
DECODING.sentences[0].section = "Abstract"


def test_a_count_takes_the_names_of_its_setup_from_two_sentences_away():
    """A count of the claimed noun ("430 hours") contradicts "350 hours of the MLLR system",
    the name being told two sentences later; a name the setup never gives ("HTK"), or plain
    words found only that far ("decoded", "boosted", "criteria"), keep it no evidence."""
    result = check("The acoustic models of the MLLR system were trained on 350 hours of "
                   "transcribed speech from the Broadcast News corpus.", DECODING)
    assert result.outcome == Outcome.contradicted, result.explanation
    for text in ("The acoustic models of the HTK system were trained on 350 hours of "
                 "transcribed speech from the Broadcast News corpus.",
                 "The acoustic models of the system decoded with the boosted MMI criteria were "
                 "trained on 350 hours of transcribed speech from the Broadcast News corpus."):
        result = check(text, DECODING)
        assert result.outcome == Outcome.no_evidence, result.explanation


# P14-1059, §4: a count of things printed as a whole number.
WINDOW_SIZE = paper_of(
    "How to make words with vectors: Phrase generation in distributional semantics",
    "4 Evaluation setting", [
        "The cbow model introduced in Mikolov et al. (2013a) learns vector representations "
        "using a neural network architecture by trying to predict a target word given the words "
        "surrounding it.",
        "We use the word2vec software to build vectors of size 300 and using a context window "
        "of 5 words to either side of the target.",
    ])


def test_a_whole_count_of_things_does_not_confirm_a_fraction():
    """"A context window of 5 words" counts words exactly: it is no rounding of 4.6 (its
    printed-precision interval [4.5, 5.5) does not apply), while 5 and 5.0 are found."""
    fraction = check("The word2vec vectors use a context window of 4.6 words to either side "
                     "of the target.", WINDOW_SIZE)
    assert fraction.outcome == Outcome.no_evidence, fraction.explanation
    for text in ("The word2vec vectors use a context window of 5 words to either side of the "
                 "target.", "The word2vec vectors use a context window of 5.0 words to either "
                 "side of the target."):
        whole = check(text, WINDOW_SIZE)
        assert whole.outcome == Outcome.supported, whole.explanation
