"""Task catalogue, loaders, metrics and task families (reproduce/), on smoke data and tiny models.

Models here are real: a random-init XLM-R (hidden 64, two layers) trained for a few seconds on
CPU. The smoke folder is built once per session.
"""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest

pytest.importorskip("transformers")
pytest.importorskip("seqeval")

import datasets  # noqa: E402
import torch  # noqa: E402
import transformers  # noqa: E402
from datasets import ClassLabel, Dataset, Features, Value  # noqa: E402

from verify_claims.reproduce import families, metrics, smoke  # noqa: E402
from verify_claims.reproduce.data import (  # noqa: E402
    DataError,
    DataReader,
    load_task_split,
    load_train,
    local_files,
)
from verify_claims.reproduce.recipe import Hyperparameters  # noqa: E402
from verify_claims.reproduce.runner import train, training_arguments  # noqa: E402
from verify_claims.reproduce.tasks import (  # noqa: E402
    NLI_LABELS,
    TASKS,
    Source,
    UnknownTask,
    get_task,
)

# Settings that make the tiny model learn the smoke tasks in seconds.
HP = Hyperparameters(learning_rate=3e-3, batch_size=16, max_length=64, qa_max_length=64,
                     doc_stride=16, retrieval_layer=14)


@pytest.fixture(scope="session")
def smoke_dir(tmp_path_factory):
    transformers.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("smoke")
    smoke.write_smoke_data(root / "data")
    smoke.ensure_smoke_model(smoke.SMOKE_MODEL, root / "models")
    return root


@pytest.fixture
def reader(smoke_dir, tmp_path):
    return DataReader(data_dir=smoke_dir / "data", cache_dir=tmp_path / "cache")


@pytest.fixture(scope="session")
def model_dir(smoke_dir):
    return smoke_dir / "models" / "xlm-r-tiny"


@pytest.fixture(scope="session")
def tokenizer(model_dir):
    return transformers.AutoTokenizer.from_pretrained(model_dir)


# --- Metrics -------------------------------------------------------------------------------------

def test_squad_normalisation_drops_case_punctuation_and_articles():
    assert metrics.normalize_answer("The  Eiffel Tower!") == "eiffel tower"
    assert metrics.normalize_answer("«Der» Turm", "de") == "turm"
    assert metrics.normalize_answer("an apple", "de") == "an apple"  # German has no "an"


def test_squad_scores_take_the_best_gold_answer():
    predictions = {"q1": "the Eiffel Tower", "q2": "in Paris France", "q3": "Rome"}
    references = {"q1": ["Eiffel Tower"], "q2": ["Lyon", "Paris"], "q3": ["Oslo"]}
    scores = metrics.squad_scores(predictions, references)
    assert scores["exact_match"] == pytest.approx(100 / 3)
    # q1: 1, q2: best of Lyon (0) and Paris (P 1/3, R 1 -> 0.5), q3: 0.
    assert scores["f1"] == pytest.approx(100 * (1 + 0.5 + 0) / 3)


def test_unanswerable_questions_score_only_the_empty_answer():
    assert metrics.squad_scores({"q": ""}, {"q": []}) == {"exact_match": 100.0, "f1": 100.0}
    assert metrics.squad_scores({"q": "Paris"}, {"q": []})["f1"] == 0.0


def test_chinese_answers_are_compared_by_character():
    assert metrics.token_f1("北京大学", "北京", "zh") == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_seqeval_f1_counts_whole_entities():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    assert metrics.seqeval_f1(gold, gold) == 100.0
    # One entity of two found, none wrong: P 1, R 0.5.
    assert metrics.seqeval_f1(gold, [["B-PER", "I-PER", "O", "O"]]) == pytest.approx(200 / 3)
    # A truncated entity is wrong as a whole.
    assert metrics.seqeval_f1(gold, [["B-PER", "O", "O", "B-LOC"]]) == pytest.approx(50.0)


def test_tatoeba_accuracy_is_nearest_neighbour_by_cosine():
    rng = np.random.default_rng(0)
    source = rng.normal(size=(20, 16))
    target = 3 * source + rng.normal(scale=0.01, size=(20, 16))  # scale must not matter
    assert metrics.tatoeba_accuracy(source, target) == 100.0
    swapped = target.copy()
    swapped[[0, 1]] = swapped[[1, 0]]
    assert metrics.tatoeba_accuracy(source, swapped) == 90.0


