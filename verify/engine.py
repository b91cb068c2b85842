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
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from typing import TypeVar

from verify_claims.claims import (
    Check,
    CheckKind,
    Claim,
    Outcome,
    Paper,
    Provenance,
    Reference,
    attach_check,
    digest,
    normalise,
    status_of,
)
from verify_claims.claims.bounded import listed, shorten
from verify_claims.claims.models import Record

from .cards import CardError, load_card
from .cell_arithmetic import check_cell_differences
from .cell_check import check_cells
from .cell_quantified import check_quantified_order
from .content import states_cause
from .guards_cells import (
    guard_closer_cells,
    guard_difference_readings,
    guard_text_against_cell,
)
from .guards_numbers import guard_unaccounted_numbers
from .guards_wording import guard_opposed_wording
from .passages import PassageIndex, index_of
from .source_check import check_source
from .sources import Resolution, SourceFile, SourceResolver
from .table_check import check_tables

LoadSource = Callable[[SourceFile], Paper]
# The checks this stage writes; any other kind already on a claim (reproduction) is kept.
_OWN_KINDS = {CheckKind.source, CheckKind.table}


@dataclass
class _Loaded:
    """A source file read once: its paper and index, or why it could not be read.

    The index is built on first use, not when the paper is read: the pool's parent reads
    every paper before forking (`_warm`), and each worker then builds the indexes of the
    papers it checks, side by side, instead of the parent building all of them while the
    workers wait."""

    paper: Paper | None = None
    error: str | None = None
    card_author: str | None = None  # who wrote it, for a reference card
    built: PassageIndex | None = None

    @property
    def index(self) -> PassageIndex | None:
        if self.built is None and self.paper is not None:
            self.built = index_of(self.paper)
        return self.built


class _Papers:
    """Loads each source file at most once per run and keeps its PassageIndex."""

    def __init__(self, load_source: LoadSource) -> None:
        self._load_source = load_source
        self._loaded: dict[SourceFile, _Loaded] = {}

    def get(self, file: SourceFile) -> _Loaded:
        if file not in self._loaded:
            self._loaded[file] = self._load(file)
        return self._loaded[file]

    def _load(self, file: SourceFile) -> _Loaded:
        try:
            paper = self._load_source(file)
        # Whatever a reader raises on a damaged file, that source is missing for this run;
        # the audit reports why and goes on with the other sources.
        except Exception as error:
            reason = shorten(str(error) or type(error).__name__)
            return _Loaded(error=f"{file.path.name} could not be read: {reason}")
        author = None
        if file.kind == "card":
            with suppress(CardError):
                author = load_card(file.path).metadata.author
        return _Loaded(paper=paper, card_author=author)


def _label(reference: Reference, file: SourceFile, paper: Paper) -> str:
    """How evidence names the paper: the arXiv id with the version actually read."""
    if reference.kind == "arxiv" and reference.arxiv_id and file.version is not None:
        return f"arXiv:{reference.arxiv_id}v{file.version}"
    if reference.kind == "acl":
        return reference.key
    return paper.source_id or reference.key


def _missing(message: str) -> Check:
    return Check(kind=CheckKind.source, outcome=Outcome.source_missing, decisive=False,
                 explanation=shorten(message))


_NOT_FOUND, _UNREADABLE = "not found", "found but could not be read"


def _missing_together(missing: list[Check], cited: int, group: str) -> Check:
    """One check for all the references of a claim that could not be checked for one reason
    (not found, or found unreadable): a report that cites 1,000 papers nobody has gave each
    claim 1,000 checks (294 MB for a 100 KB report). A single reference keeps its own
    message; several are counted and the first five named. Like each of them, the check
    never decides the status."""
    if len(missing) == 1:
        return missing[0]
    named = listed((shorten(check.explanation, 150) for check in missing), limit=5)
    return _missing(f"{len(missing)} of {cited} cited sources {group}: {named}")


