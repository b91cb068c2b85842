"""verify/definitions.py: the short names a paper defines in its captions and text, and the
table and text checks that read a claim's long names through them. Captions, rows and
sentences are those of real papers (P12-1002 = tests/real/papers/dyer12.pdf, W09-1210 =
bohnet09.pdf, P07-1073 = bunescu-acl07.pdf, roark13.pdf, N18-3011.pdf)."""

from __future__ import annotations

import pytest

from verify_claims.claims import Cell, Claim, Location, Outcome, Paper, Section, Sentence, Table
from verify_claims.extract.cell_values import parse_cell
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify.cell_arithmetic import check_cell_differences
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.content import account, claim_parts, passage_terms
from verify_claims.verify.definitions import Glossary, read_definitions
from verify_claims.verify.header_vocabulary import HeaderWord
from verify_claims.verify.header_words import ClaimWords
from verify_claims.verify.passages import PassageIndex

# P12-1002, Table 2 (the caption's first two sentences, as printed, typo "IterMixSDG" kept).
DYER_CAPTION = (
    "Table 2: BLEU-4 results for algorithms 1 (SGD), 2 (MixSGD), 3 (IterMixSDG), and 4 "
    "(IterSelSGD) on news-commentary (nc) data. Feature groups are 12 dense features (default), "
    "rule identifiers (id), rule n-gram (ng), and rule shape (shape).")


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(definition.short, definition.long) for definition in read_definitions(text)}


def test_an_enumeration_links_each_item_to_its_bracket():
    found = _pairs(DYER_CAPTION)
    assert {("1", "SGD"), ("2", "MixSGD"), ("4", "IterSelSGD"), ("id", "rule identifiers"),
            ("ng", "rule n-gram")} <= found
    # "12 dense features (default)": neither abbreviates the other by its letters, and no
    # label: a list item's bracket may qualify it as well as rename it.
    assert not any(short == "default" for short, _ in found)
    assert ("nc", "news-commentary") in found  # Long (short), by its letters
    # The lead-in of the first item is not part of it.
    assert not any("algorithms" in long or "groups" in long for _, long in found)


def test_two_numbered_items_are_an_enumeration_too():
    # P12-1002, Table 3's caption.
    found = _pairs("BLEU-4 results for algorithms 1 (SGD) and 4 (IterSelSGD) on Europarl (ep) "
                   "and news crawl (crawl) test data.")
    assert {("1", "SGD"), ("4", "IterSelSGD"), ("ep", "Europarl")} <= found


@pytest.mark.parametrize("text, short, long", [
    ("Multiple instance learning (MIL) is a machine learning framework that exploits this "
     "sort of weak supervision.", "MIL", "Multiple instance learning"),  # P07-1073
    ("we investigated the impact of using context-dependent (CD) features instead of the CI "
     "features used in the previous experiments.", "CD", "context-dependent"),  # roark13
    ("Document-level evaluation of three approaches in two scientific areas: computer science "
     "(CS) and biomedical (Bio).", "Bio", "biomedical"),  # N18-3011, Table 2
])
def test_a_bracketed_short_form_after_its_long_form(text, short, long):
    assert (short, long) in _pairs(text)


def test_a_short_form_before_its_long_form_in_brackets():
    found = _pairs("We report the LAS (labeled attachment score) and the UAS (unlabeled "
                   "attachment score) of each parser.")
    assert {("LAS", "labeled attachment score"), ("UAS", "unlabeled attachment score")} <= found


def test_a_legend_of_abbreviations_continued_by_for():
    # W09-1210, the captions of Tables 1 and 5 (their spelling kept).
    found = _pairs("Selected standard parsing features. h is the abbrevation for head, d for "
                   "dependent, g for grandchild, and s for sibling.")
    assert {("h", "head"), ("d", "dependent"), ("g", "grandchild"), ("s", "sibling")} <= found
    found = _pairs("rmc is the abbrivation for right most child, lmc for left most child, and "
                   "lms left most sibling.")
    assert {("rmc", "right most child"), ("lmc", "left most child")} <= found
    assert ("p", "predicate") in _pairs("p is the abbrivation for predicate and a for argument.")


