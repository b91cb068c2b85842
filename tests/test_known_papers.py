"""`tests/real/papers` holds each paper once, so a probe on it is a first contact.

See tests/known_papers.py for why copies are found by their first page's words."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from known_papers import PAPERS, first_page_shingles, holders, overlap, same_paper

REAL = sorted(PAPERS.glob("*.pdf"))


def test_no_paper_is_held_twice_under_two_names():
    twins = [
        (a.name, b.name)
        for a, b in combinations(REAL, 2)
        if same_paper(a, b)
    ]
    assert twins == []


def test_a_copy_under_another_name_is_found(tmp_path: Path):
    """The check itself: a copy of a paper (probe34c's case) is found, and reports written from
    one template (which share their boilerplate) are not taken for one paper."""
    copy = tmp_path / "lifeevents_ipg14.pdf"
    copy.write_bytes((PAPERS / "example1.pdf").read_bytes())
    assert [p.name for p in holders(copy, roots=(PAPERS,))] == ["example1.pdf"]
    a = PAPERS.parent / "claims" / "reports" / "03_extraction_generation.pdf"
    b = PAPERS.parent.parent / "corpus" / "reports" / "04_version1.pdf"
    assert 0 < overlap(first_page_shingles(a), first_page_shingles(b)) < 0.8
    assert not same_paper(a, b)


def test_a_cut_copy_is_found():
    """probe34b's case: the olmOCR 2 report kept to five pages is red team 3's 2510.19817."""
    found = holders(PAPERS / "olmocr2_poznanski25.pdf", roots=(PAPERS.parent / "redteam3",))
    assert [p.name for p in found] == ["2510.19817.pdf"]
