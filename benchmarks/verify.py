"""Verification speed: claims/s when checking a generated corpus against parsed sources.

Generates, in a temporary folder and from a fixed seed,
  - `--sources` fictional papers (default 20) as PDFs of about ten pages each (synth.paper):
    a few hundred result sentences ("Intermediate training on MNLI improves XNLI accuracy in
    German by 1.3 points, from 78.2 to 79.5."), a set-up sentence and a results table, all
    drawn from one shared set of results so that papers stating the same result agree;
  - `--reports` synthesis reports (default 1,000) of `--claims` claims each (default 20) in the
    seed text layout (synth.report), citing one to three of the papers, so every kind of check
    runs. Each claim is about the first cited paper, of one kind, with the status the verdict
    rules of the README and of issue 11 give it (`EXPECTED`):
      as printed          a result sentence word for word: confirmed;
      other words         the same result reworded ("XNLI accuracy in German changes by +1.3
                          points when MNLI is the intermediate task"): confirmed, since the
                          paper says it; but a claim is confirmed only when a passage accounts
                          for its whole content, and words the passage lacks ("task") block a
                          confirmation, so many stay unverified: a miss, never an error;
      wrong number        the result with another change: contradicted;
      opposite direction  "lowers" for "improves" (or back): contradicted;
      cut at 120          the result, right, cut at 120 characters after its number:
                          unverified, since a cut claim is never confirmed (its lost end may
                          assert anything) and its visible part is true;
      table cell          a cell of the results table, by its row and column: confirmed;
      table cell, wrong   the same with the cell's value off by 1.3: contradicted;
      not in the paper    a language no paper measured: unverified.
Then it parses every paper and report once (not timed) and times only
`verify_claims.verify.engine.verify_claims` on the first half of the claims and on all of
them, in one process (time should grow linearly with the claims), and on all of them over one
worker process per core (with the workers' CPU time, to show what the pool costs). It prints
per kind how many claims got the expected status, how many were left unverified (misses) and
how many were decided against it (wrong verdicts: must be 0); a sanity check at scale, since
the accuracy benchmark of record is benchmarks/accuracy.py on the hand-labelled corpora.
Prints the figures; nothing here asserts a time (timed tests are flaky on shared machines).

    python benchmarks/verify.py [--reports 1000] [--claims 20] [--sources 20]
                                [--keep DIR] [--dump FILE] [--guard-times]

`--guard-times` adds one more one-process run (not in the figures above it) with a timer around
each guard of `verify.guard_chain` and prints the costliest: a new guard that costs a
fifth of the verification time shows there at once (round 25's `guard_restricted_counts` did,
and no test noticed).

`--keep DIR` keeps the generated sources and the parsed papers and claims for the next run
with the same sizes (parsing the PDFs takes a minute); `--dump FILE` writes the verdicts of
the one-process run, for `benchmarks/verdict_diff.py` (a speed-up must change none).
The issue's target is >= 1,000 claims/s on 2 cores once sources are parsed.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pickle
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synth.paper import PaperSpec, render_paper_pdf
from synth.report import ReportSpec, render_text
from verify_claims.claims import Claim, Paper
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.extract.report import parse_report
from verify_claims.verify.sources import SourceFile, SourceResolver

TASKS = ("MNLI", "QNLI", "QQP", "SQuAD", "HellaSwag", "CommonsenseQA", "Cosmos QA", "SNLI")
TARGETS = ("XNLI", "PAWS-X", "TyDiQA", "XQuAD", "MLQA", "XCOPA", "BUCC", "Tatoeba")
LANGUAGES = ("German", "French", "Spanish", "Russian", "Chinese", "Arabic", "Hindi", "Swahili",
             "Turkish", "Thai", "Greek", "Bulgarian", "Urdu", "Vietnamese", "Korean", "Japanese",
             "Finnish", "Indonesian", "Tamil", "Yoruba")
FILLER = (
    "We discuss the behaviour of {target} in more detail in the appendix.",
    "The {task} training data is described by its authors, and we use the official splits.",
    "All runs share the same budget, so that differences come from the intermediate task.",
    "Languages with little pretraining data are the hardest case for zero-shot transfer.",
    "Results on {target} follow the same trend across most languages.",
)
SENTENCES_PER_PAPER = 320  # with the tables, about ten A4 pages


@dataclass(frozen=True)
class Fact:
    """One result a paper states: `task` moves `target` in `language` from `before` to
    `after`."""

    task: str
    target: str
    language: str
    before: float
    after: float

    @property
    def change(self) -> float:
        return round(self.after - self.before, 1)


@dataclass
class SyntheticPaper:
    arxiv_id: str
    facts: list[Fact]
    table: dict[tuple[str, str], float]  # (task, target) -> cell


def fact_sentence(fact: Fact) -> str:
    verb = "improves" if fact.change > 0 else "lowers"
    return (f"Intermediate training on {fact.task} {verb} {fact.target} accuracy in "
            f"{fact.language} by {abs(fact.change):.1f} points, from {fact.before:.1f} to "
            f"{fact.after:.1f}.")


@dataclass(frozen=True)
class World:
    """The one truth all synthetic papers report from. A report cites up to three papers, and
    a claim is contradicted when any cited paper says otherwise, so papers that state the
    same result must agree, as two honest papers would."""

    facts: list[Fact]
    table: dict[tuple[str, str], float]


def make_world(rng: random.Random) -> World:
    facts = []
    for task in TASKS:
        for target in TARGETS:
            for language in LANGUAGES:
                before = round(rng.uniform(40, 85), 1)
                change = round(rng.choice((-1, 1, 1, 1)) * rng.uniform(0.3, 6.0), 1)
                facts.append(Fact(task, target, language, before, round(before + change, 1)))
    table = {(task, target): round(rng.uniform(50, 90), 1) for task in TASKS for target in TARGETS}
    return World(facts, table)


def make_paper(rng: random.Random, index: int,
               world: World) -> tuple[SyntheticPaper, PaperSpec]:
    """A paper of about ten pages stating a random sample of the world's results."""
    arxiv_id = f"2401.{10000 + index:05d}"
    facts = rng.sample(world.facts, SENTENCES_PER_PAPER)
    table = world.table
    sentences = [fact_sentence(fact) for fact in facts]
    for position in range(0, len(sentences), 7):  # running text is not all results
        filler = rng.choice(FILLER).format(task=rng.choice(TASKS), target=rng.choice(TARGETS))
        sentences.insert(position, filler)
    paragraphs = [" ".join(sentences[i:i + 8]) for i in range(0, len(sentences), 8)]
    per_section = max(1, len(paragraphs) // 6)
    titles = ("Introduction", "Experimental Setup", "Results", "Analysis", "Discussion",
              "Conclusion")
    sections: list[tuple[str, list[str | int]]] = []
    for number, title in enumerate(titles):
        items: list[str | int] = list(paragraphs[number * per_section:(number + 1) * per_section])
        if title == "Experimental Setup":
            items.insert(0, f"We fine-tune XLM-R Large for {rng.choice((2, 3, 4))} epochs with a "
                            f"learning rate of {rng.choice(('1e-5', '2e-5', '3e-5'))} and "
                            f"{rng.choice(('three', 'five'))} random seeds.")
            items.append(0)
        sections.append((title, items))
    sections[-1][1].extend(paragraphs[6 * per_section:])
    results = (
        "Table 1: Zero-shot accuracy of each intermediate task on the target tasks.",
        ["Intermediate\ntask", *TARGETS],
        [[task, *(f"{table[task, target]:.1f}" for target in TARGETS)] for task in TASKS],
    )
    spec = PaperSpec(
        title=f"Synthetic Study {index} of Intermediate-Task Transfer (benchmark fixture)",
        authors=["Bench Mark", "Tim Ing"],
        abstract="We measure how English intermediate tasks change zero-shot transfer. "
                 + fact_sentence(facts[0]),
        sections=sections, tables=[results],
    )
    return SyntheticPaper(arxiv_id, facts, table), spec


def _cut(text: str) -> str:
    return text[:120].rstrip()


@dataclass(frozen=True)
class GeneratedClaim:
    text: str
    kind: str
    expected: str  # the status a careful reader of the paper would give


EXPECTED = {"as printed": "confirmed", "other words": "confirmed", "wrong number": "contradicted",
            "opposite direction": "contradicted", "cut at 120": "unverified",
            "table cell": "confirmed", "table cell, wrong": "contradicted",
            "not in the paper": "unverified"}
"""The status each kind of generated claim should get (see the module docstring)."""


def make_claim(rng: random.Random, paper: SyntheticPaper) -> GeneratedClaim:
    """One claim about `paper`, of a randomly chosen kind (see the module docstring)."""
    fact = rng.choice(paper.facts)
    kind = rng.random()
    direction = "improves" if fact.change > 0 else "lowers"
    about = f"{fact.target} accuracy in {fact.language}"
    if kind < 0.30:
        return GeneratedClaim(fact_sentence(fact), "as printed", "confirmed")
    if kind < 0.45:
        return GeneratedClaim(f"{about} changes by {fact.change:+.1f} points when {fact.task} "
                              "is the intermediate task.", "other words", "confirmed")
    if kind < 0.55:
        wrong = abs(fact.change) + rng.choice((-0.2, 0.4, 1.1, 2.0))
        return GeneratedClaim(f"Intermediate training on {fact.task} {direction} {about} by "
                              f"{abs(wrong):.1f} points.", "wrong number", "contradicted")
    if kind < 0.65:
        opposite = "lowers" if fact.change > 0 else "improves"
        return GeneratedClaim(f"Intermediate training on {fact.task} {opposite} {about} by "
                              f"{abs(fact.change):.1f} points.", "opposite direction",
                              "contradicted")
    if kind < 0.75:  # the number comes early, so the cut never reaches it
        return GeneratedClaim(_cut(
            f"Intermediate training on {fact.task} {direction} {about} by "
            f"{abs(fact.change):.1f} points across the experiments reported in this study, which "
            "the authors attribute to the task."), "cut at 120", "unverified")
    if kind < 0.90:
        task, target = rng.choice(list(paper.table))
        right = rng.random() < 0.7
        value = paper.table[task, target] + (0.0 if right else 1.3)
        return GeneratedClaim(f"With {task} as the intermediate task, {target} accuracy reaches "
                              f"{value:.1f}.", "table cell" if right else "table cell, wrong",
                              "confirmed" if right else "contradicted")
    language = rng.choice(("Quechua", "Haitian Creole", "Basque"))  # never in the papers
    return GeneratedClaim(f"Intermediate training on {fact.task} improves {fact.target} "
                          f"accuracy in {language} by {rng.uniform(0.5, 5):.1f} points.",
                          "not in the paper", "unverified")


def make_report(rng: random.Random, index: int, papers: list[SyntheticPaper],
                claims: int) -> tuple[ReportSpec, list[GeneratedClaim]]:
    """A report citing one to three papers, all of whose claims are about the first one."""
    cited = rng.sample(papers, rng.randint(1, min(3, len(papers))))
    generated = [make_claim(rng, cited[0]) for _ in range(claims)]
    rows = [(claim.text, rng.random() < 0.7, round(rng.random(), 2)) for claim in generated]
    spec = ReportSpec(
        title=f"Synthetic synthesis report {index}", date="November 23, 2026",
        examines="Synthetic studies of intermediate-task transfer",
        research_question="Does intermediate-task training help?", papers_retrieved=len(cited),
        claims_extracted=claims, claims_verified=claims // 2, quality_score=7.5, claims=rows,
        references=[f"http://arxiv.org/abs/{paper.arxiv_id}v1" for paper in cited],
    )
    return spec, generated


@dataclass
class Timing:
    claims: int
    wall: float  # seconds on the clock
    cpu: float  # seconds of CPU time of this process (less sensitive to a busy machine)
    workers_cpu: float  # seconds of CPU time of the worker processes (0 with one process)
    statuses: dict[str, Counter[str]]  # claim kind -> how many claims got each status
    verified: list[Claim]  # the verified copies, for --dump and the parallel comparison


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the workers of a pool)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_verification(claims: list[Claim], expected: list[GeneratedClaim],
                      papers: dict[Path, Paper], resolver: SourceResolver,
                      workers: int = 1) -> Timing:
    """Time `verify_claims` on fresh copies of `claims` and of the parsed papers (copying is
    not timed), and count per kind of claim how many claims got each status.

    Each run is timed in a process forked for it, as each audit is a process of its own: the
    verifier remembers, per process, what it derived from each distinct claim and sentence
    text, which would otherwise make a run over claims an earlier run saw look cheaper. Fresh
    paper objects make every run build its own search indexes, for the same reason."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_timed_child, args=(writer, claims, expected, papers,
                                                       resolver, workers))
    child.start()
    writer.close()
    try:
        result = reader.recv()
    except EOFError:
        result = RuntimeError(f"the timed run died (exit status {child.exitcode})")
    child.join()
    if isinstance(result, BaseException):
        raise SystemExit(f"timed verification failed: {result}")
    return result


def _timed_child(writer, claims: list[Claim], expected: list[GeneratedClaim],
                 papers: dict[Path, Paper], resolver: SourceResolver, workers: int) -> None:
    """`time_verification`'s run, in its own process; sends back the Timing or the error."""
    try:
        result: Timing | BaseException = _timed(claims, expected, papers, resolver, workers)
    except Exception as error:  # reported by the parent, which stops the benchmark
        result = RuntimeError(f"{type(error).__name__}: {error}")
    writer.send(result)
    writer.close()


