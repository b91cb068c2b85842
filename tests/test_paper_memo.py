"""verify/paper_memo.py: a value per paper object and name, built once, dropped with the paper."""

from __future__ import annotations

import gc

from verify_claims.claims import Paper
from verify_claims.verify import paper_memo


def _paper(title: str) -> Paper:
    return Paper(file=f"{title}.pdf", title=title, sentences=[], tables=[])


def test_each_value_is_built_once_per_paper_however_many_papers_come_between():
    built = []

    def build(paper: Paper) -> str:
        built.append(paper.title)
        return paper.title.upper()

    papers = [_paper(f"p{number}") for number in range(40)]
    for _ in range(3):
        for paper in papers:
            assert paper_memo.per_paper(paper, "title", build) == paper.title.upper()
    assert len(built) == 40  # a memo of the last few papers rebuilt them on every pass


def test_a_value_goes_with_its_paper():
    paper = _paper("gone")
    paper_memo.per_paper(paper, "title", lambda read: read.title)
    number = id(paper)
    assert number in paper_memo._MEMO
    del paper
    gc.collect()
    assert number not in paper_memo._MEMO
