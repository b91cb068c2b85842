"""extract/paper.py and extract/paper_claims.py on the generated example paper (PDF, text and
Markdown) and on small hand-made papers."""

from __future__ import annotations

import re
import shutil

import pytest

from synth.paper import (
    EXAMPLE_METHOD_SENTENCES,
    EXAMPLE_RESULT_SENTENCES,
    PAGE_BREAK,
    PaperSpec,
    example_spec,
    plain,
    render_paper_pdf,
    render_paper_text,
)
from verify_claims.claims import Paper, Sentence
from verify_claims.extract import nlp as nlp_module
from verify_claims.extract import paper as paper_module
from verify_claims.extract.paper import (
    Passage,
    analyse_sentences,
    enrich_paper,
    heading_title,
    parse_paper,
    section_kind,
    source_id_from_file,
)
from verify_claims.extract.paper_claims import (
    is_result_section,
    is_result_statement,
    paper_claims,
)
from verify_claims.extract.readers import read_document
from verify_claims.verify.cards import bundled_cards_dir, card_to_paper, load_card

pytest.importorskip("fpdf")

SPEC = example_spec()


def squash(text: str) -> str:
    return " ".join(text.split())


def expected_text_by_section(spec: PaperSpec) -> dict[str, str]:
    """The running text of each section as the spec prints it (tables and references are not
    running text)."""
    texts = {"Abstract": plain(spec.abstract)}
    for title, (_, items) in zip(spec.section_titles(), spec.sections, strict=True):
        texts[title] = " ".join(plain(item) for item in items if isinstance(item, str))
    return {title: squash(text) for title, text in texts.items()}


def sentence_ends(text: str) -> int:
    """Sentences in the spec's text, counted by their final punctuation (the example has no
    abbreviations), independently of spaCy."""
    return len(re.findall(r"[.!?](?=\s+[A-Z]|$)", text))


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory):
    return render_paper_pdf(SPEC, tmp_path_factory.mktemp("paper") / "2005.13013v2.pdf")


@pytest.fixture(scope="module")
def pdf_doc(pdf_path):
    return read_document(pdf_path)


@pytest.fixture(scope="module")
def pdf_paper(pdf_doc):
    return parse_paper(pdf_doc)


