"""JSONL reading and writing of records, and atomic file writes.

Outputs are written to a temporary file in the same folder and renamed over the target, so an
interrupted run leaves the previous file whole rather than half-written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` so that readers see either the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def dumps_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(record.model_dump_json() + "\n" for record in records)


def write_jsonl(path: Path, records: Iterable[BaseModel]) -> None:
    write_atomic(path, dumps_jsonl(records))


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