def _run_checks(claim: Claim, reference: Reference, file: SourceFile,
                loaded: _Loaded) -> list[Check]:
    """The source check and, when the tables speak to the claim, the table check."""
    assert loaded.paper is not None and loaded.index is not None
    label = _label(reference, file, loaded.paper)
    checks = [check_source(claim, loaded.paper, label, loaded.index)]
    table = table_checks(claim, loaded.paper, label, loaded.index)
    if table is not None:
        checks.append(table)
    guard_opposed_wording(claim, checks)  # a quoted sentence negates or reverses the claim
    guard_closer_cells(claim, checks, loaded.paper)  # the claim names another cell exactly
    guard_text_against_cell(claim, checks, loaded.paper)  # a sentence's number of another thing
    guard_difference_readings(claim, checks, loaded.paper)  # another pair gives the difference
    guard_unaccounted_numbers(claim, checks)  # a number of the claim the passage does not print
    if claim.truncated:
        # A claim cut off by its report is never confirmed: its lost end may assert anything,
        # so its whole content cannot be found (issue 11). A visible part that is already
        # false still contradicts.
        for check in checks:
            _undecide(check, "The claim is cut off, so what it asserts as a whole cannot be "
                             "checked; its visible part matches")
    if file.kind == "card":  # the quote is the card's wording, not the paper's; no page
        origins = {sentence.text: sentence.provenance for sentence in loaded.paper.sentences}
        for check in checks:
            for evidence in check.evidence:
                evidence.provenance = Provenance(
                    kind="card", card=file.path.name, author=loaded.card_author,
                    origin=origins.get(evidence.quote), location=evidence.location)
                evidence.page = None
                evidence.location = "; ".join(filter(None, [evidence.location,
                                                            "reference card"]))
    return checks


def _undecide(check: Check, why: str) -> None:
    """A supported check that cannot confirm the claim as a whole becomes undecided; what it
    matched stays shown after `why`."""
    if check.outcome == Outcome.supported:
        check.outcome, check.decisive = Outcome.no_evidence, False
        check.explanation = f"{why}: {check.explanation}"


def table_checks(claim: Claim, paper: Paper, label: str, index: PassageIndex) -> Check | None:
    """What the paper's tables say of the claim: the table check (rows and columns found by
    the claim's tagged names), else cells found by their headers and their differences
    (names outside the gazetteer, issue 11); None when no table speaks to it."""
    table = check_tables(claim, paper, label)
    if table is None or table.outcome == Outcome.no_evidence:
        table = check_cells(claim, paper, label, index) \
            or check_cell_differences(claim, paper, label, index) \
            or check_quantified_order(claim, paper, label, index) or table
    if table is not None and table.outcome == Outcome.supported and states_cause(claim):
        # A table holds numbers, never the reason for them: a claim that explains its
        # numbers ("A scores higher on X than on Y because the X bags are larger") is not
        # confirmed by the cells, however well they match; only a passage that states the
        # cause can (the source check asks for it).
        _undecide(table, "The claim gives a reason, which no table states; its numbers match")
    return table


# --------------------------------------------------------------------------------------------
# Versions


def _older_versions(resolution: Resolution) -> list[SourceFile]:
    """One file per other version than the one used, oldest first (the resolver lists files
    in order of version and then preference, so the first of each version is the best)."""
    chosen: dict[int, SourceFile] = {}
    for file in resolution.others:
        if file.version is not None and file.version != resolution.version:
            chosen.setdefault(file.version, file)
    return [chosen[version] for version in sorted(chosen)]


def _found(check: Check) -> float | None:
    return next((evidence.found for evidence in check.evidence if evidence.found is not None),
                None)


def _version_note(latest: Check, latest_version: int, older: Check,
                  older_version: int) -> str | None:
    """What an older version says differently, or None when it says the same."""
    new, old = _found(latest), _found(older)
    if new is not None and old is not None and new != old:
        return f"v{older_version} reports {old:g}; v{latest_version} reports {new:g}"
    if older.outcome != latest.outcome:
        old_word = older.outcome.value.replace("_", " ")
        new_word = latest.outcome.value.replace("_", " ")
        return (f"against v{older_version} the claim is {old_word}; against "
                f"v{latest_version} it is {new_word}")
    return None


