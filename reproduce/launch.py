"""Where reproduction runs execute: in this process, under `accelerate launch`, or as a SLURM
job array through submitit.

A sweep is a list of jobs (recipe × seed at one scale). Completed runs of the recipe's current
version are skipped; each job runs `runner.run` and saves its `RunResult` atomically through
the results store, so an interrupted sweep resumes where it stopped (the runner itself resumes
an interrupted training from its last checkpoint). No scheduler is written here: multi-GPU
runs belong to accelerate, clusters to submitit (whose local executor the tests use).

    python -m verify_claims.reproduce.launch RECIPE SEED SCALE RESULTS [RECIPES_DIR...]

is the entry point `accelerate launch` starts in every process.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from verify_claims.claims import RunResult, Scale

from . import locks
from .recipe import Recipe
from .registry import Registry
from .results import ResultsStore

log = logging.getLogger(__name__)
LAUNCHERS = ("local", "accelerate", "slurm")


@dataclass(frozen=True)
class Job:
    recipe: str
    seed: int
    scale: Scale


def seeds_of(recipe: Recipe, count: int | None) -> list[int]:
    """The first `count` of the recipe's seeds, extended with the next integers if it lists
    fewer; all of them when `count` is None."""
    seeds = list(recipe.seeds)
    if count is None:
        return seeds
    while len(seeds) < count:
        seeds.append(max(seeds) + 1)
    return seeds[:count]


def plan(recipes: Sequence[Recipe], scale: Scale, seeds: int | None,
         store: ResultsStore) -> tuple[list[Job], list[Job]]:
    """(jobs to run, jobs already completed for the recipe's current version)."""
    todo, done = [], []
    for recipe in recipes:
        for seed in seeds_of(recipe, seeds):
            job = Job(recipe.id, seed, scale)
            (done if store.completed(recipe, scale, seed) else todo).append(job)
    return todo, done


def describe(job: Job) -> str:
    return f"run {job.recipe} seed {job.seed} ({job.scale})"


def run_job(job: Job, results: str, recipe_folders: Sequence[str] = (), lock: bool = True) -> str:
    """Run one job and save its result; returns the result file ("" when another process had
    completed it meanwhile). Importable and picklable, so a submitit worker or an accelerate
    process can call it.

    With `lock`, the run's lock (`ResultsStore.lock_path`) is held for the whole run and the
    save, so two processes never train into one folder; `locks.Busy` says who holds it. The
    processes of one `accelerate launch` pass lock=False: they run one job together, and the
    launching process holds the lock for them."""
    from .runner import run  # torch and transformers load only where training happens

    recipe = Registry([Path(folder) for folder in recipe_folders]).get(job.recipe)
    store = ResultsStore(results)
    with locks.hold(store.lock_path(job.recipe, job.scale, job.seed), describe(job),
                    wait=False) if lock else _nothing():
        if lock and store.completed(recipe, job.scale, job.seed):
            return ""  # another process finished it while this one was planning
        result = run(recipe, job.seed, Path(results), scale=job.scale)
        if int(os.environ.get("RANK", "0")) != 0:  # under accelerate, one process writes
            return ""
        return str(store.save(result))


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def launch_local(jobs: Sequence[Job], results: Path, recipe_folders: Sequence[Path] = (),
                 on_done: Callable[[Job, RunResult], None] | None = None) -> list[RunResult]:
    """Run the jobs one after another in this process."""
    store = ResultsStore(results)
    finished = []
    for job in jobs:
        try:
            run_job(job, str(results), [str(folder) for folder in recipe_folders])
        except locks.Busy as busy:
            log.warning("skipped: %s; its result will be written by that process", busy)
            continue
        result = store.load(job.recipe, job.scale, job.seed)
        assert result is not None
        finished.append(result)
        if on_done:
            on_done(job, result)
    return finished


def accelerate_command(job: Job, results: Path, recipe_folders: Sequence[Path] = (),
                       num_processes: int | None = None) -> list[str]:
    """The `accelerate launch` command line for one job (one process per GPU by default)."""
    # The launcher of the accelerate installed beside this Python, whatever is on PATH.
    command = [sys.executable, "-m", "accelerate.commands.launch"]
    if num_processes is not None:
        command += ["--num_processes", str(num_processes)]
    return [*command, "-m", "verify_claims.reproduce.launch", job.recipe, str(job.seed),
            job.scale, str(results), *map(str, recipe_folders)]


def launch_accelerate(jobs: Sequence[Job], results: Path, recipe_folders: Sequence[Path] = (),
                      num_processes: int | None = None) -> list[RunResult]:
    """Run each job under `accelerate launch` (multi-GPU data parallel through Trainer)."""
    store = ResultsStore(results)
    finished = []
    for job in jobs:
        try:
            with locks.hold(store.lock_path(job.recipe, job.scale, job.seed), describe(job),
                            wait=False):
                subprocess.run(accelerate_command(job, results, recipe_folders,
                                                  num_processes), check=True)
        except locks.Busy as busy:
            log.warning("skipped: %s; its result will be written by that process", busy)
            continue
        result = store.load(job.recipe, job.scale, job.seed)
        if result is None:
            raise RuntimeError(f"accelerate run of {job.recipe} seed {job.seed} wrote no result")
        finished.append(result)
    return finished


def launch_slurm(jobs: Sequence[Job], results: Path, recipe_folders: Sequence[Path] = (),
                 cluster: str | None = None, **slurm: object) -> list[RunResult]:
    """Submit the jobs as one job array through submitit and wait for them. `cluster=None`
    lets submitit pick SLURM where it is available; "local" runs them as local processes
    (how the tests exercise this path); `slurm` options go to `update_parameters`
    (e.g. slurm_partition="gpu", gpus_per_node=1, timeout_min=600)."""
    import submitit

    executor = submitit.AutoExecutor(folder=Path(results) / "submitit", cluster=cluster)
    if slurm:
        executor.update_parameters(**slurm)
    folders = [str(folder) for folder in recipe_folders]
    submitted = executor.map_array(run_job, list(jobs), [str(results)] * len(jobs),
                                   [folders] * len(jobs))
    for job in submitted:
        job.result()  # raises with the worker's traceback if the job itself crashed
    store = ResultsStore(results)
    return [store.load(job.recipe, job.scale, job.seed) for job in jobs]  # type: ignore[misc]


def main(argv: Sequence[str] | None = None) -> None:
    recipe, seed, scale, results, *folders = list(sys.argv[1:] if argv is None else argv)
    # The launching process (`launch_accelerate`) holds the run's lock for all ranks.
    run_job(Job(recipe, int(seed), scale), results, folders,  # type: ignore[arg-type]
            lock=False)


if __name__ == "__main__":
    main()
