"""Planted-bug helpers shared by test files: a reading rule as it was before a round changed it."""

from __future__ import annotations

import re

from verify_claims.extract import cell_values


def factors_read_as_text(monkeypatch) -> None:
    """Read a factor cell ("7.12x", "13.3x") as text, as before round 24 (probe24a): the live
    cell pattern less its factor line, so the helper follows later edits of the pattern."""
    lines = cell_values._NUMBER.pattern.splitlines()
    kept = [line for line in lines if "a factor" not in line]
    assert len(kept) == len(lines) - 1, "the cell pattern's factor line moved"
    monkeypatch.setattr(cell_values, "_NUMBER", re.compile("\n".join(kept), re.VERBOSE))
