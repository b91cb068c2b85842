"""The checks a guard can act on, so that `reference_checks._guard` calls it only when one is
there (issue 11, round 33: speed).

Most guards set aside checks of one kind only: a table guard judges the cells a table check
read, a sentence guard the passage a source check quotes. Such a guard still read the claim
(its phrases, words, numbers) for every claim-paper pair that anything decided, before finding
that no check of its kind was there to judge: on the benchmark of `benchmarks/verify.py`, three
pairs in four decide by their source check alone.

Each guard below changes a check only through one selection of `checks` (`undecided.decided`,
or a helper built on it: `undecided.undecide_by_evidence`, `cells_read.undecide_by_cells`,
`undecided.supporting_sources`, `guards_claimed_cells._contradictions`), of one kind and the
outcomes of its trigger; all it computes before and beside that selection only reads the claim,
the paper and the checks (per-paper and per-text memos aside, which hold what they would compute
anyway). With no check of that kind and those outcomes in the list, the selection is empty, the
loop over it runs zero times, and the guard returns having changed nothing: skipping the call
is the same. `acts` does not ask `decisive`, which `decided` does as well: it asks for less, so
it skips only where the guard would surely select nothing.

The check list changes while the guards run (a guard undecides a check; `guards_respectively`
and `clause_numbers` turn a supported source check into a contradiction), so `acts` is asked
just before each call, never of an earlier state.

Table guards (checks of kind table):
- `guard_with_phrases`, `guard_printed_labels`, `guard_legend_rows`, `guard_table_twins`:
  `decided(checks, CheckKind.table, DECIDING)`;
- `guard_twin_rows`, `guard_caption_measures`, `guard_counted_cells`: `undecide_by_cells`
  (`decided(checks, CheckKind.table, DECIDING)`);
- `guard_table_superlatives`, `guard_unaccounted_cell_numbers`: `decided(checks,
  CheckKind.table)` (supporting outcomes);
- `guard_agreeing_twins`, `guard_better_printed_cell`: `decided(checks, CheckKind.table,
  (Outcome.contradicted,))`; `guard_own_number_contradicts`, `guard_row_printing_the_number`:
  `_contradictions`, the same selection.

Source guards (checks of kind source):
- `guard_worded_variants`: `decided(checks, CheckKind.source, DECIDING)`;
- `guard_run_in_subjects`: `undecide_by_evidence(checks, CheckKind.source, DECIDING, ...)`;
- `guard_sibling_subjects`, `guard_unsaid_negations`: `supporting_sources(checks)`
  (`decided(checks, CheckKind.source)`, supporting outcomes).

tests/test_speed_equivalence.py runs each of them on checks of every kind and outcome outside
its trigger and asserts that nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Outcome

from .undecided import DECIDING, SUPPORTING

Trigger = frozenset[tuple[CheckKind, Outcome]]


def _on(kind: CheckKind, outcomes: tuple[Outcome, ...]) -> Trigger:
    return frozenset((kind, outcome) for outcome in outcomes)


TABLE_DECIDING = _on(CheckKind.table, DECIDING)
TABLE_SUPPORTING = _on(CheckKind.table, SUPPORTING)
TABLE_CONTRADICTED = _on(CheckKind.table, (Outcome.contradicted,))
SOURCE_DECIDING = _on(CheckKind.source, DECIDING)
SOURCE_SUPPORTING = _on(CheckKind.source, SUPPORTING)


def acts(checks: Iterable[Check], trigger: Trigger) -> bool:
    """Whether some check has a kind and an outcome of `trigger` (module docstring): a guard
    with that trigger may change something; without one it changes nothing."""
    return any((check.kind, check.outcome) in trigger for check in checks)


TRIGGERS: dict[str, Trigger] = {
    "guard_with_phrases": TABLE_DECIDING,
    "guard_printed_labels": TABLE_DECIDING,
    "guard_legend_rows": TABLE_DECIDING,
    "guard_table_twins": TABLE_DECIDING,
    "guard_twin_rows": TABLE_DECIDING,
    "guard_caption_measures": TABLE_DECIDING,
    "guard_counted_cells": TABLE_DECIDING,
    "guard_table_superlatives": TABLE_SUPPORTING,
    "guard_unaccounted_cell_numbers": TABLE_SUPPORTING,
    "guard_agreeing_twins": TABLE_CONTRADICTED,
    "guard_better_printed_cell": TABLE_CONTRADICTED,
    "guard_own_number_contradicts": TABLE_CONTRADICTED,
    "guard_row_printing_the_number": TABLE_CONTRADICTED,
    "guard_worded_variants": SOURCE_DECIDING,
    "guard_run_in_subjects": SOURCE_DECIDING,
    "guard_sibling_subjects": SOURCE_SUPPORTING,
    "guard_unsaid_negations": SOURCE_SUPPORTING,
}
"""Each gated guard's trigger, by the name `reference_checks` calls it by (for the tests)."""