def test_bucc_margin_mining_finds_translations_among_distractors():
    rng = np.random.default_rng(1)
    shared = rng.normal(size=(10, 32))
    loose = rng.normal(size=(5, 32))  # 5 loose pairs: related, but not translations
    x = np.vstack([shared, loose])
    permutation = rng.permutation(10)
    y = np.vstack([shared[permutation] + rng.normal(scale=0.05, size=(10, 32)),
                   loose + rng.normal(scale=3.0, size=(5, 32))])
    gold = {(int(i), int(j)) for j, i in enumerate(permutation)}
    f1, threshold = metrics.bucc_f1(x, y, gold, k=4)
    assert f1 == 100.0  # the threshold keeps the 10 true pairs and drops the distractors
    mined = metrics.mine_pairs(x, y)
    assert set((i, j) for score, i, j in mined if score >= threshold) == gold
    assert len(mined) > 10  # loose pairs are mined too, with lower margins
    # A threshold below every score keeps them: precision 10/len(mined), recall 1.
    f1_low, _ = metrics.bucc_f1(x, y, gold, k=4, threshold=-1.0)
    assert f1_low == pytest.approx(100 * 2 * 10 / (len(mined) + 10))


def test_margin_discounts_a_hub_target():
    """A target close to everything scores lower by margin than by cosine."""
    x = np.eye(3)
    y = np.vstack([np.eye(3), np.ones((1, 3))])
    cosine = metrics.cosine_matrix(x, y)
    margin = metrics.margin_scores(x, y, k=2)
    assert margin[0, 0] / margin[0, 3] > cosine[0, 0] / cosine[0, 3]


# --- Catalogue and loaders -----------------------------------------------------------------------

def test_catalogue_fields_name_real_columns():
    for spec in TASKS.values():
        for source in (*spec.train, *spec.evaluation.values()):
            for columns in source.fields.values():
                for column in (columns if isinstance(columns, tuple) else (columns,)):
                    assert column.split(".")[0] in source.features, (spec.name, column)
            if source.label_values is not None:
                assert len(source.label_values) == len(spec.labels) or \
                    spec.family == "multiple_choice"


def test_nli_label_orders_agree_across_data_sets():
    """XNLI reuses an MNLI head only because both read into (entailment, neutral,
    contradiction): MNLI/SNLI/ANLI by ClassLabel order, XNLI by name."""
    for name in ("mnli", "snli", "anli_plus", "xnli"):
        assert get_task(name).labels == NLI_LABELS
    for source in get_task("anli_plus").train:
        assert tuple(source.features["label"].names) == NLI_LABELS
    assert get_task("xnli").eval_source("validation").label_values == NLI_LABELS


def test_unknown_task_lists_the_known_ones():
    with pytest.raises(UnknownTask, match="unknown task 'xnlii'.*xnli"):
        get_task("xnlii")


def test_config_patterns_use_each_data_sets_language_codes():
    assert get_task("udpos").eval_source("test").config_for("de") == "udpos.German"
    assert get_task("tatoeba").eval_source("validation").config_for("fa") == "tatoeba.pes"
    assert get_task("mlqa").eval_source("test").config_for("hi") == "MLQA.hi.hi"
    assert get_task("panx").eval_source("validation").config_for("sw") == "PAN-X.sw"
    assert get_task("xquad").eval_source("test").split == "validation"  # no public test


def test_smoke_files_have_the_hub_schemas(reader):
    """Every data set of the catalogue is written and read back with its Hub features."""
    seen = set()
    for spec in TASKS.values():
        sources = [(s, "en") for s in spec.train] + \
            [(s, spec.smoke_languages[-1]) for s in spec.evaluation.values()]
        for source, language in sources:
            key = (source.hub_id, source.config_for(language), source.split)
            if key in seen:
                continue
            seen.add(key)
            dataset = reader.load(source, language)
            assert dataset.features == source.features, key
            assert len(dataset) > 0, key
    assert len(seen) > 30
    assert all(value.startswith("sha256:") for value in reader.fingerprints.values())


