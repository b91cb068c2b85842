"""Start-up cost of the command line: wall time, CPU time and peak memory of

- `import typer, rich, pydantic` alone (the floor any typer CLI of ours pays),
- `verify-claims --help` and `verify-claims --version` (target: within 2x that floor),
- `verify-claims recipes` and `verify-claims schema` (no spaCy, no torch),
- a whole offline audit of the five seed reports (target: under 2 s on 2 cores).

Each command runs in a fresh process, several times; the best wall time is reported (the
machine's other load only ever adds time) with the median beside it, and the peak resident
memory of that process (from `os.wait4`). `--check` exits 1 when a target is missed.

    python benchmarks/startup.py            # 5 runs each (3 for the audit)
    python benchmarks/startup.py --quick    # 1 run each
    python -X importtime -m verify_claims.cli --help 2> imports.txt   # what is imported
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
HELP_FACTOR = 2.0  # --help may take at most this many times the bare import
AUDIT_SECONDS = 2.0


@dataclass
class Measure:
    name: str
    walls: list[float]
    cpu: float  # user + system seconds of the best run
    peak_mib: float

    @property
    def best(self) -> float:
        return min(self.walls)

    def row(self) -> str:
        return (f"{self.name:<34} {self.best:7.2f} s {statistics.median(self.walls):7.2f} s "
                f"{self.cpu:7.2f} s {self.peak_mib:8.0f} MiB")


def _run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one run of `command`."""
    start = perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env, cwd=ROOT)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n"
                         f"{errors.decode(errors='replace')}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, peak


def measure(name: str, command: list[str], repeat: int, env: dict[str, str]) -> Measure:
    runs = [_run_once(command, env) for _ in range(repeat)]
    best = min(runs)
    return Measure(name, [run[0] for run in runs], best[1], max(run[2] for run in runs))


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("verify-claims")
    return [str(script)] if script.exists() else [sys.executable, "-m", "verify_claims.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one run of each command")
    parser.add_argument("--repeat", type=int, default=5, help="runs per command (default 5)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed reports")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    repeat = 1 if args.quick else args.repeat
    scratch = Path(tempfile.mkdtemp(prefix="verify-claims-startup-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(scratch / "cache"), "COLUMNS": "120"}
    cli = _cli()
    try:
        floor = measure("import typer, rich, pydantic",
                        [sys.executable, "-c", "import typer, rich, pydantic"], repeat, env)
        rows = [floor,
                measure("verify-claims --help", [*cli, "--help"], repeat, env),
                measure("verify-claims --version", [*cli, "--version"], repeat, env),
                measure("verify-claims recipes", [*cli, "recipes"], repeat, env),
                measure("verify-claims schema", [*cli, "schema", "--out", str(scratch / "s")],
                        repeat, env)]
        audit = None
        if args.seeds.is_dir():
            audit = measure(f"audit of {args.seeds.name}/ --offline",
                            [*cli, str(args.seeds), "--out", str(scratch / "audit"), "--offline",
                             "--quiet", "--results", str(scratch / "no-runs")],
                            max(1, repeat - 2), env)
            rows.append(audit)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{os.cpu_count()} cores; best and median of {repeat} runs "
          f"({max(1, repeat - 2)} for the audit)")
    print(f"{'command':<34} {'best':>9} {'median':>9} {'CPU':>9} {'peak RSS':>12}")
    for row in rows:
        print(row.row())
    ratio = rows[1].best / floor.best
    print(f"--help / bare import: {ratio:.2f}x (target <= {HELP_FACTOR:g}x)")
    missed = ratio > HELP_FACTOR
    if audit is not None:
        print(f"seed audit: {audit.best:.2f} s (target < {AUDIT_SECONDS:g} s)")
        missed |= audit.best >= AUDIT_SECONDS
    else:
        print(f"seed audit skipped: no folder {args.seeds}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
