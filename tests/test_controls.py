"""The controls that prove the engine measures transfer (issue 4): over three seeds the
`planted-transfer` recipe shows a clear gain and `null-transfer` a gain indistinguishable
from zero. Real tiny models, trained on the CPU through the bundled smoke recipes."""

from __future__ import annotations

import statistics

import pytest

from verify_claims.claims import CheckKind, Claim, Location, Outcome, Reference
from verify_claims.reproduce.launch import Job, launch_local
from verify_claims.reproduce.registry import Registry
from verify_claims.verify.reproduction_check import check_reproduction

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def gains(tmp_path_factory) -> dict[str, list[float]]:
    results = tmp_path_factory.mktemp("runs")
    jobs = [Job(recipe, seed, "smoke") for recipe in ("planted-transfer", "null-transfer")
            for seed in SEEDS]
    finished = launch_local(jobs, results)
    assert all(result.status == "completed" for result in finished), \
        [result.error for result in finished]
    by_recipe: dict[str, list[float]] = {}
    for result in finished:
        by_recipe.setdefault(result.recipe, []).append(result.aggregate)
    by_recipe["_results"] = finished  # type: ignore[assignment]
    return by_recipe


def test_planted_transfer_shows_a_clear_gain(gains):
    planted = gains["planted-transfer"]
    mean, sd = statistics.mean(planted), statistics.stdev(planted)
    assert len(planted) == 3 and all(gain > 5 for gain in planted), planted
    assert mean - 2 * sd / 3 ** 0.5 > 5, (mean, sd)  # clearly above zero


def test_null_transfer_gain_is_indistinguishable_from_zero(gains):
    null = gains["null-transfer"]
    mean, sd = statistics.mean(null), statistics.stdev(null)
    assert abs(mean) <= 2 * max(sd, 1.0) / 3 ** 0.5 + 2.0, (null, mean, sd)
    assert statistics.mean(gains["planted-transfer"]) - mean > 10


def test_the_controls_get_their_verdicts(gains):
    """Judged like any claim: both controls confirmed at their own (smoke) scale."""
    registry = Registry()
    for recipe_id in ("planted-transfer", "null-transfer"):
        recipe = registry.get(recipe_id)
        binding = recipe.claims[0]
        claim = Claim(id=f"c-{recipe_id}", canonical_id="k", report="controls",
                      location=Location(file="controls"), text=binding.text,
                      references=[Reference(raw=binding.source, kind="url",
                                            url=binding.source)])
        check = check_reproduction(claim, gains["_results"], [recipe_id])
        assert check is not None and check.kind == CheckKind.reproduction
        assert check.outcome == Outcome.confirmed and check.decisive, check.explanation
        assert len(check.evidence[0].values) == 3
        # planted-transfer claims a direction; null-transfer a number (0) with a band.
        assert (check.evidence[0].band is not None) == (recipe.claimed is not None)
