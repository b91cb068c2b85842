"""The recipe registry: every recipe file in the bundled folder and in the user's folders.

Recipes are YAML files named after their id (`phang2020-squad.yaml`), validated by
`reproduce.recipe.Recipe`. The registry reads them all once and keeps the good ones. A broken
file does not take the others down: its `RecipeError` (file and field) is collected in
`Registry.problems`, for the CLI to print, and the rest of the registry works. That holds for a
file nested so deeply that reading it exhausts the stack, too (issue 14).

Beyond the schema, each recipe is checked at every scale it declares:

* every task it names (intermediate, target, languages) is in the task catalogue, with a
  "did you mean ...?" for a misspelt one; the catalogue comes from `reproduce.tasks` when it is
  importable, or from the `task_names` the caller passes (tests, other catalogues);
* a recipe states a claimed number unless it is direction-only, and a direction-only recipe
  binds a claim with a direction, so that a verdict is always possible;
* its claims cite the paper the recipe reproduces.

Ids are unique across all folders: results are stored by recipe id, so two different recipes
under one id would mix their numbers.

The committed JSON Schema of recipe files (`reproduce/recipe.schema.json`, for editors and
other languages) is generated from the model here; `python -m verify_claims.reproduce.registry`
regenerates it and a test fails when it is out of date.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Iterator
from importlib import resources
from pathlib import Path

from verify_claims.claims import Claim, Scale
from verify_claims.claims.arxiv import parse_arxiv_id
from verify_claims.claims.bounded import listed, short_repr, shorten
from verify_claims.claims.json_schema import schema_text

from .binding import recipes_for_claim
from .recipe import Recipe, RecipeError, load_recipe

SCHEMA_FILE = "recipe.schema.json"
RECIPE_SUFFIXES = (".yaml", ".yml")


def bundled_recipes_dir() -> Path:
    """The folder of recipes shipped with the package (reproduce/recipes/)."""
    # setuptools installs the package as plain files (editable or wheel), never zipped.
    return Path(str(resources.files("verify_claims.reproduce").joinpath("recipes")))


def suggest(name: str, choices: Iterable[str], count: int = 3) -> str:
    """" (did you mean 'a' or 'b'?)" for the choices closest to `name`, or "" when none is."""
    close = difflib.get_close_matches(name, list(choices), n=count, cutoff=0.6)
    if not close:
        return ""
    return " (did you mean " + " or ".join(repr(choice) for choice in close) + "?)"


class UnknownRecipe(LookupError):
    """A recipe id the registry does not hold; the message suggests the closest ids."""

    def __init__(self, recipe_id: str, known: Collection[str]):
        self.recipe_id = recipe_id
        hint = suggest(recipe_id, known) or f"; known recipes: {', '.join(sorted(known))}"
        super().__init__(f"no recipe named {recipe_id!r}{hint}")


def catalogue_task_names() -> frozenset[str] | None:
    """The task names of `reproduce.tasks`, or None when the catalogue cannot be imported
    (it needs the optional `reproduce` extras); the registry then skips the task check."""
    try:
        from . import tasks
    except ImportError:
        return None
    catalogue = getattr(tasks, "TASKS", None)
    return frozenset(catalogue) if catalogue is not None else None


class _Catalogue:
    """The default of `Registry(task_names=...)`: the names of `reproduce.tasks`."""


CATALOGUE = _Catalogue()


def recipe_problems(recipe: Recipe, task_names: Collection[str] | None) -> list[str]:
    """What is wrong with a schema-valid recipe, at its own scale and every override scale."""
    problems = _binding_problems(recipe)
    scales: list[Scale] = [recipe.scale, *(s for s in recipe.scales if s != recipe.scale)]
    for scale in scales:
        resolved = recipe.at_scale(scale)
        where = "" if scale == recipe.scale else f" (scales.{scale})"
        problems += [problem + where for problem in _task_problems(resolved, task_names)]
        if resolved.measure.direction_only and resolved.claimed is not None:
            problems.append(f"claimed: a direction_only recipe states no number{where}")
        if not resolved.measure.direction_only and resolved.claimed is None:
            problems.append(f"claimed: required unless measure.direction_only is true{where}")
        if resolved.intermediate.combine == "best_per_target" \
                and len(resolved.intermediate.tasks) < 2:
            problems.append(f"intermediate.combine: best_per_target needs two or more "
                            f"intermediate tasks to choose from{where}")
    return problems


def _binding_problems(recipe: Recipe) -> list[str]:
    problems = []
    paper = parse_arxiv_id(recipe.paper.source)
    for index, binding in enumerate(recipe.claims):
        cited = parse_arxiv_id(binding.source)
        same = (cited[0] == paper[0]) if cited and paper else binding.source == recipe.paper.source
        if not same:
            problems.append(f"claims[{index}].source: {short_repr(binding.source)} is not the "
                            f"recipe's paper {short_repr(recipe.paper.source)}")
        if recipe.measure.direction_only and binding.direction is None:
            problems.append(f"claims[{index}].direction: a direction_only recipe must say which "
                            f"direction the claim states (increase or decrease)")
    return problems


def _task_problems(recipe: Recipe, task_names: Collection[str] | None) -> list[str]:
    if task_names is None:
        return []
    named = [("intermediate.tasks", name) for name in recipe.intermediate.tasks]
    named += [("target_tasks", name) for name in recipe.target_tasks]
    named += [("languages", name) for name in recipe.languages]
    problems = [f"{field}: unknown task {short_repr(name)}{suggest(name[:100], task_names)}"
                for field, name in named if name not in task_names]
    problems += [f"languages: {short_repr(name)} is not one of the recipe's target_tasks"
                 for name in recipe.languages
                 if name in task_names and name not in recipe.target_tasks]
    return problems


class Registry:
    """All recipes of the bundled folder (unless `bundled=False`) and of `folders`.

    `task_names` is the task catalogue to check names against; by default the catalogue of
    `reproduce.tasks`, and None skips the check.
    """

    def __init__(self, folders: Iterable[Path | str] = (), *, bundled: bool = True,
                 task_names: Collection[str] | None | _Catalogue = CATALOGUE):
        self.task_names = (catalogue_task_names() if isinstance(task_names, _Catalogue)
                           else task_names)
        self.folders = ([bundled_recipes_dir()] if bundled else []) + [Path(f) for f in folders]
        self.problems: list[RecipeError] = []
        self._recipes: dict[str, Recipe] = {}
        self._paths: dict[str, Path] = {}
        for folder in self.folders:
            self._read_folder(folder)

    def _read_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            self.problems.append(RecipeError(folder, "not a folder of recipe files"))
            return
        for path in sorted(p for p in folder.iterdir() if p.suffix in RECIPE_SUFFIXES):
            try:
                recipe = load_recipe(path)
                problems = recipe_problems(recipe, self.task_names)
                if problems:
                    raise RecipeError(path, shorten(listed(problems)))
                if recipe.id in self._recipes:
                    raise RecipeError(path, f"id {recipe.id!r} is already defined by "
                                            f"{self._paths[recipe.id]}")
            except RecipeError as error:
                self.problems.append(error)
                continue
            except RecursionError:  # YAML or the model nested thousands of levels deep
                self.problems.append(RecipeError(path, "nested too deeply to be read (a "
                                                       "recipe is a few levels deep); skipped"))
                continue
            except Exception as error:  # a loader bug must not cost the user the other recipes
                detail = f"{type(error).__name__}: {str(error)[:200]}"
                self.problems.append(RecipeError(path, f"could not be read (internal error "
                                                       f"{detail}); skipped, please report it"))
                continue
            self._recipes[recipe.id] = recipe
            self._paths[recipe.id] = path

    def ids(self) -> list[str]:
        return sorted(self._recipes)

    def get(self, recipe_id: str) -> Recipe:
        """The recipe named `recipe_id`; UnknownRecipe (with suggestions) when there is none."""
        try:
            return self._recipes[recipe_id]
        except KeyError:
            broken = [error for error in self.problems
                      if Path(error.path).stem == recipe_id]
            if broken:  # the file exists but is invalid: say why rather than "unknown"
                raise broken[0] from None
            raise UnknownRecipe(recipe_id, self._recipes) from None

    def path(self, recipe_id: str) -> Path:
        self.get(recipe_id)
        return self._paths[recipe_id]

    def for_claim(self, claim: Claim) -> list[Recipe]:
        """The recipes that re-measure `claim` (reproduce.binding's rule), sorted by id."""
        return recipes_for_claim(claim, self)

    def __iter__(self) -> Iterator[Recipe]:
        return iter(self._recipes[recipe_id] for recipe_id in self.ids())

    def __len__(self) -> int:
        return len(self._recipes)

    def __contains__(self, recipe_id: object) -> bool:
        return recipe_id in self._recipes


def recipe_schema_text() -> str:
    """The JSON Schema of recipe files, formatted like the record schemas in claims/schema/."""
    return schema_text(Recipe)


def committed_recipe_schema() -> str:
    path = Path(str(resources.files("verify_claims.reproduce").joinpath(SCHEMA_FILE)))
    return path.read_text(encoding="utf-8")


def write_recipe_schema(folder: Path | None = None) -> Path:
    from verify_claims.claims import write_atomic

    target = folder or Path(str(resources.files("verify_claims.reproduce")))
    path = Path(target) / SCHEMA_FILE
    write_atomic(path, recipe_schema_text())
    return path


if __name__ == "__main__":
    print(write_recipe_schema())