def _note_versions(latest: Check, latest_version: int, older_checks: Sequence[Check],
                   older_version: int) -> None:
    """Add what an older version says differently to the latest check of the same kind."""
    older = next((check for check in older_checks if check.kind == latest.kind), None)
    if older is None:
        return
    note = _version_note(latest, latest_version, older, older_version)
    if note is None:
        return
    for evidence in latest.evidence:
        evidence.note = "; ".join(filter(None, [evidence.note, note]))
    latest.explanation = f"{latest.explanation} Versions differ: {note}.".strip()
    # Show the older version's passage too, marked as such; it never decides.
    latest.evidence.extend(
        evidence.model_copy(update={"note": "; ".join(filter(None, [
            f"older version v{older_version}, not used for the verdict", evidence.note]))})
        for evidence in older.evidence)


# --------------------------------------------------------------------------------------------
# One claim, one reference


def _task_key(claim: Claim, reference: Reference) -> tuple[str, bool, str]:
    """Claim-reference pairs with equal keys get equal checks: the checks against one
    reference follow from the claim's text as printed (its names, numbers and clauses are
    parsed from it, and the checkers' own memos are keyed by it too), whether it was cut,
    and the reference (its key names the source and the version asked for)."""
    return claim.text, claim.truncated, reference.key


class _Checker:
    def __init__(self, resolver: SourceResolver, load_source: LoadSource) -> None:
        self.resolver = resolver
        self.papers = _Papers(load_source)
        # The checks of each claim-reference pair of the batch being checked (`_task_key`):
        # a report corpus cites its papers in many combinations, so the same claim comes
        # with different reference lists (distinct claims for `_work_key`) and shares most
        # of its pairs. Emptied after each batch, so it holds one batch's checks at most.
        self.batch: dict[tuple[str, bool, str], tuple[str, list[Check]]] | None = None

    def checks_for(self, claim: Claim) -> list[Check]:
        """The checks of every reference the claim cites (see `_assemble`)."""
        return _assemble([self._check_shared(claim, reference)
                          for reference in _references(claim)])

    def _check_shared(self, claim: Claim, reference: Reference) -> tuple[str, list[Check]]:
        """`_check_reference`, once per `_task_key` within a batch. The checks are shared
        between the claims that have them; `Verifier.verify` gives each claim copies."""
        if self.batch is None:
            return self._check_reference(claim, reference)
        key = _task_key(claim, reference)
        found = self.batch.get(key)
        if found is None:
            found = self.batch[key] = self._check_reference(claim, reference)
        return found

    def _check_reference(self, claim: Claim, reference: Reference) -> tuple[str, list[Check]]:
        """The checks against one reference, and whether it was checked, not found or
        found unreadable."""
        resolution = self.resolver.resolve(reference)
        if not resolution.found or resolution.source is None:
            return _NOT_FOUND, [_missing(resolution.message)]
        file = resolution.source
        loaded = self.papers.get(file)
        if loaded.error is not None:
            return _UNREADABLE, [_missing(f"{reference.key}: {loaded.error}")]
        checks = _run_checks(claim, reference, file, loaded)
        if reference.version is None and file.version is not None:
            for older_file in _older_versions(resolution):
                older = self.papers.get(older_file)
                if older.error is not None:
                    continue  # an unreadable older version cannot disagree
                older_checks = _run_checks(claim, reference, older_file, older)
                for check in checks:
                    _note_versions(check, file.version, older_checks, older_file.version or 0)
        return "checked", checks


def _references(claim: Claim) -> list[Reference]:
    """The references a claim cites, each key once, in order of first citation."""
    return list({reference.key: reference for reference in claim.references}.values())


def _assemble(results: Sequence[tuple[str, list[Check]]]) -> list[Check]:
    """A claim's checks from those of each reference it cites (`_Checker._check_reference`,
    in the order of `_references`). The references nobody has are folded into one check, and
    so are the sources found but unreadable (see `_missing_together`), each placed where its
    first reference was."""
    checks: list[Check] = []
    missing: dict[str, list[Check]] = {_NOT_FOUND: [], _UNREADABLE: []}
    places: dict[str, int] = {}
    for group, found in results:
        if group in missing:
            places.setdefault(group, len(checks) + len(places))
            missing[group] += found
        else:
            checks += found
    for group, place in sorted(places.items(), key=lambda item: item[1]):
        checks.insert(place, _missing_together(missing[group], len(results), group))
    return checks


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


