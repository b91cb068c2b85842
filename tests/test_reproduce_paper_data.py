"""Paper-scale data that differs from what a first reading of the Hub suggests (issue 12), each
on local files in the exact schema of the Hub data set, offline:

- POS: google/xtreme's udpos.Kazakh, .Tagalog, .Thai and .Yoruba have no validation split;
  they are scored on test (as XTREME and jiant do) and the result says so;
- CosmosQA: a loading-script repository; without a parquet conversion the error names what to
  download, and a local copy in data_dir is read instead (only the HfApi call is faked);
- BUCC: the full-file protocol (mine among all sentences, threshold from the sample set,
  F1 on the training set) against gold-only mining, which is marked not comparable.
"""

from __future__ import annotations

import csv

import numpy as np
import pyarrow.parquet as pq
import pytest
from datasets import Dataset
from huggingface_hub import HfApi
from huggingface_hub.hf_api import GitRefInfo, GitRefs

from verify_claims.claims import RunResult
from verify_claims.reproduce import bucc, metrics, runner
from verify_claims.reproduce.data import DataError, DataReader, load_task_split, load_train
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.tasks import UPOS_TAGS, XTREME_UDPOS, get_task
from verify_claims.verify import reproduction_check

# --- POS ------------------------------------------------------------------------------------------


def _write_udpos(root, config, split, rows):
    path = root / "google" / "xtreme" / config / f"{split}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(Dataset.from_list(rows, features=XTREME_UDPOS).data.table, path)


def test_pos_languages_without_validation_are_scored_on_test(tmp_path):
    """Thai as the Hub has it (a test split only) and English with a validation split."""
    thai = [{"tokens": ["แมว", "กิน", "ปลา"], "pos_tags": [UPOS_TAGS.index(t) for t in
                                                         ("NOUN", "VERB", "NOUN")]}]
    english = [{"tokens": ["cats", "eat"], "pos_tags": [UPOS_TAGS.index("NOUN"),
                                                        UPOS_TAGS.index("VERB")]}]
    _write_udpos(tmp_path, "udpos.Thai", "test", thai)
    _write_udpos(tmp_path, "udpos.English", "validation", english)
    spec = get_task("udpos")
    reader = DataReader(data_dir=tmp_path, cache_dir=tmp_path / "cache", local_only=True)
    source = spec.eval_source("validation")
    rows = load_task_split(reader, spec, source, "th")
    assert rows["tokens"] == [["แมว", "กิน", "ปลา"]]
    assert load_task_split(reader, spec, source, "en")["tokens"] == [["cats", "eat"]]
    assert set(reader.fingerprints) == {"google/xtreme/udpos.Thai/test",
                                        "google/xtreme/udpos.English/validation"}
    # The recipe's result records the split each language was scored on.
    recipe = Registry().get("phang2020-multitask")
    splits = runner.evaluation_splits(recipe, spec, None)
    assert {lang for lang, split in splits.items() if split == "test"} == {"kk", "tl", "th", "yo"}
    assert splits["de"] == "validation"
    assert "eval_splits" in RunResult.model_fields


# --- CosmosQA -------------------------------------------------------------------------------------

COSMOS_COLUMNS = ["id", "context", "question", "answer0", "answer1", "answer2", "answer3",
                  "label"]


def _refs(*converts):
    return GitRefs(branches=[GitRefInfo("main", "refs/heads/main", "0" * 40)],
                   converts=list(converts), tags=[])


def test_cosmosqa_without_conversion_names_what_to_download(tmp_path, monkeypatch):
    calls = []

    def list_repo_refs(self, repo_id, repo_type=None, **kwargs):
        calls.append((repo_id, repo_type))
        return _refs()  # a loading-script repository: no refs/convert/parquet

    monkeypatch.setattr(HfApi, "list_repo_refs", list_repo_refs)
    with pytest.raises(DataError) as error:
        load_train(DataReader(cache_dir=tmp_path / "cache"), get_task("cosmosqa"))
    message = str(error.value)
    assert "allenai/cosmos_qa" in message and "parquet conversion" in message
    assert "wilburOne/cosmosqa" in message and "data_dir" in message
    assert calls == [("allenai/cosmos_qa", "dataset")]
    # A data_dir without the files: both the Hub's answer and the paths tried are named.
    with pytest.raises(DataError, match="not in data_dir either"):
        load_train(DataReader(data_dir=tmp_path, cache_dir=tmp_path / "cache"),
                   get_task("cosmosqa"))


