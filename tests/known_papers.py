"""Which papers the project already holds, found by the words of their first page.

A probe's first-contact figures mean something only on a paper the reader and the verifier were
never tuned on. Round 34 twice took a paper the project already had for a new one: the
epidemiology paper of probe34c was byte for byte `tests/real/papers/example1.pdf` (gold file and
caption tests since round read5), and probe34b's olmOCR 2 report was red team 3's `2510.19817` cut
to five pages. File names and bytes differ between copies (arXiv ids against ACL ids, cut pages,
re-saved PDFs), so papers are compared by the four-word shingles of their first page's text.

    python tests/known_papers.py NEW.pdf     # every PDF under tests/ and ../shared of that paper

`tests/test_known_papers.py` holds `tests/real/papers` to one file per paper.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ROOT / "tests" / "real" / "papers"
SHARED = ROOT.parent / "shared"

# Share of the smaller page's shingles found in the other page. Reports written from one
# template share their boilerplate (0.35-0.49 measured); two copies of one paper share > 0.95.
SAME_PAPER = 0.8


@cache
def first_page_shingles(path: Path) -> frozenset[str]:
    """Four-word shingles of the first page's words of three letters or more.

    Short words and numbers are left out so that arXiv stamps, page numbers and line-number
    gutters do not tell two copies apart. An unreadable PDF has no shingles (and no twin)."""
    try:
        text = PdfReader(path).pages[0].extract_text() or ""
    except Exception:  # noqa: BLE001 - a damaged fixture is read by its own tests
        return frozenset()
    words = re.findall(r"[a-z]{3,}", text.lower())
    return frozenset(" ".join(words[i : i + 4]) for i in range(len(words) - 3))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller shingle set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_paper(a: Path, b: Path) -> bool:
    return overlap(first_page_shingles(a), first_page_shingles(b)) >= SAME_PAPER


def holders(pdf: Path, roots: tuple[Path, ...] = (ROOT / "tests", SHARED)) -> list[Path]:
    """Every PDF under `roots` (but `pdf` itself) that is a copy of the paper in `pdf`."""
    pdf = pdf.resolve()
    return [
        path
        for root in roots
        if root.is_dir()
        for path in sorted(root.rglob("*.pdf"))
        if path.resolve() != pdf and same_paper(pdf, path)
    ]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    found_any = False
    for name in argv:
        found = holders(Path(name))
        found_any |= bool(found)
        print(f"{name}: " + (", ".join(str(p.relative_to(ROOT.parent)) for p in found) or "new"))
    return 1 if found_any else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