@pytest.fixture(scope="module", params=["txt", "md"])
def text_paper(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("text") / f"example.{request.param}"
    path.write_text(render_paper_text(SPEC, markdown=request.param == "md"), encoding="utf-8")
    return parse_paper(read_document(path))


# ---------------------------------------------------------------------------------------------
# Sections, title, source id


def test_sections_are_found_in_order_with_their_pages(pdf_paper, pdf_doc):
    assert [section.title for section in pdf_paper.sections] == \
        ["Abstract", *SPEC.section_titles(), "References"]
    for section in pdf_paper.sections:
        lines = [squash(line) for line in pdf_doc.pages[section.page - 1].text.split("\n")]
        assert section.title in lines, f"{section.title} not on page {section.page}"
    pages = [section.page for section in pdf_paper.sections]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == len(pdf_doc.pages)


def test_title_and_source_id(pdf_paper, text_paper):
    assert pdf_paper.title == SPEC.title  # wrapped over two lines in the PDF
    assert pdf_paper.source_id == "arXiv:2005.13013v2"
    assert pdf_paper.file == "2005.13013v2.pdf"
    assert text_paper.title == SPEC.title
    assert text_paper.source_id is None


def test_source_id_given_wins(pdf_doc):
    assert parse_paper(pdf_doc, source_id="arXiv:9999.00001").source_id == "arXiv:9999.00001"


@pytest.mark.parametrize(("name", "expected"), [
    ("2005.13013v2.pdf", "arXiv:2005.13013v2"), ("2005.13013.txt", "arXiv:2005.13013"),
    ("arXiv_2101.00001v1.pdf", "arXiv:2101.00001v1"), ("paper.pdf", None),
    # The strict arXiv grammar: ids from 2015 on have five digits after the dot.
    ("2005.1301.pdf", None), ("20051.3013.pdf", None),
])
def test_source_id_from_file(name, expected):
    assert source_id_from_file(name) == expected


# ---------------------------------------------------------------------------------------------
# Sentences


def test_sentences_rebuild_each_section_exactly(pdf_paper):
    """Joined, the sentences of a section are its running text: nothing lost, no running
    header, page number, table cell, caption or reference entry added, hyphens and ligatures
    repaired, line and page breaks gone."""
    expected = expected_text_by_section(SPEC)
    found: dict[str, list[str]] = {}
    for sentence in pdf_paper.sentences:
        found.setdefault(sentence.section, []).append(sentence.text)
    assert {title: " ".join(texts) for title, texts in found.items()} == expected


def test_sentence_count(pdf_paper, text_paper):
    expected = sum(sentence_ends(text) for text in expected_text_by_section(SPEC).values())
    assert len(pdf_paper.sentences) == expected
    assert len(text_paper.sentences) == expected


def test_each_sentence_starts_and_ends_on_its_pages(pdf_paper, pdf_doc):
    pages = {page.number: squash(page.text) for page in pdf_doc.pages}
    for sentence in pdf_paper.sentences:
        last = sentence.end_page or sentence.page
        assert sentence.end_page is None or sentence.end_page > sentence.page
        assert sentence.text[:25] in pages[sentence.page], sentence
        assert sentence.text[-25:] in pages[last], sentence


def test_sentence_across_the_page_break_is_one_sentence(pdf_paper, pdf_doc):
    crossing = next(item for _, items in SPEC.sections for item in items
                    if isinstance(item, str) and PAGE_BREAK in item)
    before, after = (squash(part) for part in crossing.split(PAGE_BREAK))
    head, tail = before.rsplit(". ", 1)[-1], after.split(". ")[0]
    (sentence,) = [s for s in pdf_paper.sentences if s.text.startswith(head)]
    assert sentence.text == f"{head} {tail}"
    assert sentence.end_page == sentence.page + 1
    first, second = (squash(pdf_doc.pages[p - 1].text) for p in (sentence.page,
                                                                 sentence.end_page))
    assert head in first and tail not in first
    assert tail in second and head not in second
    assert sentence.section == "3 Results"


def test_no_page_furniture_in_sentences(pdf_paper):
    for sentence in pdf_paper.sentences:
        assert "Preprint" not in sentence.text and "Under review" not in sentence.text
        assert not re.search(r"\s\d\s*$|^\d\s", sentence.text), sentence.text


def test_ligatures_and_hyphenation_repaired(pdf_paper, pdf_doc):
    raw = pdf_doc.text
    assert "intermediate-\ntask" not in raw  # readers joined it; the paper keeps the hyphen
    text = " ".join(sentence.text for sentence in pdf_paper.sentences)
    assert "this intermediate step" in text and "intermediate-task stage" in text
    assert "\ufb01" not in text and "fine-tunes" in text


def test_text_and_markdown_papers_give_the_same_sentences(pdf_paper, text_paper):
    assert [s.text for s in text_paper.sentences] == [s.text for s in pdf_paper.sentences]
    assert [s.section for s in text_paper.sentences] == [s.section for s in pdf_paper.sentences]
    assert {s.page for s in text_paper.sentences} == {1}
    assert [t.title for t in text_paper.sections] == [t.title for t in pdf_paper.sections]


def test_tables_are_filled(pdf_paper, text_paper):
    assert [table.caption for table in pdf_paper.tables] == [t[0] for t in SPEC.tables]
    assert [table.rows for table in text_paper.tables] == \
        [table.rows for table in pdf_paper.tables]
    assert [table.header for table in text_paper.tables] == \
        [table.header for table in pdf_paper.tables]


def test_one_pipeline_call_per_document(pdf_doc, monkeypatch):
    """The sentencizer runs once over all passages, not once per line or paragraph."""
    real = nlp_module.get_pipeline()
    calls = {"pipe": 0, "call": 0}

    class Counting:
        pipe_names = real.pipe_names

        def pipe(self, texts, **kwargs):
            calls["pipe"] += 1
            return real.pipe(texts, **kwargs)

        def __call__(self, text, **kwargs):
            calls["call"] += 1
            return real(text, **kwargs)

    monkeypatch.setattr(paper_module, "get_pipeline", lambda: Counting())
    parse_paper(pdf_doc)
    assert calls == {"pipe": 1, "call": 0}


# ---------------------------------------------------------------------------------------------
# Small hand-made papers


def _text_doc(tmp_path, text: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_abbreviations_do_not_split_sentences(tmp_path):
    doc = _text_doc(tmp_path, "Results\n\nConneau et al. (2020) report gains. See Fig. 3 for "
                              "details, e.g. the curves. It works.\n")
    texts = [s.text for s in parse_paper(doc).sentences]
    assert texts == ["Conneau et al. (2020) report gains.",
                     "See Fig. 3 for details, e.g. the curves.", "It works."]


def test_paper_without_headings_keeps_all_text(tmp_path):
    doc = _text_doc(tmp_path, "MNLI improves XNLI by 1.2 points.\nIt also helps PAWS-X.\n")
    paper = parse_paper(doc)
    assert paper.sections == []
    assert [s.text for s in paper.sentences] == ["MNLI improves XNLI by 1.2 points.",
                                                 "It also helps PAWS-X."]
    assert all(s.section is None for s in paper.sentences)


def test_references_are_skipped_until_an_appendix(tmp_path):
    doc = _text_doc(tmp_path, (
        "# A Paper\n\n## 1 Introduction\n\nWe start here.\n\n## References\n\n"
        "Smith, J. 2020. Models outperform baselines by 3 points. In Proc. ACL.\n\n"
        "## Appendix A: Details\n\nThe appendix has text.\n"), name="paper.md")
    paper = parse_paper(doc)
    assert paper.title == "A Paper"
    assert [s.title for s in paper.sections] == ["1 Introduction", "References",
                                                 "Appendix A: Details"]
    assert [(s.text, s.section) for s in paper.sentences] == [
        ("We start here.", "1 Introduction"),
        ("The appendix has text.", "Appendix A: Details")]


def test_inline_abstract_heading(tmp_path):
    doc = _text_doc(tmp_path, "Title of It\n\nAbstract: We find a 2.0 point gain. It holds.\n")
    paper = parse_paper(doc)
    assert [s.title for s in paper.sections] == ["Abstract"]
    assert [s.text for s in paper.sentences] == ["We find a 2.0 point gain.", "It holds."]


@pytest.mark.parametrize(("line", "after_end", "title"), [
    ("Abstract", True, "Abstract"), ("ABSTRACT", True, "ABSTRACT"),
    ("1 Introduction", True, "1 Introduction"), ("3.2 Results", False, "3.2 Results"),
    ("3.2 Effect of data size", True, "3.2 Effect of data size"),
    ("3.2 Effect of data size", False, None),  # could be a wrapped line of prose
    ("32 GPUs with mixed precision", False, None), ("4 EXPERIMENTS", True, "4 EXPERIMENTS"),
    ("RELATED WORK", True, "RELATED WORK"), ("References", True, "References"),
    ("## Results on XNLI", True, "Results on XNLI"), ("A.1 Hyperparameters", True,
                                                      "A.1 Hyperparameters"),
    ("Appendix B: Proofs", True, "Appendix B: Proofs"), ("A model is trained", True, None),
    ("The model improves.", True, None), ("XNLI", True, None), ("1.6 points", True, None),
    ("2 epochs", True, None), ("Conclusion:", True, "Conclusion"),
])
def test_heading_title(line, after_end, title):
    assert heading_title(line, after_sentence_end=after_end) == title


def test_section_kind():
    assert section_kind("3.2 Results") == "results"
    assert section_kind("## 4 EXPERIMENTS") == "experiments"
    assert section_kind(None) is None


def test_passage_maps_offsets_to_pages_and_joins_breaks():
    passage = Passage(section="Results")
    vocabulary = {"intermediate", "xlm-r"}
    passage.add("We study the inter-", 1, vocabulary)
    passage.add("mediate  step of XLM-", 2, vocabulary)
    passage.add("R models.", 2, vocabulary)
    passage.add("It ends here.", 3, vocabulary)
    assert passage.text == "We study the intermediate step of XLM-R models. It ends here."
    assert passage.page_at(0) == 1
    assert passage.page_at(passage.text.index("intermediate")) == 1
    assert passage.page_at(passage.text.index("step")) == 2
    assert passage.page_at(passage.text.index("It ends")) == 3


# ---------------------------------------------------------------------------------------------
# The paper's own claims


@pytest.mark.parametrize("text", [
    "MNLI improves XNLI by 1.2 points.", "Our model outperforms the baseline.",
    "It achieves 80.1 accuracy.", "Accuracy drops by 2 points.", "The model reaches 66.9 F1.",
    "Scores are higher than the baseline.", "HellaSwag hurts transfer.",
    "F1 rose from 60.1 to 62.3.", "We see large gains on BUCC.",
])
def test_result_statements(text):
    assert is_result_statement(text)


@pytest.mark.parametrize("text", [
    "We train for 2 epochs with a batch size of 32.", "Table 1 lists the datasets.",
    "We use XLM-R Large with 550M parameters.", "The conclusion is tentative.",
])
def test_not_result_statements(text):
    assert not is_result_statement(text)


def test_result_sections():
    assert all(map(is_result_section, ["Abstract", "1 Introduction", "4.1 Main Results",
                                       "EXPERIMENTS", "5 Analysis", "6 Conclusions", None]))
    assert not any(map(is_result_section, ["2 Experimental Setup", "2 Method", "Related Work",
                                           "References", "3 Data", "Implementation Details"]))


def test_paper_claims_are_the_result_statements(pdf_paper):
    claims = paper_claims(pdf_paper)
    assert [claim.text for claim in claims] == [plain(s) for s in EXAMPLE_RESULT_SENTENCES]
    for claim in claims:
        assert claim.origin == "paper" and claim.report == "2005.13013v2.pdf"
        assert claim.quantities, claim.text
        sentence = next(s for s in pdf_paper.sentences if s.text == claim.text)
        assert claim.location.page == sentence.page
        assert claim.location.section == sentence.section
        assert claim.location.file == "2005.13013v2.pdf"
    assert [c.location.section for c in claims[:2]] == ["Abstract", "Abstract"]


def test_method_sentences_are_not_claims(pdf_paper):
    texts = {claim.text for claim in paper_claims(pdf_paper)}
    sentences = {s.text for s in pdf_paper.sentences}
    for method in EXAMPLE_METHOD_SENTENCES:
        assert method in sentences  # present in the paper ...
        assert method not in texts  # ... but not a result


def test_comparison_without_a_number_is_not_a_claim():
    paper = Paper(file="p.pdf", sentences=[
        Sentence(text="MNLI outperforms the baseline on every task.", page=1, section="Results"),
        Sentence(text="MNLI outperforms the baseline by 2.5 points.", page=2, section="Results"),
        Sentence(text="MNLI outperforms the baseline by 2.5 points.", page=2, section="Results"),
        Sentence(text="As shown in Table 3, MNLI outperforms it.", page=2, section="Results"),
    ])
    claims = paper_claims(paper)
    assert [(c.text, c.location.page) for c in claims] == \
        [("MNLI outperforms the baseline by 2.5 points.", 2)]


def test_reference_list_is_not_a_source_of_claims(pdf_paper, tmp_path, pdf_path):
    copy = tmp_path / "copy.pdf"
    shutil.copy(pdf_path, copy)
    texts = " ".join(claim.text for claim in paper_claims(parse_paper(read_document(copy))))
    assert "smaller ones" not in texts  # "... outperform smaller ones by 3 points" (a reference)


# ---------------------------------------------------------------------------------------------
# Analysed sentences: entities, quantities, direction and negation


def _sentence(paper: Paper, text: str) -> Sentence:
    (sentence,) = [s for s in paper.sentences if s.text == plain(text)]
    return sentence


def _quantity_fields(sentence: Sentence) -> list[tuple]:
    return [(q.text, q.value, q.unit, q.sign, q.attaches_to[:1]) for q in sentence.quantities]


# (result sentence of the example paper, its quantities as (text, value, unit, sign, nearest
# entity), its entity names, its direction and negation)
RESULT_ANALYSES = [
    (EXAMPLE_RESULT_SENTENCES[0],
     [("1.6 points", 1.6, "points", 1, ["XLM-R"])], ["MNLI", "XLM-R"], "increase"),
    (EXAMPLE_RESULT_SENTENCES[1],
     [("66.9", 66.9, None, None, ["F1"]), ("1.8 points", 1.8, "points", 1, ["TyDiQA"])],
     ["SQuAD", "F1", "TyDiQA"], "increase"),
    (EXAMPLE_RESULT_SENTENCES[3],  # runs across the page break
     [("1.7 points", 1.7, "points", 1, ["accuracy"]), ("86.4", 86.4, None, None, ["accuracy"]),
      ("88.1", 88.1, None, None, ["accuracy"])], ["MNLI", "PAWS-X", "accuracy"], "increase"),
    (EXAMPLE_RESULT_SENTENCES[4],
     [("0.8 points", 0.8, "points", -1, ["accuracy"])], ["HellaSwag", "XNLI", "accuracy"],
     "decrease"),
    (EXAMPLE_RESULT_SENTENCES[5],
     [("2.4 points", 2.4, "points", 1, ["Tatoeba"])], ["MNLI", "Tatoeba"], "increase"),
]


@pytest.mark.parametrize(("text", "quantities", "names", "direction"), RESULT_ANALYSES)
def test_result_sentences_are_analysed(pdf_paper, text, quantities, names, direction):
    sentence = _sentence(pdf_paper, text)
    assert _quantity_fields(sentence) == quantities
    assert [entity.name for entity in sentence.entities] == names
    assert (sentence.direction, sentence.negated) == (direction, False)


def test_the_sentence_across_the_page_break_binds_its_number_to_its_task(pdf_paper):
    sentence = _sentence(pdf_paper, EXAMPLE_RESULT_SENTENCES[3])
    assert sentence.end_page == sentence.page + 1
    assert set(sentence.quantities[0].attaches_to) == {"accuracy", "PAWS-X", "MNLI"}


def test_method_and_negated_sentences_are_analysed(pdf_paper):
    setup = _sentence(pdf_paper, EXAMPLE_METHOD_SENTENCES[0])
    assert [(q.value, q.unit) for q in setup.quantities] == \
        [(2, "epochs"), (1e-5, "learning_rate"), (32, "batch_size")]
    assert [entity.name for entity in setup.entities] == ["XLM-R Large"]
    assert (setup.direction, setup.negated) == (None, False)
    fails = next(s for s in pdf_paper.sentences if s.text.endswith("fails to help."))
    assert (fails.direction, fails.negated) == ("increase", True)
    # "useful" is a direction word like "helpful" (issue 11), denied here like "fails to help".
    useless = _sentence(pdf_paper, "Not every intermediate task is useful.")
    assert (useless.direction, useless.negated) == ("increase", True)


def test_spans_point_into_the_sentence_text(pdf_paper, text_paper):
    """Entity spans are mapped from the passage into each sentence: an offset error shows."""
    for paper in (pdf_paper, text_paper):
        tagged = [s for s in paper.sentences if s.entities]
        assert len(tagged) >= 10
        for sentence in paper.sentences:
            for entity in sentence.entities:
                assert sentence.text[entity.span[0]:entity.span[1]] == entity.text, sentence
            for quantity in sentence.quantities:
                assert sentence.text[quantity.span[0]:quantity.span[1]] == quantity.text


def test_one_pass_analysis_equals_analysing_bare_sentences(pdf_paper):
    """parse_paper tags entities in the passages it splits; analysing the bare sentences one by
    one (analyse_sentences) must give the same records."""
    bare = [Sentence(text=s.text, page=s.page, end_page=s.end_page, section=s.section)
            for s in pdf_paper.sentences]
    assert analyse_sentences(bare) == pdf_paper.sentences
    assert analyse_sentences([]) == []


def test_text_and_pdf_sentences_are_analysed_alike(pdf_paper, text_paper):
    def analysis(paper: Paper) -> list[tuple]:
        return [(s.entities, s.quantities, s.direction, s.negated) for s in paper.sentences]

    assert analysis(text_paper) == analysis(pdf_paper)


@pytest.fixture(scope="module")
def card_paper() -> Paper:
    return card_to_paper(load_card(bundled_cards_dir() / "2005.13013v2.card.yaml"))


def _statement(paper: Paper, start: str) -> Sentence:
    (sentence,) = [s for s in paper.sentences if s.text.startswith(start)]
    return sentence


def test_enrich_paper_analyses_a_card(card_paper):
    assert all(not s.entities and not s.quantities for s in card_paper.sentences)
    enriched = enrich_paper(card_paper)
    assert card_paper.sentences[0].entities == []  # the input is left as it was
    assert enriched.tables == card_paper.tables and enriched.source_id == card_paper.source_id
    assert [s.text for s in enriched.sentences] == [s.text for s in card_paper.sentences]

    mnli = _statement(enriched, "The MNLI training set")
    (size,) = mnli.quantities
    assert (size.value, size.decimals, size.attaches_to) == (392702, 0, ["MNLI"])
    assert [entity.name for entity in mnli.entities] == ["MNLI"]

    xtreme = _statement(enriched, "Using the best intermediate-task model")
    (gain,) = xtreme.quantities
    assert (gain.value, gain.unit, gain.sign, gain.attaches_to[-1]) == (5.4, "points", 1, "XTREME")
    assert (xtreme.direction, xtreme.negated) == ("increase", False)

    neither = _statement(enriched, "Neither continuing multilingual")
    assert (neither.direction, neither.negated) == ("increase", True)
    retrieval = _statement(enriched, "Intermediate training gives large gains")
    assert {"BUCC", "Tatoeba"} <= {entity.name for entity in retrieval.entities}
    assert (retrieval.direction, retrieval.negated) == ("increase", False)
    assert enrich_paper(enriched) == enriched
