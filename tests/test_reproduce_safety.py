"""`reproduce` keeps to its results folder and survives interruptions and company (issue 14):

- item 6: a smoke run never writes into (or creates) a recipe's data_dir, and never deletes a
  folder it did not make, even one holding a smoke-data.json of another version;
- item 7: a checkpoint cut short during its save (no trainer_state.json) is skipped, and the
  stage resumes from the newest complete one;
- item 11: concurrent runs into one results folder take a lock per run; the second is told who
  holds it and skips the run, and a shared baseline arm is waited for.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest

pytest.importorskip("transformers")

import datasets  # noqa: E402
import torch  # noqa: E402
import transformers  # noqa: E402

from verify_claims.reproduce import families, locks, runner, smoke, training  # noqa: E402
from verify_claims.reproduce.data import DataReader, load_train  # noqa: E402
from verify_claims.reproduce.launch import Job, launch_local  # noqa: E402
from verify_claims.reproduce.recipe import Hyperparameters  # noqa: E402
from verify_claims.reproduce.registry import Registry  # noqa: E402
from verify_claims.reproduce.results import ResultsStore  # noqa: E402
from verify_claims.reproduce.tasks import get_task  # noqa: E402


@pytest.fixture(autouse=True)
def quiet():
    transformers.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    torch.set_num_threads(1)


def test_a_smoke_run_leaves_the_recipes_data_dir_alone(tmp_path):
    data_dir = tmp_path / "nonexistent" / "deep" / "path"
    recipe = Registry().get("null-transfer").at_scale("smoke")
    recipe = recipe.model_copy(update={"data_dir": str(data_dir)})
    context = runner.prepare(recipe, 1, tmp_path / "runs")
    assert not (tmp_path / "nonexistent").exists()
    assert context.reader.data_dir == tmp_path / "runs" / "work" / "smoke" / \
        f"data-v{smoke.DATA_VERSION}"
    assert (context.reader.data_dir / "smoke-data.json").is_file()


def test_smoke_data_never_replaces_a_folder_it_did_not_make(tmp_path):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "smoke-data.json").write_text(json.dumps({"version": smoke.DATA_VERSION + 7}))
    (user / "thesis.tex").write_text("years of work")
    with pytest.raises(ValueError, match="left untouched"):
        smoke.write_smoke_data(user)
    (user / "smoke-data.json").unlink()
    with pytest.raises(ValueError, match="holds no smoke data"):
        smoke.write_smoke_data(user)
    assert (user / "thesis.tex").read_text() == "years of work"
    assert sorted(path.name for path in user.iterdir()) == ["thesis.tex"]


def test_training_resumes_from_the_newest_complete_checkpoint(tmp_path, caplog):
    """A kill during a save leaves checkpoint-N without trainer_state.json: resuming from it
    would fail on every rerun; the newest complete checkpoint is used instead."""
    assets = tmp_path / "assets"
    model_path = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, assets / "models")
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_path)
    reader = DataReader(data_dir=smoke.write_smoke_data(assets / "data"),
                        cache_dir=tmp_path / "cache")
    spec = get_task("pawsx")
    hp = Hyperparameters(learning_rate=3e-3, batch_size=16, max_length=64)
    features = families.encode(spec, load_train(reader, spec, 32), tokenizer, hp, train=True)
    folder = tmp_path / "stage"

    def train(epochs):
        transformers.set_seed(0)
        runner.train(families.load_model(spec, model_path), features,
                     families.collator(spec, tokenizer),
                     runner.training_arguments(folder, hp, 0, epochs), tokenizer)

    train(1)
    (complete,) = folder.glob("checkpoint-*")
    steps = int(complete.name.removeprefix("checkpoint-"))
    broken = folder / f"checkpoint-{steps + 1}"  # the next save, killed half-way
    shutil.copytree(complete, broken)
    (broken / "trainer_state.json").unlink()
    assert training.last_complete_checkpoint(folder) == str(complete)
    with caplog.at_level(logging.INFO, logger="verify_claims.reproduce.runner"):
        train(2)
    assert f"resuming from {complete}" in caplog.text
    assert "incomplete checkpoint" in caplog.text
    final = json.loads(max(folder.glob("checkpoint-*/trainer_state.json"),
                           key=lambda p: int(p.parent.name.split("-")[1])).read_text())
    assert final["global_step"] == 2 * steps


HOLDER = textwrap.dedent("""
    import sys, time
    from verify_claims.reproduce import locks
    with locks.hold(sys.argv[1], "test", wait=False):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def _hold_in_another_process(lock, seconds):
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_run_held_by_another_process_is_skipped_with_its_holder_named(tmp_path, caplog):
    store = ResultsStore(tmp_path)
    lock = store.lock_path("null-transfer", "smoke", 1)
    holder = _hold_in_another_process(lock, 60)
    try:
        started = time.perf_counter()
        with caplog.at_level(logging.WARNING, logger="verify_claims.reproduce.launch"):
            finished = launch_local([Job("null-transfer", 1, "smoke")], tmp_path)
        assert finished == []
        assert time.perf_counter() - started < 30  # not trained: skipped at once
        assert f"pid {holder.pid}" in caplog.text and str(lock) in caplog.text
        assert store.load("null-transfer", "smoke", 1) is None
    finally:
        holder.kill()
        holder.wait()


def test_a_shared_arm_is_waited_for(tmp_path, caplog):
    lock = tmp_path / "baseline-arm.lock"
    holder = _hold_in_another_process(lock, 1.5)
    try:
        started = time.perf_counter()
        with caplog.at_level(logging.WARNING, logger="verify_claims.reproduce.locks"), \
                locks.hold(lock, "the shared baseline arm", wait=True):
            waited = time.perf_counter() - started
        assert waited > 0.5
        assert f"pid {holder.pid}" in caplog.text and "waiting" in caplog.text
    finally:
        holder.wait()
    with locks.hold(lock, "free again", wait=False):  # released: taken at once
        assert os.path.exists(lock)
