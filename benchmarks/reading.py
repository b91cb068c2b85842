"""How well real typeset papers are read: tables, captions, sentences, speed (issue 10).

Scores each reader on the gold set of record, `tests/real/papers/*.gold.yaml` (tables and
sentences transcribed by hand from the page images; see tests/real/README.md), and prints,
per paper and overall, in one run so the readers are compared on the same machine:

- cells: a gold cell is right when the table with the same label ("Table 2") has a cell with
  the same text whose row-header path and column-header path both equal the gold ones;
- tables found / missed, and spurious: a table with no "Table N" label, or a second table
  with a label already taken (a table read as fragments);
- captions bound: the found table's caption starts as the gold caption does;
- sentences intact: the gold sentence lies whole inside one extracted sentence; interrupted:
  its first and last words are in one extracted sentence but something came between them
  (another column's words, a footnote);
- pages/s: reading and parsing every gold PDF (`read_document` + `parse_paper`), in one
  process and over one process per core.

Text is compared after NFKC, case folding, unified quotes and dashes, and with all white space
removed (spacing is not what is measured; small capitals are printed as capitals in the gold
but stored in lower case in some PDFs).

    python benchmarks/reading.py [--readers pdfplumber,pypdf] [--papers tests/real/papers]
"""

from __future__ import annotations

import argparse
import os
import re
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from verify_claims.claims import Paper, Table
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.pdfwords import available_backends
from verify_claims.extract.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
_LABEL = re.compile(r"^\s*(Table)\s*(\d+)", re.IGNORECASE)
_MARKS = str.maketrans({"*": "", "\u2020": "", "\u2021": "", "\u00a7": "", "\u2217": ""})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                         "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00ad": ""})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", "", text)


def norm_cell(text: str) -> str:
    return norm(text.translate(_MARKS))


def norm_path(path: list[str]) -> tuple[str, ...]:
    return tuple(norm(part) for part in path if norm(part))


def table_label(table: Table) -> str | None:
    label = getattr(table, "label", None) or table.caption or ""
    match = _LABEL.match(label)
    return f"table {match.group(2)}" if match else None


def cell_paths(table: Table) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(text, row path, column path) of every body cell. Tables read with header paths per
    cell use them; others (the pypdf reader) give the row label and the column's header."""
    found = set()
    for row in table.rows:
        for index, cell in enumerate(row):
            rows = getattr(cell, "row_headers", None)
            columns = getattr(cell, "column_headers", None)
            if rows is None or columns is None or (not rows and not columns):
                if index == 0:
                    continue
                rows = [row[0].text]
                columns = [table.header[index]] if index < len(table.header) else []
            found.add((norm_cell(cell.text), norm_path(rows), norm_path(columns)))
    return found