def _timed(claims: list[Claim], expected: list[GeneratedClaim], papers: dict[Path, Paper],
           resolver: SourceResolver, workers: int) -> Timing:
    from verify_claims.verify.engine import verify_claims

    copies = {path: paper.model_copy(deep=True) for path, paper in papers.items()}

    def load_source(source: SourceFile) -> Paper:
        return copies[source.path]  # parsed once, before any timing

    fresh = [claim.model_copy(deep=True) for claim in claims]
    profile = os.environ.get("VERIFY_PROFILE")  # a file name: write a cProfile of the run
    if profile and workers == 1:
        import cProfile

        cProfile.runctx("verify_claims(fresh, resolver, load_source, workers=1)", globals(),
                        {"verify_claims": verify_claims, "fresh": fresh, "resolver": resolver,
                         "load_source": load_source}, profile)
        fresh = [claim.model_copy(deep=True) for claim in claims]
    gc.collect()  # not timed: a run does not pay for collecting the garbage of the one before
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    verify_claims(fresh, resolver, load_source, workers=workers)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = _children_cpu() - children
    statuses: dict[str, Counter[str]] = {}
    misses = os.environ.get("VERIFY_MISSES")  # a kind of claim: print its misses
    for claim, generated in zip(fresh, expected, strict=True):
        statuses.setdefault(generated.kind, Counter())[claim.status.value] += 1
        if misses == generated.kind and claim.status.value != generated.expected:
            print(f"miss: {claim.text} -> {claim.status.value}: "
                  + " | ".join(check.explanation for check in claim.checks))
    return Timing(len(fresh), wall, cpu, children, statuses, fresh)


