"""The checks a guard can act on, so that `guard_chain.run_guards` calls it only when one is
there (issue 11, round 33: speed).

Most guards set aside checks of one kind, or of one outcome: a table guard judges the cells a
table check read, a sentence guard the passage a source check quotes, a contradiction guard
only a contradiction. Such a guard still read the claim (its phrases, words, numbers) for
every claim-paper pair that anything decided, before finding no check of its own to judge: on
the benchmark of `benchmarks/verify.py`, three pairs in four decide by their source check
alone, and most decisions are supports.

A guard called as `if acts(checks, TRIGGER): guard(...)` in `run_guards` (or in a guard that
calls the guards of its module: `guards_alternatives`, `guards_passages`, ...) uses its check
list only as the first argument of a selection: `undecided.decided(checks, kind, outcomes)`,
`undecided.undecide_by_evidence(checks, kind, outcomes, why)`, or a helper built on `decided`
(`undecided.supporting_sources`, `cells_read.undecide_by_cells`,
`guards_claimed_cells._contradictions`); the kinds and outcomes those select are all in
`TRIGGER`. A guard reaches a check only through the list, so with no check of `TRIGGER` there
every selection is empty, the guard changes no check, and skipping the call is the same (what
it computes besides only reads the claim and the paper, per-paper and per-text memos aside,
which hold what they would compute anyway). `acts` does not ask `decisive`, which `decided`
does as well: it asks for less, so it skips only where every selection is surely empty.

The check list changes while the guards run (a guard undecides a check; `guards_respectively`
and `clause_numbers` turn a supported source check into a contradiction), so `acts` is asked
just before each call, never of an earlier state.

tests/test_speed_equivalence.py reads every such call of `run_guards` and the guard's syntax tree,
and asserts that the guard names its check list nowhere but in such selections and that they
select nothing outside its trigger; it also runs each guard on checks of every kind and
outcome outside its trigger and asserts that nothing changes. A guard that reaches checks
otherwise (`guard_opposed_wording`, `guard_capital_words`, ...) is called always.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Outcome

from .undecided import DECIDING, SUPPORTING

Trigger = frozenset[tuple[CheckKind, Outcome]]


def _on(kinds: tuple[CheckKind, ...], outcomes: tuple[Outcome, ...]) -> Trigger:
    return frozenset((kind, outcome) for kind in kinds for outcome in outcomes)


_CONTRADICTED = (Outcome.contradicted,)
SOURCE_DECIDING = _on((CheckKind.source,), DECIDING)
SOURCE_SUPPORTING = _on((CheckKind.source,), SUPPORTING)
SOURCE_CONTRADICTED = _on((CheckKind.source,), _CONTRADICTED)
TABLE_DECIDING = _on((CheckKind.table,), DECIDING)
TABLE_SUPPORTING = _on((CheckKind.table,), SUPPORTING)
TABLE_CONTRADICTED = _on((CheckKind.table,), _CONTRADICTED)
SUPPORTING_CHECKS = _on((CheckKind.source, CheckKind.table), SUPPORTING)


def acts(checks: Iterable[Check], trigger: Trigger) -> bool:
    """Whether some check has a kind and an outcome of `trigger` (module docstring): a guard
    with that trigger may change something; without one it changes nothing.

    A plain loop, not `any` over a generator: `run_guards` asks this about 180 times per
    claim-paper pair that something decided, and the generator's set-up cost twice the
    test itself (0.9 against 0.47 µs a call; round 35)."""
    for check in checks:  # noqa: SIM110 (see above)
        if (check.kind, check.outcome) in trigger:
            return True
    return False