@pytest.mark.parametrize("text", [
    # roark13: a bracket that glosses a word, not a short name.
    "resulting either in fully unsupervised approaches that perform competitively with the "
    "supervised models or in hybrid (supervised) approaches that provide the best performing "
    "systems in this study.",
    # N18-3011: "refers to" explaining an ordinary word.
    "to estimate the probability that a given mention refers to an entity.",
    # 2023.eacl-main.121: counts in brackets name nothing.
    "Even within a granularity, setups differ: Likert-scale (24 papers), A/B testing (13 "
    "papers), binary per-sentence labels (4 papers) are the dominant protocols.",
    # roark13: a bracket that says which set, not another name of MCI.
    "half of whom had received a diagnosis of MCI (test set).",
    # A bracket in a list that qualifies its item: "large" is no name of RoBERTa.
    "Accuracy of BERT (base), RoBERTa (large), and XLNet (base) on the four tasks.",
    # A citation and a reference in brackets.
    "This is similar to the index used in previous entity linking systems (e.g., Bhagavatula "
    "et al., 2015) and to the scores (Table 3).",
])
def test_what_is_no_definition(text):
    assert not read_definitions(text)


def test_an_acronym_in_a_list_names_only_the_item_it_spells():
    # 2020.acl-main.447, Table 5: "text (CLS) classification" does not make CLS "text", and
    # "macro-F1 for relation" is no listed name.
    found = _pairs("Reported statistics are spanlevel F1 for NER, token-level F1 for PICO, "
                   "dependency parsing (DEP), and macro-F1 for relation (REL) and text (CLS) "
                   "classification.")
    assert ("DEP", "dependency parsing") in found and ("REL", "relation") in found
    assert not any(short == "CLS" or "macro" in long for short, long in found)


def test_labels_hold_for_their_own_table_and_ambiguous_names_are_dropped():
    other = "Table 3: Results of the entity extraction model (Top 4 rows)."
    glossary = Glossary(["We evaluate on News Commentary (nc) data.",
                         "The score (SC) of each run.", "The shared core (SC) of both."],
                        [DYER_CAPTION, other])
    own = set(glossary.links(DYER_CAPTION))
    assert {"4", "id", "nc"} <= own
    assert "4" not in glossary.links(other)
    assert "nc" in glossary.links(other)
    assert "sc" not in own  # two meanings: which one a header means is not known


def test_a_header_word_is_said_through_the_definitions_of_its_table():
    glossary = Glossary([], [DYER_CAPTION, "Table 3: Top 4 results."])
    words = ClaimWords("IterSelSGD with rule identifiers, rule n-grams and rule shapes reaches "
                       "28.81 BLEU on the news-commentary test set.", [(28.81, 0)], glossary)
    four = HeaderWord("4", number=4.0)
    assert words.names(four, caption=DYER_CAPTION) == {0}
    assert words.names(four, caption="Table 3: Top 4 results.") is None
    assert words.names(four) is None  # no table named: no label is in force
    assert words.named(HeaderWord("id"), DYER_CAPTION)
    assert words.named(HeaderWord("ng"), DYER_CAPTION)
    assert words.named(HeaderWord("test-nc"), DYER_CAPTION)  # "news-commentary test set"
    assert not words.named(HeaderWord("dev-nc"), DYER_CAPTION)
    assert not words.named(HeaderWord("3", number=3.0), DYER_CAPTION)
    plain = ClaimWords("IterSelSGD reaches 28.81 BLEU.", [(28.81, 0)])
    assert plain.names(four, caption=DYER_CAPTION) is None  # no glossary, no link


# --- the table check on P12-1002's Table 2 ------------------------------------------------