def _guard_times_child(writer, claims: list[Claim], papers: dict[Path, Paper],
                       resolver: SourceResolver) -> None:
    """One one-process run with a timer around each guard; sends back (CPU seconds of the run,
    {guard: (calls, seconds)})."""
    from verify_claims.verify import guard_chain
    from verify_claims.verify.engine import verify_claims

    spent: dict[str, list[float]] = {}

    def timed(name, guard):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return guard(*args, **kwargs)
            finally:
                entry = spent.setdefault(name, [0, 0.0])
                entry[0] += 1
                entry[1] += time.process_time() - start
        return run

    for name, value in list(vars(guard_chain).items()):
        if name.startswith("guard_") and callable(value):
            setattr(guard_chain, name, timed(name, value))
    copies = {path: paper.model_copy(deep=True) for path, paper in papers.items()}
    fresh = [claim.model_copy(deep=True) for claim in claims]
    cpu = time.process_time()
    verify_claims(fresh, resolver, lambda source: copies[source.path], workers=1)
    writer.send((time.process_time() - cpu, {name: tuple(entry) for name, entry in spent.items()}))
    writer.close()


def print_guard_times(claims: list[Claim], papers: dict[Path, Paper],
                      resolver: SourceResolver, top: int = 15) -> None:
    """The guards that cost most CPU time, per call and as a share of the run (a forked run,
    so its memos start empty as the timed runs' do)."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_guard_times_child, args=(writer, claims, papers, resolver))
    child.start()
    writer.close()
    total, spent = reader.recv()
    child.join()
    guards = sum(seconds for _calls, seconds in spent.values())
    print(f"\nguards ({len(spent)} of them) took {guards:.2f} s of {total:.2f} s CPU "
          f"({guards / total:.0%}); the {top} costliest:")
    for name, (calls, seconds) in sorted(spent.items(), key=lambda item: -item[1][1])[:top]:
        print(f"  {name:<40}{seconds:7.2f} s  {seconds / total:5.1%}  "
              f"{1e6 * seconds / max(calls, 1):7.1f} µs per call ({calls:,} calls)")


def _verdict(claim: Claim) -> str:
    """A claim's status and checks as JSON: what two runs of the verifier must agree on."""
    return claim.model_dump_json(include={"status", "checks"})


