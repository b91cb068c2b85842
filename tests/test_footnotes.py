"""Footnotes read as statements of the paper, each on its own (round 33, extract/footnotes.py).

Real two-column papers state results in footnotes, and synthesis reports repeat them:

- SPECTER (Cohan et al., ACL 2020, tests/real/claims): footnote 15 (page 8), "We also
  experimented with further task-specific fine-tuning of our SPECTER on the end tasks but we
  did not observe additional improvements"; the mark of footnote 4 (page 2) sits before its
  first word, read into the line.
- S2ORC (Lo et al., ACL 2020, tests/real/claims): footnote 11, "Our evaluations suggest
  SCIENCEPARSE outperforms GROBID for title and author extraction", against the claim that
  GROBID outperforms ScienceParse.
- The Universal Sentence Encoder (Cer et al., arXiv:1803.11175, tests/real/redteam9):
  footnote 5, "using a similarity based on angular distance performs better on average than
  raw cosine similarity".
- The doc2vec evaluation (Lau and Baldwin, arXiv:1607.05368, tests/real/redteam10): footnotes
  9 and 11 list hyper-parameters "for WIKI (AP-NEWS)"; which model they belong to, only the
  sentence holding the mark says (dbow for 9, skip-gram for 11). Footnote 11's "window size = 5"
  confirmed "The dbow model trained on WIKI uses a window size of 5" (false: 15) until a
  footnote was held to say nearly all the claim says (verify/footnote_readings.py).
- The ACL 2007 paper of Bunescu and Mooney (tests/real/claims) sets its bibliography's last
  column in small print at the page's foot: no mark opens those lines, so none is a footnote.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract import footnotes
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import source_check

REAL = Path(__file__).parent / "real"
SPECTER = REAL / "claims" / "sources" / "2020.acl-main.207.pdf"
S2ORC = REAL / "claims" / "sources" / "2020.acl-main.447.pdf"
USE = REAL / "redteam9" / "sources" / "1803.11175.pdf"
DOC2VEC = REAL / "redteam10" / "sources" / "1607.05368.pdf"
LITERATURE_GRAPH = REAL / "claims" / "sources" / "N18-3011.pdf"
SHARED = Path(__file__).parents[2] / "shared" / "real-papers"


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _footnotes(path: Path) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for sentence in _paper(path).sentences:
        if footnotes.in_footnote(sentence.section):
            found.setdefault(sentence.section or "", []).append((sentence.page, sentence.text))
    return found


def _status(path: Path, text: str) -> tuple[Status, str, list[str]]:
    claim = verify_on({path.stem: _paper(path)}, path.stem, [text])[0]
    return (claim.status, " ".join(check.explanation for check in claim.checks),
            [evidence.location or "" for check in claim.checks for evidence in check.evidence])


def test_footnotes_are_sentences_of_their_own_with_page_and_number():
    found = _footnotes(SPECTER)
    assert found["Footnote 15"] == [(8, "We also experimented with further task-specific "
                                        "fine-tuning of our SPECTER on the end tasks but we did "
                                        "not observe additional improvements.")]
    # a mark read into the line as its first word; two sentences of one footnote
    assert [page for page, _ in found["Footnote 4"]] == [2, 2]
    assert found["Footnote 4"][0][1].startswith("We also experimented with additional fields")
    # a footnote of a link alone, or of two words, states nothing and is left out
    assert not any("github.com/allenai/scidocs" in text
                   for sentences in found.values() for _, text in sentences)
    assert not any(text == "Equal contribution" for sentences in found.values()
                   for _, text in sentences)
    # and no footnote runs into the body: the body's sentences are as they were
    body = [s.text for s in _paper(SPECTER).sentences if not footnotes.in_footnote(s.section)]
    assert not any("additional improvements" in text for text in body)


def test_a_mark_read_as_a_line_of_its_own_opens_the_next():
    found = _footnotes(LITERATURE_GRAPH)
    assert found["Footnote 4"][0][1].startswith("We also experimented with a “pure” rules-based")


@pytest.mark.skipif(not (SHARED / "bunescu-acl07.pdf").exists(), reason="needs ../shared")
def test_small_print_under_no_mark_is_no_footnote():
    assert _footnotes(SHARED / "bunescu-acl07.pdf") == {}


def test_planted_marks_unread(monkeypatch):
    """With no mark read, no footnote is, and footnote 5's statement has no evidence."""
    monkeypatch.setattr(footnotes, "_mark_before", lambda *args: None)
    monkeypatch.setattr(footnotes, "_lone_mark", lambda *args: None)
    paper = parse_paper(read_document(USE))
    assert not any(footnotes.in_footnote(sentence.section) for sentence in paper.sentences)
    claim = verify_on({USE.stem: paper}, USE.stem, [
        "A similarity based on angular distance performs better on average than raw cosine "
        "similarity."])[0]
    assert claim.status == Status.unverified


@pytest.mark.parametrize(("path", "text", "expected", "where"), [
    (S2ORC, "GROBID outperforms ScienceParse for title and author extraction.",
     Status.contradicted, "Footnote 11"),
    (USE, "A similarity based on angular distance performs better on average than raw cosine "
          "similarity.", Status.confirmed, "Footnote 5"),
    (DOC2VEC, "After removing low frequency words, the WIKI vocabulary has about 670K words.",
     Status.confirmed, "Footnote 9"),
])
def test_a_footnote_decides_what_it_states(path, text, expected, where):
    status, why, locations = _status(path, text)
    assert status == expected, why
    assert where in locations, locations


def test_a_footnote_number_of_another_thing_confirms_nothing():
    status, why, _ = _status(DOC2VEC, "After removing low frequency words, the WIKI vocabulary "
                                      "has about 300K words.")  # AP-NEWS's
    assert status != Status.confirmed, why


@pytest.mark.parametrize("text", [
    "The dbow model trained on WIKI uses a window size of 5.",  # footnote 11 is skip-gram's
    "dmpv trained on AP-NEWS uses a vector size of 300.",  # footnote 9 is dbow's
])
def test_a_footnote_is_not_lent_the_subject_its_mark_names(text, monkeypatch):
    status, why, _ = _status(DOC2VEC, text)
    assert status != Status.confirmed, why
    # planted: footnotes held to what a body sentence is held to
    monkeypatch.setattr(source_check, "footnote_unheld", lambda *args: False)
    status, why, _ = _status(DOC2VEC, text)
    assert status == Status.confirmed, why
