"""What a paper-scale reproduction costs before it runs: every job, its data and GPU-hours.

    verify-claims plan phang2020-multitask phang2020-best-per-target --scale paper [--json]

A job is one stage of one arm of one recipe at one seed, as `runner.run` executes it: the
intermediate stage (one per arm; `best_per_target` has one arm per intermediate task) and one
stage per target task (fine-tuning on English, then zero-shot scoring in each language;
retrieval tasks only score). The baseline arm of `improvement` recipes is shared between
recipes with the same model, targets, data and settings (`runner.baseline_folder`), and is
counted once here as there.

GPU-hours come from a throughput measurement when one exists (the JSON `benchmarks/gpu.py`
writes, default `reproduce/throughput.json`: sequences/s of XLM-R Large at lengths 256 and
384), else from the recipes' stated assumption (150 and 100 sequences/s on one A100), and the
output says which. Sizes are the data sets' row counts from their cards (rounded; evaluation
sizes are per-language means). Training sequences are full length, as the benchmark measures
them, so with dynamic padding a run is usually faster than planned. Scoring is counted at
three times the training rate (a forward pass without backward), retrieval sentences at 64
tokens (short sentences, each batch padded to its longest). Nothing here reads the
network: everything comes from the recipes and the task catalogue.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .recipe import Recipe
from .tasks import Source, TaskSpec, get_task

DEFAULT_THROUGHPUT = Path(__file__).resolve().parent / "throughput.json"
# The recipes' assumption (phang2020-squad.yaml): XLM-R Large on one A100 in bf16.
ASSUMED = {256: 150.0, 384: 100.0}
EVAL_SPEEDUP = 3.0  # forward only versus forward + backward

# Training rows of each source (its card's split sizes, rounded), keyed (hub id, config, split).
TRAIN_ROWS: dict[tuple[str, str | None, str], int] = {
    ("nyu-mll/glue", "mnli", "train"): 392_702,
    ("nyu-mll/glue", "qqp", "train"): 363_846,
    ("rajpurkar/squad", "plain_text", "train"): 87_599,
    ("rajpurkar/squad_v2", "squad_v2", "train"): 130_319,
    ("Rowan/hellaswag", None, "train"): 39_905,
    ("allenai/cosmos_qa", None, "train"): 25_262,
    ("tau/commonsense_qa", None, "train"): 9_741,
    ("facebook/anli", "plain_text", "train_r1"): 16_946,
    ("facebook/anli", "plain_text", "train_r2"): 45_460,
    ("facebook/anli", "plain_text", "train_r3"): 100_459,
    ("stanfordnlp/snli", "plain_text", "train"): 550_152,
    ("google/xtreme", "PAWS-X.en", "train"): 49_401,
    ("google/xtreme", "udpos.English", "train"): 21_253,
    ("google/xtreme", "PAN-X.en", "train"): 20_000,
    ("google/xtreme", "tydiqa", "train"): 3_696,  # its English rows
}
# Evaluation rows per language (mean over the task's languages), by task.
EVAL_ROWS = {"xnli": 2_490, "pawsx": 2_000, "udpos": 2_500, "panx": 10_000, "xquad": 1_190,
             "mlqa": 1_000, "tydiqa": 560, "bucc": 2_000, "tatoeba": 1_000}
BUCC_FULL_ROWS = 450_000  # sentences per side in one language pair's sample + training files
# Retrieval embeds single sentences of a few dozen tokens, each batch padded to its longest.
RETRIEVAL_LENGTH = 64
CHOICES = {"hellaswag": 4, "cosmosqa": 4, "commonsenseqa": 5}


@dataclass
class Throughput:
    """Training sequences/s of XLM-R Large by sequence length, and where the figures come
    from ("measured on <GPU> (<file>)" or the recipes' assumption, labelled estimate)."""

    sequences_per_s: dict[int, float]
    basis: str
    measured: bool

    def rate(self, length: int) -> float:
        known = sorted(self.sequences_per_s)
        nearest = min(known, key=lambda value: abs(value - length))
        # Attention aside, time per sequence grows with its length.
        return self.sequences_per_s[nearest] * nearest / length


def load_throughput(path: Path | None) -> tuple[Throughput, str | None]:
    """The measured throughput at `path` (default DEFAULT_THROUGHPUT), or the estimate, and a
    note when a file was given but could not be used."""
    chosen = Path(path) if path is not None else DEFAULT_THROUGHPUT
    estimate = Throughput(dict(ASSUMED), "estimate: the recipes' assumed 150 sequences/s at "
                          "length 256 and 100 at 384 on one A100 (not measured)", False)
    if not chosen.is_file():
        note = f"{chosen}: no such file; using the estimate" if path is not None else None
        return estimate, note
    try:
        data = json.loads(chosen.read_text(encoding="utf-8"))
        if data.get("shape") != "xlm-roberta-large":
            return estimate, (f"{chosen}: measured a {data.get('shape')!r} model, not "
                              "XLM-R Large; using the estimate")
        rates = {int(length): float(value)
                 for length, value in data["runner"]["sequences_per_s"].items()}
        if not rates or min(rates.values()) <= 0:
            raise ValueError("no positive sequences_per_s")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return estimate, f"{chosen}: not a throughput measurement ({error}); using the estimate"
    return Throughput(rates, f"measured on {data.get('device', 'a GPU')} ({chosen})", True), None


@dataclass
class Job:
    """One stage of one arm at one seed; `recipes` lists every recipe that needs it."""

    recipes: list[str]
    seed: int
    arm: str
    stage: str
    data: list[str]
    sequences: int
    gpu_hours: float
    shared: bool = False


@dataclass
class Plan:
    throughput: str
    measured: bool
    jobs: list[Job] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def hours_by_recipe(self) -> dict[str, float]:
        """Each recipe's GPU-hours, a shared job counted in full for every recipe using it."""
        totals: dict[str, float] = {}
        for job in self.jobs:
            for recipe in job.recipes:
                totals[recipe] = totals.get(recipe, 0.0) + job.gpu_hours
        return {recipe: round(hours, 2) for recipe, hours in totals.items()}

    @property
    def total_hours(self) -> float:
        return round(sum(job.gpu_hours for job in self.jobs), 2)

    def to_json(self) -> dict[str, Any]:
        return {"throughput": self.throughput, "measured": self.measured,
                "gpu_hours_total": self.total_hours, "gpu_hours_by_recipe":
                self.hours_by_recipe(), "jobs": [asdict(job) for job in self.jobs],
                "notes": self.notes}


def _where(source: Source, language: str | None, recipe: Recipe) -> str:
    source = source.for_language(language)
    config = source.config_for(language)
    where = f"{source.hub_id}:{config or 'default'}:{source.split}"
    if source.parquet_conversion:
        where += " (Hub parquet conversion, else data_dir)"
    if recipe.data_dir:
        where += f" [data_dir {recipe.data_dir} first]"
    return where


def _training(spec: TaskSpec, recipe: Recipe) -> tuple[list[str], int]:
    """Where a task's English training data is, and its sequences per epoch."""
    data, rows = [], 0
    for source in spec.train:
        data.append(_where(source, recipe.train_language, recipe))
        config = source.config_for(recipe.train_language)
        rows += TRAIN_ROWS.get((source.hub_id, config, source.split), 0)
    cap = recipe.hyperparameters.max_train_examples
    if cap is not None:
        rows = min(rows, cap * len(spec.train))
    return data, rows * CHOICES.get(spec.name, 1)


def _length(spec: TaskSpec, recipe: Recipe) -> int:
    hp = recipe.hyperparameters
    return hp.qa_max_length if spec.family == "qa" else hp.max_length


def _hours(sequences: float, length: int, throughput: Throughput, speedup: float = 1.0) -> float:
    return sequences / (throughput.rate(length) * speedup) / 3600


def _intermediate_job(recipe: Recipe, tasks: list[str], seed: int, arm: str,
                      throughput: Throughput) -> Job:
    data: list[str] = []
    hours = 0.0
    sequences = 0
    epochs = recipe.hyperparameters.intermediate_epochs
    for name in tasks:
        spec = get_task(name)
        where, rows = _training(spec, recipe)
        data += where
        sequences += int(rows * epochs)
        hours += _hours(rows * epochs, _length(spec, recipe), throughput)
    return Job([recipe.id], seed, arm, f"intermediate: {', '.join(tasks)}",
               list(dict.fromkeys(data)), sequences, round(hours, 3))


def _target_job(recipe: Recipe, name: str, seed: int, arm: str,
                throughput: Throughput) -> Job:
    from .runner import languages_for  # torch loads only with the runner

    spec = get_task(name)
    data: list[str] = []
    hours = 0.0
    sequences = 0
    if spec.family != "retrieval":
        where, rows = _training(spec, recipe)
        data += where
        epochs = recipe.hyperparameters.target_epochs
        sequences += int(rows * epochs)
        hours += _hours(rows * epochs, _length(spec, recipe), throughput)
    source = spec.eval_source(recipe.measure.split)
    languages = languages_for(recipe, spec)
    for language in languages:
        if spec.metric == "bucc_f1":
            data.append(f"{recipe.data_dir or '<data_dir>'}/bucc2018/{language}-en/ (full "
                        f"files, comparable) or {_where(source, language, recipe)} (gold "
                        "pairs only, not comparable)")
            rows = BUCC_FULL_ROWS * 2
        else:
            data.append(_where(source, language, recipe))
            rows = EVAL_ROWS.get(name, 1_000) * (2 if spec.family == "retrieval" else 1)
        cap = recipe.hyperparameters.max_eval_examples
        rows = min(rows, cap) if cap is not None else rows
        sequences += rows
        length = RETRIEVAL_LENGTH if spec.family == "retrieval" else _length(spec, recipe)
        hours += _hours(rows * CHOICES.get(name, 1), length, throughput, EVAL_SPEEDUP)
    data = list(dict.fromkeys(data))
    stage = f"target: {name} ({'score' if spec.family == 'retrieval' else 'train + score'}, " \
            f"{len(languages)} languages)"
    return Job([recipe.id], seed, arm, stage, data, sequences, round(hours, 3))


def plan(recipes: Sequence[Recipe], scale: str = "paper", seeds: int | None = None,
         throughput_file: Path | None = None) -> Plan:
    """Every job of `recipes` at `scale` (see the module docstring)."""
    from .launch import seeds_of
    from .runner import baseline_folder, check_recipe

    throughput, note = load_throughput(throughput_file)
    result = Plan(throughput.basis, throughput.measured, notes=[note] if note else [])
    shared: dict[tuple[str, int], list[Job]] = {}
    for original in recipes:
        recipe = original.at_scale(scale)  # type: ignore[arg-type]
        check_recipe(recipe)
        for seed in seeds_of(original, seeds):
            arms: list[tuple[str, list[str]]]
            tasks = recipe.intermediate.tasks
            if recipe.intermediate.combine == "best_per_target":
                arms = [(f"intermediate {task}", [task]) for task in tasks]
            else:
                arms = [("intermediate " + "+".join(tasks) if tasks else "no intermediate",
                         tasks)]
            for arm, arm_tasks in arms:
                if arm_tasks:
                    result.jobs.append(_intermediate_job(recipe, arm_tasks, seed, arm,
                                                         throughput))
                result.jobs += [_target_job(recipe, name, seed, arm, throughput)
                                for name in recipe.target_tasks]
            if recipe.measure.kind != "improvement":
                continue
            key = (baseline_folder(recipe, seed), seed)
            if key in shared:
                for job in shared[key]:
                    job.recipes.append(recipe.id)
                    job.shared = True
                continue
            jobs = [_target_job(recipe, name, seed, "baseline", throughput)
                    for name in recipe.target_tasks]
            shared[key] = jobs
            result.jobs += jobs
    return result


def render(result: Plan) -> str:
    """The plan as plain text: one line per job, then the totals and where the rates came
    from."""
    lines = []
    for job in result.jobs:
        shared = " (shared)" if len(job.recipes) > 1 else ""
        lines.append(f"{', '.join(job.recipes)}{shared} | seed {job.seed} | {job.arm} | "
                     f"{job.stage} | {job.gpu_hours:.2f} GPU-h")
        lines += [f"    data: {where}" for where in job.data]
    lines.append("")
    for recipe, hours in result.hours_by_recipe().items():
        lines.append(f"{recipe}: {hours:.1f} GPU-hours (shared baseline jobs counted in full)")
    lines.append(f"total: {result.total_hours:.1f} GPU-hours over {len(result.jobs)} jobs "
                 "(shared baseline jobs once)")
    lines.append(f"rates: {result.throughput}")
    lines += [f"note: {note}" for note in result.notes]
    return "\n".join(lines)