def _corpus(args: argparse.Namespace,
            root: Path) -> tuple[dict[Path, Paper], list[Claim], list[GeneratedClaim], Path]:
    """Generate the sources and reports under `root` and parse them (not timed), or, with
    --keep, load what an earlier run with the same sizes kept there."""
    name = f"bench-v2-{args.sources}-{args.reports}-{args.claims}"  # v2: kinds of claims
    sources_dir, reports_dir = root / f"{name}-sources", root / f"{name}-reports"
    kept = root / f"{name}.pickle"
    if args.keep is not None and kept.exists():
        with kept.open("rb") as file:
            papers, claims, rows = pickle.load(file)
        # The keys are the sources' paths when they were parsed: rebase them on this folder,
        # so that a kept folder still works after it was copied or moved.
        papers = {sources_dir / path.name: paper for path, paper in papers.items()}
        expected = [GeneratedClaim(*row) for row in rows]
        print(f"loaded {len(papers)} parsed sources and {len(claims):,} claims from {kept}")
        return papers, claims, expected, sources_dir
    rng = random.Random(0)
    shutil.rmtree(sources_dir, ignore_errors=True)
    shutil.rmtree(reports_dir, ignore_errors=True)
    sources_dir.mkdir(parents=True)
    reports_dir.mkdir(parents=True)

    start = time.perf_counter()
    world = make_world(rng)
    synthetic = []
    for index in range(args.sources):
        paper, spec = make_paper(rng, index, world)
        render_paper_pdf(spec, sources_dir / f"{paper.arxiv_id}v1.pdf")
        synthetic.append(paper)
    report_paths, expected = [], []
    for index in range(args.reports):
        path = reports_dir / f"report_{index:05d}.txt"
        spec, generated = make_report(rng, index, synthetic, args.claims)
        path.write_text(render_text(spec), encoding="utf-8")
        report_paths.append(path)
        expected += generated
    print(f"generated {args.sources} sources and {args.reports} reports in "
          f"{time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    papers: dict[Path, Paper] = {}
    pages = 0
    for path in sorted(sources_dir.iterdir()):
        document = read_document(path)
        pages += len(document.pages)
        papers[path] = parse_paper(document)
    sentences = sum(len(paper.sentences) for paper in papers.values())
    print(f"parsed {len(papers)} sources ({pages} pages, {sentences:,} sentences) in "
          f"{time.perf_counter() - start:.1f} s (not timed)")

    start = time.perf_counter()
    claims = [claim for path in report_paths
              for claim in parse_report(read_document(path)).claims]
    print(f"parsed {len(claims):,} claims in {time.perf_counter() - start:.1f} s (not timed)")
    if len(claims) != len(expected):
        raise SystemExit(f"extracted {len(claims)} claims from reports that print "
                         f"{len(expected)}: fix extraction before timing verification")
    if args.keep is not None:
        partial = kept.with_suffix(".partial")
        with partial.open("wb") as file:
            # The expectations as plain tuples: a class of a script run as __main__ would not
            # load anywhere else.
            pickle.dump((papers, claims, [(g.text, g.kind, g.expected) for g in expected]),
                        file)
        partial.replace(kept)  # atomic: a half-written file is never loaded
    return papers, claims, expected, sources_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=20)
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write every verified claim (status, checks) of the full "
                             "one-process run to this JSON-lines file, for "
                             "benchmarks/verdict_diff.py")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the generated sources and the parsed papers and claims in "
                             "this folder and reuse them on the next run with the same sizes "
                             "(saves the minute of PDF parsing when timing the verifier)")
    parser.add_argument("--guard-times", action="store_true",
                        help="after the timed runs, one more run with a timer around each "
                             "guard: print the costliest guards")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as folder:
        root = Path(folder)
        papers, claims, expected, sources_dir = _corpus(args, args.keep or root)
        resolver = SourceResolver(sources_dir=sources_dir, cache_dir=root / "cache",
                                  offline=True)
        time_verification(claims[:50], expected[:50], papers, resolver)  # warm-up

        half = len(claims) // 2
        print(f"\nverification ({os.cpu_count()} CPU cores; load average "
              f"{os.getloadavg()[0]:.1f} before timing):")
        timings = []
        for label, count in (("half", half), ("full", len(claims))):
            timing = time_verification(claims[:count], expected[:count], papers, resolver)
            timings.append(timing)
            print(f"  {label}: {timing.claims:>7,} claims  {timing.wall:7.2f} s wall "
                  f"({timing.claims / timing.wall:6,.0f} claims/s)  {timing.cpu:7.2f} s CPU "
                  f"({timing.claims / timing.cpu:6,.0f} claims/s)")
        cores = os.cpu_count() or 1
        parallel = time_verification(claims, expected, papers, resolver, workers=cores)
        print(f"  full, {cores} worker processes: {parallel.claims:>7,} claims  "
              f"{parallel.wall:7.2f} s wall ({parallel.claims / parallel.wall:6,.0f} claims/s; "
              f"{timings[1].wall / parallel.wall:.2f}x the one-process speed)\n"
              f"    CPU: {parallel.cpu:.2f} s in the parent, {parallel.workers_cpu:.2f} s in the "
              f"workers ({(parallel.cpu + parallel.workers_cpu) / timings[1].cpu:.2f}x the "
              "one-process CPU time)")
        if [_verdict(claim) for claim in parallel.verified] \
                != [_verdict(claim) for claim in timings[1].verified]:
            raise SystemExit("parallel verification gave other verdicts than one process")
        if args.dump is not None:
            args.dump.write_text("".join(claim.model_dump_json() + "\n"
                                         for claim in timings[1].verified), encoding="utf-8")
            print(f"  wrote the verdicts of {len(timings[1].verified):,} claims to {args.dump}")
        if args.guard_times:
            print_guard_times(claims, papers, resolver)
    small, large = timings
    print(f"\ntime ratio full/half: {large.wall / small.wall:.2f} wall, "
          f"{large.cpu / small.cpu:.2f} CPU, for {large.claims / small.claims:.2f}x the claims "
          "(linear growth gives the same ratio)")
    print("\nstatuses by kind of generated claim (full corpus): as expected; left unverified "
          "(a miss,\nnot an error); wrong (decided against the expected status: must be 0)")
    wrong_total = 0
    for kind, expectation in EXPECTED.items():
        counts = large.statuses.get(kind, Counter())
        total = sum(counts.values())
        right = counts[expectation]
        undecided = counts["unverified"] if expectation != "unverified" else 0
        wrong = total - right - undecided
        wrong_total += wrong
        print(f"  {kind:<20}expects {expectation:<13}{right / (total or 1):6.1%} as expected "
              f"({right:,}/{total:,}), {undecided:,} unverified, {wrong:,} wrong")
    print(f"wrong decisive verdicts: {wrong_total:,}")
    peak = max(resource.getrusage(who).ru_maxrss
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    print(f"peak resident memory of one process: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
