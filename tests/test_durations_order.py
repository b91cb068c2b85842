"""The test files run heaviest first (tests/conftest.py: file_order), from the seconds
tests/record_durations.py writes out of a JUnit report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import UNRECORDED_FILE_SECONDS, file_order

sys.path.insert(0, str(Path(__file__).resolve().parent))
import record_durations  # noqa: E402


def test_heaviest_files_first_each_once():
    durations = {"tests/test_a.py": 2.0, "tests/test_b.py": 90.0, "tests/test_c.py": 40.0}
    paths = ["tests/test_a.py", "tests/test_a.py", "tests/test_b.py", "tests/test_c.py",
             "tests/test_new.py"]
    assert file_order(paths, durations) == [
        "tests/test_b.py", "tests/test_c.py", "tests/test_new.py", "tests/test_a.py"]
    assert 2.0 < UNRECORDED_FILE_SECONDS < 40.0  # a new file goes among the heavy ones


def test_ties_go_by_name():
    durations = {"tests/test_z.py": 5.0, "tests/test_m.py": 5.0}
    assert file_order(["tests/test_z.py", "tests/test_m.py"], durations) == [
        "tests/test_m.py", "tests/test_z.py"]


def test_junit_report_gives_seconds_per_file(tmp_path):
    report = tmp_path / "junit.xml"
    report.write_text(
        '<testsuites><testsuite name="pytest">'
        '<testcase classname="tests.test_plan" name="test_one" time="1.25"/>'
        '<testcase classname="tests.test_plan.TestGroup" name="test_two" time="2.5"/>'
        '<testcase classname="tests.test_cli" name="test_three" time="0.5"/>'
        '</testsuite></testsuites>')
    assert record_durations.seconds_per_file(report) == {
        "tests/test_cli.py": 0.5, "tests/test_plan.py": 3.8}


def test_this_run_is_ordered_by_the_recorded_figures(request):
    """The hook is live: the session's items come in file_order of the recorded seconds."""
    durations = json.loads(record_durations.DURATIONS.read_text())
    root = Path(str(request.config.rootpath))
    seen = list(dict.fromkeys(Path(str(item.path)).resolve().relative_to(root).as_posix()
                              for item in request.session.items))
    assert seen == file_order(seen, durations)
