"""`verify-claims plan` (reproduce/planning.py) and the GPU benchmark that feeds it: every job
of a paper-scale sweep with its data and GPU-hours, offline; the benchmark's tiny CPU shape."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from verify_claims.cli import app
from verify_claims.reproduce import planning
from verify_claims.reproduce.registry import Registry

cli = CliRunner()


def _measured(path, rates, shape="xlm-roberta-large"):
    path.write_text(json.dumps({"shape": shape, "device": "NVIDIA H100 80GB HBM3",
                                "runner": {"batch_size": 4, "sequences_per_s": rates}}))
    return path


def test_plan_lists_every_job_of_the_two_big_recipes_offline():
    result = cli.invoke(app, ["plan", "phang2020-multitask", "phang2020-best-per-target",
                              "--scale", "paper", "--json"])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    jobs = plan["jobs"]
    by_recipe = {name: [job for job in jobs if name in job["recipes"]]
                 for name in ("phang2020-multitask", "phang2020-best-per-target")}
    # Per seed: multitask 1 intermediate + 9 targets + 9 baseline; best-per-target 8 arms of
    # 1 + 9, and 9 baseline; three seeds each.
    assert len(by_recipe["phang2020-multitask"]) == 3 * 19
    assert len(by_recipe["phang2020-best-per-target"]) == 3 * 89
    assert not plan["measured"] and plan["throughput"].startswith("estimate")
    (intermediate,) = [job for job in by_recipe["phang2020-multitask"]
                       if job["seed"] == 1 and job["stage"].startswith("intermediate")]
    assert "allenai/cosmos_qa:default:train (Hub parquet conversion, else data_dir)" in \
        intermediate["data"]
    # About the recipe's own estimate of the multi-task stage (13.9 h at 150 sequences/s).
    assert intermediate["gpu_hours"] == pytest.approx(13.9, abs=0.3)
    pos = next(job for job in jobs if job["stage"].startswith("target: udpos"))
    assert "google/xtreme:udpos.Thai:test" in pos["data"]
    assert "google/xtreme:udpos.German:validation" in pos["data"]
    bucc = next(job for job in jobs if job["stage"].startswith("target: bucc"))
    assert any("bucc2018/de-en" in where and "not comparable" in where
               for where in bucc["data"])
    assert plan["gpu_hours_total"] == pytest.approx(sum(job["gpu_hours"] for job in jobs),
                                                    abs=0.05)


def test_a_shared_baseline_arm_is_counted_once():
    registry = Registry()
    plan = planning.plan([registry.get("phang2020-squad"), registry.get("phang2020-mnli")],
                         seeds=1)
    baseline = [job for job in plan.jobs if job.arm == "baseline"]
    assert len(baseline) == 9
    assert all(job.recipes == ["phang2020-squad", "phang2020-mnli"] for job in baseline)
    alone = planning.plan([registry.get("phang2020-squad")], seeds=1)
    assert plan.hours_by_recipe()["phang2020-squad"] == alone.total_hours


def test_measured_throughput_replaces_the_estimate(tmp_path):
    recipe = Registry().get("phang2020-squad")
    estimate = planning.plan([recipe], seeds=1)
    doubled = planning.plan([recipe], seeds=1, throughput_file=_measured(
        tmp_path / "t.json", {"256": 300.0, "384": 200.0}))
    assert doubled.measured and "NVIDIA H100" in doubled.throughput
    assert doubled.total_hours == pytest.approx(estimate.total_hours / 2, rel=0.01)
    tiny = planning.plan([recipe], seeds=1, throughput_file=_measured(
        tmp_path / "tiny.json", {"16": 9e4}, shape="tiny"))
    assert not tiny.measured and "not XLM-R Large" in tiny.notes[0]
    (tmp_path / "bad.json").write_text("{")
    bad = planning.plan([recipe], seeds=1, throughput_file=tmp_path / "bad.json")
    assert not bad.measured and "not a throughput measurement" in bad.notes[0]


def test_unknown_recipe_is_a_usage_error():
    result = cli.invoke(app, ["plan", "phang2020-nope"])
    assert result.exit_code == 2


def test_the_gpu_benchmark_runs_its_tiny_shape(tmp_path):
    pytest.importorskip("transformers")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "gpu.py"
    spec = importlib.util.spec_from_file_location("gpu_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "throughput.json"
    result = module.main(["--tiny", "--steps", "2", "--warmup", "1", "--batch-sizes", "2",
                          "--out", str(out)])
    written = json.loads(out.read_text())
    assert written == json.loads(json.dumps(result))
    assert written["shape"] == "tiny" and {r["arm"] for r in written["runs"]} == \
        {"runner", "trainer"}
    for run in written["runs"]:
        assert run["steps_timed"] == 2 and run["tokens_per_s"] > 0
        assert run["step_time_s"] > 0 and run["peak_memory_gib"] > 0
        assert 0 < run["non_embedding_parameters"] < run["parameters"]
    assert set(written["runner"]["sequences_per_s"]) == {"16", "24"}
    assert written["settings"]["optim"] in ("adamw_torch", "adamw_torch_fused")
    # plan never mistakes the tiny shape for a measurement of XLM-R Large.
    plan = planning.plan([Registry().get("phang2020-squad")], seeds=1, throughput_file=out)
    assert not plan.measured
