"""Recipe files and the registry: the bundled recipes at every scale, the committed schema,
did-you-mean for unknown names, broken files reported by file and field, and which seed
claims bind to which recipes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verify_claims.claims.binding import (
    TEXT_THRESHOLD,
    binds,
    cites_source,
    direction_agrees,
    same_quantity,
    text_similarity,
    topic_covered,
)
from verify_claims.extract.files import extract_file
from verify_claims.reproduce.recipe import RecipeError
from verify_claims.reproduce.registry import (
    Registry,
    UnknownRecipe,
    bundled_recipes_dir,
    committed_recipe_schema,
    recipe_schema_text,
    write_recipe_schema,
)
from verify_claims.reproduce.tasks import TASKS, XTREME_TASKS

PAPER_RECIPES = {"phang2020-squad", "phang2020-mnli", "phang2020-hellaswag",
                 "phang2020-multitask", "phang2020-best-per-target", "phang2020-bucc-gain",
                 "phang2020-tatoeba-gain", "phang2020-xnli-no-gain"}
CONTROLS = {"planted-transfer", "null-transfer"}

VALID = """\
id: my-recipe
metadata: {version: 1}
paper: {source: "arXiv:2005.13013"}
claims:
  - {source: "arXiv:2005.13013", text: "SQuAD helps by 8.2 points.", value: 8.2,
     bound_to: SQuAD}
