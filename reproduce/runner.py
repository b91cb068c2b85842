"""One run of one recipe at one seed: intermediate training, target fine-tuning, zero-shot scores.

    run(recipe, seed, results_dir, scale) -> RunResult

The chain, as in Phang et al. 2020 (X-STILTs):

1. Intermediate stage: the pre-trained model is fine-tuned on the recipe's English intermediate
   task; several tasks train together on one shared encoder, examples drawn in proportion to
   each task's size (`datasets.interleave_datasets`).
2. For each target task: a fresh head on the intermediate encoder (or on the pre-trained one
   for the baseline arm) is fine-tuned on the task's English training data, then scored
   zero-shot on each evaluation language. Retrieval tasks skip the fine-tuning and are scored
   from the encoder's representations.
3. Task score = mean over languages; aggregate = mean over target tasks (the XTREME score when
   they are XTREME's nine) or one task's score; for `measure.kind: improvement` the same seed
   also runs the baseline arm (no intermediate stage) and the aggregate is the difference.

Everything trains through `transformers.Trainer` with the arguments built in
`training_arguments`, where every setting is visible. Work happens in
`<results_dir>/work/<recipe>-<scale>-seed<seed>/`: each stage keeps Trainer checkpoints, so an
interrupted run resumes from the last one, and a finished stage leaves its model or scores so a
rerun skips it. The baseline arm is shared by every recipe with the same base model, targets,
data and settings (its folder is named by a hash of them).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import shutil
import subprocess
import time
from collections import defaultdict
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import torch
from datasets import Dataset, interleave_datasets
from torch import nn
from transformers import (
    AutoModel,
    AutoTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    set_seed,
)

from verify_claims.claims import RunResult, Scale

from . import bucc, families, locks, smoke
from .data import DataReader, load_task_split, load_train
from .recipe import Hyperparameters, Recipe
from .tasks import XTREME_TASKS, TaskSpec, get_task
from .training import DeviceSettings, device_settings, train, training_arguments

log = logging.getLogger(__name__)
PACKAGES = ("torch", "transformers", "datasets", "accelerate", "tokenizers", "seqeval", "numpy",
            "verify-claims")
DONE = "DONE"  # written last in a finished stage's folder


@dataclass
class Context:
    """What every stage of one run needs, resolved once."""

    recipe: Recipe  # already at its scale
    seed: int
    work: Path  # <results_dir>/work
    model_path: str  # Hub id or local folder of the pre-trained model
    tokenizer: PreTrainedTokenizerBase
    reader: DataReader
    device: DeviceSettings

    @property
    def hp(self) -> Hyperparameters:
        return self.recipe.hyperparameters


def run(recipe: Recipe, seed: int, results_dir: Path, scale: Scale | None = None) -> RunResult:
    """Run `recipe` at `scale` (default: its own) with `seed`; never raises for a failed run.

    A run that fails (missing data, a bad model id, an error in training) comes back with
    status "failed" and the error, so a sweep records it and goes on.
    """
    started = time.perf_counter()
    resolved = recipe.at_scale(scale or recipe.scale)
    result = RunResult(recipe=recipe.id, recipe_version=recipe.metadata.version,
                       binding=list(recipe.claims), scale=resolved.scale,
                       recipe_scale=recipe.scale, seed=seed, metric=resolved.metric,
                       claimed=resolved.claimed, tolerance=resolved.tolerance,
                       git_revision=git_revision(), packages=package_versions(),
                       hardware=hardware(), gpu_hours_paper_scale=recipe.cost.gpu_hours)
    context = None
    try:
        check_recipe(resolved)
        context = prepare(resolved, seed, Path(results_dir))
        data_dir = context.reader.data_dir
        result.eval_splits = {name: evaluation_splits(
            resolved, get_task(name), data_dir) for name in resolved.target_tasks}
        result.not_comparable = comparability(resolved, data_dir)
        # The version is in the name: a bumped recipe must not reuse the old one's stages.
        arm = context.work / f"{resolved.id}-v{recipe.metadata.version}-{resolved.scale}-seed{seed}"
        if resolved.intermediate.combine == "best_per_target":
            scores = best_per_target(context, arm, resolved.intermediate.tasks)
        else:
            scores = run_arm(context, arm, resolved.intermediate.tasks)
        result.scores = scores
        result.aggregate = aggregate(resolved, scores)
        if resolved.measure.kind == "improvement":
            shared = context.work / baseline_folder(resolved, seed)
            with shared_arm(shared, f"the shared baseline arm {shared.name}"):
                baseline = run_arm(context, shared, [])
            result.baseline_scores = baseline
            result.baseline_aggregate = aggregate(resolved, baseline)
            result.aggregate = round(result.aggregate - result.baseline_aggregate, 4)
    except Exception as error:  # a failed run is a result too; the log keeps the traceback
        log.exception("run %s seed %s failed", recipe.id, seed)
        result.status = "failed"
        result.error = f"{type(error).__name__}: {error}"
    if context is not None:
        result.data_fingerprints = dict(sorted(context.reader.fingerprints.items()))
    result.wall_time_s = round(time.perf_counter() - started, 3)
    return result


def shared_arm(folder: Path, what: str) -> AbstractContextManager[None]:
    """The lock of an arm other runs may compute at the same time (the shared baseline): this
    run waits for one that is computing it, then reuses its scores. The processes of one
    distributed run compute it together and take no lock (the launcher holds the run's)."""
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        return nullcontext()
    return locks.hold(folder.with_name(folder.name + ".lock"), what, wait=True)


def check_recipe(recipe: Recipe) -> None:
    """Refuse recipes the runner cannot measure, before any training."""
    for name in [*recipe.intermediate.tasks, *recipe.target_tasks]:
        get_task(name)
    if recipe.measure.kind == "improvement" and not recipe.intermediate.tasks:
        raise ValueError(f"recipe {recipe.id}: an improvement needs intermediate tasks")
    if recipe.measure.aggregate == "task" and len(recipe.target_tasks) != 1:
        raise ValueError(f"recipe {recipe.id}: aggregate 'task' needs exactly one target task")
    if recipe.measure.aggregate == "xtreme_score" and recipe.scale == "paper" and \
            set(recipe.target_tasks) != set(XTREME_TASKS):
        raise ValueError(f"recipe {recipe.id}: the XTREME score needs the nine tasks "
                         f"{', '.join(XTREME_TASKS)}")


def prepare(recipe: Recipe, seed: int, results_dir: Path) -> Context:
    """The pre-trained model and tokenizer, and where data is read from (smoke files built)."""
    work = results_dir / "work"
    if recipe.scale == "smoke" and not torch.cuda.is_available():
        # Tiny models run fastest on one CPU thread; more threads only contend (10x slower on
        # a busy two-core machine).
        torch.set_num_threads(1)
    cache_dir = None
    data_dir = Path(recipe.data_dir) if recipe.data_dir else None
    if recipe.data == "smoke":
        # Generated data belongs to the results folder, never to a recipe's data_dir (which
        # holds a user's copies of the Hub data); one folder per generator version, so a
        # newer release never has to delete an older one's files.
        if data_dir is not None:
            log.info("smoke data is generated under %s; data_dir %s is not used at smoke "
                     "scale", work / "smoke", data_dir)
        data_dir = smoke.write_smoke_data(work / "smoke" / f"data-v{smoke.DATA_VERSION}")
        cache_dir = work / "smoke" / "cache"
    model_path = smoke.resolve_model(recipe.base_model, work / "smoke" / "models")
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    return Context(recipe, seed, work, model_path, tokenizer,
                   DataReader(data_dir=data_dir, cache_dir=cache_dir,
                              local_only=recipe.data == "smoke"),
                   device_settings(recipe.hyperparameters))


def languages_for(recipe: Recipe, spec: TaskSpec) -> list[str]:
    """The recipe's languages for a task; else the smoke default or XTREME's full list."""
    if spec.name in recipe.languages:
        return list(recipe.languages[spec.name])
    return list(spec.smoke_languages if recipe.data == "smoke" else spec.languages)


# --- Training ------------------------------------------------------------------------------------

def training_data(context: Context, spec: TaskSpec) -> Dataset:
    return load_train(context.reader, spec, context.hp.max_train_examples,
                      context.recipe.train_language)


def finish(folder: Path) -> None:
    """Mark a stage done and drop its checkpoints (only the final model or scores are kept)."""
    for checkpoint in folder.glob("checkpoint-*"):
        shutil.rmtree(checkpoint, ignore_errors=True)
    (folder / DONE).write_text("done\n")


def train_intermediate(context: Context, folder: Path, tasks: list[str]) -> dict[str, Path]:
    """Fine-tune on the intermediate task(s); returns each task's saved model folder."""
    saved = {name: folder / "final" / name for name in tasks}
    if (folder / DONE).is_file():
        return saved
    hp = context.hp
    set_seed(context.seed)
    specs = [get_task(name) for name in tasks]
    models = {spec.name: families.load_model(spec, context.model_path) for spec in specs}
    features = {spec.name: families.encode(spec, training_data(context, spec), context.tokenizer,
                                           hp, train=True) for spec in specs}
    collators = {spec.name: families.collator(spec, context.tokenizer,
                                              context.device.pad_to_multiple_of)
                 for spec in specs}
    args = training_arguments(folder, hp, context.seed, hp.intermediate_epochs, context.device)
    if len(specs) == 1:
        name = specs[0].name
        train(models[name], features[name], collators[name], args, context.tokenizer)
    else:
        shared = AutoModel.from_pretrained(context.model_path)  # with pooler: MC heads use it
        multitask = MultiTaskModel(models, shared)
        args.remove_unused_columns = False  # rows are (task, row) pointers for the collator
        mixture = task_mixture(features, context.recipe.intermediate.sampling, context.seed)
        train(multitask, mixture, MultiTaskCollator(features, collators), args)
    for name, model in models.items():
        model.save_pretrained(saved[name])
    finish(folder)
    return saved


class MultiTaskModel(nn.Module):
    """Several task heads on one shared encoder (jiant's multi-task set-up).

    Each task keeps its `transformers` model, whose encoder attribute is replaced by the shared
    encoder; the encoder and each model's head modules are registered once (so the optimizer
    and checkpoints see every parameter exactly once). A batch may mix tasks: each task's
    examples go through its own model and the loss is the example-weighted mean.
    """

    def __init__(self, models: dict[str, PreTrainedModel], encoder: PreTrainedModel):
        super().__init__()
        self.encoder = encoder
        self.heads = nn.ModuleDict()
        for name, model in models.items():
            setattr(model, model.base_model_prefix, encoder)
            self.heads[name] = nn.ModuleDict({child: module for child, module
                                              in model.named_children()
                                              if child != model.base_model_prefix})
        self._models = dict(models)  # not registered: their modules are registered above

    def forward(self, task_batches: dict[str, dict[str, torch.Tensor]]) -> dict[str, Any]:
        total, count = 0.0, 0
        for name, batch in task_batches.items():
            size = len(batch["labels"] if "labels" in batch else batch["start_positions"])
            total = total + self._models[name](**batch).loss * size
            count += size
        return {"loss": total / count}


@dataclass
class MultiTaskCollator:
    """Collates (task, row) pointers: each task's rows with that task's own collator."""

    features: dict[str, Dataset]
    collators: dict[str, Any]

    def __call__(self, pointers: list[dict[str, Any]]) -> dict[str, Any]:
        rows: dict[str, list] = defaultdict(list)
        for pointer in pointers:
            rows[pointer["task"]].append(self.features[pointer["task"]][pointer["row"]])
        return {"task_batches": {task: self.collators[task](items)
                                 for task, items in rows.items()}}


def task_mixture(features: dict[str, Dataset], sampling: str, seed: int) -> Dataset:
    """(task, row) pointers interleaved with probabilities proportional to task size (or
    uniform). Proportional sampling stops when the first task runs out, which is about when
    all do; uniform sampling goes on until every task was seen once (smaller ones repeat)."""
    sizes = {name: len(dataset) for name, dataset in features.items()}
    pointers = [Dataset.from_dict({"task": [name] * size, "row": list(range(size)),
                                   "length": token_counts(features[name])})
                for name, size in sizes.items()]
    total = sum(sizes.values())
    if sampling == "proportional":
        probabilities = [size / total for size in sizes.values()]
        strategy = "first_exhausted"
    else:
        probabilities = [1 / len(sizes)] * len(sizes)
        strategy = "all_exhausted"
    return interleave_datasets(pointers, probabilities=probabilities, seed=seed,
                               stopping_strategy=strategy)


def token_counts(features: Dataset) -> list[int]:
    """Tokens per row (all choices of a multiple-choice row together): the `length` column
    that length grouping reads, since a mixture's rows are pointers without input_ids. Rows
    without input_ids count 1 each (no grouping by length then)."""
    if "input_ids" not in features.column_names:
        return [1] * len(features)
    return [sum(len(choice) for choice in ids) if ids and isinstance(ids[0], list) else len(ids)
            for ids in features["input_ids"]]


# --- Target tasks --------------------------------------------------------------------------------

def best_per_target(context: Context, folder: Path,
                    tasks: list[str]) -> dict[str, dict[str, float]]:
    """Phang et al.'s "best intermediate task per target task": one arm per intermediate task,
    then for every target task the scores of the arm that did best on it. The choice is made
    on the split the recipe measures (the paper chose on dev and reported test), so at
    `split: validation` the number is slightly optimistic; the recipe says which it uses."""
    arms = {task: run_arm(context, folder / task, [task]) for task in tasks}
    scores = {}
    for target in context.recipe.target_tasks:
        best = max(tasks, key=lambda task: task_score(arms[task][target]))
        log.info("best intermediate task for %s: %s", target, best)
        scores[target] = arms[best][target]
    return scores


def run_arm(context: Context, folder: Path, intermediate: list[str]) -> dict[str, dict[str, float]]:
    """Scores {task: {language: score}} of one arm: with the intermediate stage, or without."""
    saved = train_intermediate(context, folder / "intermediate", intermediate) \
        if intermediate else {}
    return {name: run_target(context, folder / name, get_task(name), saved)
            for name in context.recipe.target_tasks}


def run_target(context: Context, folder: Path, spec: TaskSpec,
               intermediate: dict[str, Path]) -> dict[str, float]:
    """Fine-tune on English (unless retrieval), then score each evaluation language."""
    scores_file = folder / "scores.json"
    if (folder / DONE).is_file() and scores_file.is_file():
        return json.loads(scores_file.read_text())
    hp = context.hp
    set_seed(context.seed)
    model = start_model(spec, context.model_path, intermediate)
    args = training_arguments(folder, hp, context.seed, hp.target_epochs, context.device)
    if spec.family != "retrieval":
        features = families.encode(spec, training_data(context, spec), context.tokenizer, hp,
                                   train=True)
        train(model, features, families.collator(spec, context.tokenizer,
                                                 context.device.pad_to_multiple_of),
              args, context.tokenizer)
    scores = {}
    source = spec.eval_source(context.recipe.measure.split)
    for language in languages_for(context.recipe, spec):
        full = bucc_files(spec, context.reader.data_dir, language)
        if full is not None:
            scores[language] = round(bucc.evaluate_full(model, context.tokenizer, full,
                                                        language, hp)["score"], 4)
            continue
        rows = load_task_split(context.reader, spec, source, language, hp.max_eval_examples)
        scores[language] = round(families.evaluate(spec, model, context.tokenizer, rows, hp,
                                                   args, language)["score"], 4)
        log.info("%s %s: %.2f", spec.name, language, scores[language])
    folder.mkdir(parents=True, exist_ok=True)
    scores_file.write_text(json.dumps(scores, indent=1))
    finish(folder)
    return scores


def bucc_files(spec: TaskSpec, data_dir: Path | None, language: str) -> Path | None:
    """The full BUCC files of `language` when the task is BUCC and data_dir holds them."""
    return bucc.folder(data_dir, language) if spec.metric == "bucc_f1" else None


def evaluation_splits(recipe: Recipe, spec: TaskSpec, data_dir: Path | None) -> dict[str, str]:
    """The split each language of a target task is scored on, as the result records it: the
    measured split, or the one its config has instead (POS in Kazakh, Tagalog, Thai, Yoruba:
    test); BUCC says whether it mined the full files or the gold pairs only."""
    source = spec.eval_source(recipe.measure.split)
    splits = {}
    for language in languages_for(recipe, spec):
        split = source.for_language(language).split
        if spec.metric == "bucc_f1":
            split = ("training (full files; threshold tuned on sample)"
                     if bucc_files(spec, data_dir, language) else f"{split} (gold pairs only)")
        splits[language] = split
    return splits


def comparability(recipe: Recipe, data_dir: Path | None) -> list[str]:
    """Why this run's number cannot be compared with the paper's (empty: it can)."""
    notes = []
    for name in recipe.target_tasks:
        spec = get_task(name)
        if spec.metric != "bucc_f1":
            continue
        gold_only = [lang for lang in languages_for(recipe, spec)
                     if bucc_files(spec, data_dir, lang) is None]
        if gold_only:
            notes.append(f"{bucc.NOT_COMPARABLE} ({', '.join(gold_only)}); give the BUCC 2018 "
                         "files in data_dir (see reproduce/bucc.py)")
    return notes


def start_model(spec: TaskSpec, model_path: str, intermediate: dict[str, Path]) -> nn.Module:
    """The target model: its head on the pre-trained encoder, then the intermediate encoder
    copied in. The head is copied too when an intermediate task has the same kind of head with
    the same label names (e.g. MNLI -> XNLI, SQuAD -> XQuAD), rows put in the target's order."""
    model = (AutoModel.from_pretrained(model_path) if spec.family == "retrieval"
             else families.load_model(spec, model_path))
    if not intermediate:
        return model
    donors = {name: get_task(name) for name in intermediate}
    head_donor = next((name for name, donor in donors.items() if same_head(donor, spec)), None)
    name = head_donor or next(iter(intermediate))
    donor_model = families.load_model(donors[name], intermediate[name])
    copy_encoder(donor_model, model)
    if head_donor is not None:
        copy_head(donor_model, donors[name], model, spec)
    return model


def same_head(donor: TaskSpec, target: TaskSpec) -> bool:
    if donor.family != target.family or target.family == "retrieval":
        return False
    return target.family in ("qa", "multiple_choice") or set(donor.labels) == set(target.labels)


def copy_encoder(donor: PreTrainedModel, target: PreTrainedModel) -> None:
    """Load the donor's encoder weights into the target's encoder (pooler aside: sequence
    classification heads have none, multiple choice and plain encoders keep theirs)."""
    result = target.base_model.load_state_dict(donor.base_model.state_dict(), strict=False)
    mismatched = [key for key in [*result.missing_keys, *result.unexpected_keys]
                  if not key.startswith("pooler.")]
    if mismatched:
        raise RuntimeError(f"encoder weights do not match: {', '.join(mismatched[:5])}")


def copy_head(donor: PreTrainedModel, donor_spec: TaskSpec, target: PreTrainedModel,
              target_spec: TaskSpec) -> None:
    """Copy the head, permuting the output layer's rows from the donor's label order to the
    target's (identity when the orders agree)."""
    prefix = target.base_model_prefix + "."
    head = {key: value.clone() for key, value in donor.state_dict().items()
            if not key.startswith(prefix)}
    if target_spec.labels:
        order = [donor_spec.labels.index(label) for label in target_spec.labels]
        output = output_layer(target, len(target_spec.labels))
        for key in (f"{output}.weight", f"{output}.bias"):
            head[key] = head[key][order]
    result = target.load_state_dict(head, strict=False)
    if result.unexpected_keys or any(not key.startswith(prefix) for key in result.missing_keys):
        raise RuntimeError(f"{donor_spec.name} head does not fit {target_spec.name}")


def output_layer(model: PreTrainedModel, num_labels: int) -> str:
    """Name of the head's last linear layer with one output per label."""
    prefix = model.base_model_prefix
    names = [name for name, module in model.named_modules()
             if isinstance(module, nn.Linear) and module.out_features == num_labels
             and not name.startswith(prefix)]
    if not names:
        raise RuntimeError(f"{type(model).__name__} has no output layer of size {num_labels}")
    return names[-1]


# --- Aggregation ---------------------------------------------------------------------------------

def task_score(scores: dict[str, float]) -> float:
    """A task's score: the unweighted mean over its evaluation languages."""
    return float(np.mean(list(scores.values())))


def aggregate(recipe: Recipe, scores: dict[str, dict[str, float]]) -> float:
    """The headline number of one arm: the mean of the target tasks' scores (the XTREME score
    when they are its nine tasks), or the single target task's score."""
    if recipe.measure.aggregate == "task":
        return round(task_score(scores[recipe.target_tasks[0]]), 4)
    return round(float(np.mean([task_score(scores[task]) for task in recipe.target_tasks])), 4)


def baseline_folder(recipe: Recipe, seed: int) -> str:
    """The shared baseline arm's folder: a hash of everything its scores depend on."""
    key = json.dumps({"model": recipe.base_model, "data": recipe.data, "dir": recipe.data_dir,
                      "targets": recipe.target_tasks,
                      "languages": {t: languages_for(recipe, get_task(t))
                                    for t in recipe.target_tasks},
                      "split": recipe.measure.split,
                      "hp": recipe.hyperparameters.model_dump(mode="json")}, sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"baseline-{recipe.scale}-{digest}-seed{seed}"


# --- Provenance ----------------------------------------------------------------------------------

def git_revision() -> str | None:
    """The commit of the code that ran, with "-dirty" when tracked files were changed."""
    here = Path(__file__).resolve().parent
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=here, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("-dirty" if dirty.strip() else "")


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def hardware() -> str:
    if torch.cuda.is_available():
        return f"{torch.cuda.get_device_name(0)} x{torch.cuda.device_count()}"
    return f"CPU {platform.machine()} ({os.cpu_count()} cores)"
