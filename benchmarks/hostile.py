"""Hostile sizes (issue 14): time and peak memory of the cases that used to be quadratic.

Four cases, each at two sizes, n and 2n, so that linearity shows as a ratio (a linear case
takes about 2x the time at 2n; a quadratic one 4x):

* `citations`: n arXiv citations on one line, read by `find_references` (60,000 took 81 s);
* `paper`: a plain-text paper of one passage of n characters, read as the audit reads a file
  (a 1.2 MB one never ended; over 1,000,000 characters spaCy refused it);
* `references`: a report of 1,000 claims citing n papers that nobody has, audited offline
  and written (1,000 references: 294 MB written in 2.3 GB);
* `rows`: a report of n claim rows, audited and written (each stage still holds one report
  whole: about 6 KB per claim since issue 14; 200,000 rows peaked at 3,280 MiB before, 1,512
  MiB after).

Each measurement runs in a process of its own, which makes its input (not timed) and then
times the measured call; the parent reads the child's peak resident memory from `wait4`
(ru_maxrss of the child and the workers it forked). A case that exits non-zero is a crash;
one that outlives `--timeout` is a hang. The bars: no crash or hang, peak memory under 1 GiB
for every case but `rows` (under 2 GiB). The process exits 1 when a bar is missed.

    python benchmarks/hostile.py                  # the issue's sizes (a long run: `rows` is
                                                  # 200,000 and 400,000 rows)
    python benchmarks/hostile.py --quick          # small sizes, a smoke run of a minute
    python benchmarks/hostile.py --cases paper,citations --timeout 600
    python benchmarks/hostile.py --cases rows --size rows=20000   # a tenth of the issue's
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GIB = 1024  # MiB

# case -> (full size n, quick size n, memory bar in MiB)
CASES: dict[str, tuple[int, int, int]] = {
    "citations": (60_000, 2_000, GIB),
    "paper": (1_200_000, 20_000, GIB),
    "references": (1_000, 40, GIB),
    "rows": (200_000, 200, 2 * GIB),
}
CLAIMS_CITING = 1_000  # claims of the `references` report (about 100 KB of text at n = 1,000)
QUICK_CLAIMS_CITING = 20


def _large():
    """tests/hostile/make_large.py, which writes the inputs (shared with the tests)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_large", ROOT / "tests" / "hostile" / "make_large.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _output_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def run_case(case: str, size: int, folder: Path, quick: bool) -> dict:
    """The measured run, in the child: make the input, time the call, return the figures."""
    large = _large()
    if case == "citations":
        from verify_claims.extract.references import find_references

        text = large.citations_text(size)
        start = time.perf_counter()
        found = len(find_references(text))
        return {"seconds": time.perf_counter() - start, "found": found,
                "input_bytes": len(text.encode())}

    from verify_claims.pipeline import read_one, run_audit

    if case == "paper":
        path = large.write(folder / "paper.txt", large.long_paper(size))
        start = time.perf_counter()
        record = read_one(path)
        seconds = time.perf_counter() - start
        if not hasattr(record, "claims"):  # a Problem: the file was skipped
            raise SystemExit(f"paper skipped: {record.message}")
        return {"seconds": seconds, "claims": len(record.claims),
                "input_bytes": path.stat().st_size}

    if case == "references":
        claims = QUICK_CLAIMS_CITING if quick else CLAIMS_CITING
        text = large.report_citing(size, claims=claims)
    else:
        text = large.report_with_rows(size)
    path = large.write(folder / "in" / f"{case}.txt", text)
    start = time.perf_counter()
    audit = run_audit([path], out=folder / "audit", offline=True, cache_dir=folder / "cache",
                      results=None)
    seconds = time.perf_counter() - start
    if audit.problems:
        raise SystemExit(f"{case}: {audit.problems[0].message}")
    return {"seconds": seconds, "claims": audit.reports.claim_count,
            "input_bytes": path.stat().st_size, "output_bytes": _output_bytes(folder / "audit")}


