"""The reusable GitHub Actions workflow: its inputs, and its check step run for real in bash
with the environment GitHub would give it (the `verify-claims` on PATH is this checkout's)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "verify-claims.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def check_step(workflow: dict) -> dict:
    steps = workflow["jobs"]["check"]["steps"]
    return next(step for step in steps if step.get("name") == "Audit and compare with the baseline")


def test_it_is_callable_with_the_documented_inputs(workflow):
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads on: as True
    inputs = triggers["workflow_call"]["inputs"]
    required = {name for name, spec in inputs.items() if spec.get("required")}
    assert {"reports", "baseline"} <= required
    assert {"sources", "results", "offline", "package", "python-version"} <= set(inputs)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".github/workflows/verify-claims.yml@" in readme
    for name in inputs:
        assert name in readme, f"input {name} is not documented in the README"


def test_no_input_is_pasted_into_a_script(workflow):
    for step in workflow["jobs"]["check"]["steps"]:
        assert "${{" not in step.get("run", ""), f"step {step.get('name')} interpolates an input"


def run_step(workflow: dict, tmp_path: Path, **env: str) -> tuple[int, str, str]:
    """Run the check step's script in `tmp_path` as the runner would (bash -eo pipefail)."""
    summary = tmp_path / "summary.md"
    environment = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary), "SOURCES": "",
                   "RESULTS": "no-runs", "OFFLINE": "true",
                   "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", **env}
    process = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                              check_step(workflow)["run"]],
                             cwd=tmp_path, env=environment, capture_output=True, text=True,
                             timeout=300)
    return process.returncode, process.stdout, summary.read_text(encoding="utf-8")


@pytest.fixture()
def repository(tmp_path) -> Path:
    """A repository of reports as a user would have it, with a committed baseline."""
    (tmp_path / "reports").mkdir()
    for name in ("intermediate_tasks.txt", "question_answering.md"):
        shutil.copy(ROOT / "examples" / name, tmp_path / "reports" / name)
    subprocess.run([Path(sys.executable).parent / "verify-claims", "check", "reports",
                    "--baseline", "reports/baseline.json", "--update", "--offline",
                    "--results", "no-runs"], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path


def test_the_check_step_passes_writes_the_audit_and_a_summary(workflow, repository):
    status, _, summary = run_step(workflow, repository, REPORTS="reports/intermediate_tasks.txt "
                                  "reports/question_answering.md",
                                  BASELINE="reports/baseline.json")
    assert status == 0
    assert "Every claim matches `reports/baseline.json`" in summary
    assert (repository / "audit" / "index.html").is_file()
    audit = json.loads((repository / "audit" / "audit.json").read_text(encoding="utf-8"))
    assert audit["totals"]["claims"] == 13


def test_the_check_step_fails_on_drift_and_shows_the_diff(workflow, repository):
    baseline = repository / "reports" / "baseline.json"
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["claims"][0]["status"] = "contradicted" if data["claims"][0]["status"] != \
        "contradicted" else "confirmed"
    baseline.write_text(json.dumps(data), encoding="utf-8")
    status, stdout, summary = run_step(workflow, repository, REPORTS="reports",
                                       BASELINE="reports/baseline.json")
    assert status == 1
    assert "status " in stdout and data["claims"][0]["id"] in stdout
    assert "drifted from `reports/baseline.json` (exit 1)" in summary
    assert data["claims"][0]["id"] in summary


def test_a_crafted_input_is_data_not_code(workflow, repository):
    status, _, _ = run_step(workflow, repository, REPORTS="reports $(touch pwned) `touch pwned2`",
                            BASELINE="reports/baseline.json; touch pwned3")
    assert status != 0  # no such baseline / no such report file: refused, not run
    assert not any((repository / name).exists() for name in ("pwned", "pwned2", "pwned3"))
