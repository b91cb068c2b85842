"""Reading health over folders of PDFs: how much of each the reader made into text, and which
read poorly (`claims.Reading`, round 28).

The audit flags a cited PDF that reads under 3 sentences a page (with fewer tables than pages)
or under 40 % words. Those limits were set from a sweep like this one; rerun it over new
fixtures (a PDF library's test files are the hardest input there is) to see whether the limits
still sit clear of every paper read well, and to find the files the reader cannot read at all:
round 28's sweep of 234 fixture PDFs found a crash on pages of different widths.

    python benchmarks/reading_health.py [PATH ...] [--summary] [--timeout SECONDS]

PATH is a PDF or a folder searched for PDFs (default: tests/real/papers and
../shared/real-papers). One line per PDF: pages, sentences a page, tables, the share of the
text read that is words, and why it reads poorly, if it does; then the fewest sentences a page
and the lowest word share of the PDFs read well, the poor ones, and the files that could not be
read, each with its reason. `--summary` prints the summary only, with no file names (for
folders whose content one may not read, such as the blind corpora). A file that takes longer
than the timeout (60 s) is reported as such and the sweep goes on.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from verify_claims.claims import Reading
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = (ROOT / "tests" / "real" / "papers", ROOT.parent / "shared" / "real-papers")


@dataclass
class Health:
    """One PDF's reading, or why it could not be read."""

    path: Path
    reading: Reading | None = None
    failure: str | None = None
    seconds: float = 0.0

    @property
    def per_page(self) -> float:
        assert self.reading is not None
        return self.reading.sentences / max(self.reading.pages, 1)


class _TimedOut(Exception):
    pass


def _alarm(signum, frame) -> None:
    raise _TimedOut


def pdfs(paths: list[Path]) -> list[Path]:
    """The PDFs named, and those under the folders named, sorted, each once."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(path.rglob("*.pdf"))
        elif path.suffix.lower() == ".pdf":
            found.add(path)
    return sorted(found)


def health(path: Path, timeout: int = 60) -> Health:
    """Read and parse one PDF within `timeout` seconds; a failure is kept with its reason."""
    start = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        reading = parse_paper(read_document(path)).reading
        result = Health(path, reading=reading) if reading is not None else \
            Health(path, failure="not read as a PDF")
    except _TimedOut:
        result = Health(path, failure=f"took longer than {timeout} s")
    except Exception as error:  # noqa: BLE001 - the sweep reports every failure and goes on
        reason = getattr(error, "problem", None) or str(error) or type(error).__name__
        result = Health(path, failure=f"{type(error).__name__}: {reason}"[:160])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    result.seconds = time.perf_counter() - start
    return result


def summary(results: list[Health]) -> list[str]:
    """The sweep's figures: how many read well, poorly or not at all, and the extremes of
    those read well (the margin the limits have)."""
    good = [result for result in results if result.reading and not result.reading.poor]
    poor = [result for result in results if result.reading and result.reading.poor]
    failed = [result for result in results if result.failure]
    lines = [f"{len(results)} PDFs: {len(good)} read well, {len(poor)} read poorly, "
             f"{len(failed)} not read"]
    if good:
        fewest = min(result.per_page for result in good)
        lowest = min(result.reading.words for result in good if result.reading)
        lines.append(f"read well: fewest sentences a page {fewest:.1f} (limit "
                     f"{Reading.SENTENCES_PER_PAGE:g}), lowest word share {lowest:.2f} "
                     f"(limit {Reading.WORDS:g})")
    lines.append(f"time: {sum(result.seconds for result in results):.1f} s")
    return lines


def line(result: Health) -> str:
    """One PDF's line: its figures and verdict, or its failure."""
    name = result.path.name
    if result.failure:
        return f"{name:48} NOT READ: {result.failure}"
    reading = result.reading
    assert reading is not None
    verdict = f"POOR: {reading.poor}" if reading.poor else "ok"
    return (f"{name:48} {reading.pages:4} pages {result.per_page:6.1f} sentences/page "
            f"{reading.tables:3} tables {reading.words:5.2f} words  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--summary", action="store_true",
                        help="print the figures only, no file names")
    parser.add_argument("--timeout", type=int, default=60)
    options = parser.parse_args(argv)
    paths = pdfs(options.paths or [path for path in DEFAULT_PATHS if path.exists()])
    results = []
    for path in paths:
        results.append(health(path, options.timeout))
        if not options.summary:
            print(line(results[-1]), flush=True)
    for text in summary(results):
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
