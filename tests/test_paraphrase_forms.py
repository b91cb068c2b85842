"""Paraphrase recall on unseen papers: a claim that restates a paper's sentence in other forms.

Each rule is pinned on a sentence of the real papers in tests/real/papers, with a negative
beside each positive: Greek letters spelled out (verify/symbol_names.py, 2023.eacl-main.121),
the authors named as agents where the paper says "we" (verify/byline.py, P14-1059), and a
comparison the grammar cannot read held by a sentence printing the claim's words in order
(verify/word_order.py, bohnet09 and P14-1059), an author block set beside the first
(extract/author_blocks.py, bunescu-acl07) and "one" as a pronoun (verify/word_forms.py,
bohnet09)."""

from __future__ import annotations

from test_text_support import check, claim_of, paper_of

from verify_claims.claims import Outcome
from verify_claims.extract.author_blocks import author_blocks
from verify_claims.extract.paper import _byline
from verify_claims.verify.content import account, claim_parts, passage_terms
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.symbol_names import symbol_terms
from verify_claims.verify.word_order import prints_in_order

# 2023.eacl-main.121, abstract
KENDALL = ("We also show that scores from a partial annotation of fine-grained units highly "
           "correlates with scores from a full annotation workload (0.89 Kendall\u2019s \u03c4 "
           "using 50% judgments).")
# P14-1059, 7 (byline: Georgiana Dinu and Marco Baroni)
GENERATING = ("We continue by testing generation through recursive decomposition on the task of "
              "generating nounpreposition-noun (NPN) paraphrases of adjectivenouns (AN) "
              "phrases.")
INTRODUCE = ("We introduce a dataset containing 192 AN-NPN pairs (such as pre-election promises"
             "\u2192 promises before election), which was created by the second author and "
             "additionally corrected by an English native speaker.")
DINU_BYLINE = ("Georgiana Dinu and Marco Baroni Center for Mind/Brain Sciences University of "
               "Trento, Italy")
TURNEY = ("We also test on the AN-N paraphrasing test set used in Dinu et al. (2013) (in turn "
          "adapting Turney (2012)).")
# bohnet09, 3 and P14-1059, 5
SENSES = ("In order to disambiguate, we iterate over the words in the corpus that have more "
          "than one sense and take the sense with the highest score.")
WAYS = ("In addition to generating topically related ANs, we also see nouns disambiguated in "
        "different ways than intended in the gold standard (for example vitriol and folk in "
        "Table 3).")


def _matched(claim: str, passage: str, title: str = "A paper", byline: str | None = None
             ) -> set[str]:
    paper = paper_of(title, ("Section", [passage]))
    paper.byline = byline
    parts = claim_parts(claim_of(claim))
    accounting = account(parts, passage_terms(passage), PassageIndex(paper), paper.sentences)
    return {part.text for part in accounting.matched}


def test_a_greek_letter_is_its_spelled_name():
    assert symbol_terms("0.89 Kendall\u2019s \u03c4") == {"tau"}
    assert symbol_terms("Fleiss kappa") == {"\u03ba"}
    assert symbol_terms("a partial annotation") == frozenset()
    assert "tau" in _matched("A partial annotation reaches a Kendall's tau of 0.89.", KENDALL)
    # Another letter is not this one.
    assert "rho" not in _matched("A partial annotation reaches a Spearman's rho of 0.89.",
                                 KENDALL)


def test_the_authors_named_as_agents_are_the_we_of_the_paper():
    claim = "The AN-NPN data set introduced by Dinu and Baroni contains 192 pairs."
    title = "How to make words with vectors: Phrase generation in distributional semantics"
    assert {"Dinu", "Baroni"} <= _matched(claim, INTRODUCE, title, DINU_BYLINE)
    paper = paper_of(title, ("7 Noun phrase generation", [GENERATING, INTRODUCE]))
    paper.byline = DINU_BYLINE
    assert check(claim, paper).outcome == Outcome.supported
    paper.byline = "Peter D. Turney Institute for Information Technology"
    assert check(claim, paper).outcome == Outcome.no_evidence
    # Not the paper's authors: not found.
    assert "Turney" not in _matched("The AN-NPN data set introduced by Turney contains 192 "
                                    "pairs.", INTRODUCE, title, DINU_BYLINE)
    # Not after "by": a name the passage must print itself.
    assert "Baroni" not in _matched("Baroni's colleagues tested the AN-N set.", TURNEY, title,
                                    None)
    # The authors as the claim's subject.
    assert {"Dinu", "Baroni"} <= _matched("Dinu and Baroni introduce a data set of 192 AN-NPN "
                                          "pairs.", INTRODUCE, title, DINU_BYLINE)
    assert "Baroni" not in _matched("A data set of 192 AN-NPN pairs was introduced, as Turney "
                                    "and Baroni note.", INTRODUCE, title, DINU_BYLINE)
    assert "Dinu" in _matched("In their generation study, Dinu et al. introduce a data set of "
                              "192 AN-NPN pairs.", INTRODUCE, title, DINU_BYLINE)
    assert "Dinu" not in _matched("In their generation study, Dinu and colleagues introduce a "
                                  "data set of 192 AN-NPN pairs.", INTRODUCE, title, DINU_BYLINE)
    # A sentence that does not speak in the first person does not stand for the authors.
    third = "A dataset containing 192 AN-NPN pairs was created by the second author."
    assert "Dinu" not in _matched(claim, third, title, DINU_BYLINE)


