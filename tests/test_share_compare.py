"""A comparison of two shares decided by the two percentages the paper gives (issue 11), on
a real sentence of 2020.acl-main.207 (section 4, MeSH classification), with negatives: the
comparison in the paper's order is no contradiction, a share of other things decides
nothing, and a comparative of something other than a share is not read."""

from __future__ import annotations

from verify_claims.claims import Location, Outcome, Paper, Sentence
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.share_compare import share_comparison, shares_compared
from verify_claims.verify.source_check import check_source
from verify_claims.verify.wording import one_word

SOURCE = "ACL:2020.acl-main.207"
MESH = ("The most populated category is Neoplasms (cancer) with 5.4K instances (23.3% of the "
        "total dataset) while the category with least number of samples is Hepatitis (1.7% of "
        "the total dataset).")
PAPER = enrich_paper(Paper(
    file="paper.txt", source_id=SOURCE,
    title="SPECTER: Document-level Representation Learning using Citation-informed Transformers",
    sentences=[Sentence(text=text, page=1, section=section) for section, text in (
        ("Abstract", "We propose SPECTER, a new method to generate document-level embedding of "
                     "scientific documents."),
        ("4 Tasks", "We construct a dataset consisting of 23K academic medical papers, where "
                    "each paper is assigned one of 11 top-level disease classes such as "
                    "cardiovascular diseases, diabetes, digestive diseases derived from the "
                    "MeSH vocabulary."),
        ("4 Tasks", MESH),
        ("4 Tasks", "We follow the approach of Feldman et al. (2019) in mapping the MeSH "
                    "vocabulary to the disease classes."),
    )]))


def check(text: str):
    claim = build_claim("report.txt", text, Location(file="report.txt", line=1))
    return check_source(claim, PAPER, SOURCE, PassageIndex(PAPER))


def test_the_two_percentages_decide_the_comparison_of_shares():
    sentence = PAPER.sentences[2]
    assert shares_compared("Hepatitis papers make up a larger share of the MeSH dataset than "
                           "Neoplasms papers.", sentence) is False
    assert shares_compared("Neoplasms papers make up a larger share of the MeSH dataset than "
                           "Hepatitis papers.", sentence) is True
    assert shares_compared("Neoplasms papers make up a smaller share of the MeSH dataset than "
                           "Hepatitis papers.", sentence) is False


def test_a_comparison_of_shares_read_the_other_way_contradicts():
    result = check("In the MeSH dataset, Hepatitis papers make up a larger share of the total "
                   "dataset than Neoplasms papers.")
    assert result.outcome == Outcome.contradicted
    assert "other way round" in result.explanation


def test_the_comparison_in_the_papers_order_is_no_contradiction():
    result = check("In the MeSH dataset, Neoplasms papers make up a larger share of the total "
                   "dataset than Hepatitis papers.")
    assert result.outcome != Outcome.contradicted


def test_shares_of_other_things_decide_nothing():
    # Diabetes is named in the paper, but no percentage is given for it.
    result = check("In the MeSH dataset, Diabetes papers make up a larger share of the total "
                   "dataset than Neoplasms papers.")
    assert result.outcome != Outcome.contradicted
    assert shares_compared("Diabetes papers make up a larger share of the MeSH dataset than "
                           "Neoplasms papers.", PAPER.sentences[2]) is None


def test_only_shares_are_compared():
    assert share_comparison("Hepatitis papers have a larger vocabulary than Neoplasms "
                            "papers.") is None
    assert share_comparison("Hepatitis papers make up a larger share than Neoplasms papers.")


def test_make_up_is_a_verb_of_composition_without_its_particle():
    assert one_word("Biomedical papers make up 43% of it") == "Biomedical papers make    43% of it"
    assert one_word("the picture is made up of dots").count("up") == 0
    assert one_word("it goes up by 2") == "it goes up by 2"
