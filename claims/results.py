"""Measured results of reproduction runs: what `reproduce` writes and `verify` reads.

One `RunResult` per (recipe, scale, seed) is stored as JSON in the results folder (`runs/` by
default). It carries everything the verdict needs without the recipe at hand (the claimed
value, the tolerance, the scale the recipe was written for), and everything a reader needs to
trust the number (revision, package versions, hardware, data fingerprints, wall time).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .models import Record

Scale = Literal["paper", "smoke"]


class ClaimBinding(Record):
    """Which claim a recipe re-measures: a claim matches when it cites `source` (any version
    unless one is given), its text is close to `text`, and it prints `value` for the same
    quantity (e.g. 8.2 points bound to SQuAD)."""

    source: str  # "arXiv:2005.13013" or "arXiv:2005.13013v2"
    text: str  # the statement in the paper's terms, matched fuzzily against claims
    value: float | None = None  # the claimed number, when the claim is numeric
    unit: str | None = None
    bound_to: str | None = None  # the task/dataset the number is about
    direction: Literal["increase", "decrease"] | None = None


class RunResult(Record):
    """One completed (or failed) run of a recipe at one scale and seed."""

    recipe: str
    recipe_version: int
    binding: list[ClaimBinding] = Field(default_factory=list)
    scale: Scale
    recipe_scale: Scale = "paper"  # the scale whose number the claim is about
    seed: int
    status: Literal["completed", "failed"] = "completed"
    error: str | None = None
    metric: str  # e.g. "xtreme_score", "accuracy", "f1"
    # Target-task scores, per task and language: {"XNLI": {"en": 80.1, "de": 75.2}, ...}.
    scores: dict[str, dict[str, float]] = Field(default_factory=dict)
    baseline_scores: dict[str, dict[str, float]] = Field(default_factory=dict)
    # The headline number, in the claim's terms (e.g. improvement over the baseline in points).
    aggregate: float | None = None
    baseline_aggregate: float | None = None
    claimed: float | None = None
    tolerance: float | None = None
    git_revision: str | None = None
    packages: dict[str, str] = Field(default_factory=dict)
    hardware: str | None = None
    wall_time_s: float | None = None
    data_fingerprints: dict[str, str] = Field(default_factory=dict)
    gpu_hours_paper_scale: float | None = None  # the recipe's estimate of the full-size cost
    # Which split each target task's language was scored on ({"POS": {"de": "validation",
    # "th": "test"}}): a config without the measured split is scored on another, as XTREME does.
    eval_splits: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Why the number cannot be compared with the paper's even at its own scale (e.g. BUCC
    # mined among gold pairs only); non-empty: the verdict judges the direction alone.
    not_comparable: list[str] = Field(default_factory=list)
