"""The reproduction verdict: claimed vs measured at the recipe's own scale, direction only at a
smaller scale, not_run, failed runs, several recipes per claim, and the evidence it shows.

Results are real `RunResult` records as the runner writes them (no training here); claims are
built by the real extractor from the seeds' wording.
"""

from __future__ import annotations

import ast
import math
import statistics
from pathlib import Path

import pytest

from verify_claims.claims import (
    Check,
    ClaimBinding,
    Location,
    Outcome,
    Reference,
    RunResult,
    Status,
    status_of,
)
from verify_claims.extract.claim_builder import build_claim
from verify_claims.verify.reproduction_check import (
    SPREAD_FACTOR,
    check_reproduction,
    measure,
)

PAPER = Reference(raw="http://arxiv.org/abs/2005.13013v2", kind="arxiv", arxiv_id="2005.13013",
                  version=2)
LIST_TEXT = ("Intermediate-task training on SQuAD, MNLI, and HellaSwag yields large target-task "
             "improvements of 8.2, 7.5, and 7.0 points on the development set.")


def binding(value: float | None, bound_to: str | None, text: str = LIST_TEXT,
            direction: str | None = "increase") -> ClaimBinding:
    return ClaimBinding(source="arXiv:2005.13013", text=text, value=value, unit="points",
                        bound_to=bound_to, direction=direction)


SQUAD = binding(8.2, "SQuAD")
MNLI = binding(7.5, "MNLI")
HELLASWAG = binding(7.0, "HellaSwag")
RETRIEVAL_TEXT = ("Applying intermediate-task training to BUCC and Tatoeba, the two sentence "
                  "retrieval target tasks that have no training data of their own, yields "
                  "dramatic improvements with almost every intermediate training configuration.")
BUCC = ClaimBinding(source="arXiv:2005.13013", text=RETRIEVAL_TEXT, bound_to="BUCC",
                    direction="increase")
XNLI = ClaimBinding(source="arXiv:2005.13013", bound_to="XNLI",
                    text="XNLI does not see benefits from intermediate training.")


def claim(text: str, truncated: bool = False):
    return build_claim("report.txt", text, Location(file="report.txt", line=1),
                       truncated=truncated, references=[PAPER])


SQUAD_CLAIM = claim("Intermediate-task training on SQuAD yields a target-task improvement of "
                    "8.2 points on the development set.")


def run(seed: int, aggregate: float | None, *, recipe: str = "phang2020-squad",
        bindings: tuple[ClaimBinding, ...] = (SQUAD,), claimed: float | None = 8.2,
        tolerance: float = 1.0, scale: str = "paper", recipe_scale: str = "paper",
        version: int = 1, status: str = "completed", error: str | None = None) -> RunResult:
    return RunResult(recipe=recipe, recipe_version=version, binding=list(bindings), scale=scale,
                     recipe_scale=recipe_scale, seed=seed, status=status, error=error,
                     metric="average_score", aggregate=aggregate, claimed=claimed,
                     tolerance=tolerance, gpu_hours_paper_scale=10.0)


def runs(values: list[float], **kwargs) -> list[RunResult]:
    return [run(seed, value, **kwargs) for seed, value in enumerate(values, start=1)]


def reproduce(claim_, results, bound=()) -> Check:
    check = check_reproduction(claim_, results, bound)
    assert check is not None
    Check.model_validate_json(check.model_dump_json())  # survives the JSON round trip
    return check


# --- At the recipe's own scale: the magnitude decides ------------------------------------------

def test_close_to_the_claim_confirms_decisively():
    check = reproduce(SQUAD_CLAIM, runs([8.0, 8.4, 7.9]))
    assert (check.kind.value, check.outcome, check.decisive) == (
        "reproduction", Outcome.confirmed, True)
    assert status_of([check]) == Status.confirmed
    assert "within the band" in check.explanation


def test_far_from_the_claim_contradicts_decisively():
    check = reproduce(SQUAD_CLAIM, runs([3.0, 3.2, 2.9]))
    assert (check.outcome, check.decisive) == (Outcome.contradicted, True)
    assert status_of([check]) == Status.contradicted
    assert "outside the band" in check.explanation


def test_band_is_tolerance_plus_two_standard_errors():
    values = [7.1, 8.6, 7.7, 8.0]
    measurement = measure(runs(values, tolerance=0.5))
    standard_error = statistics.stdev(values) / math.sqrt(len(values))
    low, high = measurement.band
    assert SPREAD_FACTOR == 2.0
    assert low == pytest.approx(8.2 - 0.5 - 2 * standard_error)
    assert high == pytest.approx(8.2 + 0.5 + 2 * standard_error)
    assert measurement.mean == pytest.approx(statistics.fmean(values))


