"""The command line and the library call behind it, on real files (sqlite-utils style: every
documented command is exercised through the CLI and through the API)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from verify_claims.claims import Claim, Problem, Report, read_jsonl
from verify_claims.cli import SUMMARY_ROWS, _summary, app, summary_lines, summary_table
from verify_claims.pipeline import run_audit

runner = CliRunner()


def hostile_folder(tmp_path: Path, seeds_dir: Path) -> Path:
    """The five seeds plus files that cannot be read."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Claim\tVerified\tConfidence\nCaf\xe9 claim\t\u2713\t0.5\n"
                                        .encode("latin-1", errors="replace"))
    return folder


def test_audit_reads_what_it_can_and_names_what_it_skipped(tmp_path, seeds_dir):
    folder = hostile_folder(tmp_path, seeds_dir)
    out = tmp_path / "audit"
    result = runner.invoke(app, ["audit", str(folder), "--out", str(out), "--quiet",
                                 "--offline"])
    assert result.exit_code == 0, result.output
    claims = list(read_jsonl(out / "claims.jsonl", Claim))
    assert len(claims) == 58
    # Verdicts come from the bundled card of arXiv:2005.13013v2 (tests/test_seed_verdicts.py
    # pins them); the other papers the seeds cite are missing, never a failure.
    missing = [check for c in claims for check in c.checks if check.outcome == "source_missing"]
    assert missing and all(not check.decisive for check in missing)
    audit = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    skipped = {Path(p["file"]).name: p["message"] for p in audit["problems"]}
    assert set(skipped) == {"corrupt.pdf", "empty.pdf", "binary.txt", "latin1.txt"}
    assert "empty" in skipped["empty.pdf"]
    assert "UTF-8" in skipped["latin1.txt"]
    assert "binary" in skipped["binary.txt"]
    for name in skipped:
        assert name in result.output
    assert (out / "index.html").is_file()
    assert len(list((out / "reports").glob("*.html"))) == 5


def test_no_readable_input_exits_1_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    out = tmp_path / "audit"
    result = runner.invoke(app, ["audit", str(bad), "--out", str(out), "--offline"])
    assert result.exit_code == 1
    assert "bad.pdf" in result.output
    assert not out.exists()


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["audit", str(tmp_path), "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(tmp_path), "--kind", "poem"]).exit_code == 2


def test_default_command_through_the_console_script(tmp_path, seeds_dir):
    """`verify-claims PATH` (no subcommand) is the audit, through the installed entry point."""
    out = tmp_path / "audit"
    script = Path(sys.executable).with_name("verify-claims")
    env = {**os.environ, "COLUMNS": "200"}  # rich wraps the summary at the terminal width
    completed = subprocess.run([str(script), str(seeds_dir), "--out", str(out), "--offline"],
                               capture_output=True, text=True, timeout=120, env=env)
    assert completed.returncode == 0, completed.stderr
    assert "58 claims from 5 files" in completed.stderr
    assert "000_5034b50ff83d72d0.txt" in completed.stderr  # the summary table
    assert len((out / "claims.jsonl").read_text(encoding="utf-8").splitlines()) == 58


def test_extract_prints_jsonl(tmp_path, seeds_dir):
    result = runner.invoke(app, ["extract", str(seeds_dir / "001_d54276f01412e871.txt")])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    claims = [Claim.model_validate_json(line) for line in lines]
    assert len(claims) == 10
    assert sum(c.truncated for c in claims) == 9
    out = tmp_path / "c.jsonl"
    assert runner.invoke(app, ["extract", str(seeds_dir), "-o", str(out)]).exit_code == 0
    assert len(list(read_jsonl(out, Claim))) == 58


def test_schema_command_writes_the_committed_schemas(tmp_path):
    result = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0
    committed = Path(__file__).resolve().parents[1] / "claims" / "schema"
    for path in sorted(tmp_path.glob("*.schema.json")):
        assert path.read_text(encoding="utf-8") == (committed / path.name).read_text("utf-8")


def test_run_audit_api_matches_cli(tmp_path, seeds_dir):
    audit = run_audit([seeds_dir], out=tmp_path / "audit", offline=True)
    assert [len(r.claims) for r in audit.reports] == [21, 10, 9, 9, 9]
    assert audit.problems == []
    assert (tmp_path / "audit" / "claims.jsonl") in audit.written


def test_the_terminal_table_lists_forty_reports_but_every_problem_is_kept():
    reports = [Report(file=f"r{n:02d}.txt", path=f"r{n:02d}.txt", format="text")
               for n in range(SUMMARY_ROWS + 5)]
    last = Problem(file="r44.txt", message="no claims table found", severity="warning")
    reports[-1].problems.append(last)
    rows, left_out, problems = _summary(iter(reports))  # one pass: an iterator allows no two
    assert problems == [last]
    table = summary_table(rows, left_out)
    assert len(table.rows) == SUMMARY_ROWS
    assert table.caption == "… and 5 more reports (index.html lists them all)"
    lines = summary_lines(rows, left_out)
    assert len(lines) == SUMMARY_ROWS + 1 and lines[-1] == table.caption
    assert lines[0] == ("r00.txt: 0 claims, 0 cut, 0 marked ✓, 0 marked ×, 0 confirmed, "
                        "0 contradicted, 0 unverified, 0 disagree")
