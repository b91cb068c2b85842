"""What the light commands import: `--help`, `--version`, `schema` and `recipes` answer without
spaCy, PyTorch, transformers or datasets, and an audit without PyTorch, transformers or datasets
(issue 13). A correctness test on sys.modules in a fresh interpreter, not a timing test;
benchmarks/startup.py measures the time."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "thinc", "torch", "transformers", "datasets", "pandas", "pypdf")

# Runs the CLI's entry point in-process, then reports which heavy modules it loaded.
PROBE = """
import json, sys
from verify_claims.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
else:
    code = 0
heavy = {heavy!r}
print(json.dumps({{"code": code, "loaded": [m for m in heavy if sys.modules.get(m)]}}))
"""


def loaded_by(*args: str, env: dict[str, str] | None = None) -> list[str]:
    completed = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
                               capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["code"] in (0, None), completed.stderr
    return result["loaded"]


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["audit", "--help"],
                                  ["recipes"]], ids=" ".join)
def test_light_commands_import_nothing_heavy(args):
    assert loaded_by(*args) == []


def test_schema_imports_nothing_heavy(tmp_path):
    assert loaded_by("schema", "--out", str(tmp_path)) == []


def test_an_audit_of_text_reports_imports_neither_torch_nor_the_training_stack(tmp_path):
    loaded = loaded_by(str(ROOT / "examples" / "intermediate_tasks.txt"), "--out",
                       str(tmp_path / "audit"), "--offline", "--quiet")
    assert "spacy" in loaded  # the probe sees real imports
    assert not {"torch", "transformers", "datasets", "pandas", "pypdf"} & set(loaded)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed")
def test_torch_is_hidden_only_while_spacy_is_imported():
    code = """
import sys
from verify_claims.cli import _thinc_without_torch
with _thinc_without_torch():
    import spacy
from thinc import compat
assert "torch" not in sys.modules and not compat.has_torch
import torch  # imports normally afterwards
assert torch.tensor([1]).item() == 1
"""
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=120)
    assert completed.returncode == 0, completed.stderr


def test_the_collector_is_paused_only_while_the_stages_load():
    import gc

    from verify_claims.cli import _loading_stages

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with _loading_stages():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # only the command's own process freezes its heap
