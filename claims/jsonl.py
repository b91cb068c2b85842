"""JSONL reading and writing of records, and atomic writes of files and of folders.

Outputs are written to a temporary file in the same folder and renamed over the target, so an
interrupted run leaves the previous file whole rather than half-written. A set of files that
belong together (an audit's JSON and HTML) is written into a staging folder that replaces the
previous folder once complete (`staged_folder`).
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def write_atomic(path: Path, data: str | bytes | Iterable[str]) -> None:
    """Write `data` to `path` so that readers see either the old file or the new one.

    `data` may be an iterable of text chunks, written as they come, so that a large file
    (claims.jsonl of a big corpus) is never held in memory as one string."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks = [data] if isinstance(data, (str, bytes)) else data
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(handle, 0o666 & ~_umask())  # what open() would give, not mkstemp's 0600
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def staged_folder(target: Path, owned: Iterable[str] = ()) -> Iterator[Path]:
    """Yield an empty staging folder beside `target`; once the block completes, its content
    replaces `target`'s. If the block raises (or the process dies), `target` is untouched and
    the staging folder is removed. A process killed outright leaves its hidden
    `.<name>.staging-<pid>-*` folder behind; the next run removes it once that process is gone.

    `target` is replaced whole by two renames when it is missing, empty, or holds only files
    matching the glob patterns in `owned` (what an earlier run wrote, e.g. "reports/*.html"):
    readers then see the old set of files or the new one.
    When it holds anything else, the user's files are never deleted: each staged file is moved
    over its counterpart, one atomic rename per file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent,
                                    prefix=f".{target.name}.staging-{os.getpid()}-"))
    staging.chmod(0o777 & ~_umask())  # it becomes the audit folder: as mkdir would make it
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    patterns = list(owned)
    if not target.exists():
        os.replace(staging, target)
    elif target.is_dir() and all(
            any(fnmatch.fnmatchcase(path.relative_to(target).as_posix(), pattern)
                for pattern in patterns)
            for path in target.rglob("*") if not path.is_dir()):
        retired = Path(tempfile.mkdtemp(dir=target.parent,
                                        prefix=f".{target.name}.old-{os.getpid()}-"))
        os.replace(target, retired / target.name)
        os.replace(staging, target)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        for path in sorted(staging.rglob("*")):
            if path.is_file():
                destination = target / path.relative_to(staging)
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, destination)
        shutil.rmtree(staging, ignore_errors=True)


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back).

    Temporary files and folders are created private (0600, 0700); an audit is meant to be
    published (a web server, a CI artifact), so what replaces the user's files gets the
    permissions a plain write would have given."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_abandoned(target: Path) -> None:
    """Remove the staging (and retired) folders of runs into `target` whose process has died:
    what a SIGKILL or a power cut left. A live process's folders (a concurrent run) stay."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:staging|old)-(\d+)-")
    for folder in target.parent.glob(f".{glob.escape(target.name)}.*-*"):
        match = pattern.match(folder.name)
        if match and folder.is_dir() and not _alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def dumps_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(record.model_dump_json() + "\n" for record in records)


def write_jsonl(path: Path, records: Iterable[BaseModel]) -> None:
    """Write one record per line, atomically, streaming the lines to disk."""
    write_atomic(path, (record.model_dump_json() + "\n" for record in records))


class JsonlError(ValueError):
    """A line of a JSONL file is not a valid record; says which file and line."""


def read_jsonl(path: Path, model: type[M]) -> Iterator[M]:
    """Yield one `model` per non-empty line; a bad line raises JsonlError naming it."""
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield model.model_validate_json(line)
            except ValidationError as error:
                message = f"{path}:{number}: not a valid {model.__name__}: {error}"
                raise JsonlError(message) from None
