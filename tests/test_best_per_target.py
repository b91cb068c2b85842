"""The best-intermediate-task-per-target measure (Phang et al.'s +5.4 XTREME claim), on the
smoke controls: between `planted` and `null`, the planted arm must be chosen for XNLI."""

from __future__ import annotations

from verify_claims.reproduce.recipe import Recipe
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.runner import run, task_score


def test_best_per_target_takes_each_target_from_its_best_arm(tmp_path):
    planted = Registry().get("planted-transfer")
    data = planted.model_dump(mode="python")
    data.update(id="best-of-controls", intermediate={"tasks": ["null", "planted"],
                                                     "combine": "best_per_target"})
    recipe = Recipe.model_validate(data)
    result = run(recipe, seed=1, results_dir=tmp_path)
    assert result.status == "completed", result.error
    arms = {task: tmp_path / "work" / "best-of-controls-v1-smoke-seed1" / task
            for task in ("null", "planted")}
    assert all(folder.is_dir() for folder in arms.values())
    planted_only = run(planted, seed=1, results_dir=tmp_path)
    # The chosen XNLI scores are the planted arm's, which beat the null arm's.
    assert result.scores["xnli"] == planted_only.scores["xnli"]
    assert task_score(result.scores["xnli"]) > task_score(result.baseline_scores["xnli"]) + 5
