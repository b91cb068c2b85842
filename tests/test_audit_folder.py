"""The audit folder is written as one unit, and reading in parallel changes nothing.

An interrupted run must leave the previous audit as it was (issue 5): outputs go to a staging
folder that replaces the audit folder once complete. These tests interrupt real runs, by an
exception in the middle of rendering and by killing the process at several moments."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from verify_claims import pipeline
from verify_claims.claims import Claim, staged_folder
from verify_claims.claims.folders import MANIFEST
from verify_claims.pipeline import read_reports, run_audit

ROOT = Path(__file__).resolve().parents[1]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden ones too) and the hash of its bytes; the manifest of
    what a run wrote is left out (it holds modification times and inodes)."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != MANIFEST}


def beside(folder: Path) -> list[str]:
    """What lies in `folder`, less the lock files that runs into its subfolders leave."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


# --- staged_folder ------------------------------------------------------------------------


def test_a_missing_target_appears_whole(tmp_path):
    with staged_folder(tmp_path / "out") as staging:
        (staging / "a.txt").write_text("new", encoding="utf-8")
        assert not (tmp_path / "out").exists()
    assert snapshot(tmp_path / "out") == snapshot(staging.parent / "out")
    assert beside(tmp_path) == ["out"]  # no staging folder left behind


def test_an_owned_target_is_replaced_whole_so_stale_pages_go(tmp_path):
    out = tmp_path / "out"
    with staged_folder(out) as staging:
        (staging / "reports").mkdir()
        (staging / "index.html").write_text("old", encoding="utf-8")
        (staging / "reports" / "gone.html").write_text("old", encoding="utf-8")
    inode = out.stat().st_ino
    with staged_folder(out) as staging:
        (staging / "index.html").write_text("new", encoding="utf-8")
    assert out.stat().st_ino != inode  # replaced whole, by a rename
    assert snapshot(out).keys() == {"index.html"} and not (out / "reports").exists()
    assert (out / "index.html").read_text(encoding="utf-8") == "new"
    assert beside(tmp_path) == ["out"]