# Below this many distinct claims a pool costs more to start than it saves.
PARALLEL_MIN_CLAIMS = 400
CHUNKS_PER_WORKER = 4
"""Pieces of work per worker process: more even out workers that the machine slows down,
fewer keep more papers to one worker (see `_check_all`)."""
# What forked workers inherit from the parent: the warmed checker, the claims and the tasks
# (claim, reference) in the order they are shared out, so that only index ranges go to the
# workers and only checks come back.
_worker_checker: _Checker | None = None
_worker_claims: list[tuple[Claim, list[Reference]]] = []
_worker_tasks: list[tuple[int, int]] = []


def _check_in_worker(span: tuple[int, int]) -> list[tuple[str, list[Check]]]:
    """The checks of the tasks `span` of `_worker_tasks`, run in a forked worker."""
    assert _worker_checker is not None
    results = []
    for number, slot in _worker_tasks[span[0]:span[1]]:
        claim, references = _worker_claims[number]
        results.append(_worker_checker._check_reference(claim, references[slot]))
    return results


def _warm(checker: _Checker, claims: Iterable[Claim]) -> dict[str, str]:
    """Resolve every reference and load every source (and older version) once, so that forked
    workers inherit the parsed papers instead of parsing them again (each builds the indexes
    of the papers it checks, see `_Loaded`). Returns
    the file each reference key is checked against ("" when there is none)."""
    files: dict[str, str] = {}
    for claim in claims:
        for reference in claim.references:
            if reference.key in files:
                continue
            resolution = checker.resolver.resolve(reference)
            files[reference.key] = ""
            if resolution.found and resolution.source is not None:
                files[reference.key] = str(resolution.source.path)
                checker.papers.get(resolution.source)
                if reference.version is None:
                    for older in _older_versions(resolution):
                        checker.papers.get(older)
    return files


def _tapering(keys: Sequence[str], workers: int, pieces: int) -> list[tuple[int, int]]:
    """Sorted `keys` (the file each task checks) cut into consecutive spans that shrink as
    the work is shared out: each takes a `2 * workers`-th of the tasks left, but no fewer
    than half of what `pieces` equal spans would hold, each cut moved to the nearest change
    of key within a quarter of its span: a paper then stays whole, in one worker, where
    the sizes allow.

    Workers take spans in order as they finish one, so the large first spans keep most
    papers in one worker, and the small last ones leave little for one worker to finish
    while the other waits: with equal spans that wait was half a span on average, a
    sixteenth of the whole work with two workers and four spans each."""
    count = len(keys)
    if count == 0:
        return []
    smallest = max(1.0, count / max(1, pieces) / 2)
    changes = [index for index in range(1, count) if keys[index] != keys[index - 1]]
    bounds = [0]
    while count - bounds[-1] > smallest * 1.5:
        low = bounds[-1]
        size = max(smallest, (count - low) / (2 * max(1, workers)))
        cut = round(low + size)
        position = bisect.bisect_left(changes, cut)
        near = [changes[i] for i in (position - 1, position)
                if 0 <= i < len(changes) and low < changes[i] < count]
        best = min(near, key=lambda change: abs(change - cut), default=cut)
        cut = best if abs(best - cut) <= size / 4 else cut
        if not low < cut < count:
            break
        bounds.append(cut)
    bounds.append(count)
    return list(zip(bounds, bounds[1:], strict=False))


