"""Row labels of a system's variants, read on the real page (verify/header_compounds.py).

Table 2 of R-LACE (arXiv:2201.12091, tests/real/redteam5) labels its rows "BERT-frozen",
"BERT-frozen+ RLACE (rank 1)", "BERT-frozen+ INLP (rank 100)", ... The claims of the corpus say
"frozen BERT" and "INLP at rank 100" / "Rank-100 INLP". Before the rule, "frozen" was no word of
the label (the label's modifier is said before the name) and the rows "(rank 1)" and "(rank 100)"
had the same header words (numbers in brackets were read as citations), so no cell was decided.
"""

from __future__ import annotations

import pytest
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import Status
from verify_claims.verify.header_compounds import bracketed_settings, says_setting
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.header_words import ClaimWords

RL = "2201.12091"
CLAIMS = (
    # 0-3: the corpus's claims (tests/real/redteam5/gold.jsonl), labelled from the page
    "With frozen BERT, INLP at rank 100 drops profession accuracy to 71.94%.",  # true
    "At rank 100, R-LACE brings frozen BERT's gender accuracy to 52.77%.",  # true
    "Rank-100 INLP on frozen BERT lowers gender accuracy to 52.77%.",  # false: 53.21
    "Rank-1 INLP on finetuned BERT lowers gender accuracy by 1 point.",  # false: 3.37
    # 4-5: the rank swapped (the page: rank 1 of INLP on frozen BERT gives 79.09)
    "With frozen BERT, INLP at rank 1 drops profession accuracy to 71.94%.",  # false
    "Rank-1 INLP on finetuned BERT lowers gender accuracy by 3.37 points.",  # true
)


@pytest.fixture(scope="module")
def rlace(redteam5_paper):
    paper, _ = redteam5_paper(RL)
    made = [mutations.Made(text=text, kind="test", paper=RL, origin=text) for text in CLAIMS]
    return mutations.verify(made, {RL: paper})


def _said(claim: str, header: str) -> list[str]:
    words = ClaimWords(claim)
    return [word.word for word in header_words(header) if words.names(word) is not None]


def test_a_setting_in_brackets_is_a_header_word_and_a_citation_is_not():
    assert bracketed_settings("BERT-frozen+ INLP (rank 100)") == [("rank", "100")]
    assert bracketed_settings("GAME (L=3)") == [("l", "3")]
    assert bracketed_settings("Transformer (4 layers)") == [("layers", "4")]
    assert bracketed_settings("ChemProt (Kringelum et al., 2016)") == []
    assert bracketed_settings("Train (70%)") == []
    assert bracketed_settings("MCNN [28]") == []
    assert bracketed_settings("Macro (F1)") == []  # a metric's name, not a setting
    assert bracketed_settings("(k = 50)") == [("k", "50")]
    assert says_setting("rank 100", "Rank-100 INLP on frozen BERT")
    assert says_setting("rank 1", "Rank-100 INLP on frozen BERT") is None
    assert says_setting("layers 4", "the 4-layer Transformer")


def test_a_variant_label_is_said_modifier_first():
    assert "bert-frozen+" in _said("INLP on frozen BERT lowers it", "BERT-frozen+ INLP")
    assert "bert-finetuned+" not in _said("INLP on frozen BERT", "BERT-finetuned+ INLP")
    # two capitalised names side by side are two names, not a system and its variant
    assert "english-german" not in _said("the pair of German English texts", "English-German")
    assert "english-german" not in _said("German English texts are", "English-German")
    assert "bert-frozen" in _said("Frozen BERT with rank-1 INLP", "BERT-frozen")


def test_rows_told_apart_by_their_setting_are_decided(rlace):
    assert rlace[0].status == Status.confirmed
    assert rlace[1].status == Status.confirmed
    assert rlace[2].status == Status.contradicted
    assert rlace[4].status == Status.contradicted
    assert "79.09" in " ".join(check.explanation for check in rlace[4].checks)


def test_a_number_equal_to_the_setting_is_still_a_number_the_cells_must_give(rlace):
    assert rlace[3].status == Status.contradicted
    assert rlace[5].status == Status.confirmed
