"""What CI relies on: exit codes (2 for usage errors before any work, 1 when nothing could be
read or, with --strict, when anything was skipped, 0 otherwise), readable help, and output a
log keeps whole. Through the real app (CliRunner) and the installed console script."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify_claims import __version__
from verify_claims.cli import COMMANDS, app

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "examples" / "intermediate_tasks.txt"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, [str(arg) for arg in args])


def test_a_mistyped_command_exits_2_and_suggests_the_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("audti", "reports/")
    assert result.exit_code == 2
    assert "Did you mean 'audit'?" in result.output
    assert not (tmp_path / "audit").exists()
    result = invoke("chek", REPORT, "--baseline", "b.json")
    assert result.exit_code == 2 and "Did you mean 'check'?" in result.output


def test_a_word_close_to_a_command_that_is_a_folder_is_audited(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "audits").mkdir()
    shutil.copyfile(REPORT, tmp_path / "audits" / "r.txt")
    result = invoke("audits", "--offline", "--quiet")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "audit" / "claims.jsonl").is_file()


def test_a_missing_path_exits_2_before_any_work(tmp_path):
    out = tmp_path / "audit"
    for args in ([tmp_path / "missing"], [REPORT, tmp_path / "missing.txt"]):
        result = invoke("audit", *args, "--out", out, "--offline")
        assert result.exit_code == 2, result.output
        assert "missing" in result.output and "does not exist" in result.output
        assert not out.exists()
    assert invoke(tmp_path / "missing", "--out", out).exit_code == 2  # the shortcut
    assert invoke("extract", tmp_path / "missing").exit_code == 2
    assert invoke("check", tmp_path / "missing", "--baseline", tmp_path / "b.json") \
        .exit_code == 2


def test_bad_options_exit_2_before_any_work(tmp_path):
    out = tmp_path / "audit"
    assert invoke("audit", REPORT, "--out", out, "--no-such-option").exit_code == 2
    assert invoke("audit", REPORT, "--out", out, "--sources", REPORT).exit_code == 2  # a file
    assert invoke("extract", REPORT, "--kind", "poem").exit_code == 2
    assert invoke("reproduce", "planted-transfer", "--scale", "huge").exit_code == 2
    assert not out.exists()


def test_an_empty_folder_or_only_unreadable_files_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("audit", tmp_path / "empty", "--out", tmp_path / "audit")
    assert result.exit_code == 1 and "no report files" in result.output
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.pdf").write_bytes(b"")
    assert invoke("audit", tmp_path / "bad", "--out", tmp_path / "audit").exit_code == 1
    assert not (tmp_path / "audit").exists()


def test_strict_exits_1_when_an_input_was_skipped_but_still_writes_the_audit(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(REPORT, folder / "good.txt")
    (folder / "empty.pdf").write_bytes(b"")
    out = tmp_path / "audit"
    relaxed = invoke("audit", folder, "--out", out, "--offline", "--quiet")
    assert relaxed.exit_code == 0, relaxed.output
    assert "skipped: empty.pdf" in relaxed.output
    strict = invoke("audit", folder, "--out", out, "--offline", "--quiet", "--strict")
    assert strict.exit_code == 1
    assert "--strict: 1 of 2 input files were skipped" in strict.output
    assert (out / "claims.jsonl").is_file()
    # A run with nothing skipped passes --strict.
    assert invoke("audit", folder / "good.txt", "--out", out, "--offline", "--quiet",
                  "--strict").exit_code == 0


def test_check_takes_strict_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(REPORT, folder / "good.txt")
    (folder / "empty.pdf").write_bytes(b"")
    baseline = tmp_path / "baseline.json"
    assert invoke("check", folder, "--baseline", baseline, "--update", "--offline") \
        .exit_code == 0
    assert invoke("check", folder, "--baseline", baseline, "--offline").exit_code == 0
    assert invoke("check", folder, "--baseline", baseline, "--offline", "--strict") \
        .exit_code == 1


def test_outside_a_terminal_the_summary_is_one_plain_line_per_report(tmp_path):
    result = invoke("audit", REPORT, "--out", tmp_path / "audit", "--offline")
    assert result.exit_code == 0, result.output
    assert ("intermediate_tasks.txt: 8 claims, 1 cut, 6 marked ✓, 2 marked ×, 4 confirmed, "
            "3 contradicted, 1 unverified, 3 disagree") in result.output
    assert "┃" not in result.output and "│" not in result.output  # no table borders


def test_quiet_has_a_working_negative(tmp_path):
    out = tmp_path / "audit"
    quiet = invoke("audit", REPORT, "--out", out, "--offline", "-q")
    assert "8 claims, 1 cut" not in quiet.output
    loud = invoke("check", REPORT, "--baseline", tmp_path / "b.json", "--update", "--offline",
                  "--no-quiet")
    assert loud.exit_code == 0 and "8 claims, 1 cut" in loud.output
    assert "8 claims, 1 cut" not in invoke("check", REPORT, "--baseline", tmp_path / "b.json",
                                           "--offline").output  # check is quiet by default


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.strip() == f"verify-claims {__version__}"


def _help(*command: str) -> str:
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(COMMANDS))],
                         ids=lambda command: " ".join(command) or "top")
def test_help_shows_no_python_type_names(command):
    text = _help(*command)
    assert not re.search(r"<(bool|path|dir|int|str|text|list\[\w+\])>|list\[", text), text
    assert "[default: no-" not in text  # flags say their default in words, when at all


def test_top_level_help_documents_the_shortcut_and_the_exit_codes():
    text = _help()
    assert "verify-claims PATH...           is short for  verify-claims audit PATH..." in text
    assert "Exit status:" in text and "usage error" in text and "--strict" in text
    audit = _help("audit")
    assert "-q, --quiet / --no-quiet" in audit and "--strict" in audit
    assert "--absolute-paths" in audit and "Exit status:" in audit


def test_help_is_wrapped_to_the_terminal_not_at_the_source_line_breaks():
    for command in ([], ["audit"], ["check"]):
        narrow = runner.invoke(app, [*command, "--help"], terminal_width=80).output
        assert max(map(len, narrow.splitlines())) <= 80, narrow
    wide = runner.invoke(app, ["audit", "--help"], terminal_width=120).output
    # A docstring paragraph flows on past the source's line break after "recursively),".
    assert "searched recursively), extracts each claim" in wide


def test_the_console_script_exits_2_on_a_typo_and_on_a_missing_path(tmp_path):
    script = Path(sys.executable).with_name("verify-claims")
    if not script.exists():
        pytest.skip("the package is not installed with its console script")
    env = {**os.environ, "COLUMNS": "120"}
    typo = subprocess.run([str(script), "audti", "x"], capture_output=True, text=True,
                          timeout=60, env=env, cwd=tmp_path)
    assert typo.returncode == 2 and "Did you mean 'audit'?" in typo.stderr
    missing = subprocess.run([str(script), str(tmp_path / "nope.txt")], capture_output=True,
                             text=True, timeout=60, env=env, cwd=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
