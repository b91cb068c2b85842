"""What the seventh blind corpus (tests/real/heldout7) showed on its first run, pinned on the
real papers (these claims are no longer blind). The first run gave no wrong decisive verdict
(precision 1.00 for confirmed and contradicted); the misses fixed here are general rules that
left true claims undecided:

- arXiv:2201.05281 (NG-Scope, an ACM journal article) and arXiv:2201.09329 (ULSA) print their
  abstract with no "Abstract" heading, before the first section, so the parser left it out
  with the title and authors, and the claims quoting it found no passage:
  extract/unlabelled_abstract.py reads such a paragraph of prose as the abstract;
- arXiv:2201.05281 §5.1 "Decoding Accuracy": "90.4% of the control messages NG-Scope decodes"
  was set aside as naming §5.4 "Congestion control using NG-Scope", since "decodes" and
  "decoding" differ in their sixth letter: verify/sibling_sections.py compares stems;
- arXiv:2201.05281 §5.2: "NG-Scope's computational cost grows in proportion to the number of
  active users" against "costs do not increase proportionally with the number of active
  users": "grow" was no direction word, so the claim stated none and the negation went
  unseen; "grow" and "shrink" join "rise" and "fall" (claims/vocabulary.py).
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.extract.polarity import statement_polarity
from verify_claims.extract.unlabelled_abstract import with_abstract_heading
from verify_claims.verify.sibling_sections import _headings, sibling_word, stem

NG = "2201.05281v2"
UL = "2201.09329v1"
TT = "2201.07525v1"


def _abstract(paper) -> list[str]:
    return [sentence.text for sentence in paper.sentences if sentence.section == "Abstract"]


def test_an_acm_abstract_without_heading_is_read(round8_paper):
    paper, _ = round8_paper(NG)
    assert paper.sections[0].title == "Abstract"
    abstract = _abstract(paper)
    assert abstract[0].startswith("Accurate and highly-granular channel capacity telemetry")
    assert "30.5 Mbit/s, which is 3.3× larger than NG-Scope (9.2 Mbit/s)" in abstract[-1]
    # The front matter after it (CCS concepts, reference format) stays left out.
    assert not any("CCS Concepts" in text or "ACM Reference Format" in text
                   for text in abstract)


def test_a_preprint_abstract_alone_on_page_two_is_read(round8_paper):
    paper, _ = round8_paper(UL)
    assert paper.sections[0].title == "Abstract"
    abstract = _abstract(paper)
    assert abstract[0].startswith("Applying AI power to predict syntheses")
    assert abstract[-1].endswith("autonomous robotic synthesis.")
    # The affiliations and e-mail lines above it are not prose.
    assert not any("Berkeley" in text or "address" in text for text in abstract)


def test_a_labelled_abstract_is_kept_as_printed(round8_paper):
    paper, _ = round8_paper(TT)
    titles = [section.title for section in paper.sections]
    assert titles[0] == "ABSTRACT" and "Abstract" not in titles


def test_claims_quoting_an_unlabelled_abstract_are_confirmed(round8_paper):
    paper, _ = round8_paper(NG)
    claims = mutations.verify_texts(
        paper,
        "The MobileInsight-based CLAW has a root-mean-squared capacity error of 30.5 Mbit/s, "
        "3.3x larger than NG-Scope's 9.2 Mbit/s.",
        "NG-Scope misses the detection of less than 1% of data capacity overall.",
        stem=NG)
    # The first was confirmed until round 21; text21's `guards_flattened_rows.other_label`
    # withheld it (the flattened table's "claw" row prints another number as well): a right
    # verdict lost, none wrong. Round 25 (probe25b) has it back: a label ending in a function
    # word leads prose into its number, no flattened row (`guards_flattened_rows._INTO_NUMBER`).
    assert [claim.status for claim in claims] == [Status.confirmed, Status.confirmed]


def test_a_claim_naming_its_own_section_inflected_is_not_sent_to_a_sibling(round8_paper):
    paper, _ = round8_paper(NG)
    (claim,) = mutations.verify_texts(
        paper, "On average, 90.4% of the control messages NG-Scope decodes are correct, "
               "against 65.3% for OWL.", stem=NG)
    assert claim.status == Status.confirmed


LINES = [
    (1, "A Paper Title"),
    (1, "Ada Lovelace and Charles Babbage, Analytical Engine Society, London, UK"),
    (1, "We study how engines compute tables of numbers with the help of punched cards, and we"),
    (1, "report what they compute. The engine computes the table of squares in four hours and"),
    (1, "the table of cubes in six. We also discuss what goes wrong when a card is missing from"),
    (1, "the deck."),
    (1, "Keywords: engines; tables"),
    (1, "1 INTRODUCTION"),
    (1, "Engines compute tables."),
]


def test_the_unlabelled_abstract_rule_on_its_own():
    found = with_abstract_heading(LINES, ["A Paper Title"])
    assert [line for _, line in found] == [
        "A Paper Title", LINES[1][1], "Abstract", *[line for _, line in LINES[2:6]],
        "1 INTRODUCTION", "Engines compute tables."]
    labelled = [LINES[0], (1, "Abstract"), *LINES[2:]]
    assert with_abstract_heading(labelled, ["A Paper Title"]) == labelled
    # A paragraph of one sentence, or of two lines, is no abstract.
    short = [LINES[0], LINES[2], LINES[3], LINES[7]]
    assert with_abstract_heading(short, ["A Paper Title"]) == short
    # Nor is a run of prose that stops mid-sentence (a sidebar read into a column).
    unended = [*LINES[:5], (1, "Figure 1: The Engine"), *LINES[7:]]
    assert with_abstract_heading(unended, ["A Paper Title"]) == unended


@pytest.mark.parametrize("word,stemmed", [
    ("decodes", "decod"), ("decoding", "decod"), ("decoded", "decod"), ("Decoding", "decod"),
    ("translation", "transl"), ("translate", "transl"), ("uses", "uses")])
def test_section_words_are_compared_by_stem(word, stemmed):
    assert stem(word) == stemmed


def test_a_sibling_heading_still_places_a_claim():
    headings = _headings(("6.1 Machine Translation", "6.3 English Constituency Parsing"))
    assert sibling_word("The Transformer used a beam size of 21 for translation",
                        "6.3 English Constituency Parsing", "We used a beam size of 21",
                        headings) == "6.1 Machine Translation"


def test_growing_is_a_direction(round8_paper):
    assert statement_polarity("The cost grows with the number of users.") == ("increase", False)
    assert statement_polarity("The error shrinks on larger data.") == ("decrease", False)
    paper, _ = round8_paper(NG)
    (claim,) = mutations.verify_texts(
        paper, "NG-Scope's computational cost grows in proportion to the number of active "
               "users the base station serves.", stem=NG)
    assert claim.status == Status.contradicted
