"""Verify claims against the papers they cite: resolve, load, check, decide (issue 3).

`verify_claims` is the whole verify stage as one call. For every claim and every reference it
cites:

1. The resolver says which file answers the reference (sources.py): a versioned citation is
   answered by that version only, an unversioned one by the latest version available, with
   the other versions listed. A reference nobody can answer gives a non-decisive
   `source_missing` check that says why; a claim citing several such references gets one
   check that counts them and names the first few (and one more for sources found but
   unreadable), so that what a claim carries does not grow with the references it cites.
2. The file is loaded into a `Paper` by the caller's `load_source` (the pipeline knows how to
   read PDFs and cards; verify does not import extract). Each file is loaded, and its
   `PassageIndex` built, once per run. A loader that raises (a corrupt PDF in --sources) makes
   the source missing, with the error, and the run goes on.
3. The source check and the table check run against the paper. A paper that says nothing
   about the claim gives a non-decisive `no_evidence` check, so that a claim citing three
   papers is decided by the ones that speak to it.
4. For an unversioned citation the other available versions are checked too; when an older
   version's outcome or number differs from the latest's, the latest check's evidence and
   explanation say so ("v1 reports 6.1; v2 reports 5.4"). Only the latest version decides.

The claim's status follows from its checks by the rule of DESIGN.md (claims.status_of).

Synthesis reports repeat claims word for word (the seeds print the same finding in several
reports), so the checks are computed once per distinct (normalised text, references) and
copied to each claim that has them.

This module is the stage's front (`Verifier`, `verify_claims`) and its per-claim memo. The
checks of one reference are verify/reference_checks.py (its guards, in order: guard_chain.py;
files read once: loaded_papers.py; older versions: versions.py); a batch of them, in one
process or over workers, verify/batch_checks.py.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TypeVar

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Paper,
    attach_check,
    digest,
    normalise,
    status_of,
)
from verify_claims.claims.models import Record

from .batch_checks import _check_all
from .loaded_papers import LoadSource
from .reference_checks import _Checker
from .sources import SourceResolver
from .table_check import check_tables

# The checks this stage writes; any other kind already on a claim (reproduction) is kept.
_OWN_KINDS = {CheckKind.source, CheckKind.table}


def _work_key(claim: Claim) -> tuple:
    """Claims with equal keys get equal checks: the same words (normalised), read the same
    way (cut or not), citing the same references. The references enter as one digest, not
    a tuple of their keys: the verifier remembers 20,000 keys, and a claim citing 1,000
    papers would keep 1,000 strings in each."""
    return (normalise(claim.text), claim.truncated,
            digest(*sorted({reference.key for reference in claim.references}), length=32))


def _copy(check: Check) -> Check:
    """An independent copy, so that editing one claim's check never edits another's."""
    copied = _shallow(check)
    copied.__dict__["evidence"] = [_shallow(evidence) for evidence in check.evidence]
    if "evidence" not in copied.__pydantic_fields_set__:
        _set(copied, "__pydantic_fields_set__", copied.__pydantic_fields_set__ | {"evidence"})
    return copied


_RecordT = TypeVar("_RecordT", bound=Record)


def _shallow(record: _RecordT) -> _RecordT:
    """`record.model_copy()` without pydantic's general path, which cost as much as the
    checks of a claim repeated across reports: the same new object with a copy of the field
    values. Records forbid extra fields and have no private attributes; the set of fields
    given is shared when it is the full one (as `Record.model_post_init` shares it), else
    copied, as model_copy does."""
    cls = type(record)
    copied = cls.__new__(cls)
    fields = record.__pydantic_fields_set__
    if len(fields) != len(cls.__pydantic_fields__):
        fields = set(fields)
    _set(copied, "__dict__", dict(record.__dict__))
    _set(copied, "__pydantic_extra__", None)
    _set(copied, "__pydantic_fields_set__", fields)
    _set(copied, "__pydantic_private__", None)
    return copied


_set = object.__setattr__


CACHE_SIZE = 20_000
"""Distinct claims whose checks a `Verifier` remembers across batches (oldest dropped first):
a corpus of reports on one topic repeats its claims far apart, and each costs about 3 KB."""


class Verifier:
    """The verify stage for one run, fed batch by batch (the pipeline streams spooled reports).

    Each source file is loaded once per run, however many batches cite it, and the checks of a
    distinct claim (`_work_key`) are computed once and copied to every claim that repeats it,
    within a batch and (up to `cache_size` distinct claims) across batches."""

    def __init__(self, resolver: SourceResolver, load_source: LoadSource,
                 workers: int | None = 1, cache_size: int = CACHE_SIZE) -> None:
        self._checker = _Checker(resolver, load_source)
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self._cache_size = cache_size
        self._done: dict[tuple, list[Check]] = {}

    def verify(self, claims: Sequence[Claim]) -> None:
        """Fill `claim.checks` (source and table checks; other kinds are kept) and
        `claim.status` of every claim in `claims`, in place."""
        keys = [_work_key(claim) for claim in claims]
        todo: dict[tuple, Claim] = {}
        for key, claim in zip(keys, claims, strict=True):
            if key not in self._done:
                todo.setdefault(key, claim)
        done = dict(zip(todo, _check_all(self._checker, list(todo.values()), self._workers),
                        strict=True))
        # With no cache, a check made in this batch is held only by `done` (dropped on return)
        # until a claim takes it, so its first claim takes it as it is. Copying every one had
        # cost the parent of a two-worker run a twentieth of its wall time, with the workers
        # done and waiting.
        handed: set[int] = set()
        for key, claim in zip(keys, claims, strict=True):
            checks = done[key] if key in done else self._done[key]
            kept = [check for check in claim.checks if _kept(claim, check)]
            claim.checks = kept + [self._own(check, handed) for check in checks]
            claim.status = status_of(claim.checks)
        self._remember(done)

    def _own(self, check: Check, handed: set[int]) -> Check:
        """`check` itself for the first claim to take it when nothing remembers it (no cache),
        else an independent copy, so that editing one claim's check never edits another's or
        the remembered one."""
        if self._cache_size or id(check) in handed:
            return _copy(check)
        handed.add(id(check))
        return check

    def _remember(self, done: dict[tuple, list[Check]]) -> None:
        if not self._cache_size:
            return
        self._done.update(done)
        while len(self._done) > self._cache_size:
            del self._done[next(iter(self._done))]  # the oldest: dicts keep insertion order


def verify_claims(claims: Sequence[Claim], resolver: SourceResolver,
                  load_source: LoadSource, workers: int | None = 1) -> None:
    """Verify `claims` in one go (a `Verifier` fed one batch): fills `claim.checks` and
    `claim.status` in place. See the module docstring for the steps.

    `workers` processes share the work (None: one per CPU core); the result is the same as
    with one, claim for claim. Nothing is remembered past the call (`cache_size=0`), so each
    check goes to its first claim uncopied."""
    Verifier(resolver, load_source, workers, cache_size=0).verify(claims)


def _kept(claim: Claim, check: Check) -> bool:
    """Checks a rerun leaves alone: reproductions, and a paper's check against its own tables
    (`verify_against_own_tables`, run when the paper is read, while its pages are at hand)."""
    return check.kind not in _OWN_KINDS or (claim.origin == "paper"
                                             and check.kind == CheckKind.table)


def verify_against_own_tables(claims: Sequence[Claim], paper: Paper, source: str) -> None:
    """Check a paper's own result statements against its own tables (in place).

    Only the table check runs: every statement is itself a sentence of the paper, so a source
    check would find it and agree with itself. A table that gives another number than the
    text is exactly what an author, a reviewer or a reader wants flagged."""
    for claim in claims:
        check = check_tables(claim, paper, source)
        if check is not None:
            attach_check(claim, check)


def summary(claims: Iterable[Claim]) -> Counter[str]:
    """How many checks of each kind ended in each outcome ("source supported": 12, ...), and
    how many claims got each status ("status confirmed": 9, ...)."""
    counts: Counter[str] = Counter()
    for claim in claims:
        counts[f"status {claim.status.value}"] += 1
        for check in claim.checks:
            counts[f"{check.kind.value} {check.outcome.value.replace('_', ' ')}"] += 1
    return counts
