"""What keeping the PDF libraries' layers saves (extract/layer_cache.py): each paper read three
times in one process, without a folder, filling one, and through its kept layers; CPU seconds
of each, and the size of the kept entries. The third reading must equal the first.

    python benchmarks/layer_cache.py                     # the first 12 PDFs of tests/real/papers
    python benchmarks/layer_cache.py --limit 0 PAPER.pdf ...
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

from verify_claims.extract.layer_cache import LAYER_CACHE_ENV
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document

PAPERS = Path(__file__).resolve().parents[1] / "tests" / "real" / "papers"


def _timed(path: Path) -> tuple[float, bytes]:
    start = time.process_time()
    paper = parse_paper(read_document(path))
    return time.process_time() - start, pickle.dumps(paper)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("papers", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=12, help="papers of tests/real/papers")
    args = parser.parse_args(argv)
    papers = args.papers or sorted(PAPERS.glob("*.pdf"))[:args.limit or None]
    totals = [0.0, 0.0, 0.0]
    print(f"{'paper':36} {'fresh s':>8} {'filling s':>9} {'kept s':>7} {'kept MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for path in papers:
            os.environ.pop(LAYER_CACHE_ENV, None)
            fresh, first = _timed(path)
            os.environ[LAYER_CACHE_ENV] = folder
            before = {entry: entry.stat().st_size for entry in Path(folder).iterdir()}
            filling, _ = _timed(path)
            kept, third = _timed(path)
            size = sum(entry.stat().st_size for entry in Path(folder).iterdir()
                       if entry not in before)
            if third != first:
                print(f"{path.name}: the kept reading differs from the fresh one", file=sys.stderr)
                return 1
            for at, value in enumerate((fresh, filling, kept)):
                totals[at] += value
            print(f"{path.name[:36]:36} {fresh:8.2f} {filling:9.2f} {kept:7.2f} "
                  f"{size / 1e6:8.1f}")
    os.environ.pop(LAYER_CACHE_ENV, None)
    print(f"{'all ' + str(len(papers)):36} {totals[0]:8.2f} {totals[1]:9.2f} {totals[2]:7.2f}")
    print(f"a kept reading takes {totals[2] / totals[0]:.0%} of a fresh one's CPU time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