def test_labels_are_decoded_into_the_catalogue_order(reader):
    xnli = get_task("xnli")
    raw = reader.load(xnli.eval_source("validation"), "de")
    rows = load_task_split(reader, xnli, xnli.eval_source("validation"), "de")
    assert rows["label"] == [NLI_LABELS.index(name) for name in raw["gold_label"]]
    assert set(raw["language"]) == {"de"}

    hellaswag = get_task("hellaswag")
    raw = reader.load(hellaswag.train[0])
    rows = load_train(reader, hellaswag)
    assert rows["label"] == [int(label) for label in raw["label"]]
    assert rows[0]["choices"] == raw[0]["endings"]

    csqa = get_task("commonsenseqa")
    raw = reader.load(csqa.train[0])
    rows = load_train(reader, csqa)
    assert rows["label"] == ["ABCDE".index(key) for key in raw["answerKey"]]
    assert len(rows[0]["choices"]) == 5

    cosmos = load_train(reader, get_task("cosmosqa"))
    assert cosmos[0]["context"].endswith("what happens next ?")


def test_unlabelled_rows_are_dropped(reader):
    snli = get_task("snli")
    raw = reader.load(snli.train[0])
    rows = load_train(reader, snli)
    assert len(rows) == sum(label >= 0 for label in raw["label"]) < len(raw)


def test_tydiqa_training_data_is_english_only(reader):
    rows = load_train(reader, get_task("tydiqa"))
    assert rows["id"] and all(key.startswith("english-") for key in rows["id"])
    russian = load_task_split(reader, get_task("tydiqa"),
                              get_task("tydiqa").eval_source("validation"), "ru")
    assert russian["id"] and all(key.startswith("russian-") for key in russian["id"])


def test_missing_local_file_names_the_path(tmp_path):
    with pytest.raises(DataError, match="PAWS-X.de/validation.parquet"):
        local_files(tmp_path, "google/xtreme", "PAWS-X.de", "validation")


def test_a_permuted_label_order_is_refused(tmp_path):
    """A copy whose ClassLabel order differs from the catalogue's would silently permute
    labels; the loader stops it."""
    features = Features({"premise": Value("string"), "hypothesis": Value("string"),
                         "label": ClassLabel(names=["contradiction", "neutral", "entailment"]),
                         "idx": Value("int32")})
    path = tmp_path / "nyu-mll" / "glue" / "mnli" / "train.parquet"
    path.parent.mkdir(parents=True)
    rows = [{"premise": "a", "hypothesis": "b", "label": 0, "idx": 0}]
    pq.write_table(Dataset.from_list(rows, features=features).data.table, path)
    with pytest.raises(DataError, match="label order"):
        load_train(DataReader(data_dir=tmp_path, cache_dir=tmp_path / "c"), get_task("mnli"))


def test_json_copies_are_read_in_the_hub_schema(tmp_path):
    path = tmp_path / "google" / "xtreme" / "PAWS-X.de" / "validation.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text('{"sentence1": "a", "sentence2": "b", "label": "1"}\n')
    source: Source = get_task("pawsx").eval_source("validation")
    dataset = DataReader(data_dir=tmp_path, cache_dir=tmp_path / "c").load(source, "de")
    assert dataset.features == source.features
    assert load_task_split(DataReader(data_dir=tmp_path, cache_dir=tmp_path / "c"),
                           get_task("pawsx"), source, "de")["label"] == [1]


def test_ciphered_languages_share_no_letters_with_english():
    for language in ("de", "fr", "ru", "sw"):
        mapped = smoke.cipher(language)("alice sees paris")
        assert len(mapped) == len("alice sees paris")
        assert not set(mapped) & set("abcdefghijklmnopqrstuvwxyz")
    assert smoke.cipher("de")("cat") == smoke.cipher("de")("cat") != smoke.cipher("fr")("cat")


def test_smoke_qa_answers_sit_where_they_say(reader):
    for name, language in (("squad", None), ("xquad", "de"), ("tydiqa", "ru")):
        spec = get_task(name)
        rows = (load_train(reader, spec) if language is None else
                load_task_split(reader, spec, spec.eval_source("validation"), language))
        for row in rows.select(range(20)):
            for text, start in zip(row["answers"]["text"], row["answers"]["answer_start"],
                                   strict=True):
                assert row["context"][start:start + len(text)] == text


# --- Families: train a tiny model, score it ------------------------------------------------------