def _check_all(checker: _Checker, distinct: list[Claim], workers: int) -> list[list[Check]]:
    """Checks for each distinct claim, in order; over `workers` forked processes when there is
    enough work and the platform can fork (the warmed papers are shared copy-on-write).

    The cyclic garbage collector is paused while the checks run, and the objects alive before
    them (the parsed papers and the claims: hundreds of thousands of small objects) are moved
    out of its sight (`gc.freeze`). The checkers keep what they derive per sentence and per
    claim, so the collector's full passes came often, and each walked the whole heap: a
    fifth of the verification time on the benchmark. The checks make no reference cycles
    (a collection right after them finds no garbage), and objects are still freed when their
    reference count drops, so nothing piles up. In a forked worker the pause also keeps the
    collector from writing to every inherited object header, which would copy the parent's
    heap into each worker. The collector's state is restored afterwards: a caller that had
    paused it keeps it paused, and one that had frozen objects of its own (a forking server
    does) keeps them frozen, with those frozen here."""
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    gc.freeze()
    checker.batch = {}
    try:
        if workers <= 1 or len(distinct) < PARALLEL_MIN_CLAIMS \
                or "fork" not in multiprocessing.get_all_start_methods():
            return [checker.checks_for(claim) for claim in distinct]
        return _check_in_pool(checker, distinct, workers)
    finally:
        checker.batch = None
        if not frozen:
            # What the checks made (the checkers' per-sentence and per-claim memos, the
            # checks) joins the old objects first: left in the youngest generation, the
            # first collection after `enable` walked all of it, a twentieth of the run.
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def _check_in_pool(checker: _Checker, distinct: list[Claim],
                   workers: int) -> list[list[Check]]:
    """`_check_all` over `workers` forked processes.

    The work is shared out by (claim, cited reference), each such pair once (`_task_key`),
    sorted by the file checked, and cut
    into consecutive pieces: a worker then checks most claims of a paper, and builds what the
    checkers derive from that paper's sentences (`PassageIndex.prepared`) once, instead of
    every worker deriving it for every paper, which cost as much as a third of the work.
    The checks of each claim are put together in the parent, as `checks_for` does."""
    global _worker_checker, _worker_claims, _worker_tasks
    files = _warm(checker, distinct)
    claims = [(claim, _references(claim)) for claim in distinct]
    # Each claim-reference pair once (`_task_key`); the others take its checks below.
    first: dict[tuple[str, bool, str], tuple[int, int]] = {}
    for number, (claim, references) in enumerate(claims):
        for slot, reference in enumerate(references):
            first.setdefault(_task_key(claim, reference), (number, slot))
    tasks = sorted(first.values(), key=lambda task: files[claims[task[0]][1][task[1]].key])
    _worker_checker, _worker_claims, _worker_tasks = checker, claims, tasks
    gc.freeze()  # the papers just loaded and the tasks too (out of the workers' collector)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            done = [result for results in pool.map(
                _check_in_worker, _tapering([files[claims[number][1][slot].key]
                                             for number, slot in tasks],
                                            workers, workers * CHUNKS_PER_WORKER))
                for result in results]
    finally:
        _worker_checker, _worker_claims, _worker_tasks = None, [], []
    results = {task: result for task, result in zip(tasks, done, strict=True)}
    return [_assemble([results[first[_task_key(claim, reference)]]
                       for reference in references]) for claim, references in claims]


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
        for key, claim in zip(keys, claims, strict=True):
            checks = done[key] if key in done else self._done[key]
            kept = [check for check in claim.checks if _kept(claim, check)]
            claim.checks = kept + [_copy(check) for check in checks]
            claim.status = status_of(claim.checks)
        self._remember(done)

    def _remember(self, done: dict[tuple, list[Check]]) -> None:
        self._done.update(done)
        while len(self._done) > self._cache_size:
            del self._done[next(iter(self._done))]  # the oldest: dicts keep insertion order


def verify_claims(claims: Sequence[Claim], resolver: SourceResolver,
                  load_source: LoadSource, workers: int | None = 1) -> None:
    """Verify `claims` in one go (a `Verifier` fed one batch): fills `claim.checks` and
    `claim.status` in place. See the module docstring for the steps.

    `workers` processes share the work (None: one per CPU core); the result is the same as
    with one, claim for claim."""
    Verifier(resolver, load_source, workers).verify(claims)


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