def test_a_sentence_printing_the_claims_words_in_order_holds_its_comparison():
    reworded = ("We iterate over the words in the corpus that have more than one sense and take "
                "the sense with the highest score.")
    assert prints_in_order(reworded, SENSES)
    paper = paper_of("Efficient Parsing of Syntactic and Semantic Dependency Structures",
                     ("3 Semantic Role Labeling", [SENSES]))
    assert check(reworded, paper).outcome == Outcome.supported
    # The two sides of "than" swapped: the same words in another order, not held.
    swapped = ("We iterate over the words in the corpus that have more than one score and take "
               "the sense with the highest sense.")
    assert not prints_in_order(swapped, SENSES)
    assert check(swapped, paper).outcome == Outcome.no_evidence
    ways = "We see nouns disambiguated in different ways than intended in the gold standard."
    assert prints_in_order(ways, WAYS)
    assert not prints_in_order("We see nouns intended in different ways than disambiguated in "
                               "the gold standard.", WAYS)
    # A content word between the claim's words may change what is compared.
    assert not prints_in_order("words that have more than one sense",
                               "words that have more than one hundred senses")
    # A word the sentence lacks (another comparative) leaves the comparison unread.
    assert not prints_in_order("Decomposing composed phrase vectors is harder than decomposing "
                               "observed ones.", "Decomposing composed rather than observed "
                               "phrase representations is easier.")


# bunescu-acl07 (P07-1073), page 1 as the layout reads it: the second author's block falls in
# the first column, after the start of the introduction.
BUNESCU_LINES = [(1, "Learning to Extract Relations from the Web"),
                 (1, "using Minimal Supervision"),
                 (1, "Razvan C. Bunescu"), (1, "Department of Computer Sciences"),
                 (1, "University of Texas at Austin"), (1, "1 University Station C0500"),
                 (1, "Austin, TX 78712"), (1, "razvan@cs.utexas.edu"), (1, "Abstract"),
                 (1, "We present a new approach to relation ex-"),
                 (1, "to be extracted is expensive and tedious."), (1, "Raymond J. Mooney"),
                 (1, "Department of Computer Sciences"), (1, "University of Texas at Austin"),
                 (1, "1 University Station C0500"), (1, "Austin, TX 78712"),
                 (1, "mooney@cs.utexas.edu"),
                 (1, "Although not all of the sentences for positive pairs"),
                 (2, "Department of Computer Sciences"), (2, "University of Texas at Austin")]


def test_an_author_block_set_beside_the_first_is_byline():
    byline = _byline(BUNESCU_LINES, [line for _, line in BUNESCU_LINES[:2]])
    assert byline is not None and "Mooney" not in byline
    lines, names = author_blocks(BUNESCU_LINES, byline)
    assert names == ["Raymond J. Mooney"]
    texts = [text for _, text in lines]
    assert "mooney@cs.utexas.edu" not in texts and "Raymond J. Mooney" not in texts
    assert texts[lines.index((1, "to be extracted is expensive and tedious.")) + 1] \
        == "Although not all of the sentences for positive pairs"
    assert texts[-2:] == ["Department of Computer Sciences", "University of Texas at Austin"]
    # The first block (already the byline) and a byline without a second block stay as read.
    assert lines[:8] == BUNESCU_LINES[:8]
    assert author_blocks(BUNESCU_LINES[:11], byline) == (BUNESCU_LINES[:11], [])
    # One repeated line is no block: "University of Texas at Austin" cited in the text.
    single = [*BUNESCU_LINES[:11], (1, "Ray Mooney"), (1, "University of Texas at Austin"),
              (1, "reports the same.")]
    assert author_blocks(single, byline)[1] == []


# bohnet09, 2
APPROACHES = ("There are two main approaches to dependency parsing: Maximum Spanning Tree (MST) "
              "based dependency parsing and Transition based dependency parsing, cf. (Eisner, "
              "1996; Nivre et al., 2004; McDonald and Pereira, 2006).")


def test_one_standing_for_a_noun_is_no_count():
    claim = ("The parser follows the maximum spanning tree approach to dependency parsing rather "
             "than the transition-based one.")
    words = {part.text for part in claim_parts(claim_of(claim)).parts}
    assert "one" not in words and "transition-based" in words
    assert {"maximum", "spanning", "transition-based"} <= _matched(claim, APPROACHES)
    # Counts keep their "one": "one of several", "more than one sense".
    assert "one" in {part.text for part in claim_parts(claim_of(
        "The embeddings are one of several ranking features.")).parts}
    assert "one" in {part.text for part in claim_parts(claim_of(
        "Words that have more than one sense are disambiguated.")).parts}


# 2020.acl-main.207, 4
TRIPLES = "This process results in about 684K training triples and 145K validation triples."


def test_amounts_to_is_the_copula_of_a_quantity():
    claim = "The training data amounts to about 684K training triples."
    assert "amounts" not in {part.text for part in claim_parts(claim_of(claim)).parts}
    assert {"training", "triples"} <= _matched(claim, TRIPLES)
    # The amount's noun still counts: "validation" is not "training".
    assert "test" not in _matched("The test data amounts to about 145K test triples.", TRIPLES)