@dataclass
class Score:
    cells: int = 0
    cells_right: int = 0
    tables: int = 0
    found: int = 0
    spurious: int = 0
    returned: int = 0
    captions: int = 0
    sentences: int = 0
    intact: int = 0
    interrupted: int = 0
    pages: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("cells", "cells_right", "tables", "found", "spurious", "returned",
                     "captions", "sentences", "intact", "interrupted", "pages"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_paper(paper: Paper, gold: dict) -> Score:
    score = Score(pages=int(gold.get("pages") or 0))
    by_label: dict[str, list[Table]] = {}
    for table in paper.tables:
        by_label.setdefault(table_label(table) or "", []).append(table)
    score.returned = len(paper.tables)
    score.spurious = len(by_label.get("", [])) + sum(
        len(tables) - 1 for label, tables in by_label.items() if label)
    for table in gold.get("tables") or []:
        score.tables += 1
        label = table_label(Table(caption=table["label"], header=[], rows=[]))
        candidates = by_label.get(label or "", []) if label else []
        cells = [(norm_cell(c["text"]), norm_path(c.get("row") or []),
                  norm_path(c.get("col") or [])) for c in table["cells"]]
        score.cells += len(cells)
        if not candidates:
            score.misses.append(f"{table['label']}: not found")
            continue
        score.found += 1
        found = set().union(*(cell_paths(candidate) for candidate in candidates))
        right = sum(cell in found for cell in cells)
        score.cells_right += right
        if right < len(cells):
            wrong = next(cell for cell in cells if cell not in found)
            score.misses.append(f"{table['label']}: {len(cells) - right} of {len(cells)} "
                                f"cells wrong, e.g. {wrong}")
        gold_caption = norm(table.get("caption") or "")[:40]
        if any(norm(candidate.caption or "").startswith(gold_caption)
               for candidate in candidates):
            score.captions += 1
        else:
            score.misses.append(f"{table['label']}: caption "
                                f"{(candidates[0].caption or '')[:60]!r}")
    extracted = [norm(sentence.text) for sentence in paper.sentences]
    for sentence in gold.get("sentences") or []:
        score.sentences += 1
        text = norm(sentence["text"])
        if any(text in candidate for candidate in extracted):
            score.intact += 1
            continue
        head, tail = text[:25], text[-25:]
        if any(head in candidate and tail in candidate for candidate in extracted):
            score.interrupted += 1
        score.misses.append(f"sentence p{sentence['page']}: {sentence['text'][:70]!r}")
    return score


def _read(args: tuple[Path, str]) -> tuple[Path, Paper, float]:
    path, reader = args
    start = time.perf_counter()
    paper = parse_paper(read_document(path), reader=reader)
    return path, paper, time.perf_counter() - start


def run_reader(golds: dict[Path, dict], reader: str, workers: int) -> tuple[dict, float]:
    jobs = [(path, reader) for path in golds]
    start = time.perf_counter()
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_read, jobs))
    else:
        results = [_read(job) for job in jobs]
    wall = time.perf_counter() - start
    return {path: paper for path, paper, _ in results}, wall


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=Path, default=ROOT / "tests" / "real" / "papers")
    parser.add_argument("--readers", default=",".join([*available_backends(), "pypdf"]))
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--no-speed", action="store_true",
                        help="read once, over --workers processes, without the one-process run")
    args = parser.parse_args()
    golds = {}
    for gold_file in sorted(args.papers.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        golds[gold_file.with_name(gold["file"])] = gold
    pages = sum(int(gold.get("pages") or 0) for gold in golds.values())
    print(f"gold set: {len(golds)} papers, {pages} pages, "
          f"{sum(len(g.get('tables') or []) for g in golds.values())} tables, "
          f"{sum(len(c['cells']) for g in golds.values() for c in g.get('tables') or [])} "
          f"cells, {sum(len(g.get('sentences') or []) for g in golds.values())} sentences\n")
    summary = []
    for reader in args.readers.split(","):
        papers, wall = run_reader(golds, reader, args.workers)
        wall_one = wall if args.no_speed else run_reader(golds, reader, 1)[1]
        total = Score()
        print(f"== reader {reader}")
        print(f"{'paper':28} {'cells':>14} {'tables':>9} {'spur.':>5} {'capt.':>6} "
              f"{'sentences':>15} {'interr.':>7}")
        for path, gold in golds.items():
            score = score_paper(papers[path], gold)
            total.add(score)
            print(f"{path.stem[:28]:28} {score.cells_right:4}/{score.cells:<4}"
                  f"{percent(score.cells_right, score.cells):>6} {score.found:3}/{score.tables:<3}"
                  f"{score.spurious:7} {score.captions:3}/{score.found:<3}"
                  f"{score.intact:4}/{score.sentences:<3}{percent(score.intact, score.sentences)}"
                  f"{score.interrupted:6}")
            if args.misses:
                for miss in score.misses:
                    print(f"    - {miss}")
        line = (f"{reader}: cells {percent(total.cells_right, total.cells)} "
                f"({total.cells_right}/{total.cells}); tables found {total.found}/{total.tables}"
                f", spurious {total.spurious} of {total.returned} returned "
                f"({percent(total.spurious, total.returned).strip()}); captions bound "
                f"{percent(total.captions, total.found).strip()}; sentences intact "
                f"{percent(total.intact, total.sentences).strip()} "
                f"({total.intact}/{total.sentences}), interrupted {total.interrupted}; "
                f"{pages / wall:.1f} pages/s on {args.workers} processes, "
                f"{pages / wall_one:.1f} in one")
        print(line + "\n")
        summary.append(line)
    print("summary")
    for line in summary:
        print("  " + line)


if __name__ == "__main__":
    main()
