"""The single-run runner (reproduce/runner.py): the whole chain on smoke data with a tiny model.

intermediate (planted) -> target (XNLI, English) -> zero-shot in English and a ciphered
language -> scores -> RunResult, with the baseline arm; checkpoints, resumption, multi-task
training and head transfer.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time

import pytest

pytest.importorskip("transformers")
pytest.importorskip("seqeval")

import datasets  # noqa: E402
import torch  # noqa: E402
import transformers  # noqa: E402

from verify_claims.claims import RunResult  # noqa: E402
from verify_claims.reproduce import families, runner, smoke  # noqa: E402
from verify_claims.reproduce.data import DataReader, load_train  # noqa: E402
from verify_claims.reproduce.recipe import Hyperparameters, Recipe  # noqa: E402
from verify_claims.reproduce.tasks import get_task  # noqa: E402

SMOKE_HP = {"learning_rate": 3e-3, "batch_size": 16, "intermediate_epochs": 3,
            "target_epochs": 5, "max_length": 64, "qa_max_length": 64, "doc_stride": 16}


def make_recipe(intermediate: list[str], targets: list[str], **fields) -> Recipe:
    """A paper-scale recipe with a smoke override, as the recipe files write them."""
    data = {
        "id": "test-" + "-".join(intermediate or ["baseline"]),
        "metadata": {"version": 3},
        "paper": {"source": "arXiv:2005.13013", "version": 2},
        "claims": [{"source": "arXiv:2005.13013", "text": "planted transfer helps",
                    "value": 5.0, "unit": "points", "bound_to": "XNLI"}],
        "base_model": "FacebookAI/xlm-roberta-large",
        "intermediate": {"tasks": intermediate},
        "target_tasks": targets,
        "measure": {"kind": "improvement" if intermediate else "score",
                    "aggregate": "mean_over_tasks"},
        "claimed": 5.0, "tolerance": 1.5,
        "cost": {"gpu_hours": 12.0},
        "scales": {"smoke": {"base_model": smoke.SMOKE_MODEL, "data": "smoke",
                             "languages": {"xnli": ["en", "de"]},
                             "hyperparameters": SMOKE_HP}},
    }
    data.update(fields)
    return Recipe.model_validate(data)


@pytest.fixture(autouse=True)
def quiet_and_single_threaded():
    transformers.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def results_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("runs")


@pytest.fixture(scope="module")
def planted_run(results_dir):
    started = time.perf_counter()
    result = runner.run(make_recipe(["planted"], ["xnli"]), seed=1, results_dir=results_dir,
                        scale="smoke")
    return result, time.perf_counter() - started


def test_the_chain_measures_planted_transfer(planted_run):
    result, _ = planted_run
    assert result.status == "completed", result.error
    assert set(result.scores) == set(result.baseline_scores) == {"xnli"}
    assert set(result.scores["xnli"]) == {"en", "de"}
    for arm in (result.scores, result.baseline_scores):
        assert all(0 <= score <= 100 for score in arm["xnli"].values())
    # The ciphered language shares no sub-word with English: only the planted intermediate
    # task can carry the cues across, and it does.
    assert result.scores["xnli"]["de"] > result.baseline_scores["xnli"]["de"] + 30
    mean = sum(result.scores["xnli"].values()) / 2
    baseline = sum(result.baseline_scores["xnli"].values()) / 2
    assert result.baseline_aggregate == pytest.approx(baseline, abs=1e-3)
    assert result.aggregate == pytest.approx(mean - baseline, abs=1e-3)
    assert result.aggregate > 10


def test_the_result_records_where_the_number_comes_from(planted_run):
    result, _ = planted_run
    assert (result.recipe, result.recipe_version, result.seed) == ("test-planted", 3, 1)
    assert (result.scale, result.recipe_scale) == ("smoke", "paper")
    assert (result.claimed, result.tolerance, result.gpu_hours_paper_scale) == (5.0, 1.5, 12.0)
    assert result.binding[0].bound_to == "XNLI"
    assert {"torch", "transformers", "datasets"} <= set(result.packages)
    assert result.hardware and result.wall_time_s > 0
    assert {"google/xtreme/XNLI/validation", "nyu-mll/glue/mnli/train",
            "synthetic/planted/default/train"} <= set(result.data_fingerprints)
    assert RunResult.model_validate_json(result.model_dump_json()) == result


def test_a_rerun_skips_finished_stages(planted_run, results_dir):
    first, first_seconds = planted_run
    started = time.perf_counter()
    again = runner.run(make_recipe(["planted"], ["xnli"]), seed=1, results_dir=results_dir,
                       scale="smoke")
    assert again.status == "completed"
    assert (again.scores, again.baseline_scores) == (first.scores, first.baseline_scores)
    assert time.perf_counter() - started < first_seconds / 2
    work = results_dir / "work"
    arm = work / f"test-planted-v{first.recipe_version}-smoke-seed1"  # the version is named
    assert (arm / "intermediate" / "final" / "planted").is_dir()
    assert not list(work.glob("**/checkpoint-*"))  # finished stages keep no checkpoints


def test_the_baseline_arm_is_shared_between_recipes(planted_run, results_dir):
    """Another intermediate task with the same targets and settings reuses the baseline."""
    recipe = make_recipe(["planted"], ["xnli"])
    other = make_recipe(["null"], ["xnli"]).at_scale("smoke")
    assert runner.baseline_folder(recipe.at_scale("smoke"), 1) == \
        runner.baseline_folder(other, 1)
    changed = other.model_copy(update={"target_tasks": ["pawsx"]})
    assert runner.baseline_folder(changed, 1) != runner.baseline_folder(other, 1)


def test_training_resumes_from_the_last_checkpoint(results_dir, tmp_path, caplog):
    """An interrupted stage (here: one epoch done of two) goes on from its checkpoint."""
    assets = results_dir / "work" / "smoke"  # the smoke model and data (built once here)
    model_path = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, assets / "models")
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_path)
    reader = DataReader(data_dir=smoke.write_smoke_data(assets / f"data-v{smoke.DATA_VERSION}"),
                        cache_dir=tmp_path / "cache")
    spec = get_task("pawsx")
    hp = Hyperparameters(**SMOKE_HP)
    features = families.encode(spec, load_train(reader, spec, 64), tokenizer, hp, train=True)
    folder = tmp_path / "stage"

    def train(epochs):
        transformers.set_seed(0)
        model = families.load_model(spec, model_path)
        runner.train(model, features, families.collator(spec, tokenizer),
                     runner.training_arguments(folder, hp, 0, epochs), tokenizer)

    train(1)
    steps = json.loads(next(folder.glob("checkpoint-*/trainer_state.json")).read_text())
    with caplog.at_level(logging.INFO, logger="verify_claims.reproduce.runner"):
        train(2)
    assert f"checkpoint-{steps['global_step']}" in caplog.text
    final = json.loads(max(folder.glob("checkpoint-*/trainer_state.json")).read_text())
    assert final["global_step"] == 2 * steps["global_step"]
    # The first epoch's log entry is the interrupted run's own (a fresh two-epoch run would
    # log another learning rate at the end of epoch one).
    assert final["log_history"][0] == steps["log_history"][0]


def test_multi_task_training_shares_one_encoder(results_dir, tmp_path):
    recipe = make_recipe(["planted", "squad"], ["xnli"]).at_scale("smoke")
    recipe = recipe.model_copy(update={"hyperparameters": recipe.hyperparameters.model_copy(
        update={"intermediate_epochs": 1, "max_train_examples": 48})})
    context = runner.prepare(recipe, 1, results_dir)
    saved = runner.train_intermediate(context, tmp_path / "inter", ["planted", "squad"])
    planted = families.load_model(get_task("planted"), saved["planted"])
    squad = families.load_model(get_task("squad"), saved["squad"])
    base = families.load_model(get_task("squad"), context.model_path)
    shared = planted.base_model.state_dict()
    for key, value in squad.base_model.state_dict().items():
        if not key.startswith("pooler."):
            assert torch.equal(value, shared[key]), key
    changed = base.base_model.state_dict()["embeddings.word_embeddings.weight"]
    assert not torch.equal(changed, shared["embeddings.word_embeddings.weight"])


def test_multi_task_model_registers_each_parameter_once():
    config = transformers.XLMRobertaConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                                           num_attention_heads=2, intermediate_size=32)
    models = {"a": transformers.XLMRobertaForSequenceClassification(config),
              "b": transformers.XLMRobertaForQuestionAnswering(config)}
    encoder = transformers.XLMRobertaModel(config)
    model = runner.MultiTaskModel(models, encoder)
    storages = [tensor.data_ptr() for tensor in model.state_dict().values()]
    assert len(storages) == len(set(storages))  # checkpoints can be written (no aliases)
    expected = sum(p.numel() for p in encoder.parameters()) + \
        sum(p.numel() for p in models["a"].classifier.parameters()) + \
        sum(p.numel() for p in models["b"].qa_outputs.parameters())
    assert sum(p.numel() for p in model.parameters()) == expected
    model.eval()
    assert not models["a"].classifier.dropout.training  # mode reaches every head


def test_task_mixture_is_proportional_to_size():
    features = {"small": datasets.Dataset.from_dict({"x": list(range(100))}),
                "large": datasets.Dataset.from_dict({"x": list(range(300))})}
    mixture = runner.task_mixture(features, "proportional", seed=0)
    counts = {task: mixture["task"].count(task) for task in features}
    assert 2.4 < counts["large"] / counts["small"] < 3.6
    uniform = runner.task_mixture(features, "uniform", seed=0)
    assert uniform["task"].count("small") > 200  # the small task repeats to keep pace


def test_mixture_rows_carry_their_token_counts_for_length_grouping():
    """Pointers have no input_ids: length grouping reads their `length` column, which counts
    every choice of a multiple-choice row."""
    features = {"nli": datasets.Dataset.from_dict({"input_ids": [[0, 5, 2], [0, 2]]}),
                "mc": datasets.Dataset.from_dict({"input_ids": [[[0, 5, 2], [0, 6, 7, 2]]]})}
    mixture = runner.task_mixture(features, "uniform", seed=0)
    lengths = {(row["task"], row["row"]): row["length"] for row in mixture}
    assert lengths == {("nli", 0): 3, ("nli", 1): 2, ("mc", 0): 7}


def test_heads_carry_over_with_labels_put_in_the_target_order(results_dir):
    model_path = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, results_dir / "work" / "smoke" /
                                          "models")
    mnli = get_task("mnli")
    target = dataclasses.replace(get_task("xnli"),
                                 labels=("contradiction", "entailment", "neutral"))
    transformers.set_seed(0)
    donor = families.load_model(mnli, model_path).eval()
    receiver = families.load_model(target, model_path).eval()
    runner.copy_encoder(donor, receiver)
    assert runner.same_head(mnli, target)
    runner.copy_head(donor, mnli, receiver, target)
    inputs = {"input_ids": torch.tensor([[0, 10, 11, 12, 2]])}
    donor_logits = donor(**inputs).logits[0]
    receiver_logits = receiver(**inputs).logits[0]
    for k, label in enumerate(target.labels):
        assert receiver_logits[k].item() == pytest.approx(
            donor_logits[mnli.labels.index(label)].item(), abs=1e-5)
    assert not runner.same_head(get_task("qqp"), get_task("pawsx"))  # other label names
    assert runner.same_head(get_task("squad"), get_task("tydiqa"))
    assert not runner.same_head(get_task("hellaswag"), get_task("xnli"))


def test_a_failed_run_is_a_result_not_a_crash(tmp_path):
    result = runner.run(make_recipe(["mnli"], ["xnli", "xnlii"]), seed=1,
                        results_dir=tmp_path, scale="smoke")
    assert result.status == "failed"
    assert "unknown task 'xnlii'" in result.error
    assert result.aggregate is None and result.scores == {}


def test_aggregates_follow_the_measure():
    scores = {"xnli": {"en": 80.0, "de": 60.0}, "xquad": {"en": 50.0, "de": 30.0}}
    recipe = make_recipe(["mnli"], ["xnli", "xquad"])
    assert runner.aggregate(recipe, scores) == pytest.approx((70.0 + 40.0) / 2)
    single = make_recipe(["mnli"], ["xquad"], measure={"aggregate": "task"})
    assert runner.aggregate(single, scores) == pytest.approx(40.0)
    with pytest.raises(ValueError, match="nine tasks"):
        runner.check_recipe(make_recipe(["mnli"], ["xnli"], measure={
            "aggregate": "xtreme_score"}))


def test_languages_come_from_the_recipe_then_the_scale():
    recipe = make_recipe(["mnli"], ["xnli", "tatoeba"]).at_scale("smoke")
    assert runner.languages_for(recipe, get_task("xnli")) == ["en", "de"]
    assert runner.languages_for(recipe, get_task("tatoeba")) == ["de", "fr"]
    paper = make_recipe(["mnli"], ["xnli", "tatoeba"])
    assert len(runner.languages_for(paper, get_task("tatoeba"))) == 36
