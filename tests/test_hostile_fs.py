"""Hostile file systems (issue 14, items 2, 5, 8, 10 and 11): what lies in the folders the user
gives must never hang the run, exhaust its memory, let it read outside those folders, or make
it delete a file it did not write; two runs writing one output take turns.

The links, pipes and deep recipes are made by tests/hostile/special_files.py at test time. The
cases that hung or exhausted memory before the fix run in a subprocess with a timeout and a
memory limit, so that a regression fails the test instead of taking the test run down.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify_claims.claims import OutputError, staged_folder
from verify_claims.claims.folders import MANIFEST
from verify_claims.claims.fs import LOCK_TIMEOUT_ENV, UnsafeFile, lock_path, read_regular_file
from verify_claims.cli import app
from verify_claims.extract.files import iter_input_files
from verify_claims.pipeline import run_audit
from verify_claims.reports.baseline import Baseline, read_baseline, write_baseline
from verify_claims.reproduce.registry import Registry
from verify_claims.verify.sources import SourceResolver

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "intermediate_tasks.txt"
runner = CliRunner()

spec = importlib.util.spec_from_file_location(
    "special_files", ROOT / "tests" / "hostile" / "special_files.py")
special = importlib.util.module_from_spec(spec)
spec.loader.exec_module(special)


def run_python(code: str, timeout: float = 60, memory: int = 2 << 30,
               cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter limited to `memory` bytes of address space."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limit, cwd=cwd)


def beside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- item 2: the results store reads regular files only ------------------------------------


def test_results_store_skips_devices_pipes_big_files_and_links_out(tmp_path):
    runs = tmp_path / "runs"
    made = special.results_store(runs)
    try:
        done = run_python(f"""
            import json
            from verify_claims.reproduce.results import ResultsStore
            store = ResultsStore({str(runs)!r})
            results = store.load_all()
            print(json.dumps({{"seeds": [r.seed for r in results],
                              "problems": {{p.file: p.message for p in store.problems}}}}))
            """, timeout=60, memory=1 << 30)
    except subprocess.TimeoutExpired:
        pytest.fail("reading the results store hung (a named pipe or /dev/zero was read)")
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["seeds"] == [1]
    problems = answer["problems"]
    assert set(problems) == {str(made[name]) for name in
                             ("dev-zero", "fifo", "oversized", "link-out")}
    assert "/dev/zero" in problems[str(made["dev-zero"])]  # a link out of the folder
    assert "named pipe" in problems[str(made["fifo"])]
    assert "more than the" in problems[str(made["oversized"])]
    assert "outside the results folder" in problems[str(made["link-out"])]


def test_only_regular_files_are_opened_and_read_up_to_their_cap(tmp_path):
    with pytest.raises(UnsafeFile, match="character device"):
        read_regular_file("/dev/zero", 1_000)
    os.mkfifo(tmp_path / "pipe")  # no writer: a blocking open would never return
    with pytest.raises(UnsafeFile, match="named pipe"):
        read_regular_file(tmp_path / "pipe", 1_000)
    (tmp_path / "big").write_bytes(b"x" * 1_001)
    with pytest.raises(UnsafeFile, match="1,001 bytes, more than the 1,000"):
        read_regular_file(tmp_path / "big", 1_000)
    assert read_regular_file(tmp_path / "big", 1_001) == b"x" * 1_001


def test_an_audit_started_beside_a_hostile_runs_folder_completes(tmp_path):
    """The audit reads runs/ of the folder it starts in by default."""
    special.results_store(tmp_path / "runs")
    command = [sys.executable, "-m", "verify_claims.cli", "audit", str(GOOD), "--offline",
               "--quiet", "--out", str(tmp_path / "audit")]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              cwd=tmp_path, preexec_fn=lambda: resource.setrlimit(
                                  resource.RLIMIT_AS, (3 << 30, 3 << 30)))
    except subprocess.TimeoutExpired:
        pytest.fail("the audit hung on runs/")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "named pipe" in done.stderr and "/dev/zero" in done.stderr
    assert (tmp_path / "audit" / "claims.jsonl").is_file()


# --- item 5: only files the tool wrote are ever deleted ---------------------------------------


def write_run(out: Path, pages: dict[str, str]) -> None:
    with staged_folder(out) as staging:
        for name, text in pages.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8")


def test_user_files_folders_and_links_in_out_survive_and_stale_pages_go(tmp_path):
    out = tmp_path / "audit"
    write_run(out, {"index.html": "1", "reports/a.html": "1", "reports/b.html": "1"})
    precious = tmp_path / "precious.txt"
    precious.write_text("mine", encoding="utf-8")
    (out / "reports" / "archive" / "2024").mkdir(parents=True)
    (out / "reports" / "archive" / "2024" / "q1.html").write_text("mine", encoding="utf-8")
    (out / "empty-folder").mkdir()
    (out / "reports" / "link.html").symlink_to(precious)
    (out / "reports" / "b.html").write_text("edited by the user", encoding="utf-8")
    write_run(out, {"index.html": "2", "reports/c.html": "2"})
    assert (out / "reports" / "archive" / "2024" / "q1.html").read_text() == "mine"
    assert (out / "empty-folder").is_dir()
    assert (out / "reports" / "link.html").is_symlink() and precious.read_text() == "mine"
    assert (out / "reports" / "b.html").read_text() == "edited by the user"  # changed: kept
    assert not (out / "reports" / "a.html").exists()  # ours, unchanged, not written again
    assert (out / "index.html").read_text() == "2" and (out / "reports" / "c.html").is_file()
    assert not [name for name in beside(tmp_path) if ".staging-" in name or ".old-" in name]


def test_an_empty_user_folder_is_kept_not_replaced(tmp_path):
    out = tmp_path / "audit"
    (out / "keep").mkdir(parents=True)
    write_run(out, {"index.html": "1"})
    write_run(out, {"index.html": "2"})
    assert (out / "keep").is_dir() and (out / "index.html").read_text() == "2"


def test_a_forged_manifest_deletes_nothing_of_the_user(tmp_path):
    out = tmp_path / "audit"
    write_run(out, {"index.html": "1"})
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    info = os.stat(out / "notes.txt")
    forged = {"format": 1, "files": {"../victim.txt": [4, 0, 0], "/etc/hostname": [1, 1, 1],
                                     "notes.txt": [info.st_size, 1, info.st_ino]},
              "folders": [".."]}
    (out / MANIFEST).write_text(json.dumps(forged), encoding="utf-8")
    write_run(out, {"index.html": "2"})
    assert victim.read_text() == "mine" and (out / "notes.txt").read_text() == "mine"


def test_a_link_where_a_page_goes_stops_the_run_before_anything_moves(tmp_path):
    out = tmp_path / "audit"
    write_run(out, {"index.html": "1"})
    precious = tmp_path / "precious.html"
    precious.write_text("mine", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(precious)
    with pytest.raises(OutputError, match="symbolic link"):
        write_run(out, {"index.html": "2", "reports/a.html": "2"})
    assert precious.read_text() == "mine" and (out / "index.html").is_symlink()
    assert not (out / "reports").exists()
    assert not [name for name in beside(tmp_path) if ".staging-" in name]


def test_out_that_is_a_link_to_a_folder_is_written_through(tmp_path):
    real = tmp_path / "shared-audit"
    real.mkdir()
    link = tmp_path / "audit"
    link.symlink_to(real, target_is_directory=True)
    run_audit([GOOD], out=link, offline=True, results=None)
    run_audit([GOOD], out=link, offline=True, results=None)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert (real / "claims.jsonl").is_file() and (real / "index.html").is_file()


def test_a_linked_baseline_is_written_through(tmp_path):
    real = tmp_path / "shared" / "baseline.json"
    real.parent.mkdir()
    write_baseline(real, Baseline(claims=[]))
    link = tmp_path / "baseline.json"
    link.symlink_to(real)
    result = runner.invoke(app, ["check", str(GOOD), "--baseline", str(link), "--update",
                                 "--offline", "--quiet", "--results", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert len(read_baseline(real).claims) == 8


# --- item 8: links out of the given folders are not followed ------------------------------------


def test_input_links_out_of_the_folder_are_skipped_and_recorded(tmp_path):
    secret = special.secret_file(tmp_path / "elsewhere")
    made = special.linked_inputs(tmp_path / "inputs", secret)
    skipped = []
    files = list(iter_input_files([tmp_path / "inputs"], skipped=skipped))
    assert made["file-out"] not in files
    assert made["link-in"] in files and made["inside-target"] in files
    assert {Path(link.path) for link in skipped} == {made["file-out"], made["folder-out"]}
    followed = list(iter_input_files([tmp_path / "inputs"], follow_links=True))
    assert made["file-out"] in followed
    assert made["folder-out"] / "hidden-paper.txt" in followed


def test_an_audit_never_puts_a_linked_file_from_elsewhere_in_its_outputs(tmp_path):
    secret = special.secret_file(tmp_path / "elsewhere")
    inputs = tmp_path / "inputs"
    special.linked_inputs(inputs, secret)
    (inputs / "report.txt").write_bytes(GOOD.read_bytes())
    audit = run_audit([inputs], out=tmp_path / "audit", offline=True, results=None)
    written = "".join(path.read_text(encoding="utf-8") for path in audit.written)
    assert "secret-first-line" not in written
    document = json.loads((tmp_path / "audit" / "audit.json").read_text(encoding="utf-8"))
    assert document["links"]["follow_links"] is False
    assert {Path(link["path"]).name for link in document["links"]["skipped"]} == \
        {"passwd.txt", "linked-folder"}
    assert any("not followed" in problem["message"] and "--follow-links" in problem["message"]
               for problem in document["problems"])
    followed = run_audit([inputs], out=tmp_path / "followed", offline=True, results=None,
                         follow_links=True)
    assert json.loads((tmp_path / "followed" / "audit.json").read_text())["links"] == \
        {"follow_links": True, "skipped": []}
    assert any("secret-first-line" in (report.title or "") for report in followed.reports)


def test_a_folder_of_only_links_out_says_why_nothing_was_read(tmp_path):
    secret = special.secret_file(tmp_path / "elsewhere")
    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs" / "passwd.txt").symlink_to(secret)
    result = runner.invoke(app, ["audit", str(tmp_path / "inputs"), "--out",
                                 str(tmp_path / "audit"), "--offline", "--quiet"])
    assert result.exit_code == 1, result.output
    assert "1 symbolic links that lead out of them were not followed" in \
        " ".join(result.output.split())
    assert not (tmp_path / "audit").exists()


def test_a_source_file_linking_out_of_sources_is_not_quoted(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("anything at all", encoding="utf-8")
    (sources / "2101.00001v1.txt").symlink_to(elsewhere)
    (sources / "2101.00002v1.txt").write_text("a paper", encoding="utf-8")
    resolver = SourceResolver(sources_dir=sources, offline=True, cache_dir=tmp_path / "cache")
    assert [Path(link.path).name for link in resolver.skipped_links] == ["2101.00001v1.txt"]
    from verify_claims.claims import Reference

    def resolve(arxiv_id: str, r: SourceResolver):
        return r.resolve(Reference(raw=f"arXiv:{arxiv_id}v1", kind="arxiv", arxiv_id=arxiv_id,
                                   version=1))
    assert not resolve("2101.00001", resolver).found
    assert resolve("2101.00002", resolver).found
    following = SourceResolver(sources_dir=sources, offline=True, cache_dir=tmp_path / "cache",
                               follow_links=True)
    assert resolve("2101.00001", following).found and following.skipped_links == []


# --- item 10: clear errors, the right exit status, nothing left behind --------------------------


def test_out_naming_an_existing_file_is_a_usage_error(tmp_path):
    out = tmp_path / "audit"
    out.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(GOOD), "--out", str(out), "--offline", "--quiet",
                                 "--results", str(tmp_path / "none")])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "is a file, not a folder" in result.output
    assert out.read_text() == "mine" and beside(tmp_path) == ["audit"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_an_unwritable_out_exits_1_with_a_message(tmp_path):
    out = Path("/proc/verify-claims-cannot-write-here/audit")  # unwritable even for root
    result = runner.invoke(app, ["audit", str(GOOD), "--out", str(out), "--offline", "--quiet",
                                 "--results", str(tmp_path / "none")])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "cannot write the output folder" in result.output


def test_unwritable_out_inside_a_writable_folder_leaves_nothing(tmp_path, monkeypatch):
    """The disk fills up while the pages are written: exit 1, no staging folder left."""
    import verify_claims.reports.html as html

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html.AuditPages, "finish", full)
    result = runner.invoke(app, ["audit", str(GOOD), "--out", str(tmp_path / "audit"),
                                 "--offline", "--quiet", "--results", str(tmp_path / "none")])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.output
    assert [name for name in beside(tmp_path) if not name.endswith(".lock")] == []


def test_a_deeply_nested_recipe_is_skipped_and_the_others_load(tmp_path):
    deep = special.deep_recipe(tmp_path / "recipes")
    registry = Registry([tmp_path / "recipes"])
    assert "planted-transfer" in registry and len(registry) >= 2
    assert [Path(error.path) for error in registry.problems] == [deep]
    assert "nested too deeply" in str(registry.problems[0])


# --- item 11: runs writing one output take turns ---------------------------------------------


WRITER = """
    import json, os, sys, time
    from verify_claims.claims import staged_folder
    run, out = sys.argv[1], sys.argv[2]
    real_replace = os.replace
    def slow_replace(source, destination):  # widens the window a race needs
        real_replace(source, destination)
        time.sleep(0.05)
    os.replace = slow_replace
    ready = os.path.join(os.path.dirname(out), f"ready-{run}")
    open(ready, "w").close()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum(
            name.startswith("ready-") for name in os.listdir(os.path.dirname(out))) < 4:
        time.sleep(0.01)  # all four writers start their commits together
    with staged_folder(out) as staging:
        (staging / "reports").mkdir()
        for page in range(6):
            (staging / "reports" / f"{run}-{page}.html").write_text(run)
        (staging / "claims.jsonl").write_text(json.dumps({"run": run}) + "\\n")
        (staging / "audit.json").write_text(json.dumps({"run": run}))
    """


def test_four_concurrent_writers_leave_one_runs_files(tmp_path):
    out = tmp_path / "audit"
    out.mkdir()
    (out / "mine.txt").write_text("mine", encoding="utf-8")  # so the folder is merged
    processes = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(WRITER), str(run),
                                   str(out)], stderr=subprocess.PIPE, text=True)
                 for run in range(4)]
    errors = [process.communicate(timeout=120)[1] for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, errors
    claims = json.loads((out / "claims.jsonl").read_text())["run"]
    assert json.loads((out / "audit.json").read_text())["run"] == claims
    assert sorted(p.name for p in (out / "reports").iterdir()) == \
        [f"{claims}-{page}.html" for page in range(6)]
    assert (out / "mine.txt").read_text() == "mine"
    assert any("being written by another run" in error for error in errors)


HOLDER = """
    import sys, time
    from verify_claims.claims.fs import locked
    with locked(sys.argv[1], "test"):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
    """


def hold_lock(target: Path, seconds: float) -> subprocess.Popen:
    """Another process holding the lock of `target` for `seconds`."""
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(HOLDER), str(target),
                                str(seconds)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_an_audit_waits_for_the_holder_then_fails_naming_it(tmp_path, monkeypatch):
    out = tmp_path / "audit"
    holder = hold_lock(out, 60)
    try:
        monkeypatch.setenv(LOCK_TIMEOUT_ENV, "1")
        result = runner.invoke(app, ["audit", str(GOOD), "--out", str(out), "--offline",
                                     "--quiet", "--results", str(tmp_path / "none")])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1, result.output
    assert f"process {holder.pid}" in result.output
    assert "being written by another run" in result.output and str(lock_path(out)) in \
        result.output.replace("\n", "")
    assert not out.exists()


def test_two_baseline_updates_take_turns(tmp_path, monkeypatch):
    baseline = tmp_path / "baseline.json"
    holder = hold_lock(baseline, 60)
    try:
        monkeypatch.setenv(LOCK_TIMEOUT_ENV, "0.5")
        blocked = runner.invoke(app, ["check", str(GOOD), "--baseline", str(baseline),
                                      "--update", "--offline", "--quiet",
                                      "--results", str(tmp_path / "none")])
    finally:
        holder.kill()
        holder.wait()
    assert blocked.exit_code == 1, blocked.output
    assert f"process {holder.pid}" in blocked.output and not baseline.exists()
    holder = hold_lock(baseline, 1.5)
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "60")
    started = time.monotonic()
    waited = runner.invoke(app, ["check", str(GOOD), "--baseline", str(baseline), "--update",
                                 "--offline", "--quiet", "--results", str(tmp_path / "none")])
    holder.wait()
    assert waited.exit_code == 0, waited.output
    assert "waiting up to 60 s" in waited.output and time.monotonic() - started >= 1
    assert len(read_baseline(baseline).claims) == 8
