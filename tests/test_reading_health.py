"""Reading health: how much of a cited PDF the reader made into text, and an audit that says
so when it was too little (round 28).

Before, a paper whose fonts defeated the reader gave no sign of it: every claim citing it stayed
"unverified", as if the paper did not say what the claim says (round 27: the heavy-mesons paper,
hep-ph/9412269, in flipped Type 3 bitmap fonts, read 14 sentences from 18 pages). Now each
found PDF carries `claims.Reading` (pages, sentences, tables, the share of tokens that are
words); a poor reading is a warning of the run, a badge in the report's list of cited papers,
and a note on the card of every claim citing it, and `audit.json` lists it.

Real inputs, from PyMuPDF's test fixtures (tests/resources):
- unmapped_glyphs_pymupdf3362.pdf (test_3362.pdf, one page): fonts with no Unicode map, read as
  67 sentences of symbols; 2 % of its tokens are words.
- glyph_ids_chuttur09.pdf (pdf.js's test/pdfs/TAMReview.pdf, byte for byte; Chuttur, "Overview of
  the Technology Acceptance Model", Sprouts: Working Papers on Information Systems 9(37), 2009,
  CC BY-NC-ND): a paper of 23 pages whose body font (Cambria, embedded as Type 1C) names its
  glyphs by the original font's glyph ids ("g18", "g152") with no Unicode map. No reader can
  map them to text (poppler's pdftotext gives control characters too); ours read 57 sentences,
  19 % words. Before, it was a source like any other.
- mixed_page_widths_pymupdf2904.pdf (test_2904.pdf, a newsletter; its pages 5 and 1, by
  pdfseparate and pdfunite): a letter page before a narrower A4-like page. The column test
  measured the text's extent over all pages against each page's own width, and the narrower
  page's band ran off its end: `IndexError` ("list index out of range"), and the whole PDF was
  an unreadable source.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from probe_verdicts import REAL_PAPERS, real_paper
from script_modules import load_script
from test_html import claim_cards, parse, squash

from verify_claims.claims import Reading
from verify_claims.extract import grid_tables, pdfwords
from verify_claims.pipeline import run_audit

GARBLED = "unmapped_glyphs_pymupdf3362"
MIXED = "mixed_page_widths_pymupdf2904"
HEAVY = "heavy_mesons_hep94"
CHUTTUR = "glyph_ids_chuttur09"


def test_a_reading_is_poor_below_three_sentences_a_page_or_when_few_tokens_are_words():
    assert Reading(pages=18, sentences=14, tables=0, words=0.9).poor == (
        "only 14 sentences from 18 pages (0.8 per page)")
    assert Reading(pages=1, sentences=1, tables=0, words=1.0).poor == (
        "only 1 sentence from 1 page (1.0 per page)")
    assert Reading(pages=1, sentences=67, tables=0, words=0.02).poor == (
        "only 2% of the text read is words")
    good = Reading(pages=18, sentences=310, tables=5, words=0.81)
    assert good.poor is None
    assert good.summary == "read 310 sentences and 5 tables from 18 pages"
    assert Reading(pages=1, sentences=3, tables=0, words=0.4).poor is None  # on both limits
    assert Reading(pages=2, sentences=1, tables=2, words=0.9).poor is None  # a page of tables


def test_a_paper_read_whole_is_not_poor_and_its_type3_failure_was():
    paper = real_paper(HEAVY)
    assert paper.reading is not None and paper.reading.poor is None
    assert (paper.reading.pages, paper.reading.tables) == (18, 5)
    assert paper.reading.sentences >= 300


def test_a_paper_read_without_its_type3_reader_is_poor(monkeypatch):
    # Planted bug: round 26's reader, with no Type 3 reading at all (the glyphs read as turned).
    from pdfminer.pdfinterp import PDFResourceManager
    monkeypatch.setattr(pdfwords, "resource_manager", PDFResourceManager)
    monkeypatch.setattr(pdfwords, "_flipped_type3", lambda char: False)
    reading = real_paper(HEAVY).reading
    assert reading is not None and reading.poor is not None
    assert reading.poor.startswith("only ") and "per page" in reading.poor


def test_glyphs_with_no_unicode_map_read_as_a_poor_reading():
    reading = real_paper(GARBLED).reading
    assert reading is not None and reading.sentences > 30
    assert reading.words < 0.1 and reading.poor == (
        f"only {reading.words:.0%} of the text read is words")


def test_a_paper_in_glyph_id_fonts_is_a_poor_reading():
    reading = real_paper(CHUTTUR).reading
    assert reading is not None and reading.pages == 23
    assert reading.sentences < 3 * reading.pages and reading.words < 0.4
    assert reading.poor is not None and reading.poor.startswith("only ")


def test_pages_of_different_widths_are_read(monkeypatch):
    paper = real_paper(MIXED)
    assert paper.reading is not None and paper.reading.pages == 2
    assert paper.reading.poor is None and paper.reading.sentences > 20
    assert any(sentence.text.startswith("Cats often do not express obvious signs of stress")
               for sentence in paper.sentences)
    # Planted bug: round 27's band, as wide as the page whatever the text's extent.
    monkeypatch.setattr(grid_tables, "_gutter", _old_gutter)
    with pytest.raises(IndexError):
        real_paper(MIXED)


def _old_gutter(words, x0, x1, width):
    """Round 27's band: as long as the page is wide, whatever the text's extent."""
    cover = [0] * (int(width) + 2)
    for word in words:
        for x in range(max(0, int(word.x0)), min(len(cover), int(word.x1) + 1)):
            cover[x] += 1
    middle = range(int(x0 + 0.35 * (x1 - x0)), int(x0 + 0.65 * (x1 - x0)))
    inside = sorted(cover[int(x0):int(x1)])
    typical = inside[len(inside) // 2] if inside else 0
    if not middle or typical < 10:
        return None
    return min(middle, key=lambda x: cover[x])


REPORT = """# Reading health

