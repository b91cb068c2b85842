"""A sentence's preparation for the source check is shared between papers (and versions) that
print the sentence alike, never between sentences parsed differently, and sharing it changes
no check."""

from __future__ import annotations

from test_source_check import SENTENCES, SOURCE, make_claim, make_paper

from verify_claims.verify import side_memo
from verify_claims.verify.number_sides import _sentence_side, _side
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.source_check import check_source


def test_two_versions_share_the_preparation_of_an_equal_sentence():
    one, two = PassageIndex(make_paper()), PassageIndex(make_paper(source_id="v3"))
    assert _sentence_side(one, 5) is _sentence_side(two, 5)
    # Another sentence at the same position is prepared apart.
    moved = PassageIndex(make_paper(SENTENCES[1:]))
    assert _sentence_side(moved, 5) is not _sentence_side(one, 5)
    assert _sentence_side(moved, 4) is _sentence_side(one, 5)


def test_a_sentence_parsed_otherwise_is_prepared_apart():
    paper = make_paper()
    other = make_paper()
    sentence = other.sentences[5]  # "HellaSwag lowers PAWS-X accuracy by 0.8 points in French."
    sentence.quantities[0] = sentence.quantities[0].model_copy(update={"unit": "%"})
    assert side_memo.sentence_key(sentence) != side_memo.sentence_key(paper.sentences[5])
    ours, theirs = _sentence_side(PassageIndex(paper), 5), _sentence_side(PassageIndex(other), 5)
    assert ours is not theirs and theirs.quantities[0].unit == "%"
    entity = other.sentences[6].entities[0]
    other.sentences[6].entities[0] = entity.model_copy(update={"label": "MODEL"})
    assert side_memo.sentence_key(other.sentences[6]) \
        != side_memo.sentence_key(paper.sentences[6])


def test_a_shared_preparation_is_what_preparing_afresh_gives_and_checks_do_not_change():
    paper = make_paper()
    for position, sentence in enumerate(paper.sentences):
        fresh = _side(sentence.text, sentence.entities, sentence.quantities)
        assert _sentence_side(PassageIndex(paper), position) == fresh
    texts = ["HellaSwag lowers PAWS-X accuracy by 0.8 points in French.",
             "HellaSwag lowers PAWS-X accuracy by 1.8 points in French.",
             "HellaSwag raises PAWS-X accuracy by 0.8 points in French.",
             "ANLI+ has 1,104,934 training examples."]
    first = [check_source(make_claim(text), paper, SOURCE, PassageIndex(paper)) for text in texts]
    side_memo._SIDES._values.clear()  # noqa: SLF001 - a cold memo, as in a new process
    again = make_paper()
    second = [check_source(make_claim(text), again, SOURCE, PassageIndex(again))
              for text in texts]
    assert first == second
    assert [check.outcome.value for check in first] == [
        "supported", "contradicted", "contradicted", "supported"]


def test_the_memo_is_bounded(monkeypatch):
    memo = side_memo.Memo(3)
    for number in range(10):
        memo.get(number, lambda number=number: number)
    assert len(memo._values) == 3 and memo.peek(9) == 9 and memo.peek(0) is None  # noqa: SLF001


def test_content_terms_are_remembered_per_text_and_each_caller_gets_its_own_list():
    from verify_claims.verify.passages import _content_terms, content_terms

    text = "ANLI+ joins ANLI rounds 1 to 3 for 1,104,934 training examples."
    first = content_terms(text)
    assert first == ["anli+", "joins", "anli", "round", "1", "3", "1104934", "train", "examp"]
    first.append("changed")
    hits = _content_terms.cache_info().hits
    assert content_terms(text) == first[:-1]
    assert _content_terms.cache_info().hits == hits + 1