def measure(case: str, size: int, quick: bool, timeout: float) -> dict:
    """Run one case in a child process; its figures, with its peak memory from wait4."""
    with tempfile.TemporaryDirectory(prefix=f"hostile-{case}-") as folder:
        result = Path(folder) / "result.json"
        command = [sys.executable, __file__, "--child", case, str(size), folder, str(result)]
        if quick:
            command.append("--quick")
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        status, usage = _wait(child, timeout)
        wall = time.perf_counter() - started
        figures: dict = {"case": case, "size": size, "wall": wall,
                         "peak_mib": usage.ru_maxrss / 1024 if usage else None}
        if status is None:
            figures["failure"] = f"hang: still running after {timeout:.0f} s, killed"
        elif status != 0:
            error = child.stderr.read().decode(errors="replace").strip() if child.stderr else ""
            figures["failure"] = f"crash (exit {status}): {error[-300:]}"
        else:
            figures.update(json.loads(result.read_text(encoding="utf-8")))
        if child.stderr:
            child.stderr.close()
        return figures


def _wait(child: subprocess.Popen, timeout: float):
    """(exit status, rusage) of the child, or (None, rusage) after killing it at `timeout`.
    The pipe of stderr is small; a child that fills it would block, so it is drained."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid == child.pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return child.returncode, usage
        if time.monotonic() > deadline:
            child.kill()
            _, _, usage = os.wait4(child.pid, 0)
            child.returncode = -9
            return None, usage
        time.sleep(0.05)


def _row(figures: dict, bar: int) -> str:
    peak = figures["peak_mib"]
    memory = f"{peak:8,.0f} MiB" if peak is not None else "       ? MiB"
    if "failure" in figures:
        return f"{figures['case']:<11} {figures['size']:>10,}  {figures['failure']}"
    extra = ""
    if "output_bytes" in figures:
        extra = f"  wrote {figures['output_bytes'] / 1e6:,.1f} MB"
    within = "ok" if peak is not None and peak < bar else "OVER"
    return (f"{figures['case']:<11} {figures['size']:>10,} {figures['seconds']:9.2f} s "
            f"{memory} ({within} < {bar:,} MiB){extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--cases", default=",".join(CASES),
                        help=f"comma-separated, of {', '.join(CASES)}")
    parser.add_argument("--size", action="append", default=[], metavar="CASE=N",
                        help="n for one case instead of its default, e.g. rows=20000")
    parser.add_argument("--timeout", type=float, default=3600,
                        help="seconds a measurement may take before it counts as a hang")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        case, size, folder, result = args.child
        figures = run_case(case, int(size), Path(folder), args.quick)
        Path(result).write_text(json.dumps(figures), encoding="utf-8")
        return 0

    cases = [case.strip() for case in args.cases.split(",") if case.strip()]
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    sizes = dict(item.split("=", 1) for item in args.size)
    print(f"{'case':<11} {'size':>10} {'time':>11} {'peak memory':>12}", flush=True)
    missed = []
    for case in cases:
        full, quick, bar = CASES[case]
        n = int(sizes[case]) if case in sizes else quick if args.quick else full
        rows = []
        for size in (n, 2 * n):
            figures = measure(case, size, args.quick, args.timeout)
            print(_row(figures, bar), flush=True)
            rows.append(figures)
            if "failure" in figures:
                missed.append(f"{case} at {size:,}: {figures['failure']}")
                break
            if figures["peak_mib"] is None or figures["peak_mib"] >= bar:
                missed.append(f"{case} at {size:,}: peak memory over {bar:,} MiB")
        if len(rows) == 2 and all("failure" not in row for row in rows):
            time_ratio = rows[1]["seconds"] / max(rows[0]["seconds"], 1e-9)
            memory_ratio = rows[1]["peak_mib"] / max(rows[0]["peak_mib"], 1e-9)
            print(f"{'':<11} {'2n / n':>10} {time_ratio:9.2f} x {memory_ratio:8.2f} x "
                  "(linear: about 2 x the time)", flush=True)
    if missed:
        print("\nbars missed:\n  " + "\n  ".join(missed))
        return 1
    print("\nno crash, no hang, every peak under its bar")
    return 0


if __name__ == "__main__":
    sys.exit(main())