SOURCE = "ACL:P12-1002"
_VALUE_COLUMNS = ("#Features", "devtest-nc", "test-nc")
_ROWS = [  # algorithm, tuning set, features, #features, devtest-nc, test-nc
    ("MIRA", "dev-nc", "default", "12", "–", "27.10"),
    ("1", "dev-nc", "default", "12", "25.88", "28.0"),
    ("1", "dev-nc", "+id", "137k", "25.53", "27.6"),
    ("1", "dev-nc", "+id,ng,shape", "180k", "25.71", "28.15"),
    ("2", "train-nc", "+id", "4.1M", "25.13", "27.19"),
    ("2", "train-nc", "+ng", "354k", "26.09", "28.03"),
    ("2", "train-nc", "+shape", "51", "26.07", "27.91"),
    ("2", "train-nc", "+id,ng,shape", "4.7M", "26.08", "27.86"),
    ("3", "train-nc", "+id,ng,shape", "4.7M", "26.42", "28.55"),
    ("4", "train-nc", "+id", "100k", "25.91", "27.82"),
    ("4", "train-nc", "+id,ng,shape", "100k", "26.8", "28.81"),
]


def _cell(text: str, rows: list[str], column: str) -> Cell:
    value, decimals = parse_cell(text) if column in _VALUE_COLUMNS else (None, None)
    return Cell(text=text, value=value, decimals=decimals, row_headers=rows,
                column_headers=[column])


def _dyer(caption: str = DYER_CAPTION) -> Paper:
    header = ["Algorithm", "Tuning set", "Features", "#Features", "devtest-nc", "test-nc"]
    rows = []
    for algorithm, tuning, features, *values in _ROWS:
        path = [algorithm, tuning, features]
        rows.append([_cell(algorithm, path, header[0]), _cell(tuning, path, header[1]),
                     _cell(features, path, header[2])]
                    + [_cell(text, path, column)
                       for text, column in zip(values, header[3:], strict=True)])
    table = Table(caption=caption, header=header, rows=rows, pages=[7])
    sentences = ["We compare the perceptron with MIRA on the news-commentary data."]
    paper = Paper(file="P12-1002.pdf", source_id=SOURCE,
                  title="Joint Feature Selection in Distributed Stochastic Learning",
                  sections=[Section(title="Experiments", page=7)],
                  sentences=[Sentence(text=text, page=7, section="Experiments")
                             for text in sentences], tables=[table])
    return enrich_paper(paper)


def _claim(text: str) -> Claim:
    return build_claim("report.md", text, Location(file="report.md", line=1))


def _outcome(check, text: str, paper: Paper | None = None):
    paper = paper or _dyer()
    result = check(_claim(text), paper, SOURCE, PassageIndex(paper))
    return result.outcome if result else None


@pytest.mark.parametrize("text, outcome", [
    ("IterSelSGD with rule identifiers, rule n-grams and rule shapes reaches 28.81 BLEU on "
     "test-nc.", Outcome.supported),
    ("IterSelSGD with rule identifiers, rule n-grams and rule shapes reaches 28.37 BLEU on "
     "test-nc.", Outcome.contradicted),
    ("With rule identifier features, MixSGD on the full news-commentary data uses 4.1 million "
     "features.", Outcome.supported),
    # "+ng" is the row the claim leaves least unsaid: it confirms, ...
    ("MixSGD with rule n-gram features scores 26.09 BLEU on devtest-nc.", Outcome.supported),
    # ... but the claim may have shortened "+id,ng,shape" (26.08): that row's value
    # contradicts nothing, while a number of neither row does (cell_kinds.py).
    ("MixSGD with rule n-gram features scores 26.08 BLEU on devtest-nc.", None),
    ("MixSGD with rule n-gram features scores 26.5 BLEU on devtest-nc.", Outcome.contradicted),
    # SGD is algorithm 1, not IterSelSGD (whose "+id" row prints 27.82); its "+id" row is
    # picked as the least unsaid of "+id" and "+id,ng,shape", and 27.82 is the value of
    # neither (27.6, 28.15): contradicted whichever the claim shortened.
    ("SGD with rule identifiers reaches 27.82 BLEU on test-nc.", Outcome.contradicted),
    ("SGD with rule identifiers reaches 28.15 BLEU on test-nc.", None),
])
def test_rows_named_through_the_caption(text, outcome):
    assert _outcome(check_cells, text) == outcome


