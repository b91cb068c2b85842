"""A reproduction recipe: one YAML file that says which claim it re-measures and how.

In the spirit of lm-evaluation-harness task files: a recipe is declarative, versioned
(`metadata.version`), validated by this model (and by the committed JSON Schema generated from
it), and holds every setting it needs in plain sight. A `scales:` block holds only the
overrides for a smaller scale (nanoGPT's config files hold only their overrides):

    id: phang2020-squad
    metadata: {version: 1}
    paper: {source: "arXiv:2005.13013", version: 2}
    claims: [{source: "arXiv:2005.13013", text: "...", value: 8.2, unit: points, bound_to: SQuAD}]
    base_model: FacebookAI/xlm-roberta-large
    intermediate: {tasks: [squad]}
    target_tasks: [xnli, pawsx, ...]
    measure: {kind: improvement, aggregate: mean_over_tasks}
    scales:
      smoke: {base_model: "smoke:xlm-r-tiny", data: smoke, hyperparameters: {epochs: 2}}

`Recipe.at_scale("smoke")` applies the overrides and returns the recipe that actually runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from verify_claims.claims import ClaimBinding, Scale
from verify_claims.claims.bounded import listed, short_repr, shorten
from verify_claims.claims.safe_yaml import YamlError, load_yaml_file


class Strict(BaseModel):
    # No setting of a recipe is infinite or undefined: a NaN learning rate would train to
    # NaN, and a NaN tolerance would make every comparison false.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Metadata(Strict):
    version: int = Field(ge=1, description="Bump when a change alters the measured number.")
    description: str | None = None


class PaperRef(Strict):
    source: str  # "arXiv:2005.13013"
    version: int | None = None


class Intermediate(Strict):
    """The intermediate stage: none (baseline), one task, or several trained together."""

    tasks: list[str] = Field(default_factory=list)
    # Multi-task: examples drawn in proportion to each task's size (jiant's default).
    sampling: Literal["proportional", "uniform"] = "proportional"
    # How several tasks are used. `joint`: one model trained on all of them (multi-task; a
    # single task is the same thing). `best_per_target`: one model per task, and for each
    # target task the one with the best validation score is kept (the paper's "best model
    # for each target task", selected on dev and reported on `measure.split`).
    combine: Literal["joint", "best_per_target"] = "joint"


class Measure(Strict):
    """How the headline number is computed from the target-task scores.

    kind: `improvement` runs a baseline arm (no intermediate stage) with the same seeds and
    reports the difference; `score` reports the score itself.
    aggregate: `xtreme_score` (unweighted mean of the target tasks' scores, each the mean over
    its languages), `mean_over_tasks` (the same over the recipe's target tasks), or `task`
    (a single target task's mean over languages).
    """

    kind: Literal["improvement", "score"] = "improvement"
    aggregate: Literal["xtreme_score", "mean_over_tasks", "task"] = "mean_over_tasks"
    split: Literal["validation", "test"] = "validation"
    direction_only: bool = False  # qualitative claims: only the sign is compared


class Hyperparameters(Strict):
    """Defaults follow the original work (jiant settings of Phang et al. 2020)."""

    learning_rate: float = Field(1e-5, gt=0)
    warmup_ratio: float = Field(0.1, ge=0, le=1)
    weight_decay: float = Field(0.01, ge=0)
    intermediate_epochs: float = Field(3, ge=0)
    target_epochs: float = Field(3, ge=0)
    max_length: int = Field(256, ge=1)
    qa_max_length: int = Field(384, ge=1)
    doc_stride: int = Field(128, ge=1)
    batch_size: int = Field(4, ge=1)
    gradient_accumulation_steps: int = Field(1, ge=1)
    retrieval_layer: int = Field(14, ge=0)  # of 24 in XLM-R Large; mean-pooled
    max_train_examples: int | None = Field(None, ge=1)  # cap per task (smoke scale); None: all
    max_eval_examples: int | None = Field(None, ge=1)
    # How the hardware is used (see runner.device_settings; a CPU resolves all to safe values).
    # auto: bf16 autocast and TF32 matmuls where the GPU supports them, fp32 elsewhere.
    precision: Literal["auto", "bf16", "fp32"] = "auto"
    # Batches of similar length (each padded to its longest row). None: on a GPU only, so that
    # CPU (smoke) runs keep the batches, and so the numbers, of earlier releases.
    group_by_length: bool | None = None
    torch_compile: bool = False  # torch.compile the model (on a GPU only)


class Cost(Strict):
    # Estimated A100-class GPU-hours per seed at paper scale.
    gpu_hours: float | None = Field(None, ge=0)
    note: str | None = None


class Recipe(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    metadata: Metadata
    paper: PaperRef
    claims: list[ClaimBinding] = Field(min_length=1)
    scale: Scale = "paper"  # the scale this (resolved) recipe runs at
    base_model: str  # a Hub id, a local path, or "smoke:<name>" for a model made locally
    data: Literal["hub", "smoke"] = "hub"  # where task data comes from
    data_dir: str | None = None  # local copies of the Hub data sets (parquet/json files)
    intermediate: Intermediate = Field(default_factory=Intermediate)
    target_tasks: list[str] = Field(min_length=1)
    # Evaluation languages per target task; a task missing here uses its full XTREME list.
    languages: dict[str, list[str]] = Field(default_factory=dict)
    train_language: str = "en"
    measure: Measure = Field(default_factory=Measure)
    metric: str = "score"  # how the number is named in results ("xtreme_score", "accuracy")
    hyperparameters: Hyperparameters = Field(default_factory=Hyperparameters)
    # Seeds seed numpy too, which takes 0 to 2**32 - 1.
    seeds: list[Annotated[int, Field(ge=0, le=2**32 - 1)]] = Field(
        default_factory=lambda: [1, 2, 3], min_length=1)
    claimed: float | None = None  # the number the claim prints, in the measure's terms
    tolerance: float = Field(0.5, ge=0)  # absolute, in the measure's unit
    cost: Cost = Field(default_factory=Cost)
    scales: dict[Scale, dict[str, Any]] = Field(default_factory=dict)

    def at_scale(self, scale: Scale) -> Recipe:
        """The recipe with `scales[scale]`'s overrides merged in (dicts merge key by key)."""
        if scale == self.scale and scale not in self.scales:
            return self
        data = self.model_dump(mode="python", exclude={"scales"})
        merged = _deep_merge(data, self.scales.get(scale, {}))
        merged["scale"] = scale
        return Recipe.model_validate(merged)


def _deep_merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _deep_merge(result[key], value)
        else:
            result[key] = value
    return result


class RecipeError(ValueError):
    """A recipe file that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


def load_recipe(path: Path | str) -> Recipe:
    """Read and validate one recipe file, and check its overrides validate at every scale."""
    path = Path(path)
    try:
        data = load_yaml_file(path)
    except OSError as error:
        raise RecipeError(path, f"cannot be read ({error})") from None
    except YamlError as error:
        raise RecipeError(path, str(error)) from None
    if not isinstance(data, dict):
        raise RecipeError(path, "a recipe is a mapping of fields (id, metadata, claims, ...)")
    try:
        recipe = Recipe.model_validate(data)
        for scale in recipe.scales:
            recipe.at_scale(scale)
    except ValidationError as error:
        problems = listed(
            f"{shorten('.'.join(str(part) for part in issue['loc']), 200) or '(top)'}: "
            f"{shorten(issue['msg'], 300)}"
            for issue in error.errors())
        raise RecipeError(path, shorten(problems)) from None
    if recipe.id != path.name.removesuffix(".yaml").removesuffix(".yml"):
        raise RecipeError(path, f"id {short_repr(recipe.id)} must match the file name")
    return recipe
