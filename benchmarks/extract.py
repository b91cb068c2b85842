"""Extraction speed: pages/s for PDF reading and claims/s for report parsing.

Generates a corpus of seed-like reports (text and PDF) in a temporary folder, then times
  1. reading the PDFs with pypdf (pages/s),
  2. parsing the text reports into claim records, quantities and entities included (claims/s),
  3. the whole `extract_file` path on the PDFs (claims/s),
  4. canonical grouping of every claim of the corpus (claims/s).
Prints the figures; nothing here asserts a time (timed tests are flaky on shared machines).

    python benchmarks/extract.py [--reports 200] [--pdfs 40]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

# synth/ (the generators of synthetic reports and papers) sits beside the package, not in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synth.corpus import seedlike_spec as make_spec
from synth.report import render_pdf, render_text
from verify_claims.extract.canonical import assign_canonical_ids
from verify_claims.extract.files import extract_file
from verify_claims.extract.readers import read_document
from verify_claims.extract.report import parse_report


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s ({count:,} in {seconds:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--pdfs", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        texts, pdfs = [], []
        for index in range(args.reports):
            path = root / f"report_{index:04d}.txt"
            path.write_text(render_text(make_spec(rng, index), headings=index % 2 == 0),
                            encoding="utf-8")
            texts.append(path)
        for index in range(args.pdfs):
            path = root / f"report_{index:04d}.pdf"
            render_pdf(make_spec(rng, index), path)
            pdfs.append(path)

        parse_report(read_document(texts[0]))  # build the spaCy pipeline outside the timings

        start = time.perf_counter()
        pages = sum(len(read_document(path).pages) for path in pdfs)
        pdf_seconds = time.perf_counter() - start

        start = time.perf_counter()
        text_claims = [c for path in texts for c in parse_report(read_document(path)).claims]
        text_seconds = time.perf_counter() - start

        start = time.perf_counter()
        pdf_claims = sum(len(extract_file(path).claims) for path in pdfs)
        pdf_extract_seconds = time.perf_counter() - start

        start = time.perf_counter()
        groups = assign_canonical_ids(text_claims)
        group_seconds = time.perf_counter() - start

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"PDF reading (pypdf):           {rate(pages, pdf_seconds)} pages")
    print(f"report parsing (text):         {rate(len(text_claims), text_seconds)} claims, "
          f"{args.reports / text_seconds:,.1f} reports/s")
    print(f"extract_file (PDF reports):    {rate(pdf_claims, pdf_extract_seconds)} claims")
    print(f"canonical grouping:            {rate(len(text_claims), group_seconds)} claims "
          f"-> {len(groups):,} groups")
    print(f"peak resident memory:          {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