Assignee Research

December 6, 2026

## 5 Extracted Claims

| Claim | Verified | Confidence |
|---|---|---|
| Boosting the trap frequency to 12 MHz raised the gate fidelity to 99.9%. | ✓ | 0.31 |
| XLM-R Large is trained on 100 languages. | ✓ | 0.52 |

## References

- <http://arxiv.org/abs/2101.00001v1>
- <http://arxiv.org/abs/1911.02116v1>
"""


@pytest.fixture(scope="module")
def poor_audit(tmp_path_factory) -> Path:
    """A report citing one poorly read PDF and one readable text, audited offline."""
    sources = tmp_path_factory.mktemp("sources")
    shutil.copy(REAL_PAPERS / f"{GARBLED}.pdf", sources / "2101.00001v1.pdf")
    (sources / "1911.02116v1.txt").write_text(
        "Unsupervised Cross-lingual Representation Learning at Scale\n\nXLM-R Large is a "
        "multilingual masked language model trained on 100 languages.\n", "utf-8")
    reports = tmp_path_factory.mktemp("reports")
    (reports / "health.md").write_text(REPORT, "utf-8")
    out = tmp_path_factory.mktemp("audit")
    audit = run_audit([reports], out=out, offline=True, results=None, sources=sources,
                      cache_dir=tmp_path_factory.mktemp("cache"),
                      generated="2026-12-06T15:00:00+00:00")
    (out / "problems.json").write_text(json.dumps([p.model_dump(mode="json")
                                                    for p in audit.problems]), "utf-8")
    return out


def test_the_audit_json_lists_the_poorly_read_paper(poor_audit):
    document = json.loads((poor_audit / "audit.json").read_text("utf-8"))
    (entry,) = document["reports"]
    sources = entry["sources"]
    assert sources["poorly_read"] == ["arXiv:2101.00001v1"]
    papers = {paper["reference"]: paper for paper in sources["papers"]}
    reading = papers["arXiv:2101.00001v1"]["reading"]
    assert reading["pages"] == 1 and reading["words"] < 0.1
    assert papers["arXiv:1911.02116v1"]["reading"] is None  # a text file: nothing to decode


def test_the_run_warns_of_the_poorly_read_source(poor_audit):
    problems = json.loads((poor_audit / "problems.json").read_text("utf-8"))
    (warning,) = [p for p in problems if "read poorly" in p["message"]]
    assert warning["severity"] == "warning" and warning["file"].endswith("2101.00001v1.pdf")
    assert "of the text read is words" in warning["message"]


def test_the_report_page_marks_the_paper_and_the_claims_citing_it(poor_audit):
    (page_file,) = (poor_audit / "reports").glob("health*.html")
    html = page_file.read_text("utf-8")
    page = parse(html)
    (note,) = page.find_all("p", class_="poorly-read")
    assert squash(note.text()).startswith(
        "1 of the papers found was read poorly: arXiv:2101.00001v1 (only ")
    cited = " ".join(squash(item.text()) for item in page.find_all("ul", class_="cited"))
    assert "read poorly arXiv:2101.00001v1" in cited
    assert "2101.00001v1.pdf from --sources; read 67 sentences and 0 tables from 1 page" in cited
    notes = [[squash(p.text()) for p in card.find_all("p", class_="poorly-read-note")]
             for card in claim_cards(html).values()]
    assert len(notes) == 2  # the report cites both papers for both claims
    for shown in notes:
        (note,) = shown
        assert note.startswith("arXiv:2101.00001v1 was read poorly (only ")


def test_the_sweep_benchmark_reports_each_pdf_and_the_figures(tmp_path, capsys):
    """benchmarks/reading_health.py over a folder: a poor reading, a good one and a file that
    is no PDF, each reported, and the sweep's figures."""
    sweep = load_script("reading_health_benchmark",
                        Path(__file__).resolve().parent.parent / "benchmarks" / "reading_health.py")
    for stem in (GARBLED, MIXED):
        shutil.copy(REAL_PAPERS / f"{stem}.pdf", tmp_path / f"{stem}.pdf")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not a PDF at all")
    assert sweep.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    by_name = {text.split()[0]: text for text in out
               if text.split() and text.split()[0].endswith(".pdf")}
    assert "POOR: only 2% of the text read is words" in by_name[f"{GARBLED}.pdf"]
    assert by_name[f"{MIXED}.pdf"].endswith(" ok")
    assert "NOT READ: " in by_name["broken.pdf"]
    assert "3 PDFs: 1 read well, 1 read poorly, 1 not read" in out
    assert any(text.startswith("read well: fewest sentences a page ") for text in out)
    assert sweep.main([str(tmp_path), "--summary"]) == 0
    assert not any(".pdf" in text for text in capsys.readouterr().out.splitlines())
