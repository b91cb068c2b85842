"""The reproduction check: compare a claim with the numbers its recipes measured.

Input: a claim, the stored `RunResult`s (one per recipe, scale and seed), and the ids of the
recipes bound to the claim (so that a bound recipe without results shows as `not_run`). This
module reads only `claims/` types: a result carries the claimed value, the tolerance, the scale
its recipe was written for and the recipe's claim bindings, so no recipe file is needed here.
Which results speak to a claim is decided by the binding rule shared with `reproduce`
(`verify_claims.claims.binding`).

The verdict per recipe (DESIGN.md, "Reproduction"; issue 4):

* **At the recipe's own scale** (`result.scale == result.recipe_scale`) the magnitude counts.
  The measured number is the mean of the per-seed aggregates. It *confirms* the claim when it
  lies in the band  claimed ± (tolerance + 2 × SE),  SE being the standard error of the mean
  over seeds (sample standard deviation / √n), and *contradicts* it otherwise; both decisive.
  The tolerance is the recipe author's allowance for what legitimately differs between the
  paper's run and ours (library versions, hardware, data revisions); 2 × SE is the allowance for
  our own seed noise, about a 95 % interval for many seeds (with 3 seeds it covers less, which
  the tolerance absorbs). One seed gives no spread estimate: the band is then the tolerance
  alone, and the evidence says so. A direction-only recipe (no claimed number, a direction in
  its binding: "large gains on BUCC") confirms when the whole interval mean ± 2 × SE lies on
  the claimed side of zero and contradicts otherwise.
* **At a smaller scale** (smoke) only the direction is judged: the sign of the interval
  mean ± 2 × SE (positive, negative, or straddling zero for "no effect") against the claim's
  (the sign of the claimed number, or the binding's direction). When they agree the outcome is
  `confirmed` with `decisive=False`, explained as "direction confirmed at smoke scale,
  magnitude not comparable". Confirmed, because what was tested (the direction) held, and the
  audit should show that; not decisive, because `claims.status_of` counts only decisive checks,
  so a smoke run can never make the claim's number confirmed, however close it lands. When
  they disagree the outcome is `inconclusive` (not decisive): a tiny model on tiny data that
  fails to show an effect does not contradict a paper-scale number. Direction needs two or more
  seeds here, since one seed cannot tell an effect from seed noise.
* Runs that all failed give `inconclusive` with the error; a bound recipe with no result gives
  `not_run`. Only the newest recipe version's results count, and the recipe's own scale is
  preferred over a smaller one when both have completed runs.

A claim bound to several recipes (the seeds' "SQuAD, MNLI, and HellaSwag ... 8.2, 7.5, and
7.0 points" binds three) gets one check: contradicted when any recipe decisively contradicts
its number, confirmed (decisive) when all confirm at their own scale, confirmed but not
decisive when all at least confirm a direction, not_run when none has run, else inconclusive.
Every recipe adds one piece of evidence: claimed and measured (mean ± sd over n seeds), the
band, the scale, the recipe id and version, the per-seed values and the estimated paper-scale
cost in GPU-hours.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    ClaimBinding,
    Evidence,
    Outcome,
    RunResult,
)
from verify_claims.claims.binding import binds, binds_any, printed_value

__all__ = ["SPREAD_FACTOR", "Judgement", "Measurement", "check_reproduction", "judge", "measure"]

SPREAD_FACTOR = 2.0
"""How many standard errors of the seeds' mean widen the band (and the direction interval)."""

_SIGN_WORDS = {1: "an increase", -1: "a decrease", 0: "no effect"}


