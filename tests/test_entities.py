"""Entity tagging: the gazetteer names in the seed claims are found with canonical names and
exact spans, ordinary words are not, and users can add names with their own JSONL files."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.claims import Entity
from verify_claims.extract.entities import (
    entity_names,
    tag_entities,
    tag_entities_many,
)
from verify_claims.extract.nlp import GAZETTEER_ENV, get_pipeline

GAZETTEER = Path(str(resources.files("verify_claims.extract").joinpath("data/gazetteer.jsonl")))
LABELS = set(get_args(Entity.model_fields["label"].annotation))


def gazetteer_entries() -> list[dict]:
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


# Claims exactly as printed in the seed reports, with the names each must yield.
SEED_CLAIMS = [
    ("The study uses the pretrained XLM-R Large model as the starting point for all experiments.",
     ["XLM-R Large"]),
    ("Experiments are conducted on 9 target tasks from the XTREME benchmark.", ["XTREME"]),
    ("Intermediate-task training on SQuAD, MNLI, and HellaSwag yields large target-task "
     "improvements of 8.2, 7.5, and 7.0 point", ["SQuAD", "MNLI", "HellaSwag"]),
    ("Applying intermediate-task training to BUCC and Tatoeba yields dramatic improvements with "
     "almost every intermediate tra", ["BUCC", "Tatoeba"]),
    ("TyDiQA shows consistent improvements with many intermediate tasks, whereas XNLI does not "
     "see benefits from intermediate", ["TyDiQA", "XNLI"]),
    ("Training on English intermediate tasks outperforms continuing multilingual MLM during "
     "intermediate-task training.", ["English", "MLM"]),
    ("The ANLI+ intermediate task contains 1,104,934 training examples.", ["ANLI+"]),
    ("The QQP intermediate task is sourced from Quora questions.", ["QQP", "Quora"]),
    ("The SQuAD v2.0 and SQuAD v1.1 intermediate tasks are sourced from Wikipedia.",
     ["SQuAD v2.0", "SQuAD v1.1", "Wikipedia"]),
    ("What is the effect of scaling the number of English intermediate tasks on the robustness "
     "of cross-lingual transfer performance for under-represented languages in XTREME-R?.",
     ["English", "XTREME-R"]),
    ("We use the pretrained XLM-R Large model (Conneau et al., 2020) as a starting point for all "
     "our experiments, as it curren", ["XLM-R Large"]),
]


@pytest.mark.parametrize(("text", "names"), SEED_CLAIMS)
def test_seed_claim_names_are_tagged(text: str, names: list[str]) -> None:
    assert entity_names(text) == names


def test_seed_claims_are_quoted_from_the_seeds(seeds_dir: Path) -> None:
    """The table above is real input: every claim in it occurs in a seed report."""
    seeds = " ".join(path.read_text(encoding="utf-8") for path in seeds_dir.glob("*.txt"))
    for text, _ in SEED_CLAIMS:
        assert text in seeds


def test_every_name_of_the_seed_claims_is_found(seeds_dir: Path) -> None:
    claims = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.count("\t") == 2 and not line.startswith("Claim\t"):
                claims.append(line.split("\t")[0])
    found = {name for names in map(entity_names, claims) for name in names}
    assert {"SQuAD", "MNLI", "HellaSwag", "XTREME", "XLM-R Large", "BUCC", "Tatoeba", "TyDiQA",
            "XNLI", "ANLI+", "QQP", "SQuAD v2.0", "SQuAD v1.1", "MLM"} <= found


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        ("We evaluate on PAWS-X.", "PAWS-X", "PAWS-X"),  # spaCy keeps "X." together here
        ("Our base model is XLM-R.", "XLM-R", "XLM-R"),
        ("Results on XTREME-R.", "XTREME-R", "XTREME-R"),
        ("Results on STS-B.", "STS-B", "STS-B"),
        ("We use xlm-roberta-large weights.", "XLM-R Large", "xlm-roberta-large"),
        ("XLM-RoBERTa Large is strong.", "XLM-R Large", "XLM-RoBERTa Large"),
        ("The XLM-R-base checkpoint.", "XLM-R Base", "XLM-R-base"),
        ("Scores on TyDi QA-GoldP improve.", "TyDiQA", "TyDi QA-GoldP"),
        ("Scores on TyDiQA-GoldP improve.", "TyDiQA", "TyDiQA-GoldP"),
        ("Tagging WikiANN is hard.", "PAN-X", "WikiANN"),
        ("Training on SQuAD 2.0 helps.", "SQuAD v2.0", "SQuAD 2.0"),
        ("Training on SQuAD2.0 helps.", "SQuAD v2.0", "SQuAD2.0"),
        ("Cosmos QA and CosmosQA are one task.", "Cosmos QA", "Cosmos QA"),
        ("The BERT-base model.", "BERT Base", "BERT-base"),
        ("Compared with GPT-4 and GPT-3.5.", "GPT-4", "GPT-4"),
        ("We report the F1 score.", "F1", "F1 score"),
        ("We report EM and exact match.", "exact match", "EM"),
        ("On SST-2 the model wins.", "SST-2", "SST-2"),
        ("Llama 2 is a model.", "Llama 2", "Llama 2"),
        ("Natural Questions is open-domain.", "Natural Questions", "Natural Questions"),
    ],
)
def test_variants_get_the_canonical_name(text: str, name: str, surface: str) -> None:
    entities = tag_entities(text)
    assert entities, text
    first = entities[0]
    assert (first.name, first.text) == (name, surface)
    assert text[first.span[0]:first.span[1]] == surface


@pytest.mark.parametrize(
    "text",
    [
        "The race to the top is on, and we glue the parts with cola.",
        "Their pos and ner tags come from a swag bag on record.",
        "A copa of wine; a drop of rain; an arc of light.",
        "The llama answered natural questions about albert and bert.",
        "A rouge meteor crossed the sky at the start of the race.",
        "The roberta and electra of the story.",
    ],
)
def test_ordinary_words_are_not_entities(text: str) -> None:
    assert tag_entities(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("RACE, COPA, CoLA and GLUE", ["RACE", "COPA", "CoLA", "GLUE"]),
        ("POS and NER tags on ReCoRD and DROP", ["POS", "NER", "ReCoRD", "DROP"]),
        ("BERT, RoBERTa, ALBERT and ELECTRA", ["BERT", "RoBERTa", "ALBERT", "ELECTRA"]),
    ],
)
def test_ordinary_words_count_when_written_as_names(text: str, names: list[str]) -> None:
    assert entity_names(text) == names


def test_labels_and_spans() -> None:
    text = "XLM-R Large gains 3 F1 points on XNLI, an XTREME task, in Swahili."
    entities = tag_entities(text)
    assert [(entity.label, entity.name) for entity in entities] == [
        ("MODEL", "XLM-R Large"), ("METRIC", "F1"), ("TASK", "XNLI"), ("BENCHMARK", "XTREME"),
        ("LANGUAGE", "Swahili"),
    ]
    for entity in entities:
        assert text[entity.span[0]:entity.span[1]] == entity.text


def test_entity_names_are_distinct_and_in_order() -> None:
    assert entity_names("MNLI beats SQuAD; MNLI also beats QQP.") == ["MNLI", "SQuAD", "QQP"]


def test_many_texts_at_once_match_one_at_a_time() -> None:
    texts = [text for text, _ in SEED_CLAIMS] + ["", "no names here"]
    assert tag_entities_many(texts) == [tag_entities(text) for text in texts]


def test_gazetteer_lines_are_valid_patterns() -> None:
    entries = gazetteer_entries()
    assert len(entries) > 200
    for entry in entries:
        assert set(entry) == {"label", "pattern", "id"}, entry
        assert entry["label"] in LABELS, entry
        assert isinstance(entry["pattern"], str | list) and entry["id"], entry


@pytest.mark.parametrize(
    "entry", [e for e in gazetteer_entries() if isinstance(e["pattern"], str)],
    ids=lambda entry: entry["pattern"],
)
def test_every_phrase_pattern_tags_its_own_name(entry: dict) -> None:
    """Each string pattern, printed in a sentence, is found under its id and label: a typo in a
    pattern or a shadowing longer pattern fails here."""
    text = f"We report results on {entry['pattern']} in this paper."
    found = tag_entities(text)
    assert [(entity.label, entity.name, entity.text) for entity in found] == [
        (entry["label"], entry["id"], entry["pattern"])
    ]


def write_gazetteer(path: Path, *entries: dict) -> Path:
    path.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    return path


def test_an_extra_gazetteer_file_adds_names(tmp_path: Path) -> None:
    extra = write_gazetteer(tmp_path / "mine.jsonl",
                            {"label": "TASK", "pattern": "FooBench", "id": "FooBench"},
                            {"label": "TASK", "pattern": "Foo Bench", "id": "FooBench"})
    text = "Training on MNLI improves Foo Bench by 2 points."
    assert entity_names(text) == ["MNLI"]
    nlp = get_pipeline((str(extra),))
    assert entity_names(text, nlp) == ["MNLI", "FooBench"]


@pytest.fixture
def fresh_pipeline():
    """get_pipeline caches per process; clear it around tests that change the environment."""
    get_pipeline.cache_clear()
    yield
    get_pipeline.cache_clear()


def test_the_environment_variable_adds_gazetteer_files(tmp_path, monkeypatch,
                                                       fresh_pipeline) -> None:
    first = write_gazetteer(tmp_path / "a.jsonl",
                            {"label": "MODEL", "pattern": "Zorro-7B", "id": "Zorro"})
    second = write_gazetteer(tmp_path / "b.jsonl",
                             {"label": "DATASET", "pattern": "QuuxCorpus", "id": "QuuxCorpus"})
    monkeypatch.setenv(GAZETTEER_ENV, f"{first}{os.pathsep}{second}")
    assert entity_names("Zorro-7B was trained on QuuxCorpus and SQuAD.") == [
        "Zorro", "QuuxCorpus", "SQuAD"]


def test_labels_outside_the_claim_record_are_dropped(tmp_path: Path) -> None:
    extra = write_gazetteer(tmp_path / "orgs.jsonl",
                            {"label": "ORG", "pattern": "Acme Labs", "id": "Acme"})
    nlp = get_pipeline((str(extra),))
    assert nlp("Acme Labs trained XLM-R.").ents[0].label_ == "ORG"  # the ruler does tag it
    assert entity_names("Acme Labs trained XLM-R.", nlp) == ["XLM-R"]


def test_a_broken_gazetteer_line_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"label": "TASK", "pattern": "Ok", "id": "Ok"}\n{not json\n',
                      encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2"):
        get_pipeline((str(broken),))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXLM-R SQuAD v2.0 ,.+()é\n\t")), max_size=60))
def test_spans_always_slice_to_the_entity_text(text: str) -> None:
    for entity in tag_entities(text):
        assert text[entity.span[0]:entity.span[1]] == entity.text
        assert entity.text


def test_a_lone_surrogate_is_no_error_and_spans_still_index_the_text():
    """Regression: Hypothesis found "\\ud800", which spaCy's string store cannot encode."""
    text = "MNLI \ud800 then SQuAD\udc80."
    entities = tag_entities(text)
    assert [text[e.span[0]:e.span[1]] for e in entities] == ["MNLI", "SQuAD"]
    assert [e.name for e in tag_entities_many([text])[0]] == [e.name for e in entities]