def test_the_seeds_spread_widens_the_band():
    # Same mean (6.9), 1.3 below the claim and outside the 1.0 tolerance: seeds that agree
    # with each other contradict the claim; seeds that scatter widely cannot.
    tight = reproduce(SQUAD_CLAIM, runs([6.8, 6.9, 7.0]))
    scattered = reproduce(SQUAD_CLAIM, runs([5.4, 6.9, 8.4]))
    assert tight.outcome == Outcome.contradicted
    assert scattered.outcome == Outcome.confirmed
    assert "sd 1.50 over 3 seeds" in scattered.explanation


def test_one_seed_uses_the_tolerance_alone_and_says_so():
    check = reproduce(SQUAD_CLAIM, runs([7.3]))
    assert check.outcome == Outcome.confirmed  # 0.9 below the claim, tolerance 1.0
    assert "no spread" in check.explanation
    assert "no spread allowance with 1 seed" in check.evidence[0].note
    assert reproduce(SQUAD_CLAIM, runs([7.1])).outcome == Outcome.contradicted


def test_evidence_shows_claimed_measured_band_seeds_scale_version_and_cost():
    check = reproduce(SQUAD_CLAIM, runs([8.0, 8.4, 7.9], version=3))
    (evidence,) = check.evidence
    assert evidence.source == "phang2020-squad"
    assert evidence.claimed == 8.2
    assert evidence.found == pytest.approx(8.1)
    assert "recipe phang2020-squad v3, paper scale" in evidence.location
    assert "claimed 8.20 points" in evidence.quote and "measured 8.10 points" in evidence.quote
    assert "seed 1: 8.00, seed 2: 8.40, seed 3: 7.90" in evidence.note
    assert "claimed 8.20 ± (tolerance 1.00 + 2 SE = 0.31)" in evidence.note
    assert "10 GPU-hours per seed" in evidence.note


def test_direction_only_claim_at_own_scale():
    retrieval = claim("Applying intermediate-task training to BUCC and Tatoeba yields dramatic "
                      "improvements with almost every intermediate task.")
    kwargs = {"recipe": "phang2020-bucc-gain", "bindings": (BUCC,), "claimed": None}
    gain = reproduce(retrieval, runs([12.0, 14.0, 13.0], **kwargs))
    assert (gain.outcome, gain.decisive) == (Outcome.confirmed, True)
    no_gain = reproduce(retrieval, runs([1.0, -2.0, 0.5], **kwargs))
    assert (no_gain.outcome, no_gain.decisive) == (Outcome.contradicted, True)
    assert "indistinguishable from zero" in no_gain.explanation


def test_no_effect_claim_is_a_claimed_zero():
    xnli = claim("XNLI does not see benefits from intermediate training.")
    kwargs = {"recipe": "phang2020-xnli-no-gain", "bindings": (XNLI,), "claimed": 0.0}
    assert reproduce(xnli, runs([0.3, -0.4, 0.2], **kwargs)).outcome == Outcome.confirmed
    assert reproduce(xnli, runs([3.1, 2.8, 3.3], **kwargs)).outcome == Outcome.contradicted


# --- At a smaller scale: only the direction --------------------------------------------------

SMOKE = {"scale": "smoke", "recipe_scale": "paper"}


def test_smoke_direction_agreeing_is_confirmed_but_never_decisive():
    check = reproduce(SQUAD_CLAIM, runs([0.5, 0.7, 0.6], **SMOKE))
    assert (check.outcome, check.decisive) == (Outcome.confirmed, False)
    assert "direction confirmed at smoke scale, magnitude not comparable" in check.explanation
    assert status_of([check]) == Status.unverified
    assert "smoke scale (written for paper scale)" in check.evidence[0].location


def test_smoke_never_confirms_the_number_even_when_it_lands_on_it():
    check = reproduce(SQUAD_CLAIM, runs([8.2, 8.21, 8.19], **SMOKE))
    assert check.decisive is False
    assert status_of([check]) == Status.unverified
    assert "magnitude not comparable" in check.explanation


@pytest.mark.parametrize("values", [[-0.5, -0.7, -0.6], [0.5, -0.5, 0.1]])
def test_smoke_direction_disagreeing_is_inconclusive_not_a_contradiction(values):
    check = reproduce(SQUAD_CLAIM, runs(values, **SMOKE))
    assert (check.outcome, check.decisive) == (Outcome.inconclusive, False)
    assert "direction not confirmed at smoke scale" in check.explanation
    assert "does not contradict the claimed number" in check.explanation


def test_smoke_needs_two_seeds_for_a_direction():
    check = reproduce(SQUAD_CLAIM, runs([0.6], **SMOKE))
    assert check.outcome == Outcome.inconclusive
    assert "one seed" in check.explanation


def test_smoke_no_effect_claim_agrees_when_the_gain_straddles_zero():
    xnli = claim("XNLI does not see benefits from intermediate training.")
    kwargs = {"recipe": "phang2020-xnli-no-gain", "bindings": (XNLI,), "claimed": 0.0, **SMOKE}
    assert reproduce(xnli, runs([0.4, -0.3, 0.1], **kwargs)).outcome == Outcome.confirmed
    assert reproduce(xnli, runs([4.0, 5.0, 4.5], **kwargs)).outcome == Outcome.inconclusive


