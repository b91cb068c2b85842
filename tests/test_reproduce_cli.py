"""`verify-claims reproduce` and the launchers, end to end on a smoke recipe (a tiny model
and data made locally, trained for real on the CPU), and the audit picking the result up."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from verify_claims.claims import RunResult
from verify_claims.cli import app
from verify_claims.reproduce.launch import Job, launch_slurm, plan, seeds_of
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.results import ResultsStore

runner = CliRunner()


def test_unknown_recipe_gets_did_you_mean(tmp_path):
    result = runner.invoke(app, ["reproduce", "planted-transfr", "--results", str(tmp_path)])
    assert result.exit_code == 2
    assert "planted-transfer" in result.output


def test_seeds_and_plan(tmp_path):
    recipe = Registry().get("null-transfer")
    assert seeds_of(recipe, 2) == list(recipe.seeds)[:2]
    assert len(seeds_of(recipe, len(recipe.seeds) + 2)) == len(recipe.seeds) + 2
    todo, done = plan([recipe], "smoke", 2, ResultsStore(tmp_path))
    assert [job.seed for job in todo] == seeds_of(recipe, 2) and done == []


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory):
    results = tmp_path_factory.mktemp("runs")
    args = ["reproduce", "null-transfer", "--scale", "smoke", "--seeds", "1",
            "--results", str(results)]
    return results, runner.invoke(app, args), runner.invoke(app, args)


def test_reproduce_writes_a_result_and_skips_it_the_second_time(smoke_run):
    results, first, second = smoke_run
    assert first.exit_code == 0, first.output
    (path,) = results.glob("null-transfer/smoke/seed-*.json")
    result = RunResult.model_validate_json(path.read_text(encoding="utf-8"))
    assert result.status == "completed" and result.aggregate is not None
    assert result.scores and result.baseline_scores and result.packages
    assert len(next(iter(result.scores.values()))) >= 2  # zero-shot in two languages or more
    assert second.exit_code == 0 and "skip null-transfer" in second.output


@pytest.mark.parametrize(("measured", "printed", "status"), [
    ((7.3, 7.6, 7.4), "7.5", "confirmed"),
    ((5.0, 5.2, 4.9), "7.5", "contradicted"),
    # A report that misprints the paper's number is bound all the same and contradicted.
    ((7.3, 7.6, 7.4), "9.5", "contradicted"),
])
def test_the_audit_judges_results_a_lab_delivered(tmp_path, measured, printed, status):
    """Paper-scale results (as a lab's GPUs would write them) decide the bound seed claim."""
    recipe = Registry().get("phang2020-mnli")
    store = ResultsStore(tmp_path / "runs")
    for seed, value in zip(recipe.seeds, measured, strict=False):
        store.save(RunResult(recipe=recipe.id, recipe_version=recipe.metadata.version,
                             binding=recipe.claims, scale="paper", recipe_scale="paper",
                             seed=seed, metric=recipe.metric, aggregate=value,
                             claimed=recipe.claimed, tolerance=recipe.tolerance))
    report = tmp_path / "report.txt"
    report.write_text(
        "Claim\tVerified\tConfidence\nIntermediate-task training on MNLI yields a target-task "
        f"improvement of {printed} points on the development set.\t\u2713\t0.18\n\nReferences\n\n"
        "- <http://arxiv.org/abs/2005.13013v2>\n", encoding="utf-8")
    out = tmp_path / "audit"
    result = runner.invoke(app, ["audit", str(report), "--out", str(out), "--offline",
                                 "--results", str(tmp_path / "runs"), "--quiet"])
    assert result.exit_code == 0, result.output
    (claim,) = [json.loads(line) for line in (out / "claims.jsonl").open(encoding="utf-8")]
    (check,) = [c for c in claim["checks"] if c["kind"] == "reproduction"]
    assert check["decisive"] and claim["status"] == status
    assert check["outcome"] == status  # the reproduction itself decides it this way
    assert check["evidence"][0]["claimed"] == float(printed)


def test_submitit_local_executor_runs_a_sweep(tmp_path):
    """The SLURM path, through submitit's local executor (a real worker process)."""
    results = launch_slurm([Job("null-transfer", 5, "smoke")], tmp_path, cluster="local",
                           timeout_min=10)
    (result,) = results
    assert result is not None and result.status == "completed" and result.seed == 5
    assert ResultsStore(tmp_path).completed(Registry().get("null-transfer"), "smoke", 5)


def test_accelerate_launcher_runs_a_job_in_accelerate_launch(tmp_path):
    """`--launcher accelerate` starts `accelerate launch` (here one CPU process) on the job."""
    result = runner.invoke(app, ["reproduce", "null-transfer", "--scale", "smoke", "--seeds",
                                 "1", "--launcher", "accelerate", "--results", str(tmp_path)])
    assert result.exit_code == 0, result.output
    saved = ResultsStore(tmp_path).load("null-transfer", "smoke", 1)
    assert saved is not None and saved.status == "completed"