def test_folders_left_by_a_killed_run_are_removed_by_the_next(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    left = [tmp_path / f".out.staging-{dead_pid}-x1", tmp_path / f".out.old-{dead_pid}-x2"]
    live = tmp_path / f".out.staging-{os.getpid()}-x3"  # a run still going: left alone
    unrelated = [tmp_path / f".outer.staging-{dead_pid}-x4", tmp_path / ".out.notes-1-x"]
    for folder in [*left, live, *unrelated]:
        folder.mkdir()
        (folder / "index.html").write_text("half", encoding="utf-8")
    with staged_folder(tmp_path / "out") as staging:
        (staging / "index.html").write_text("new", encoding="utf-8")
    names = set(beside(tmp_path))
    assert names == {"out", live.name, *(folder.name for folder in unrelated)}


def test_a_folder_holding_user_files_keeps_them(tmp_path):
    """`--out .` must never delete what the user keeps there, even under reports/."""
    out = tmp_path / "out"
    (out / "reports").mkdir(parents=True)
    (out / "reports" / "my-report.txt").write_text("precious", encoding="utf-8")
    (out / "index.html").write_text("old", encoding="utf-8")
    with staged_folder(out) as staging:
        (staging / "reports").mkdir()
        (staging / "reports" / "page.html").write_text("new", encoding="utf-8")
        (staging / "index.html").write_text("new", encoding="utf-8")
    assert (out / "reports" / "my-report.txt").read_text(encoding="utf-8") == "precious"
    assert (out / "index.html").read_text(encoding="utf-8") == "new"
    assert (out / "reports" / "page.html").is_file()
    assert beside(tmp_path) == ["out"]


def test_an_error_inside_leaves_the_target_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("old", encoding="utf-8")
    before = snapshot(out)
    with pytest.raises(RuntimeError), staged_folder(out) as staging:
        (staging / "index.html").write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert snapshot(out) == before
    assert beside(tmp_path) == ["out"]


# --- interrupted audits -------------------------------------------------------------------


def test_an_audit_interrupted_while_rendering_leaves_the_previous_one(tmp_path, monkeypatch,
                                                                      seeds_dir):
    out = tmp_path / "audit"
    run_audit([ROOT / "examples"], out=out, offline=True, results=None)
    before = snapshot(out)
    real_finish = pipeline.AuditPages.finish

    def finish_then_interrupt(pages, problems=()):
        real_finish(pages, problems)  # every page written, then ^C
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.AuditPages, "finish", finish_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        run_audit([seeds_dir], out=out, offline=True, results=None)
    assert snapshot(out) == before
    assert beside(tmp_path) == ["audit"]


def test_a_killed_audit_leaves_the_previous_or_the_next_never_a_mix(tmp_path, seeds_dir,
                                                                     monkeypatch):
    """SIGKILL at several moments of a real CLI run over 40 reports: whenever it lands, the
    audit folder holds exactly the old files or exactly the new ones."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1782000000")  # every run writes the same date
    corpus = tmp_path / "corpus"
    for copy in range(8):
        shutil.copytree(seeds_dir, corpus / f"copy{copy}")
    out = tmp_path / "audit"
    run_audit([ROOT / "examples"], out=out, offline=True, results=None)
    old = snapshot(out)
    command = [sys.executable, "-m", "verify_claims.cli", "audit", str(corpus), "--out", str(out),
               "--offline", "--quiet", "--results", str(tmp_path / "no-runs")]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    full_run = time.perf_counter() - started
    new = snapshot(out)
    assert new != old
    outcomes = set()
    present = set(beside(tmp_path))
    # The first kill lands while the run writes its staging folder (found by polling, not by
    # the clock, so a loaded machine cannot move it past the swap): that must leave the old
    # files. The others land at fractions of the first run's time, wherever that falls.
    for fraction in (None, 0.4, 0.8, 0.9, 0.97):
        shutil.rmtree(out)
        run_audit([ROOT / "examples"], out=out, offline=True, results=None)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        if fraction is None:
            deadline = time.monotonic() + 300
            while not set(beside(tmp_path)) - present and process.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(0.002)
        else:
            time.sleep(full_run * fraction)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        now = snapshot(out)
        assert now in (old, new), f"a mix after a kill at {fraction or 'staging'} of the run"
        outcomes.add("old" if now == old else "new")
        if fraction is None:
            assert now == old, "a kill while the staging folder was written kept the new files"


# --- parallel reading ---------------------------------------------------------------------


def test_reading_in_parallel_gives_the_same_records_in_the_same_order(tmp_path, seeds_dir):
    corpus = tmp_path / "corpus"
    for copy in range(pipeline.PARALLEL_MIN_FILES // 5 + 1):
        shutil.copytree(seeds_dir, corpus / f"copy{copy:02d}")
    shutil.copy(ROOT / "examples" / "fictional_paper.pdf", corpus)  # a paper: own tables
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    serial = read_reports([corpus], workers=1)
    parallel = read_reports([corpus], workers=2)
    assert len(serial.reports) >= pipeline.PARALLEL_MIN_FILES
    assert [r.model_dump() for r in parallel.reports] == [r.model_dump() for r in serial.reports]
    assert parallel.problems == serial.problems and len(serial.problems) == 1
    paper = next(r for r in parallel.reports if r.kind == "paper")
    assert any(check.kind == "table" for claim in paper.claims for check in claim.checks)


# --- records streamed through disk (bounded memory) ----------------------------------------


def live_claims() -> int:
    return sum(type(thing) is Claim for thing in gc.get_objects())


@pytest.fixture
def forty_reports(tmp_path, seeds_dir) -> Path:
    corpus = tmp_path / "corpus"
    for copy in range(8):
        shutil.copytree(seeds_dir, corpus / f"copy{copy}")
    return corpus


def test_a_run_holds_one_batch_of_claims_not_the_corpus(forty_reports, tmp_path, monkeypatch):
    """Records go to disk as each file is read and come back a batch at a time: the number of
    live claim objects at any stage stays near the batch size, whatever the corpus size."""
    batch = 40
    monkeypatch.setattr(pipeline, "BATCH_CLAIMS", batch)
    seen: list[int] = []
    real_verify, real_add = pipeline.Verifier.verify, pipeline.AuditPages.add

    def counting_verify(verifier, claims):
        seen.append(live_claims())
        real_verify(verifier, claims)

    def counting_add(pages, report, name, sources=None):
        seen.append(live_claims())
        return real_add(pages, report, name, sources)

    monkeypatch.setattr(pipeline.Verifier, "verify", counting_verify)
    monkeypatch.setattr(pipeline.AuditPages, "add", counting_add)
    gc.collect()
    before = live_claims()
    audit = run_audit([forty_reports], out=tmp_path / "audit", offline=True, results=None)
    corpus_claims = audit.reports.claim_count
    assert len(audit.reports) == 40 and corpus_claims > 10 * batch
    assert len(seen) > 40
    # Two batches may be alive at once (the next is read before the last is dropped), each
    # ending with a report of up to 21 claims.
    assert max(seen) - before <= 2 * (batch + 21), (str(seen), corpus_claims)


def test_batch_size_changes_no_byte_of_the_audit(forty_reports, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1782000000")  # both runs write the same date
    run_audit([forty_reports], out=tmp_path / "whole", offline=True, results=None)
    monkeypatch.setattr(pipeline, "BATCH_CLAIMS", 7)
    run_audit([forty_reports], out=tmp_path / "batched", offline=True, results=None)
    whole, batched = snapshot(tmp_path / "whole"), snapshot(tmp_path / "batched")
    assert len(whole) == 43 and whole == batched


def test_the_audit_is_readable_by_others_as_a_plain_write_would_make_it(tmp_path):
    """Temporary files are private (0600); a published audit must not be (umask 022: 0644)."""
    previous = os.umask(0o022)
    try:
        run_audit([ROOT / "examples"], out=tmp_path / "audit", offline=True, results=None)
    finally:
        os.umask(previous)
    modes = {path.relative_to(tmp_path).as_posix(): path.stat().st_mode & 0o777
             for path in [tmp_path / "audit", *(tmp_path / "audit").rglob("*")]}
    assert modes["audit"] == modes["audit/reports"] == 0o755
    assert {mode for name, mode in modes.items() if name.endswith((".html", ".json", ".jsonl"))} \
        == {0o644}
