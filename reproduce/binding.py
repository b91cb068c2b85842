"""Which recipes re-measure which claims.

The matching rule itself is `verify_claims.claims.binding` (source cited, same topic, close
wording, same number for the same entity, same direction), because `verify` applies the same
rule to stored results and stages only share `claims/`. This module applies it to recipes.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Claim
from verify_claims.claims.binding import binds_any

from .recipe import Recipe


def recipe_binds(recipe: Recipe, claim: Claim) -> bool:
    """True when one of the recipe's `claims:` bindings matches `claim`."""
    return binds_any(claim, recipe.claims)


def recipes_for_claim(claim: Claim, recipes: Iterable[Recipe]) -> list[Recipe]:
    """The recipes that re-measure `claim`, sorted by id. A claim that prints several bound
    numbers ("8.2, 7.5, and 7.0 points" for SQuAD, MNLI and HellaSwag) gets one per number."""
    return sorted((recipe for recipe in recipes if recipe_binds(recipe, claim)),
                  key=lambda recipe: recipe.id)


def bound_recipe_ids(claims: Iterable[Claim], recipes: Iterable[Recipe]) -> dict[str, list[str]]:
    """Claim id -> ids of the recipes bound to it, for the claims that have any (what the
    pipeline passes to `check_reproduction` so that a bound recipe without results shows as
    not run)."""
    recipes = list(recipes)
    bound: dict[str, list[str]] = {}
    for claim in claims:
        ids = [recipe.id for recipe in recipes_for_claim(claim, recipes)]
        if ids:
            bound[claim.id] = ids
    return bound
