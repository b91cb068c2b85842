"""Scale: the whole audit (read, group, verify, write) on 1x, 2x and 4x a corpus of reports.

Each size runs in a fresh process (so that its peak resident memory is its own) over a corpus
of seed-like reports (text, every 20th in Markdown, every 100th a PDF) citing the paper whose
reference card ships with the package. Prints wall time, claims/s and peak memory per size
(of the main process, and of the largest forked worker), and the ratios to 1x; the issue's
bars are 4x corpus <= 4.4x time, and memory that does not grow with the corpus beyond the
short per-claim keys the grouping needs. Nothing is asserted here: timings on a shared machine
are read, not tested.

    python benchmarks/scale.py                    # 2,500 / 5,000 / 10,000 reports
    python benchmarks/scale.py --reports 250      # a quicker look
    python benchmarks/scale.py --repeat 2         # best of two runs per size
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CLAIMS_PER_REPORT = 10  # the seeds print 9 to 21


def audit_once(corpus: Path, out: Path) -> None:
    """The measured run (in its own process): print one JSON line of figures."""
    from verify_claims.pipeline import run_audit

    start = time.perf_counter()
    audit = run_audit([corpus], out=out, offline=True, results=None)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "reports": len(audit.reports), "claims": audit.reports.claim_count,
        "problems": len(audit.problems), "seconds": seconds,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        # the forked readers and verifiers: the largest one's peak
        "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def measure(corpus: Path, out: Path) -> dict:
    process = subprocess.run([sys.executable, __file__, "--run", str(corpus), str(out)],
                             check=True, capture_output=True, text=True)
    return json.loads(process.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2500, help="reports at 1x")
    parser.add_argument("--sizes", default="1,2,4", help="multiples of --reports")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per size; the best time is kept (a shared machine's noise)")
    parser.add_argument("--run", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        audit_once(Path(args.run[0]), Path(args.run[1]))
        return

    from synth.corpus import write_corpus

    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for size in sizes:
            corpus = root / f"corpus-{size}x"
            write_corpus(corpus, args.reports * size, seed=size, claims=CLAIMS_PER_REPORT,
                         pdf_every=100, markdown_every=20)
            runs = [measure(corpus, root / f"audit-{size}x") for _ in range(args.repeat)]
            # The best time of the repeats (what the others lost is other load on the machine);
            # the largest peak memory.
            figures = {**min(runs, key=lambda run: run["seconds"]),
                       "peak_mib": max(run["peak_mib"] for run in runs),
                       "worker_peak_mib": max(run["worker_peak_mib"] for run in runs)}
            rows.append((size, figures))
            print(f"{size}x: {figures['reports']:,} reports, {figures['claims']:,} claims, "
                  f"{figures['seconds']:.1f} s, {figures['claims'] / figures['seconds']:,.0f} "
                  f"claims/s, peak {figures['peak_mib']:,.0f} MiB (largest worker "
                  f"{figures['worker_peak_mib']:,.0f} MiB)", flush=True)
    base = rows[0][1]
    print(f"\n{'size':>5} {'reports':>8} {'claims':>8} {'seconds':>8} {'claims/s':>9} "
          f"{'peak MiB':>9} {'time ratio':>10} {'memory ratio':>12}")
    for size, figures in rows:
        print(f"{size:>4}x {figures['reports']:>8,} {figures['claims']:>8,} "
              f"{figures['seconds']:>8.1f} {figures['claims'] / figures['seconds']:>9,.0f} "
              f"{figures['peak_mib']:>9,.0f} {figures['seconds'] / base['seconds']:>10.2f} "
              f"{figures['peak_mib'] / base['peak_mib']:>12.2f}")
    largest, figures = rows[-1]
    allowed = 1.1 * largest / sizes[0]
    ratio = figures["seconds"] / base["seconds"]
    verdict = "within" if ratio <= allowed else "OVER"
    print(f"\n{largest // sizes[0]}x corpus took {ratio:.2f}x the time: {verdict} the "
          f"{allowed:.1f}x bar (linear + 10 %); peak memory {figures['peak_mib']:,.0f} MiB, "
          f"{figures['peak_mib'] / base['peak_mib']:.2f}x that of 1x")


if __name__ == "__main__":
    main()
