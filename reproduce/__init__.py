"""Recipes in, measured results out (issue 4)."""
