"""The results store: layout, atomic writes, skipping completed runs, resumable checkpoints,
and bad files reported without losing the good ones."""

from __future__ import annotations

import json
import os

import pytest

from verify_claims.claims import ClaimBinding, RunResult
from verify_claims.reproduce.recipe import Recipe
from verify_claims.reproduce.results import ResultsStore

BINDING = ClaimBinding(source="arXiv:2005.13013", text="SQuAD improves the average by 8.2.",
                       value=8.2, unit="points", bound_to="SQuAD")


def recipe(version: int = 1) -> Recipe:
    return Recipe(id="phang2020-squad", metadata={"version": version},
                  paper={"source": "arXiv:2005.13013"}, claims=[BINDING],
                  base_model="FacebookAI/xlm-roberta-large", intermediate={"tasks": ["squad"]},
                  target_tasks=["xnli"], claimed=8.2)


def result(seed: int = 1, aggregate: float | None = 8.1, *, version: int = 1,
           status: str = "completed", scale: str = "paper") -> RunResult:
    return RunResult(recipe="phang2020-squad", recipe_version=version, binding=[BINDING],
                     scale=scale, seed=seed, status=status, metric="average_score",
                     aggregate=aggregate, claimed=8.2, tolerance=1.0,
                     error="boom" if status == "failed" else None,
                     scores={"xnli": {"en": 88.0, "de": 82.5}})


@pytest.fixture
def store(tmp_path) -> ResultsStore:
    return ResultsStore(tmp_path / "runs")


def test_one_json_file_per_recipe_scale_and_seed(store, tmp_path):
    path = store.save(result(seed=2, scale="smoke"))
    assert path == tmp_path / "runs" / "phang2020-squad" / "smoke" / "seed-2.json"
    assert path == store.path_for("phang2020-squad", "smoke", 2)
    assert json.loads(path.read_text())["scores"]["xnli"]["de"] == 82.5
    assert store.load("phang2020-squad", "smoke", 2) == result(seed=2, scale="smoke")
    assert store.load("phang2020-squad", "paper", 2) is None


def test_an_interrupted_write_leaves_the_previous_result_whole(store, monkeypatch):
    store.save(result(aggregate=8.1))
    path = store.path_for("phang2020-squad", "paper", 1)
    before = path.read_bytes()

    def interrupted(fd):  # the process dies after writing part of the new file
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.save(result(aggregate=3.0))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert store.load("phang2020-squad", "paper", 1).aggregate == 8.1
    assert [p.name for p in path.parent.iterdir()] == ["seed-1.json"]  # no temporary left


def test_completed_runs_are_skipped_others_run_again(store):
    current = recipe(version=2)
    assert not store.completed(current, "paper", 1)  # never run
    store.save(result(seed=1, version=2))
    store.save(result(seed=2, version=2, status="failed", aggregate=None))
    store.save(result(seed=3, version=1))
    assert store.completed(current, "paper", 1)
    assert not store.completed(current, "paper", 2)  # failed: run again
    assert not store.completed(current, "paper", 3)  # older recipe version: run again
    assert not store.completed(current, "smoke", 1)  # other scale


def test_checkpoints_are_kept_per_run_and_recipe_version(store):
    folder = store.checkpoint_dir("phang2020-squad", "paper", 1, version=2)
    assert folder == store.folder / "phang2020-squad" / "paper" / "seed-1.checkpoints" / "v2"
    assert folder != store.checkpoint_dir("phang2020-squad", "paper", 1, version=1)
    (folder / "checkpoint-500").mkdir(parents=True)
    store.save(result())
    assert store.load_all() == [result()]  # checkpoints are not results
    store.clear_checkpoints("phang2020-squad", "paper", 1)
    assert not folder.exists()
    assert store.path_for("phang2020-squad", "paper", 1).exists()


def test_load_all_reports_bad_files_and_keeps_the_good_ones(store):
    store.save(result(seed=1))
    store.save(result(seed=2, scale="smoke"))
    base = store.folder / "phang2020-squad" / "paper"
    (base / "seed-3.json").write_text('{"recipe": "phang2020-squad", "see', encoding="utf-8")
    bad_field = json.loads(result(seed=4).model_dump_json()) | {"gpu": "A100"}
    (base / "seed-4.json").write_text(json.dumps(bad_field), encoding="utf-8")
    (base / "seed-5.json").write_text(result(seed=6).model_dump_json(), encoding="utf-8")
    (base / ".seed-1.json.abc.tmp").write_text("partial", encoding="utf-8")

    loaded = store.load_all()
    assert [(r.scale, r.seed) for r in loaded] == [("paper", 1), ("smoke", 2)]
    problems = {os.path.basename(p.file): p.message for p in store.problems}
    assert set(problems) == {"seed-3.json", "seed-4.json", "seed-5.json"}
    assert "not valid JSON" in problems["seed-3.json"]
    assert "gpu: Extra inputs are not permitted" in problems["seed-4.json"]
    assert "seed 6, which belongs in" in problems["seed-5.json"]


def test_an_empty_or_missing_folder_has_no_results(tmp_path):
    store = ResultsStore(tmp_path / "nowhere")
    assert store.load_all() == [] and store.problems == []
