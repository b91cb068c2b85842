"""JSONL reading and writing of records, and atomic writes of files and of folders.

Outputs are written to a temporary file in the same folder and renamed over the target, so an
interrupted run leaves the previous file whole rather than half-written. A set of files that
belong together (an audit's JSON and HTML) is written into a staging folder that replaces the
previous folder once complete (`folders.staged_folder`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def write_atomic(path: Path, data: str | bytes | Iterable[str],
                 through_link: bool = False) -> None:
    """Write `data` to `path` so that readers see either the old file or the new one.

    `data` may be an iterable of text chunks, written as they come, so that a large file
    (claims.jsonl of a big corpus) is never held in memory as one string.

    A symbolic link at `path` is replaced by the new file, unless `through_link`: then the file
    it points to is rewritten and the link kept (a user's `--baseline` that links to a shared
    file must update that file, not leave it stale behind a new copy)."""
    path = Path(path)
    if through_link and path.is_symlink():
        path = Path(os.path.realpath(path))  # its folder must exist: no folder made elsewhere
    else:
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


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back).

    Temporary files and folders are created private (0600, 0700); an audit is meant to be
    published (a web server, a CI artifact), so what replaces the user's files gets the
    permissions a plain write would have given."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
