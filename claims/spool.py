"""Reports kept on disk between stages, so that an audit holds one batch of records at a time.

A 10,000-report corpus carries some 100,000 claim records; held in memory from extraction to
rendering they cost about 11 KB each (quantities, entities, clauses, then checks with their
evidence). The pipeline instead appends each report to a `ReportSpool` as it is read, and every
later stage streams the spool batch by batch, writing what it finishes to a new spool. Memory
then holds one batch plus whatever a stage keeps on purpose (the short grouping keys, the
overview's rows), not the corpus.

A spool is an unnamed temporary file (deleted by the system when closed, even if the process
dies) holding one JSON record per line, with the offset of each line kept for random access.
Records read back are fresh objects: editing one does not edit the spool, which is why stages
write a new spool rather than change records in place.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple, overload

from .models import Report


class ReportFile(NamedTuple):
    """Which file a spooled report came from: kept in memory for every report, so that what
    depends on all file names (unique page names) is known before the reports are read back."""

    file: str
    path: str


class ReportSpool(Sequence[Report]):
    """An append-only, disk-backed sequence of reports (see the module docstring).

    It reads like a list (`len`, indexing, iteration) so that callers of the pipeline can treat
    `Audit.reports` as one; `batches` is how the pipeline itself walks it."""

    def __init__(self, folder: Path | str | None = None) -> None:
        # Closed by close() (or with the spool): it lives as long as the audit that holds it.
        self._file: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            dir=folder, prefix="verify-claims-spool-")
        self._offsets: list[int] = []
        self.files: list[ReportFile] = []
        self._claims = 0
        self._end = 0

    def append(self, report: Report) -> None:
        line = report.model_dump_json().encode("utf-8") + b"\n"
        self._file.seek(self._end)
        self._file.write(line)
        self._offsets.append(self._end)
        self.files.append(ReportFile(report.file, report.path))
        self._end += len(line)
        self._claims += len(report.claims)

    @property
    def claim_count(self) -> int:
        """How many claims the spooled reports hold together (counted as they were added)."""
        return self._claims

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> Report: ...

    @overload
    def __getitem__(self, index: slice) -> list[Report]: ...

    def __getitem__(self, index: int | slice) -> Report | list[Report]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        offset = self._offsets[index]  # raises IndexError as a list would
        self._file.seek(offset)
        return Report.model_validate_json(self._file.readline())

    def __iter__(self) -> Iterator[Report]:
        """One report at a time, in order."""
        position = 0
        for _ in range(len(self._offsets)):
            self._file.seek(position)  # another reader may have moved the file between yields
            line = self._file.readline()
            position = self._file.tell()
            yield Report.model_validate_json(line)

    def batches(self, max_claims: int = 2_000) -> Iterator[list[Report]]:
        """Consecutive runs of reports holding about `max_claims` claims together (a report is
        never split, so a batch holds at least one report whatever its size)."""
        batch: list[Report] = []
        claims = 0
        for report in self:
            batch.append(report)
            claims += len(report.claims)
            if claims >= max_claims:
                yield batch
                batch, claims = [], 0
        if batch:
            yield batch

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ReportSpool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ReportSpool({len(self)} reports, {self._claims} claims)"
