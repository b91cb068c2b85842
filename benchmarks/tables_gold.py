"""Tables of the real-paper gold set read as grids: cell accuracy, spurious tables, captions.

A gold cell is right when the table found with the same label has a cell with the same
normalised text whose normalised row-header path and column-header path equal the gold ones
(normalisation: NFKC, casefold, whitespace collapsed, marks stripped), as benchmarks/reading.py
scores it. A found table is spurious when it has no label, repeats one, or names a table the
paper never captions (the gold files hold some of a paper's tables, not all). A caption
is bound when the found table's caption starts with the gold caption (normalised).

    python benchmarks/tables_gold.py [--quick] [--show LABEL] [--backend pymupdf] [GOLD_DIR ...]

--quick reads only the first three gold papers. Default folder: tests/real/papers.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

import yaml

from verify_claims.extract.grid_tables import tables_from_pages
from verify_claims.extract.pdfwords import BACKENDS, read_pages
from verify_claims.extract.readers import read_document

_PRINTED = re.compile(r"(Table \d+)\s*(?::|\.\s+[A-Z]|\(cont|\s[A-Z])")
# IEEE captions: "TABLE IV" in small capitals, alone on its line or before the caption text.
_PRINTED_ROMAN = re.compile(r"\b(?:TABLE|Table) ([IVX]{1,5})(?:[:.]|\s*\n|\s+[A-Z])")

_MARKS = "*\u2217\u2020\u2021\u00a7\u00b6"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.strip().strip(_MARKS)
    return " ".join(text.split())


def _key(row, col, text) -> tuple:
    return (tuple(normalise(x) for x in row), tuple(normalise(x) for x in col), normalise(text))


def score_paper(gold_path: Path, show: str | None = None, backend: str = "pdfplumber") -> dict:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    pdf = gold_path.with_name(gold["file"])
    started = time.perf_counter()
    pages = read_pages(pdf, backend=backend)
    read = time.perf_counter()
    tables = tables_from_pages(pages)
    done = time.perf_counter()
    found = {}
    for table in tables:
        found.setdefault(table.label, table)
    right = total = bound = 0
    gold_labels = {table["label"] for table in gold.get("tables") or []}
    missing: list[str] = []
    for gold_table in gold.get("tables") or []:
        table = found.get(gold_table["label"])
        keys = set()
        if table is not None:
            keys = {_key(cell.row_headers, cell.column_headers, cell.text)
                    for row in table.rows for cell in row}
            if table.caption and normalise(table.caption).startswith(
                    normalise(gold_table["caption"])):
                bound += 1
        for cell in gold_table.get("cells") or []:
            total += 1
            key = _key(cell.get("row") or [], cell.get("col") or [], cell["text"])
            if key in keys:
                right += 1
            elif show in (gold_table["label"], "all"):
                missing.append(f"  miss {gold_table['label']}: {key}")
        if show == gold_table["label"] and table is not None:
            for row in table.rows:
                for cell in row:
                    print("  got", _key(cell.row_headers, cell.column_headers, cell.text))
    # The gold files transcribe some of a paper's tables, not all: a found table is spurious
    # when it has no label, repeats a label, or names a table the paper never captions (its
    # "Table N:" captions read from pypdf's text, independently of the word layer).
    text = read_document(pdf).text
    printed = set(_PRINTED.findall(text)) | {f"Table {n}" for n in _PRINTED_ROMAN.findall(text)}
    labels = [table.label for table in tables]
    spurious = [str(label) for n, label in enumerate(labels)
                if label is None or label in labels[:n] or label not in printed]
    for line in missing[:60]:
        print(line)
    return {"paper": gold["file"], "cells": total, "right": right,
            "tables": len(gold_labels), "found": len(tables), "spurious": spurious,
            "bound": bound, "pages": len(pages), "read_s": read - started,
            "tables_s": done - read}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("tests/real/papers")])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--show")
    parser.add_argument("--backend", default="pdfplumber", choices=BACKENDS)
    args = parser.parse_args(argv)
    golds = sorted(path for folder in args.folders for path in folder.glob("*.gold.yaml"))
    if args.quick:
        golds = golds[:3]
    results = [score_paper(path, args.show, args.backend) for path in golds]
    print(f"{'paper':28} {'cells':>11} {'acc':>6} {'tables':>6} {'found':>5} {'spur':>4} "
          f"{'capt':>5} {'tbl ms/p':>8}")
    for r in results:
        accuracy = r["right"] / r["cells"] if r["cells"] else 1.0
        print(f"{r['paper']:28} {r['right']:>5}/{r['cells']:<5} {accuracy:6.1%} "
              f"{r['tables']:>6} {r['found']:>5} {len(r['spurious']):>4} "
              f"{r['bound']:>2}/{r['tables']:<2} {1000 * r['tables_s'] / r['pages']:8.1f}"
              + (f"  spurious: {r['spurious']}" if r["spurious"] else ""))
    cells = sum(r["cells"] for r in results)
    right = sum(r["right"] for r in results)
    found = sum(r["found"] for r in results)
    spurious = sum(len(r["spurious"]) for r in results)
    tables = sum(r["tables"] for r in results)
    bound = sum(r["bound"] for r in results)
    pages = sum(r["pages"] for r in results)
    seconds = sum(r["read_s"] + r["tables_s"] for r in results)
    print(f"overall: cells {right}/{cells} = {right / max(cells, 1):.1%}; spurious "
          f"{spurious}/{found} = {spurious / max(found, 1):.1%}; captions bound "
          f"{bound}/{tables} = {bound / max(tables, 1):.1%}; words+tables "
          f"{pages / max(seconds, 1e-9):.1f} pages/s "
          f"(tables alone {1000 * sum(r['tables_s'] for r in results) / max(pages, 1):.1f} "
          f"ms/page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