def test_cosmosqa_falls_back_to_a_local_copy_in_data_dir(tmp_path, monkeypatch):
    def offline(self, *args, **kwargs):
        raise AssertionError("a local copy must be read without asking the Hub")

    monkeypatch.setattr(HfApi, "list_repo_refs", offline)
    folder = tmp_path / "allenai" / "cosmos_qa" / "default"
    folder.mkdir(parents=True)
    with open(folder / "train.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COSMOS_COLUMNS)  # the columns of the repository's own CSV files
        writer.writerow(["3Q4TCJMQ1", "Good Old War and the bakery were nice.",
                         "Why was the person happy?", "None of the above choices .",
                         "They liked the music .", "They were hungry .", "It rained .", 1])
    rows = load_train(DataReader(data_dir=tmp_path, cache_dir=tmp_path / "cache"),
                      get_task("cosmosqa"))
    assert rows["label"] == [1] and len(rows["choices"][0]) == 4
    assert rows["context"][0].endswith("Why was the person happy?")


def test_the_conversion_check_reads_the_converts_list(monkeypatch):
    from verify_claims.reproduce.data import has_parquet_conversion

    parquet = GitRefInfo("parquet", "refs/convert/parquet", "1" * 40)
    monkeypatch.setattr(HfApi, "list_repo_refs", lambda self, *a, **k: _refs(parquet))
    assert has_parquet_conversion("Rowan/hellaswag")
    monkeypatch.setattr(HfApi, "list_repo_refs", lambda self, *a, **k: _refs())
    assert not has_parquet_conversion("allenai/cosmos_qa")

    def unreachable(self, *args, **kwargs):
        raise OSError("network unreachable")

    monkeypatch.setattr(HfApi, "list_repo_refs", unreachable)
    assert has_parquet_conversion("allenai/cosmos_qa") is None  # unknown: a cache may serve


# --- BUCC -----------------------------------------------------------------------------------------

def _bucc_world(rng, n_pairs, n_distractors, noise):
    """Vectors of translation pairs (close to each other) among many unpaired sentences on
    both sides, some of which are near-duplicates of paired ones (hard negatives)."""
    dim = 32
    pairs = rng.normal(size=(n_pairs, dim))
    x = np.vstack([pairs + noise * rng.normal(size=pairs.shape),
                   rng.normal(size=(n_distractors, dim))])
    near = pairs[rng.integers(0, n_pairs, n_distractors // 2)]
    y = np.vstack([pairs + noise * rng.normal(size=pairs.shape),
                   near + 0.9 * rng.normal(size=near.shape),
                   rng.normal(size=(n_distractors - n_distractors // 2, dim))])
    return x, y, {(i, i) for i in range(n_pairs)}


def test_gold_only_mining_inflates_bucc_f1():
    rng = np.random.default_rng(0)
    x, y, gold = _bucc_world(rng, 60, 600, noise=0.6)
    full_f1, _ = metrics.tune_threshold(bucc.mine(x, y), gold)
    gold_only_f1, _ = metrics.bucc_f1(x[:60], y[:60], gold)
    assert gold_only_f1 > full_f1 + 5  # mining among gold pairs only is much easier


def test_the_threshold_comes_from_the_sample_set():
    rng = np.random.default_rng(1)
    sample = _bucc_world(rng, 50, 400, noise=0.5)
    test = _bucc_world(rng, 50, 400, noise=0.5)
    scored = bucc.score(sample, test)
    tuned_on_sample = metrics.tune_threshold(bucc.mine(sample[0], sample[1]), sample[2])[1]
    assert scored["threshold"] == pytest.approx(tuned_on_sample)
    assert scored["score"] == pytest.approx(metrics.f1_at_threshold(
        bucc.mine(test[0], test[1]), test[2], tuned_on_sample))
    # Tuning on the test set itself can only do as well or better: the protocol does not.
    assert metrics.tune_threshold(bucc.mine(test[0], test[1]), test[2])[0] >= scored["score"]


def test_block_mining_equals_the_whole_matrix_when_k_covers_it():
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=(40, 8)), rng.normal(size=(30, 8))
    blocked = bucc.mine(x, y, k=40, block=7, device="cpu")  # every neighbour, both ways
    whole = metrics.mine_pairs(x, y, k=40)
    assert [(i, j) for _, i, j in blocked] == [(i, j) for _, i, j in whole]
    assert [s for s, _, _ in blocked] == pytest.approx([s for s, _, _ in whole], rel=1e-3)


def _write_bucc(root, language, split, pairs, source_extra, target_extra):
    folder = root / bucc.BUCC_FOLDER / f"{language}-en"
    folder.mkdir(parents=True, exist_ok=True)
    sources = [(f"{language}-{split}-{i:08d}", s) for i, (s, _) in enumerate(pairs)]
    sources += [(f"{language}-{split}-x{i:07d}", s) for i, s in enumerate(source_extra)]
    targets = [(f"en-{split}-{i:08d}", t) for i, (_, t) in enumerate(pairs)]
    targets += [(f"en-{split}-x{i:07d}", t) for i, t in enumerate(target_extra)]
    stem = f"{language}-en.{split}"
    (folder / f"{stem}.{language}").write_text("".join(f"{k}\t{s}\n" for k, s in sources),
                                               encoding="utf-8")
    (folder / f"{stem}.en").write_text("".join(f"{k}\t{t}\n" for k, t in targets),
                                       encoding="utf-8")
    (folder / f"{stem}.gold").write_text(
        "".join(f"{sources[i][0]}\t{targets[i][0]}\n" for i in range(len(pairs))),
        encoding="utf-8")
    return folder


def test_full_files_are_read_in_the_bucc_layout(tmp_path):
    pairs = [("der Hund schläft", "the dog sleeps"), ("die Katze", "the cat")]
    for split in bucc.SPLITS:
        _write_bucc(tmp_path, "de", split, pairs, ["ein Baum", "die Katze"], ["a tree"])
    path = bucc.folder(tmp_path, "de")
    assert path is not None and bucc.folder(tmp_path, "fr") is None
    corpus = bucc.read_corpus(path, "de", "training")
    # "die Katze" twice on the German side is one sentence; gold maps to distinct texts.
    assert corpus.sources == ["der Hund schläft", "die Katze", "ein Baum"]
    assert corpus.targets == ["the dog sleeps", "the cat", "a tree"]
    assert corpus.gold == {(0, 0), (1, 1)}
    (path / "de-en.sample.gold").write_text("nope\n", encoding="utf-8")
    with pytest.raises(bucc.BuccError, match="de-en.sample.gold: line 1"):
        bucc.read_corpus(path, "de", "sample")


def test_a_gold_only_bucc_result_is_not_comparable_and_judged_by_direction(tmp_path):
    recipe = Registry().get("phang2020-bucc-gain")
    notes = runner.comparability(recipe, None)
    assert notes and "gold pairs only" in notes[0]
    # With the full files in data_dir the run is comparable.
    for language in runner.languages_for(recipe, get_task("bucc")):
        for split in bucc.SPLITS:
            _write_bucc(tmp_path, language, split, [("a", "b")], [], [])
    assert runner.comparability(recipe, tmp_path) == []
    assert runner.evaluation_splits(recipe, get_task("bucc"), tmp_path)["de"].startswith(
        "training (full files")
    mnli = Registry().get("phang2020-mnli")
    results = [RunResult(recipe=mnli.id, recipe_version=mnli.metadata.version,
                         binding=mnli.claims, scale="paper", recipe_scale="paper", seed=seed,
                         metric=mnli.metric, aggregate=value, claimed=mnli.claimed,
                         tolerance=mnli.tolerance, not_comparable=notes)
               for seed, value in zip(mnli.seeds, (3.1, 2.9, 3.0), strict=False)]
    judged = reproduction_check.judge(reproduction_check.measure(results))
    # Far outside the band, yet not contradicted: only the direction is judged, and it holds.
    assert judged.outcome.value == "confirmed" and not judged.decisive
    assert "not comparable with the paper" in judged.explanation
    comparable = [r.model_copy(update={"not_comparable": []}) for r in results]
    judged = reproduction_check.judge(reproduction_check.measure(comparable))
    assert judged.outcome.value == "contradicted" and judged.decisive


def test_full_file_scoring_runs_a_real_encoder(tmp_path):
    """The runner's BUCC path on files in the shared task's layout, with the smoke model."""
    import random

    import transformers

    from verify_claims.reproduce import smoke
    from verify_claims.reproduce.recipe import Hyperparameters

    transformers.logging.set_verbosity_error()
    model_dir = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, tmp_path / "models")
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_dir)
    model = transformers.AutoModel.from_pretrained(model_dir)
    rng = random.Random(0)
    for split in bucc.SPLITS:
        sentences = [smoke._sentence(rng) for _ in range(45)]
        # An untrained encoder finds only copies: the "German" side is English with an
        # extra word, so that translations are near-copies among unrelated sentences.
        pairs = [(" ".join(smoke._words(s, "en")) + " ja", " ".join(smoke._words(s, "en")))
                 for s in sentences[:15]]
        _write_bucc(tmp_path / "data", "de", split, pairs,
                    [" ".join(smoke._words(s, "en")) + " ja" for s in sentences[15:30]],
                    [" ".join(smoke._words(s, "en")) for s in sentences[30:]])
    path = bucc.folder(tmp_path / "data", "de")
    scored = bucc.evaluate_full(model, tokenizer, path, "de",
                                Hyperparameters(batch_size=8, max_length=64, retrieval_layer=1))
    assert 50 < scored["score"] <= 100 and np.isfinite(scored["threshold"])