def test_own_scale_results_win_over_smoke_results():
    results = runs([0.5, 0.7, 0.6], **SMOKE) + runs([3.0, 3.2, 2.9])
    check = reproduce(SQUAD_CLAIM, results)
    assert (check.outcome, check.decisive) == (Outcome.contradicted, True)
    assert "paper scale" in check.evidence[0].location


# --- Nothing measured, failures, versions -------------------------------------------------------

def test_bound_recipe_without_results_is_not_run():
    check = reproduce(SQUAD_CLAIM, [], bound=["phang2020-squad"])
    assert (check.outcome, check.decisive) == (Outcome.not_run, False)
    assert "verify-claims reproduce phang2020-squad --scale paper" in check.explanation
    assert check.evidence == []


def test_no_binding_and_no_bound_recipe_gives_no_check():
    assert check_reproduction(SQUAD_CLAIM, []) is None
    mnli_results = runs([7.4, 7.6], recipe="phang2020-mnli", bindings=(MNLI,), claimed=7.5)
    assert check_reproduction(SQUAD_CLAIM, mnli_results) is None
    other_paper = ClaimBinding(source="arXiv:1905.11736", text=SQUAD.text, value=8.2,
                               unit="points", bound_to="SQuAD", direction="increase")
    assert check_reproduction(SQUAD_CLAIM, runs([8.1, 8.3], bindings=(other_paper,))) is None


def test_all_runs_failed_is_inconclusive_with_the_error():
    failed = [run(seed, None, status="failed", error="CUDA out of memory") for seed in (1, 2)]
    check = reproduce(SQUAD_CLAIM, failed)
    assert (check.outcome, check.decisive) == (Outcome.inconclusive, False)
    assert "every run at paper scale failed" in check.explanation
    assert "seed 1: CUDA out of memory" in check.explanation


def test_failed_seeds_are_reported_and_the_completed_ones_decide():
    results = runs([8.0, 8.4]) + [run(3, None, status="failed", error="node lost")]
    check = reproduce(SQUAD_CLAIM, results)
    assert check.outcome == Outcome.confirmed
    assert "1 failed run(s): seed 3: node lost" in check.evidence[0].note
    assert "over 2 seeds" in check.explanation


def test_only_the_newest_recipe_version_counts():
    results = runs([3.0, 3.1, 2.9], version=1) + runs([8.1, 8.3, 8.0], version=2)
    check = reproduce(SQUAD_CLAIM, results)
    assert check.outcome == Outcome.confirmed
    assert "older recipe versions ignored: v1" in check.evidence[0].note


# --- One claim, several recipes ------------------------------------------------------------------

LIST_CLAIM = claim(LIST_TEXT[:119], truncated=True)  # "... 8.2, 7.5, and 7.0 point" as cut


def three_recipes(squad, mnli, hellaswag) -> list[RunResult]:
    results = []
    for recipe, bind, claimed, values in [("phang2020-squad", SQUAD, 8.2, squad),
                                          ("phang2020-mnli", MNLI, 7.5, mnli),
                                          ("phang2020-hellaswag", HELLASWAG, 7.0, hellaswag)]:
        if values:
            results += runs(values, recipe=recipe, bindings=(bind,), claimed=claimed)
    return results


def test_aligned_list_claim_is_confirmed_when_every_number_is():
    check = reproduce(LIST_CLAIM, three_recipes([8.1, 8.3], [7.4, 7.7], [6.8, 7.1]))
    assert (check.outcome, check.decisive) == (Outcome.confirmed, True)
    assert [e.source for e in check.evidence] == [
        "phang2020-hellaswag", "phang2020-mnli", "phang2020-squad"]


def test_aligned_list_claim_is_contradicted_by_one_wrong_number():
    check = reproduce(LIST_CLAIM, three_recipes([8.1, 8.3], [2.0, 2.2], [6.8, 7.1]))
    assert (check.outcome, check.decisive) == (Outcome.contradicted, True)
    assert "phang2020-mnli: measured 2.10" in check.explanation


def test_aligned_list_claim_with_a_recipe_not_run_is_inconclusive():
    bound = ["phang2020-squad", "phang2020-mnli", "phang2020-hellaswag"]
    check = reproduce(LIST_CLAIM, three_recipes([8.1, 8.3], [7.4, 7.7], None), bound)
    assert (check.outcome, check.decisive) == (Outcome.inconclusive, False)
    assert "phang2020-hellaswag: bound to this claim but not run yet" in check.explanation


# --- Stage boundaries ----------------------------------------------------------------------------

def test_verify_reads_only_claims_types():
    source = Path(__file__).resolve().parents[1] / "verify" / "reproduction_check.py"
    imported = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    project = {name for name in imported if name.startswith("verify_claims")}
    assert project == {"verify_claims.claims", "verify_claims.claims.binding"}
