"""Roman-numbered section headings in small capitals ("IV. RESULTS") on a real IEEE paper.

tests/real/papers/stereo_ieee13.pdf (Kowalczuk, Psota and Pérez, IEEE 2013) prints its
headings as the IEEE template does: "IV. R" at the body's size, "ESULTS" in small capitals.
The layout reader took such lines for small print and dropped them, so every sentence after
"III. METHOD" (which kept more body-size letters) stayed in that section, and the introduction
and background were read as the abstract. extract/small_capital_headings keeps them as
running text, where extract/headings.heading_title reads them as headings. Headings and the
sentences under them copied from the page images (pages 1, 4 and 5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.extract import line_kinds
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.pdfwords import Word
from verify_claims.extract.readers import read_document
from verify_claims.extract.small_capital_headings import is_small_capital_heading

PDF = Path(__file__).parent / "real" / "papers" / "stereo_ieee13.pdf"


def _parse():
    return parse_paper(read_document(PDF))


def _section_of(paper, start: str) -> str | None:
    return next(s.section for s in paper.sentences if s.text.startswith(start))


def test_sections_read():
    paper = _parse()
    titles = [section.title for section in paper.sections]
    for title in ("I. INTRODUCTION", "II. BACKGROUND", "III. METHOD", "IV. RESULTS",
                  "V. CONCLUSION"):
        assert title in titles
    assert _section_of(paper, "The results of temporal stereo matching are given in Figure") \
        == "IV. RESULTS"
    assert _section_of(paper, "When compared to other existing real-time stereo matching") \
        == "IV. RESULTS"
    assert _section_of(paper, "This paper introduces an efficient temporal cost aggregation") \
        == "V. CONCLUSION"


def test_planted_bug_without_the_rule(monkeypatch):
    """Switched off, the headings are small print again and pages 4-5 stay in the method."""
    monkeypatch.setattr(line_kinds, "is_small_capital_heading", lambda *args: False)
    paper = _parse()
    titles = [section.title for section in paper.sections]
    assert "IV. RESULTS" not in titles and "V. CONCLUSION" not in titles
    assert _section_of(paper, "When compared to other existing real-time stereo matching") \
        == "III. METHOD"


def _words(*pairs: tuple[str, float]) -> list[Word]:
    words, x = [], 10.0
    for text, size in pairs:
        words.append(Word(text=text, x0=x, x1=x + 5 * len(text), top=0.0, bottom=size,
                          baseline=0.8 * size, size=size, font="Times", bold=False,
                          italic=False))
        x += 5 * len(text) + 3
    return words


@pytest.mark.parametrize(("text", "pairs", "expected"), [
    ("IV. RESULTS", (("IV.", 10.0), ("R", 10.0), ("ESULTS", 8.0)), True),
    ("II. RELATED WORK", (("II.", 10.0), ("R", 10.0), ("ELATED", 8.0), ("W", 10.0),
                          ("ORK", 8.0)), True),
    # small print throughout (a footnote in capitals): no body-size letters
    ("IV. RESULTS", (("IV.", 8.0), ("R", 8.0), ("ESULTS", 8.0)), False),
    ("IV. Results of", (("IV.", 10.0), ("Results", 8.0), ("of", 8.0)), False),  # lower case
    ("IIII. RESULTS", (("IIII.", 10.0), ("R", 10.0), ("ESULTS", 8.0)), False),  # no numeral
    ("IV RESULTS", (("IV", 10.0), ("R", 10.0), ("ESULTS", 8.0)), False),  # no full stop
])
def test_shapes(text, pairs, expected):
    assert is_small_capital_heading(text, _words(*pairs), 10.0) is expected