@dataclass(frozen=True)
class Measurement:
    """What one recipe measured at one scale: the per-seed numbers and what they are about."""

    recipe: str
    version: int
    scale: str
    recipe_scale: str
    metric: str
    seeds: tuple[int, ...]
    values: tuple[float, ...]  # per-seed aggregates, in seed order
    failures: tuple[str, ...]  # "seed 2: CUDA out of memory"
    claimed: float | None
    tolerance: float
    expected_sign: int | None  # +1 increase, -1 decrease, 0 no effect, None: not stated
    unit: str | None
    gpu_hours: float | None
    older_versions: tuple[int, ...] = ()
    paper_value: float | None = None  # what the paper (the recipe) reports, when it differs
    # Why the runs cannot be compared with the paper even at its scale (RunResult's field)
    not_comparable: tuple[str, ...] = ()

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.values)

    @property
    def sd(self) -> float | None:
        """Sample standard deviation over seeds; None for a single seed."""
        return statistics.stdev(self.values) if self.n >= 2 else None

    @property
    def spread(self) -> float:
        """SPREAD_FACTOR standard errors of the mean (0 for a single seed)."""
        return SPREAD_FACTOR * self.sd / math.sqrt(self.n) if self.sd is not None else 0.0

    @property
    def at_own_scale(self) -> bool:
        return self.scale == self.recipe_scale

    @property
    def comparable(self) -> bool:
        """At the recipe's own scale, on data the paper's number can be compared with."""
        return self.at_own_scale and not self.not_comparable

    @property
    def band(self) -> tuple[float, float] | None:
        """claimed ± (tolerance + spread), the values that confirm the claimed number."""
        if self.claimed is None:
            return None
        width = self.tolerance + self.spread
        return (self.claimed - width, self.claimed + width)

    @property
    def observed_sign(self) -> int:
        """+1 / -1 when mean ± spread lies wholly above / below zero, else 0."""
        if self.mean - self.spread > 0:
            return 1
        if self.mean + self.spread < 0:
            return -1
        return 0


@dataclass(frozen=True)
class Judgement:
    outcome: Outcome
    decisive: bool
    explanation: str


def measure(results: Iterable[RunResult], claim: Claim | None = None) -> Measurement | None:
    """The measurement of one recipe from its results, or None when it has none.

    Keeps the newest recipe version, then the recipe's own scale if it has a completed run,
    else the smaller scale with the most completed runs. A completed result without an
    aggregate number counts as a failure.
    """
    results = list(results)
    if not results:
        return None
    if len({result.recipe for result in results}) != 1:
        raise ValueError("measure() takes the results of one recipe")
    newest = max(result.recipe_version for result in results)
    older = tuple(sorted({r.recipe_version for r in results} - {newest}))
    current = [result for result in results if result.recipe_version == newest]
    chosen = _results_at_best_scale(current)
    by_seed = {result.seed: result for result in chosen}  # one per seed; a repeat replaces
    ordered = [by_seed[seed] for seed in sorted(by_seed)]
    good = [r for r in ordered if r.status == "completed" and r.aggregate is not None]
    failures = tuple(f"seed {r.seed}: {_failure(r)}" for r in ordered if r not in good)
    first = ordered[0]
    # The number judged is the one the claim prints; the recipe's is the paper's.
    claimed = first.claimed
    printed = printed_value(claim, first.binding) if claim is not None else None
    if printed is not None and claimed is not None and printed != claimed:
        claimed = printed
    return Measurement(
        recipe=first.recipe, version=newest, scale=first.scale, recipe_scale=first.recipe_scale,
        metric=first.metric, seeds=tuple(r.seed for r in good),
        values=tuple(float(r.aggregate) for r in good),  # type: ignore[arg-type]
        failures=failures, claimed=claimed, tolerance=first.tolerance or 0.0,
        expected_sign=_expected_sign(first, claim), unit=_unit(first.binding),
        gpu_hours=first.gpu_hours_paper_scale, older_versions=older,
        paper_value=first.claimed if claimed != first.claimed else None,
        not_comparable=tuple(dict.fromkeys(note for r in good for note in r.not_comparable)))


def _results_at_best_scale(results: list[RunResult]) -> list[RunResult]:
    own = results[0].recipe_scale
    scales = sorted({r.scale for r in results},
                    key=lambda s: (s != own, -sum(r.scale == s and r.status == "completed"
                                                  for r in results), s))
    for scale in scales:
        at_scale = [r for r in results if r.scale == scale]
        if any(r.status == "completed" and r.aggregate is not None for r in at_scale):
            return at_scale
    return [r for r in results if r.scale == scales[0]]


def _failure(result: RunResult) -> str:
    if result.status == "failed":
        return result.error or "failed without an error message"
    return "completed without an aggregate number"


def _expected_sign(result: RunResult, claim: Claim | None) -> int | None:
    if result.claimed is not None:
        return (result.claimed > 0) - (result.claimed < 0)
    bindings = [b for b in result.binding if claim is None or binds(claim, b)] or result.binding
    directions = {binding.direction for binding in bindings if binding.direction}
    if len(directions) != 1:
        return None
    return 1 if directions.pop() == "increase" else -1