def test_without_the_definitions_no_row_is_named():
    # The same table under a caption that defines nothing: "IterSelSGD" names no row.
    bare = _dyer("Table 2: BLEU-4 results on news-commentary data.")
    text = ("IterSelSGD with rule identifiers, rule n-grams and rule shapes reaches 28.37 BLEU "
            "on test-nc.")
    assert _outcome(check_cells, text, bare) is None


def test_a_difference_names_its_two_rows_through_the_caption():
    text = ("IterSelSGD with rule identifiers, rule n-grams and rule shapes beats the MIRA "
            "baseline on test-nc by {} BLEU.")
    assert _outcome(check_cell_differences, text.format("1.71")) == Outcome.supported
    assert _outcome(check_cell_differences, text.format("1.21")) == Outcome.contradicted


def test_a_compared_argument_on_the_shared_path_names_no_pair():
    # "the MIRA baseline" is the row both of MIRA's cells share: the #Features and test-nc
    # cells of that row are not what "X beats the MIRA baseline" compares.
    text = "IterMixSGD with all feature groups beats the MIRA baseline on test-nc by 1.45 BLEU."
    assert _outcome(check_cell_differences, text) is None


# --- sentences ------------------------------------------------------------------------------

def _paper_of(*sentences: str) -> Paper:
    # An abstract of its own, so that the sentences are no stand-in for the paper's topic.
    abstract = Sentence(text="We present an approach to large-scale discriminative training "
                             "in SMT that selects features jointly across shards.", page=1,
                        section="Abstract")
    return enrich_paper(Paper(
        file="P12-1002.pdf", source_id=SOURCE, title="Joint Feature Selection",
        sections=[Section(title="Abstract", page=1), Section(title="Experiments", page=6)],
        sentences=[abstract, *(Sentence(text=text, page=6, section="Experiments")
                               for text in sentences)]))


def test_a_sentence_prints_the_other_name_of_a_claimed_name():
    # P12-1002, section 5.1: the corpora are named once in full, then by their short names.
    paper = _paper_of(
        "The datasets used in our experiments are versions of the News Commentary (nc), News "
        "Crawl (crawl) and Europarl (ep) corpora described in Table 1.",
        "We split the data into 2290 shards for the ep runs and 141 shards for the nc runs, "
        "each shard holding about 1,000 sentences.")
    index = PassageIndex(paper)
    shards = paper.sentences[2]
    found = account(claim_parts(_claim("The Europarl data were split into 2290 shards.")),
                    passage_terms(shards.text), index, [shards])
    assert not found.missing and not found.unseen, found.lacking()
    # A name the paper does not define stays missing.
    found = account(claim_parts(_claim("The Gigaword data were split into 2290 shards.")),
                    passage_terms(shards.text), index, [shards])
    assert "Gigaword" in found.lacking()


def test_a_caption_legend_of_abbreviations():
    # 2020.acl-main.207, Table 2's caption; the "Table 2:" label and a lone "Ablations:" are
    # no legend items.
    found = _pairs("Table 2: Ablations: Numbers are averages of metrics for each evaluation "
                   "task: CLS: classification, USR: User activity, CITE: Citation prediction, "
                   "REC: Recommendation, Avg. average over all tasks & metrics.")
    assert found == {("CLS", "classification"), ("USR", "User activity"),
                     ("CITE", "Citation prediction"), ("REC", "Recommendation")}
    assert not read_definitions("Table 1: Overview of data. Results: we report these.")
