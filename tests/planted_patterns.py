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


def round30_guards_off(monkeypatch) -> None:
    """Switch off round 30's withholding rules, for a planted-bug test of an older rule whose
    wrong verdict one of them now keeps away too (each is tested on its own in
    tests/test_round30_regressions.py and tests/test_probe30b_regressions.py)."""
    from verify_claims.verify import (
        guard_chain,
        guards_numbers,
        guards_table_superlatives,
        guards_unsaid_negations,
        guards_unsaid_qualifiers,
    )

    for name in ("guard_unsaid_negations", "guard_citation_numbers", "guard_rounded_owners",
                 "guard_hyphened_modifiers"):
        monkeypatch.setattr(guard_chain, name, lambda *args: None)
    monkeypatch.setattr(guards_numbers, "_change_amounts", lambda *args: set())
    monkeypatch.setattr(guards_table_superlatives, "_ranked_sides", lambda text, word, sides: sides)
    monkeypatch.setattr(guards_unsaid_qualifiers, "decided", lambda *args: iter(()))
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricting_text",
                        lambda claim_text, at, quote: guards_unsaid_qualifiers.claims_sentences(
                            claim_text, quote))
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    guards_unsaid_negations.unsaid_negation.cache_clear()
    round31_guards_off(monkeypatch)


def round31_guards_off(monkeypatch) -> None:
    """Switch off round 31's withholding rules (a passage's "only" must stand near what the
    claim's restricts; a claim word said only in an "otherwise" branch:
    tests/test_round31_regressions.py), for a planted-bug test of an older rule whose wrong
    verdict one of them now keeps away too."""
    from verify_claims.verify import guard_chain, guards_unsaid_qualifiers

    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricts_near", lambda terms, text: True)
    monkeypatch.setattr(guard_chain, "guard_otherwise_branches", lambda *args: None)
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    # probe31b's withholding rules (tests/test_probe31b_regressions.py)
    for name in ("guard_privative_words", "guard_sibling_heads", "guard_turned_negations",
                 "guard_lent_participles", "guard_labelled_values"):
        monkeypatch.setattr(guard_chain, name, lambda *args: None)
    round33_guards_off(monkeypatch)


def round33_guards_off(monkeypatch) -> None:
    """Switch off round 33's withholding rules (a share in words the evidence does not print, a
    passage with two of the claim's words swapped: tests/test_round33_regressions.py; probe33a's
    coarser cells and opposite superlatives: tests/test_probe33a_regressions.py), for a
    planted-bug test of an older rule whose wrong verdict one of them now keeps away too
    ("AMDCN's MAE of 290.82 is a quarter of MCNN's 377.60")."""
    from verify_claims.verify import guard_chain

    for name in ("guard_fraction_words", "guard_swapped_tokens", "guard_coarse_cells",
                 "guard_opposite_ends"):
        monkeypatch.setattr(guard_chain, name, lambda *args: None)
