"""Reports kept on disk between stages, so that an audit holds one batch of records at a time.

A 10,000-report corpus carries some 100,000 claim records; held in memory from extraction to
rendering they cost about 11 KB each (quantities, entities, clauses, then checks with their
evidence). The pipeline instead appends each report to a `ReportSpool` as it is read, and every
later stage streams the spool batch by batch, writing what it finishes to a new spool. Memory
then holds one batch plus whatever a stage keeps on purpose (the short grouping keys, the
overview's rows), not the corpus.

A spool is an unnamed temporary file (deleted by the system when closed, even if the process
dies) holding each report as JSON lines: its header (all but its claims), then one line per
claim; the offset of each header is kept for random access.
Records read back are fresh objects: editing one does not edit the spool, which is why stages
write a new spool rather than change records in place.

A synthesis report's claims each cite every reference of the report, so a report citing 1,000
papers repeated 1,000 references in every claim's record: 100 KB per claim on disk, and a
million Reference objects per 1,000 claims read back (issue 14). A claim whose references are
the report's is spooled without them, and read back sharing the report's Reference objects
(in a list of its own).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple, overload

from .models import Claim, Reference, Report


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
        self._offsets: list[int] = []  # where each report's header line starts
        self._sizes: list[int] = []  # how many claim lines follow it
        # Per report: the indices of the claims spooled without their references (they are
        # the report's), None when no claim was (a range when every claim was).
        self._shared: list[range | list[int] | None] = []
        self.files: list[ReportFile] = []
        self._claims = 0
        self._end = 0

    def append(self, report: Report) -> None:
        # The report's header (everything but its claims) on one line, then one line per
        # claim: a report of 200,000 claims never becomes one string of 700 MB (and its bytes,
        # and the bytes read back), only one claim's line at a time (issue 14).
        shared = [index for index, claim in enumerate(report.claims)
                  if _same(claim.references, report.references)]
        self._shared.append(None if not shared else range(len(report.claims))
                            if len(shared) == len(report.claims) else shared)
        skip = set(shared)
        self._file.seek(self._end)
        self._offsets.append(self._end)
        self._file.write(report.model_dump_json(exclude={"claims"}).encode("utf-8") + b"\n")
        for index, claim in enumerate(report.claims):
            exclude = {"references"} if index in skip else None
            self._file.write(claim.model_dump_json(exclude=exclude).encode("utf-8") + b"\n")
        self._sizes.append(len(report.claims))
        self.files.append(ReportFile(report.file, report.path))
        self._end = self._file.tell()
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
        return self._restore(self._file, self._sizes[index], self._shared[index])

    def __iter__(self) -> Iterator[Report]:
        """One report at a time, in order."""
        position = 0
        for index in range(len(self._offsets)):
            self._file.seek(position)  # another reader may have moved the file between yields
            report = self._restore(self._file, self._sizes[index], self._shared[index])
            position = self._file.tell()
            yield report

    @staticmethod
    def _restore(file: IO[bytes], claims: int, shared: Sequence[int] | None) -> Report:
        """The report whose header line starts at `file`'s position, with its `claims` lines
        (the file is left after them)."""
        report = Report.model_validate_json(file.readline())
        report.claims = [Claim.model_validate_json(file.readline()) for _ in range(claims)]
        for index in shared or ():
            report.claims[index].references = list(report.references)
        return report

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


def _same(references: Sequence[Reference], others: Sequence[Reference]) -> bool:
    """Equal lists of references (usually of the very same objects, so this is quick)."""
    return len(references) == len(others) and all(
        mine is other or mine == other for mine, other in zip(references, others, strict=True))
