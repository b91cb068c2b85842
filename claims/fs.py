"""Reading untrusted folders safely, and locking what a run writes (issue 14).

Folders a user points the tool at (`--results`, `--sources`, the input folders) may hold
anything: a `seed-1.json` that is a link to `/dev/zero` (an endless read) or a named pipe (a
read that never returns), or a link to a file outside the folder (`/etc/passwd` named
`paper.txt`). The helpers here are the one place that decides what may be read:

* `read_regular_file` opens only regular files, never blocks on a pipe, and refuses files over
  a size cap, so a hostile file costs a message, not the run;
* `outside` tells whether a path found in a folder leads, through a symbolic link, out of that
  folder; such links are skipped (unless the user asks to follow them) and each skip becomes a
  `SkippedLink` that the run prints and records in `audit.json`;
* `locked` serialises the runs that write one output (an audit folder, a baseline) with
  `filelock`, and says which run holds the lock while another one waits.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from .jsonl import write_atomic
from .models import Printable, Record

LOCK_TIMEOUT_ENV = "VERIFY_CLAIMS_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 600.0  # seconds a run waits for another one writing the same output


class UnsafeFile(ValueError):
    """A file that is not read: not a regular file, or larger than its cap. The message says
    which and why, without the path (callers name the file)."""


class OutputError(ValueError):
    """The output path cannot be used as asked (it is a file; a link, folder or pipe of the
    user's sits where the audit puts a file): a usage error, exit status 2."""


class OutputWriteError(RuntimeError):
    """The output could not be written (no permission, disk full, locked by another run for
    too long): exit status 1. Nothing of the run is left behind."""


class OutputLocked(OutputWriteError):
    """Another run kept an output locked for longer than this run was willing to wait, or its
    lock file cannot be made."""


class SkippedLink(Record):
    """A symbolic link that was not followed because it leads out of the folder it was found in
    (`--sources`, an input folder, `--results`)."""

    path: Printable  # the link, as found in the folder
    target: Printable  # where it leads
    folder: Printable  # the folder it was found in, which it leaves
    reason: Printable = "leads outside the folder it was found in"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words, for a message."""
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes.

    The file is checked before it is opened (a device is never opened) and again on the open
    descriptor, which is opened non-blocking (a pipe swapped in between cannot hang the read);
    at most `limit + 1` bytes are read, so a file that grows meanwhile cannot exhaust memory.
    Raises UnsafeFile, or OSError when the file cannot be read."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"{file_kind(info.st_mode)}, not a regular file; it was not read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(f"{file_kind(info.st_mode)}, not a regular file; it was not read")
        if info.st_size > limit:
            raise UnsafeFile(f"{info.st_size:,} bytes, more than the {limit:,} allowed; "
                             "it was not read")
        os.set_blocking(descriptor, True)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise UnsafeFile(f"grew past the {limit:,} bytes allowed while it was read; "
                         "it was not read")
    return data


def outside(path: Path | str, folder: Path | str) -> Path | None:
    """Where `path` really leads when that is outside `folder` (through a symbolic link on the
    way); None when it stays inside. Links that stay inside the folder are harmless."""
    real_folder = os.path.realpath(folder)
    real = os.path.realpath(path)
    if real == real_folder or real.startswith(real_folder.rstrip(os.sep) + os.sep):
        return None
    return Path(real)


def skipped_link(path: Path, folder: Path, target: Path) -> SkippedLink:
    return SkippedLink(path=str(path), target=str(target), folder=str(folder))


def lock_timeout() -> float:
    """How long a run waits for another one holding its output: $VERIFY_CLAIMS_LOCK_TIMEOUT
    seconds, else DEFAULT_LOCK_TIMEOUT."""
    try:
        return max(0.0, float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT)))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def lock_path(target: Path | str) -> Path:
    """The lock file of an output: hidden, beside it (`.audit.lock` beside `audit/`), so that
    replacing the audit folder by a rename never moves the lock away."""
    target = Path(os.path.abspath(target))
    return target.parent / f".{target.name}.lock"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def locked(target: Path | str, what: str, timeout: float | None = None,
           notify: Callable[[str], None] = _say) -> Iterator[Path]:
    """Hold the lock of `target` (an output folder or file) for the block.

    When another run holds it, `notify` is told who (process id, host, since when, as that run
    wrote beside the lock) and this run waits up to `timeout` seconds (default `lock_timeout`)
    before raising OutputLocked with the same words."""
    path = lock_path(target)
    holder_file = path.with_name(path.name + ".holder")
    if path.is_symlink():  # opening it would create or truncate whatever it points to
        raise OutputLocked(f"the lock file {path} of {what} {target} is a symbolic link; "
                           "remove it and run again")
    lock = FileLock(str(path))
    wait = lock_timeout() if timeout is None else timeout
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:  # (a TimeoutError, hence an OSError: caught first)
            notify(f"{what} {target} is being written by another run "
                   f"({_holder(holder_file)}); waiting up to {wait:g} s for it "
                   f"(lock file {path})")
            lock.acquire(timeout=wait)
    except Timeout:
        raise OutputLocked(f"{what} {target} is still being written by another run "
                           f"({_holder(holder_file)}) after {wait:g} s; try again when it "
                           "has finished "
                           f"(lock file {path})") from None
    except OSError as error:
        raise OutputLocked(f"cannot make the lock file {path} of {what} {target}: "
                           f"{error.strerror or error}") from None
    try:
        # The holder's name is a courtesy to a waiting run; the lock is what counts. Written
        # atomically, and never through a link planted in its place.
        with suppress(OSError):
            write_atomic(holder_file, f"process {os.getpid()} on {socket.gethostname()}, "
                                      f"since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        yield path
    finally:
        with suppress(OSError):
            holder_file.unlink(missing_ok=True)
        lock.release()


def _holder(holder_file: Path) -> str:
    try:
        text = read_regular_file(holder_file, 1_000).decode("utf-8", "replace").strip()
    except (OSError, UnsafeFile):
        text = ""
    return text or "holder unknown"
