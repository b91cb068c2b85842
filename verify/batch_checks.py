"""The checks of a batch of distinct claims, in this process or over forked worker processes,
with the cyclic garbage collector paused while they run (`_check_all`).

The pool shares the work out by (claim, cited reference), grouped by the claim's first cited
paper and by claim text, and cut into tapering spans (`_tapering`), so that a worker checks
all pairs of a claim and most claims of a paper, and derives what the checkers derive from
each once. Forked workers inherit the papers the parent
read (`_warm`); only index ranges go to them and only checks come back.
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from verify_claims.claims import Check, Claim, Reference

from .reference_checks import _assemble, _Checker, _references, _task_key
from .versions import _older_versions

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
    grouped by the file of the claim's first cited paper (most often its source), then by
    claim text, and cut into consecutive pieces: a worker then checks every cited paper of a
    claim in a row, and of most claims of a paper. Both halves matter. The checkers remember
    what they derive from a claim's text (its parts, sides, names, words) and from a paper's
    sentences (`PassageIndex.prepared`). Sorted by the file each pair checks, a claim's pairs
    fell to both workers, which each derived the claim again: 1.34x the CPU time of one
    process on `benchmarks/verify.py` (1.06x grouped by claim). Spread over all papers
    instead, every worker derived every paper, which had cost as much as a third of the work.
    The checks of each claim are put together in the parent, as `checks_for` does."""
    global _worker_checker, _worker_claims, _worker_tasks
    files = _warm(checker, distinct)
    claims = [(claim, _references(claim)) for claim in distinct]
    # Each claim-reference pair once (`_task_key`); the others take its checks below.
    first: dict[tuple[str, bool, str], tuple[int, int]] = {}
    for number, (claim, references) in enumerate(claims):
        for slot, reference in enumerate(references):
            first.setdefault(_task_key(claim, reference), (number, slot))

    def group(task: tuple[int, int]) -> str:
        return files[claims[task[0]][1][0].key]  # the claim's first cited paper's file

    tasks = sorted(first.values(), key=lambda task: (group(task), claims[task[0]][0].text,
                                                     task))
    _worker_checker, _worker_claims, _worker_tasks = checker, claims, tasks
    gc.freeze()  # the papers just loaded and the tasks too (out of the workers' collector)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            done = [result for results in pool.map(
                _check_in_worker, _tapering([group(task) for task in tasks],
                                            workers, workers * CHUNKS_PER_WORKER))
                for result in results]
    finally:
        _worker_checker, _worker_claims, _worker_tasks = None, [], []
    results = {task: result for task, result in zip(tasks, done, strict=True)}
    return [_assemble([results[first[_task_key(claim, reference)]]
                       for reference in references]) for claim, references in claims]
