"""Write tests/durations.json (seconds of each test file) from a JUnit XML report.

Why: `make test` runs one file per worker (`--dist loadfile`, so a real PDF parsed by a module
fixture is parsed once). xdist hands out the files in collection order, which is alphabetical,
and our heaviest files (the reproduction trainings, the `test_round*` and `test_speed*`
regressions) sort last: one worker was left alone with them for the last minutes of CI. The
conftest hook orders the files by these recorded seconds, heaviest first, so both workers end
within about one small file of each other (longest-processing-time-first scheduling).

    .venv/bin/python -m pytest -q -n auto --dist loadfile --junitxml=/tmp/junit.xml
    .venv/bin/python tests/record_durations.py /tmp/junit.xml

(`make durations` does both.) The figures only order the run; a stale or missing entry changes
no result, only how well the two workers are balanced.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

DURATIONS = Path(__file__).resolve().parent / "durations.json"


def file_of(classname: str) -> str:
    """`tests.test_plan.TestX` -> `tests/test_plan.py` (the module part of a JUnit classname)."""
    parts = classname.split(".")
    for end, part in enumerate(parts):
        if part.startswith("test_"):
            return "/".join(parts[: end + 1]) + ".py"
    return "/".join(parts) + ".py"


def seconds_per_file(report: Path) -> dict[str, float]:
    """Seconds of every test of each file (set-up, call and tear-down, as JUnit counts them: a
    module fixture's parse is in its first test)."""
    spent: Counter[str] = Counter()
    for case in ET.parse(report).iter("testcase"):
        spent[file_of(case.get("classname", ""))] += float(case.get("time") or 0.0)
    return {name: round(seconds, 1) for name, seconds in sorted(spent.items())}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    durations = seconds_per_file(Path(argv[0]))
    temporary = DURATIONS.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(durations, indent=1, sort_keys=True) + "\n")
    temporary.replace(DURATIONS)
    print(f"{len(durations)} files, {sum(durations.values()):.0f} s -> {DURATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
