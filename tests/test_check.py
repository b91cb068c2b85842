"""`verify-claims check`: a fresh audit against a committed baseline.

The drifts here are real: a reference card whose numbers changed, a report that vanished,
reproduction results that moved. The committed `examples/baseline.json` is checked as CI
does, so a change to the code that alters an example verdict fails this file too."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify_claims.claims import Claim, ClaimBinding, RunResult, Status
from verify_claims.cli import app
from verify_claims.pipeline import run_audit
from verify_claims.reports.baseline import (
    DEFAULT_MEASURED_TOLERANCE,
    Baseline,
    BaselineError,
    baseline_of,
    compare,
    format_drift,
    printed_tolerance,
    read_baseline,
)
from verify_claims.reproduce.registry import Registry
from verify_claims.reproduce.results import ResultsStore
from verify_claims.verify.cards import bundled_cards_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CARD = bundled_cards_dir() / "2005.13013v2.card.yaml"
runner = CliRunner()


def check(*args: str | Path):
    return runner.invoke(app, ["check", *map(str, args), "--offline", "--quiet"])


@pytest.fixture()
def examples(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in EXAMPLES.glob("*"):
        if path.suffix in (".txt", ".md", ".pdf"):
            shutil.copy(path, folder)
    return folder


@pytest.fixture()
def baseline(tmp_path, examples) -> Path:
    path = tmp_path / "baseline.json"
    result = check(examples, "--baseline", path, "--update", "--results", tmp_path / "runs")
    assert result.exit_code == 0, result.output
    return path


def test_the_committed_example_baseline_matches(tmp_path):
    """What .ci/run does: a change that alters an example verdict fails here."""
    result = check(EXAMPLES, "--baseline", EXAMPLES / "baseline.json",
                   "--results", tmp_path / "no-runs")
    assert result.exit_code == 0, result.output
    assert "25 claims match" in result.output


def test_update_then_check_is_clean_and_the_baseline_is_readable(tmp_path, examples, baseline):
    result = check(examples, "--baseline", baseline, "--results", tmp_path / "runs")
    assert result.exit_code == 0, result.output
    stored = read_baseline(baseline)
    assert len(stored.claims) == 25
    mnli = next(c for c in stored.claims if c.text.startswith("Intermediate-task training on MNLI"))
    assert mnli.status == Status.contradicted  # the example claims 7.9; the card says 7.5
    card_number = next(n for n in mnli.numbers if n.key.startswith("table arXiv:2005.13013v2"))
    assert (card_number.value, card_number.tolerance) == (7.5, pytest.approx(0.05))


def test_a_changed_card_fails_with_a_readable_diff(tmp_path, examples, baseline):
    """The source now says 7.9 for MNLI: the claim turns confirmed and the number moves."""
    sources = tmp_path / "sources"
    sources.mkdir()
    text = CARD.read_text(encoding="utf-8")
    assert "value: 7.5, unit: points, entity: MNLI" in text
    (sources / CARD.name).write_text(
        text.replace("value: 7.5, unit: points, entity: MNLI",
                     "value: 7.9, unit: points, entity: MNLI")
            .replace("7.5 points with MNLI", "7.9 points with MNLI"), encoding="utf-8")
    result = check(examples, "--baseline", baseline, "--sources", sources,
                   "--results", tmp_path / "runs")
    assert result.exit_code == 1, result.output
    assert "status contradicted → confirmed" in result.output
    assert "7.5 → 7.9 (moved +0.4, tolerance ±0.05)" in result.output
    assert "intermediate_tasks.txt: 'Intermediate-task training on MNLI" in result.output
    assert "--update" in result.output
    # The diff names only what moved: the SQuAD/HellaSwag claim shares the card but not 7.5.
    assert "SQuAD v2.0 training set" not in result.output

    accepted = check(examples, "--baseline", baseline, "--sources", sources, "--update",
                     "--results", tmp_path / "runs")
    assert accepted.exit_code == 0, accepted.output
    again = check(examples, "--baseline", baseline, "--sources", sources,
                  "--results", tmp_path / "runs")
    assert again.exit_code == 0, again.output


def test_a_vanished_report_and_a_new_one_are_drift(tmp_path, examples, baseline):
    (examples / "question_answering.md").unlink()
    (examples / "extra.md").write_text(
        "# Extra\n\n| Claim | Verified | Confidence |\n|---|---|---|\n"
        "| The MNLI training set contains 392,702 examples. | ✓ | 0.9 |\n\n"
        "References: arXiv:2005.13013v2\n", encoding="utf-8")
    result = check(examples, "--baseline", baseline, "--results", tmp_path / "runs")
    assert result.exit_code == 1, result.output
    assert result.output.count("claim gone (was ") == 5
    assert "+ extra.md: 'The MNLI training set contains 392,702 examples.'" in result.output
    assert "new claim, confirmed" in result.output
    assert "6 of 21 claims drifted" in result.output


def test_check_writes_the_audit_only_when_asked(tmp_path, examples, baseline):
    out = tmp_path / "audit"
    result = check(examples, "--baseline", baseline, "--out", out, "--results", tmp_path / "r")
    assert result.exit_code == 0, result.output
    claims = [Claim.model_validate_json(line)
              for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert baseline_of(claims) == read_baseline(baseline)
    assert not (tmp_path / "audit-without-out").exists()


@pytest.mark.parametrize(("content", "words"), [
    (None, "no such baseline; write one with --update"),
    ("{not json", "not JSON (line 1"),
    ('{"format": 7, "claims": []}', "baseline format 7"),
    ('{"format": 1, "claims": [{"id": "c1"}]}', "not a baseline (claims.0.report"),
])
def test_a_bad_baseline_is_a_usage_error_naming_the_file(tmp_path, examples, content, words):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = check(examples, "--baseline", path)
    assert result.exit_code == 2
    assert str(path) in result.output.replace("\n", "")
    assert words in result.output.replace("\n", "")
    with pytest.raises(BaselineError):
        read_baseline(path)


# --- measured numbers ---------------------------------------------------------------------


def write_runs(folder: Path, recipe_id: str, values: list[float]) -> None:
    """Results as `verify-claims reproduce` stores them (one JSON file per seed)."""
    recipe = Registry().get(recipe_id)
    store = ResultsStore(folder)
    for seed, value in enumerate(values, start=1):
        store.save(RunResult(
            recipe=recipe.id, recipe_version=recipe.metadata.version, scale=recipe.scale,
            recipe_scale=recipe.scale, seed=seed, metric="average_score", aggregate=value,
            claimed=recipe.claimed, tolerance=recipe.tolerance,
            binding=[ClaimBinding.model_validate(b.model_dump()) for b in recipe.claims]))


def test_measured_numbers_drift_beyond_their_band_not_within(tmp_path, examples):
    runs = tmp_path / "runs"
    write_runs(runs, "phang2020-squad", [8.0, 8.3, 8.4])
    baseline = tmp_path / "baseline.json"
    assert check(examples, "--baseline", baseline, "--update", "--results", runs).exit_code == 0
    squad = next(c for c in read_baseline(baseline).claims
                 if any(n.key.startswith("reproduction phang2020-squad") for n in c.numbers))
    measured = next(n for n in squad.numbers if n.key.startswith("reproduction"))
    assert measured.value == pytest.approx(8.2333, abs=1e-3)
    assert measured.tolerance > 0.2  # the band: the recipe's tolerance plus the seeds' spread

    write_runs(runs, "phang2020-squad", [8.1, 8.3, 8.5])  # same mean region: within the band
    assert check(examples, "--baseline", baseline, "--results", runs).exit_code == 0

    write_runs(runs, "phang2020-squad", [2.0, 2.2, 2.1])  # far outside the band
    result = check(examples, "--baseline", baseline, "--results", runs)
    assert result.exit_code == 1, result.output
    assert "reproduction phang2020-squad" in result.output
    assert "8.23333 → 2.1" in result.output


# --- the comparison itself ----------------------------------------------------------------


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (7.5, 0, 0.05), (7.0, 1, 0.05), (7.0, 0, 0.5), (392702.0, 0, 0.5), (66.93, 0, 0.005),
    (-0.8, 1, 0.05), (0.125, 2, 0.0005),
])
def test_printed_tolerance_is_half_the_last_printed_digit(value, decimals, expected):
    assert printed_tolerance(value, decimals) == pytest.approx(expected)


def test_measured_tolerance_falls_back_to_the_recipe_default():
    from verify_claims.claims import Evidence
    from verify_claims.reports.baseline import measured_tolerance

    one_seed = Evidence(source="r", quote="q", found=3.0, values=[3.0])
    assert measured_tolerance(one_seed) == DEFAULT_MEASURED_TOLERANCE
    seeds = Evidence(source="r", quote="q", found=3.0, values=[2.0, 4.0])
    assert measured_tolerance(seeds) == pytest.approx(2 * 2 ** 0.5 / 2 ** 0.5)
    banded = Evidence(source="r", quote="q", found=3.0, band=(2.5, 3.5), values=[3.0])
    assert measured_tolerance(banded) == pytest.approx(0.5)


def test_compare_on_the_seeds_is_empty_and_any_edit_shows(tmp_path, seeds_dir):
    audit = run_audit([seeds_dir], out=None, offline=True, results=None)
    fresh = baseline_of(audit.claims)
    assert len(fresh.claims) == len({c.id for c in audit.claims})
    assert compare(fresh, fresh) == []
    stored = Baseline.model_validate_json(fresh.model_dump_json())
    edited = stored.model_copy(deep=True)
    target = next(c for c in edited.claims if c.numbers)
    target.numbers[0].value += target.numbers[0].tolerance * 0.99  # inside: not drift
    assert compare(edited, fresh) == []
    target.numbers[0].value += target.numbers[0].tolerance * 0.1  # now just outside
    (drift,) = compare(edited, fresh)
    assert drift.change == "number" and drift.claim_id == target.id
    text = format_drift([drift])
    assert text.startswith(f"~ {target.report}: ") and target.id in text
    json.loads(stored.model_dump_json())  # and the baseline is plain JSON
