"""Locks that keep concurrent `reproduce` processes out of each other's run folders.

Two processes training into one folder read each other's half-written checkpoints (the
symptom is a `SafetensorError`), and two that save one result file race. Each run, and each
shared baseline arm, therefore holds a `filelock` lock next to its folder while it works:

- a run (recipe, scale, seed) that another process holds is not started twice: `hold(...,
  wait=False)` raises `Busy`, whose message names the lock and the process holding it;
- a shared baseline arm is waited for (`wait=True`): the other process is computing exactly
  what this one needs, and it is reused once finished.

The lock file itself stays behind (deleting it would let a third process lock a different
inode); `<lock>.owner` says who holds it, for the message.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)


class Busy(RuntimeError):
    """Another process holds the lock of a run folder."""


def _owner_file(lock: Path) -> Path:
    return lock.with_name(lock.name + ".owner")


def holder(lock: Path) -> str:
    """Who holds `lock`, as its owner file says ("pid 123 on host-a since 10:41:07 UTC")."""
    try:
        return _owner_file(lock).read_text(encoding="utf-8").strip() or "another process"
    except OSError:
        return "another process"


@contextmanager
def hold(lock: Path, what: str, wait: bool) -> Iterator[None]:
    """Hold the lock file `lock` for `what` (e.g. "run phang2020-squad seed 1") while the
    block runs. Not waiting, a held lock raises `Busy`; waiting, a warning says whom this
    process waits for before it blocks."""
    lock = Path(lock)
    lock.parent.mkdir(parents=True, exist_ok=True)
    file_lock = FileLock(str(lock))
    try:
        file_lock.acquire(timeout=0)
    except Timeout:
        message = f"{what} is held by {holder(lock)} (lock file {lock})"
        if not wait:
            raise Busy(message) from None
        log.warning("waiting: %s", message)
        file_lock.acquire()
    try:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
        with suppress(OSError):
            _owner_file(lock).write_text(f"pid {os.getpid()} on {socket.gethostname()} "
                                         f"since {stamp}\n", encoding="utf-8")
        yield
    finally:
        with suppress(OSError):
            _owner_file(lock).unlink()
        file_lock.release()