def _unit(bindings: Sequence[ClaimBinding]) -> str | None:
    units = {binding.unit for binding in bindings if binding.unit}
    return units.pop() if len(units) == 1 else None


def judge(measurement: Measurement) -> Judgement:
    """The outcome of one recipe's measurement (rules in the module docstring)."""
    m = measurement
    if m.n == 0:
        return Judgement(Outcome.inconclusive, False,
                         f"{m.recipe}: every run at {m.scale} scale failed "
                         f"({'; '.join(m.failures)})")
    if not m.comparable:
        return _judge_direction_at_smaller_scale(m)
    if m.band is not None:
        low, high = m.band
        verdict = "within" if low <= m.mean <= high else "outside"
        outcome = Outcome.confirmed if verdict == "within" else Outcome.contradicted
        return Judgement(outcome, True,
                         f"{m.recipe}: measured {_summary(m)} at {m.scale} scale, {verdict} "
                         f"the band {_fmt(low)} to {_fmt(high)} around the claimed "
                         f"{_fmt(m.claimed)}{_unit_suffix(m)}")
    if m.expected_sign is None:
        return Judgement(Outcome.inconclusive, False,
                         f"{m.recipe}: the recipe states neither a number nor a direction to "
                         f"compare with (measured {_summary(m)})")
    agrees = m.observed_sign == m.expected_sign
    return Judgement(Outcome.confirmed if agrees else Outcome.contradicted, True,
                     f"{m.recipe}: the claim states {_SIGN_WORDS[m.expected_sign]}; measured "
                     f"{_summary(m)} at {m.scale} scale, {_observed_words(m)}")


def _judge_direction_at_smaller_scale(m: Measurement) -> Judgement:
    """Direction only: at a smaller scale, or on data not comparable with the paper's."""
    about = f"the claim is about {m.recipe_scale} scale"
    decider = f"a run at {m.recipe_scale} scale decides"
    if m.at_own_scale:
        about = f"not comparable with the paper: {'; '.join(m.not_comparable)}"
        decider = "a run on comparable data decides"
    if m.expected_sign is None:
        return Judgement(Outcome.inconclusive, False,
                         f"{m.recipe}: measured {_summary(m)} at {m.scale} scale, but the claim "
                         f"states no direction to compare at this scale ({about})")
    if m.n < 2:
        return Judgement(Outcome.inconclusive, False,
                         f"{m.recipe}: one seed at {m.scale} scale cannot tell a direction from "
                         f"seed noise (measured {_summary(m)}); run two or more seeds")
    expected = _SIGN_WORDS[m.expected_sign]
    if m.observed_sign == m.expected_sign:
        return Judgement(Outcome.confirmed, False,
                         f"{m.recipe}: direction confirmed at {m.scale} scale, magnitude not "
                         f"comparable: the claim states {expected} and the run measured "
                         f"{_summary(m)}, {_observed_words(m)} ({about})")
    return Judgement(Outcome.inconclusive, False,
                     f"{m.recipe}: direction not confirmed at {m.scale} scale: the claim states "
                     f"{expected} but the run measured {_summary(m)}, {_observed_words(m)}. "
                     f"This does not contradict the claimed number ({about}); {decider}")


def _observed_words(m: Measurement) -> str:
    interval = f"{_fmt(m.mean - m.spread)} to {_fmt(m.mean + m.spread)}"
    if m.observed_sign == 0:
        return f"indistinguishable from zero (mean ± {SPREAD_FACTOR:g} SE: {interval})"
    side = "above" if m.observed_sign > 0 else "below"
    return f"clearly {side} zero (mean ± {SPREAD_FACTOR:g} SE: {interval})"


def _summary(m: Measurement) -> str:
    unit = _unit_suffix(m)
    if m.sd is None:
        return f"{_fmt(m.mean)}{unit} (1 seed, no spread estimate)"
    return f"{_fmt(m.mean)}{unit} (mean ± sd {_fmt(m.sd)} over {m.n} seeds)"


def _unit_suffix(m: Measurement) -> str:
    return f" {m.unit}" if m.unit else ""


def _fmt(value: float | None) -> str:
    return "?" if value is None else f"{value:.2f}"