def _eval_args(tmp_path):
    return training_arguments(tmp_path / "eval", HP, seed=0, epochs=1)


def _score(spec, model, tokenizer, reader, language, tmp_path):
    rows = load_task_split(reader, spec, spec.eval_source("validation"), language)
    return families.evaluate(spec, model, tokenizer, rows, HP, _eval_args(tmp_path), language)


def _fine_tune(spec, model_dir, tokenizer, reader, tmp_path, epochs):
    transformers.set_seed(0)
    model = families.load_model(spec, model_dir)
    features = families.encode(spec, load_train(reader, spec), tokenizer, HP, train=True)
    train(model, features, families.collator(spec, tokenizer),
          training_arguments(tmp_path / spec.name, HP, seed=0, epochs=epochs), tokenizer)
    return model


@pytest.mark.parametrize(("name", "epochs", "language"), [
    ("xnli", 5, "en"),
    ("panx", 3, "en"),
    ("xquad", 4, "en"),
    ("hellaswag", 6, None),
])
def test_each_family_learns_its_smoke_task(name, epochs, language, model_dir, tokenizer,
                                          reader, tmp_path):
    spec = get_task(name)
    transformers.set_seed(0)
    untrained = _score(spec, families.load_model(spec, model_dir), tokenizer, reader, language,
                       tmp_path)["score"]
    model = _fine_tune(spec, model_dir, tokenizer, reader, tmp_path, epochs)
    result = _score(spec, model, tokenizer, reader, language, tmp_path)
    assert 0 <= untrained <= 100 and 0 <= result["score"] <= 100
    assert result["score"] > untrained + 15, (untrained, result)
    if spec.family == "qa":
        assert result["score"] == pytest.approx((result["exact_match"] + result["f1"]) / 2)


def test_tagging_labels_go_on_first_sub_tokens(tokenizer):
    spec = get_task("udpos")
    rows = Dataset.from_dict({"tokens": [["alice", "possibly", "sees"]], "tags": [[11, 2, 15]]})
    encoded = families.encode(spec, rows, tokenizer, HP, train=True)[0]
    words = tokenizer(["alice", "possibly", "sees"], is_split_into_words=True).word_ids()
    assert len([w for w in words if w == 1]) > 1  # "possibly" is split: the test means it
    expected, previous = [], None
    for word in words:
        expected.append(-100 if word is None or word == previous else [11, 2, 15][word])
        previous = word
    assert encoded["labels"] == expected


def test_qa_windows_point_at_the_answer(tokenizer):
    spec = get_task("squad")
    context = "alice sees a cat near paris . bruno finds a dog near lima ."
    start = context.index("lima")
    rows = Dataset.from_dict({"id": ["q"], "context": [context], "question": ["where is bruno ?"],
                              "answers": [{"text": ["lima"], "answer_start": [start]}]})
    hp = HP.model_copy(update={"qa_max_length": 24, "doc_stride": 4})
    features = families.encode(spec, rows, tokenizer, hp, train=True)
    assert len(features) > 1  # the context needed several windows
    found = [tokenizer.decode(f["input_ids"][f["start_positions"]:f["end_positions"] + 1])
             for f in features if f["start_positions"] > 0]
    assert found and all(text.strip() == "lima" for text in found)


def test_retrieval_scores_are_percentages_and_see_the_layer(model_dir, tokenizer, reader,
                                                            tmp_path):
    model = transformers.AutoModel.from_pretrained(model_dir)
    for name in ("tatoeba", "bucc"):
        spec = get_task(name)
        score = _score(spec, model, tokenizer, reader, "de", tmp_path)["score"]
        assert 0 <= score <= 100
    # English against itself: identical sentences retrieve each other.
    rows = load_task_split(reader, get_task("tatoeba"),
                           get_task("tatoeba").eval_source("validation"), "fr")
    same = rows.map(lambda row: {"source": row["target"]})
    assert families.evaluate_retrieval(get_task("tatoeba"), model, tokenizer, same,
                                       HP)["score"] == 100.0


def test_retrieval_layer_keeps_the_relative_depth():
    assert families.retrieval_layer(24, 14) == 14
    assert families.retrieval_layer(12, 14) == 7
    assert families.retrieval_layer(2, 14) == 1
    assert families.retrieval_layer(2, 1) == 1