base_model: FacebookAI/xlm-roberta-large
intermediate: {tasks: [squad]}
target_tasks: [xnli]
claimed: 8.2
"""


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --- The bundled recipes ------------------------------------------------------------------------

def test_every_bundled_recipe_is_valid(registry):
    assert registry.problems == []
    assert set(registry.ids()) == PAPER_RECIPES | CONTROLS
    for recipe in registry:
        assert registry.path(recipe.id).name == f"{recipe.id}.yaml"
        assert recipe.metadata.version == 1


@pytest.mark.parametrize("recipe_id", sorted(PAPER_RECIPES))
def test_paper_scale_uses_the_real_model_settings_and_estimates_its_cost(registry, recipe_id):
    recipe = registry.get(recipe_id).at_scale("paper")
    assert recipe.base_model == "FacebookAI/xlm-roberta-large" and recipe.data == "hub"
    settings = recipe.hyperparameters
    assert (settings.learning_rate, settings.warmup_ratio, settings.weight_decay) == (
        1e-5, 0.1, 0.01)
    assert (settings.intermediate_epochs, settings.max_length) == (3, 256)
    assert (settings.qa_max_length, settings.doc_stride, settings.retrieval_layer) == (
        384, 128, 14)
    assert recipe.intermediate.sampling == "proportional"
    assert recipe.languages == {}  # every XTREME language of each target task
    assert recipe.cost.gpu_hours and recipe.cost.gpu_hours > 0
    assert len(recipe.seeds) >= 3
    assert all(binding.source == "arXiv:2005.13013" for binding in recipe.claims)


@pytest.mark.parametrize("recipe_id", sorted(PAPER_RECIPES | CONTROLS))
def test_smoke_scale_is_tiny_local_and_in_two_languages(registry, recipe_id):
    recipe = registry.get(recipe_id).at_scale("smoke")
    assert recipe.scale == "smoke"
    assert recipe.base_model == "smoke:xlm-r-tiny" and recipe.data == "smoke"
    assert set(recipe.languages) == set(recipe.target_tasks)
    assert all(len(languages) >= 2 for languages in recipe.languages.values())
    for task in recipe.intermediate.tasks + recipe.target_tasks:
        assert task in TASKS
    for task, languages in recipe.languages.items():
        assert set(languages) <= set(TASKS[task].languages) | set(TASKS[task].smoke_languages)
    settings = recipe.hyperparameters
    assert settings.max_train_examples and settings.max_train_examples <= 256
    if any(TASKS[task].family == "retrieval" for task in recipe.target_tasks):
        assert settings.retrieval_layer <= 2  # the smoke model has two layers


def test_paper_claims_numbers_and_how_they_are_aggregated(registry):
    claimed = {recipe.id: recipe.claimed for recipe in registry if recipe.id in PAPER_RECIPES}
    assert claimed == {"phang2020-squad": 8.2, "phang2020-mnli": 7.5,
                       "phang2020-hellaswag": 7.0, "phang2020-multitask": 8.7,
                       "phang2020-best-per-target": 5.4, "phang2020-bucc-gain": None,
                       "phang2020-tatoeba-gain": None, "phang2020-xnli-no-gain": 0.0}
    for recipe_id in ("phang2020-squad", "phang2020-mnli", "phang2020-hellaswag",
                      "phang2020-multitask"):
        recipe = registry.get(recipe_id)
        assert tuple(recipe.target_tasks) == XTREME_TASKS
        assert (recipe.measure.kind, recipe.measure.aggregate, recipe.measure.split) == (
            "improvement", "mean_over_tasks", "validation")
    best = registry.get("phang2020-best-per-target")
    assert best.intermediate.combine == "best_per_target"
    assert (best.measure.aggregate, tuple(best.target_tasks)) == ("xtreme_score", XTREME_TASKS)
    for recipe_id in ("phang2020-bucc-gain", "phang2020-tatoeba-gain", "planted-transfer"):
        assert registry.get(recipe_id).measure.direction_only


def test_controls_run_only_at_smoke_scale(registry):
    planted, null = registry.get("planted-transfer"), registry.get("null-transfer")
    assert (planted.scale, null.scale) == ("smoke", "smoke")
    assert planted.intermediate.tasks == ["planted"] and null.intermediate.tasks == ["null"]
    assert planted.target_tasks == null.target_tasks
    assert planted.claims[0].direction == "increase" and null.claimed == 0.0


def test_committed_schema_is_up_to_date(tmp_path):
    assert committed_recipe_schema() == recipe_schema_text(), (
        "reproduce/recipe.schema.json is stale: python -m verify_claims.reproduce.registry")
    written = write_recipe_schema(tmp_path)
    assert written.read_text(encoding="utf-8") == recipe_schema_text()
    assert '"best_per_target"' in written.read_text(encoding="utf-8")


# --- Names that do not exist --------------------------------------------------------------------

def test_unknown_recipe_suggests_the_closest(registry):
    with pytest.raises(UnknownRecipe, match=r"did you mean 'phang2020-squad'"):
        registry.get("phang2020-sqaud")
    with pytest.raises(UnknownRecipe, match="known recipes: null-transfer, phang2020"):
        registry.get("zzz")


def test_unknown_task_in_a_recipe_suggests_the_catalogue_name(tmp_path):
    write(tmp_path, "my-recipe.yaml", VALID.replace("target_tasks: [xnli]",
                                                    "target_tasks: [xnl1, pawsx]"))
    registry = Registry([tmp_path], bundled=False)
    (problem,) = registry.problems
    assert problem.path.endswith("my-recipe.yaml")
    assert "target_tasks: unknown task 'xnl1' (did you mean 'xnli'?)" in str(problem)
    with pytest.raises(RecipeError, match="xnl1"):  # get() says why, not just "unknown"
        registry.get("my-recipe")


def test_task_names_are_checked_in_the_scale_overrides_too(tmp_path):
    override = "scales:\n  smoke: {intermediate: {tasks: [mnlii]}}\n"
    write(tmp_path, "my-recipe.yaml", VALID + override)
    (problem,) = Registry([tmp_path], bundled=False).problems
    assert "intermediate.tasks: unknown task 'mnlii' (did you mean 'mnli'" in str(problem)
    assert str(problem).endswith("(scales.smoke)")


def test_the_task_check_is_pluggable(tmp_path):
    write(tmp_path, "my-recipe.yaml", VALID)
    assert Registry([tmp_path], bundled=False, task_names={"squad", "xnli"}).problems == []
    (problem,) = Registry([tmp_path], bundled=False, task_names={"squad"}).problems
    assert "unknown task 'xnli'" in str(problem)
    assert Registry([tmp_path], bundled=False, task_names=None).ids() == ["my-recipe"]


# --- Broken recipe files ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "message"), [
    ("id: my-recipe\nmetadata: {version: 1\n", "invalid YAML"),
    (VALID + "learning_rate: 1.0e-5\n", "learning_rate: Extra inputs are not permitted"),
    (VALID.replace("id: my-recipe", "id: other-name"), "id 'other-name' must match the file"),
    (VALID.replace("metadata: {version: 1}", "metadata: {version: 0}"), "metadata.version"),
    (VALID.replace("claimed: 8.2\n", ""), "claimed: required unless measure.direction_only"),
    (VALID + "scales:\n  smoke: {hyperparameters: {batch_size: many}}\n",
     "hyperparameters.batch_size"),
    (VALID.replace('paper: {source: "arXiv:2005.13013"}', 'paper: {source: "arXiv:1905.11736"}'),
     "claims[0].source"),
    ("- just\n- a list\n", "a recipe is a mapping"),
])
def test_a_broken_file_is_reported_by_file_and_field_and_the_rest_still_works(
        tmp_path, text, message):
    write(tmp_path, "my-recipe.yaml", text)
    write(tmp_path, "good-recipe.yaml", VALID.replace("id: my-recipe", "id: good-recipe"))
    registry = Registry([tmp_path])
    assert len(registry.problems) == 1
    assert str(registry.problems[0]).startswith("my-recipe.yaml: ")
    assert message in str(registry.problems[0])
    assert "good-recipe" in registry.ids() and "phang2020-squad" in registry.ids()


def test_an_id_defined_twice_is_a_problem(tmp_path):
    write(tmp_path, "phang2020-squad.yaml",
          VALID.replace("id: my-recipe", "id: phang2020-squad"))
    registry = Registry([tmp_path])
    (problem,) = registry.problems
    assert "already defined by" in str(problem) and "recipes/phang2020-squad.yaml" in str(problem)
    assert registry.path("phang2020-squad").parent == bundled_recipes_dir()


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    registry = Registry([tmp_path / "nowhere"])
    assert "not a folder of recipe files" in str(registry.problems[0])
    assert "phang2020-squad" in registry.ids()


# --- Which seed claims bind to which recipes -----------------------------------------------------

EXPECTED_BINDINGS = {
    "Intermediate-task training on SQuAD yields": ["phang2020-squad"],
    "Intermediate-task training on MNLI yields": ["phang2020-mnli"],
    "Intermediate-task training on HellaSwag yields": ["phang2020-hellaswag"],
    "Intermediate-task training on SQuAD, MNLI, and HellaSwag": [
        "phang2020-hellaswag", "phang2020-mnli", "phang2020-squad"],
    "Multi-task intermediate-task training on all 9 tasks": ["phang2020-multitask"],
    "Applying intermediate-task training to BUCC and Tatoeba": [
        "phang2020-bucc-gain", "phang2020-tatoeba-gain"],
    "XNLI does not see benefits": ["phang2020-xnli-no-gain"],
    "Evaluating the best performing models for each target task": ["phang2020-best-per-target"],
    "Evaluating our best performing models for each target task": [
        "phang2020-best-per-target"],
}


@pytest.fixture(scope="module")
def seed_claims(seeds_dir):
    return [claim for path in sorted(seeds_dir.glob("*.txt"))
            for claim in extract_file(path).claims]


def test_seed_claims_bind_to_the_recipes_that_remeasure_them(registry, seed_claims):
    seen = set()
    for claim in seed_claims:
        bound = [recipe.id for recipe in registry.for_claim(claim)]
        prefixes = [p for p in EXPECTED_BINDINGS if claim.text.startswith(p)]
        expected = EXPECTED_BINDINGS[prefixes[0]] if prefixes else []
        assert bound == expected, claim.text
        seen.update(prefixes)
    assert seen == set(EXPECTED_BINDINGS)
    # Near misses that must not bind: a definition that repeats the retrieval statement's
    # words without its gain, and "TyDiQA improves, whereas XNLI does not ..." which is about
    # a task the XNLI recipe does not measure.
    definition = next(c for c in seed_claims if c.text.startswith("BUCC and Tatoeba are"))
    compound = next(c for c in seed_claims if c.text.startswith("TyDiQA shows consistent "
                                                                "improvements with many "
                                                                "intermediate tasks, whereas"))
    bucc_binding = registry.get("phang2020-bucc-gain").claims[0]
    xnli_binding = registry.get("phang2020-xnli-no-gain").claims[0]
    assert text_similarity(definition, bucc_binding) >= TEXT_THRESHOLD
    assert not direction_agrees(definition, bucc_binding)
    assert text_similarity(compound, xnli_binding) >= TEXT_THRESHOLD
    assert not topic_covered(compound, xnli_binding)


def test_the_wording_threshold_separates_the_seeds_with_a_margin(registry, seed_claims):
    """Every binding pair scores well above the threshold, and every pair that passes the
    other four rules without binding scores well below it."""
    bound, unbound = [], []
    for claim in seed_claims:
        for recipe in registry:
            for binding in recipe.claims:
                other_rules = (cites_source(claim, binding.source)
                               and topic_covered(claim, binding)
                               and direction_agrees(claim, binding)
                               and (binding.value is None
                                    or any(same_quantity(q, binding) for q in claim.quantities)))
                score = text_similarity(claim, binding)
                (bound if binds(claim, binding) else unbound if other_rules else []).append(score)
    assert min(bound) >= TEXT_THRESHOLD + 10
    assert max(unbound) <= TEXT_THRESHOLD - 10


def test_a_versioned_binding_needs_that_version(registry, seed_claims):
    claim = next(c for c in seed_claims if c.text.startswith("XNLI does not see benefits"))
    binding = registry.get("phang2020-xnli-no-gain").claims[0]
    assert binds(claim, binding)  # the seeds cite 2005.13013v2; the binding names no version
    assert binds(claim, binding.model_copy(update={"source": "arXiv:2005.13013v2"}))
    assert not binds(claim, binding.model_copy(update={"source": "arXiv:2005.13013v1"}))