def evidence(m: Measurement) -> Evidence:
    """One piece of evidence per recipe: claimed vs measured, band, scale, seeds, cost."""
    notes = []
    if m.band is not None:
        spread = (f"{SPREAD_FACTOR:g} SE = {_fmt(m.spread)}" if m.sd is not None
                  else "no spread allowance with 1 seed")
        notes.append(f"band {_fmt(m.band[0])} to {_fmt(m.band[1])} = claimed {_fmt(m.claimed)} "
                     f"± (tolerance {_fmt(m.tolerance)} + {spread})")
    if m.values:
        pairs = zip(m.seeds, m.values, strict=True)
        notes.append("per seed: " + ", ".join(f"seed {seed}: {_fmt(value)}"
                                              for seed, value in pairs))
    if m.failures:
        notes.append(f"{len(m.failures)} failed run(s): " + "; ".join(m.failures))
    if m.older_versions:
        notes.append("results of older recipe versions ignored: "
                     + ", ".join(f"v{version}" for version in m.older_versions))
    if m.paper_value is not None:
        notes.append(f"the claim prints {_fmt(m.claimed)} where the paper reports "
                     f"{_fmt(m.paper_value)}; the claim's number is judged")
    if m.not_comparable:
        notes.append("not comparable with the paper (direction only): "
                     + "; ".join(m.not_comparable))
    if m.gpu_hours is not None:
        notes.append(f"estimated cost at paper scale: {m.gpu_hours:g} GPU-hours per seed")
    measured = f"measured {_summary(m)}" if m.values else "no completed run"
    claimed = (f"claimed {_fmt(m.claimed)}{_unit_suffix(m)}" if m.claimed is not None
               else f"claimed {_SIGN_WORDS.get(m.expected_sign, 'no number')}"
               if m.expected_sign is not None else "claimed: nothing comparable")
    return Evidence(
        source=m.recipe, quote=f"{claimed}; {measured} ({m.metric})",
        location=f"recipe {m.recipe} v{m.version}, {m.scale} scale "
                 f"(written for {m.recipe_scale} scale)",
        claimed=m.claimed, found=m.mean if m.values else None, note="; ".join(notes) or None,
        band=m.band, values=list(m.values))


def check_reproduction(claim: Claim, results: Iterable[RunResult],
                       bound_recipes: Sequence[str] = ()) -> Check | None:
    """The reproduction check of `claim`, or None when no recipe or result is bound to it.

    `results` may hold every result of the store: those whose stored binding matches the
    claim, or whose recipe is in `bound_recipes`, are used. `bound_recipes` are the ids of the
    recipes the registry binds to the claim (reproduce.binding); a bound recipe without any
    result gives `not_run`, which names the command that would run it.
    """
    bound = list(dict.fromkeys(bound_recipes))
    by_recipe: dict[str, list[RunResult]] = {recipe: [] for recipe in bound}
    for result in results:
        if result.recipe in by_recipe or binds_any(claim, result.binding):
            by_recipe.setdefault(result.recipe, []).append(result)
    if not by_recipe:
        return None
    judgements: list[Judgement] = []
    pieces: list[Evidence] = []
    for recipe in sorted(by_recipe):
        measurement = measure(by_recipe[recipe], claim)
        if measurement is None:
            judgements.append(Judgement(
                Outcome.not_run, False,
                f"{recipe}: bound to this claim but not run yet "
                f"(verify-claims reproduce {recipe} --scale paper)"))
            continue
        judgements.append(judge(measurement))
        pieces.append(evidence(measurement))
    outcome, decisive = _combine(judgements)
    return Check(kind=CheckKind.reproduction, outcome=outcome, decisive=decisive,
                 explanation="; ".join(j.explanation for j in judgements), evidence=pieces)


def _combine(judgements: list[Judgement]) -> tuple[Outcome, bool]:
    """One outcome for a claim from its recipes' outcomes (rule in the module docstring)."""
    outcomes = [j.outcome for j in judgements]
    if any(j.outcome == Outcome.contradicted and j.decisive for j in judgements):
        return Outcome.contradicted, True
    if all(outcome == Outcome.confirmed for outcome in outcomes):
        return Outcome.confirmed, all(j.decisive for j in judgements)
    if all(outcome == Outcome.not_run for outcome in outcomes):
        return Outcome.not_run, False
    return Outcome.inconclusive, False
