"""Differences of two table cells named phrase by phrase (verify/cell_phrases.py), on real
tables, through the whole verify stage: claim text + real paper -> status.

The claims are written the way synthesis reports word differences ("leads", "adds ... over",
"ahead of", "points more ... than"); the true differences are computed from the
hand-transcribed cells of tests/real/papers/*.gold.yaml. False ones reverse the order, take
a neighbouring row's difference or change the value; none may be decided the wrong way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify_claims.claims import Location, Reference
from verify_claims.extract.claim_builder import build_claim
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify.cell_phrases import named_pair, phrase_positions
from verify_claims.verify.engine import verify_claims
from verify_claims.verify.header_vocabulary import header_words
from verify_claims.verify.header_words import ClaimWords
from verify_claims.verify.sources import Resolution, SourceFile

PAPERS = Path(__file__).resolve().parent / "real" / "papers"


class _Resolver:
    """Every reference ACL:<stem> is tests/real/papers/<stem>.pdf."""

    def resolve(self, reference: Reference) -> Resolution:
        path = PAPERS / f"{reference.acl_id}.pdf"
        return Resolution(reference=reference.key, status="found",
                          source=SourceFile(path=path, kind="pdf", version=None,
                                            origin="sources-dir"),
                          message=path.name)


_PARSED: dict[str, object] = {}


def _status(stem: str, text: str) -> str:
    paper = _PARSED.get(stem)
    if paper is None:
        paper = _PARSED[stem] = parse_paper(read_document(PAPERS / f"{stem}.pdf"))
    claim = build_claim("report.md", text, Location(file="report.md", line=1),
                        references=[Reference(raw=stem, kind="acl", acl_id=stem)])
    verify_claims([claim], _Resolver(), lambda source: paper)  # type: ignore[arg-type]
    return claim.status.value


# --- the phrase reading itself ------------------------------------------------------------


def _paths(*labels: str) -> dict[tuple[str, ...], frozenset]:
    return {(label,): frozenset(header_words(label)) for label in labels}


_N18_ROWS = _paths("title", "authors", "bibliography titles", "bibliography authors",
                   "bibliography venues", "bibliography years")


def test_a_phrase_names_the_row_whose_words_it_says_side_by_side():
    words = ClaimWords("authors is higher than bibliography venues on recall by 2.4")
    assert phrase_positions(("bibliography venues",), words, None) is not None
    # "bibliography" of one phrase and "authors" of another do not make a phrase.
    assert phrase_positions(("bibliography authors",), words, None) is None
    assert named_pair(_N18_ROWS, words, None)[:2] == (("authors",), ("bibliography venues",))


def test_a_phrase_inside_a_longer_one_names_the_longer_path():
    words = ClaimWords("bibliography authors exceeds title on F1 by 11.5")
    assert named_pair(_N18_ROWS, words, None)[:2] == (("bibliography authors",), ("title",))


def test_words_in_parentheses_may_go_unsaid_unless_two_lines_share_the_rest():
    words = ClaimWords("SPECTER exceeds Citeomatic by 2.5")
    assert phrase_positions(("SPECTER (Ours)",), words, None) is not None
    paths = _paths("DEP (UAS)", "DEP (LAS)", "CLS")
    assert named_pair(paths, ClaimWords("DEP exceeds CLS by 2"), None) is None


def test_a_line_that_combines_the_two_compared_names_leaves_no_pair():
    # P07-1088 Table 2 has rows PL, HMM-T and their combination "PL+ HMM-T": "adding HMM-T
    # to PL" may name the combination, so the difference of PL and HMM-T is not read.
    paths = _paths("TEXTRUNNER", "PL", "PL+ HMM-T", "HMM-T", "REALM")
    assert named_pair(paths, ClaimWords("HMM-T beats PL on Founded by 0.089"), None) is None
    assert named_pair(paths, ClaimWords("Adding HMM-T to PL lifts AUC by 0.089"), None) is None
    assert named_pair(paths, ClaimWords("REALM beats PL by 0.066"), None)[:2] \
        == (("REALM",), ("PL",))


# --- claims about real tables --------------------------------------------------------------


@pytest.mark.parametrize("text, status", [
    # Table 1 (gold): authors 92.1 / bibliography venues 89.7 recall; title 85.5,
    # bibliography authors 97.0 F1; bibliography titles 89.3, years 98.0 precision.
    ("Authors are extracted with 2.4 points more recall than bibliography venues.",
     "confirmed"),
    ("For bibliography venues, ScienceParse's recall is 2.4 points below that of authors.",
     "confirmed"),
    ("On F1, bibliography authors exceeds title by 11.5.", "confirmed"),
    ("Bibliography years reach a precision 8.7 points above bibliography titles.",
     "confirmed"),
    # Wrong value, reversed order, a neighbouring row's difference.
    ("Bibliography years reach a precision 7.8 points above bibliography titles.",
     "contradicted"),
    ("On F1, title exceeds bibliography authors by 11.5.", "contradicted"),
    ("ScienceParse extracts bibliography titles with 3.8 points more F1 than bibliography "
     "venues.", "contradicted"),
    ("Bibliography venues are extracted with 2.4 points more recall than authors.",
     "unverified"),
])
def test_differences_of_rows_named_by_phrases_n18(text, status):
    assert _status("N18-3011", text) == status


@pytest.mark.parametrize("text, status", [
    # Table 2 (gold): Average REALM 0.851, PL 0.785; Merged HMM-T 0.864, TEXTRUNNER 0.784,
    # REALM 0.908, PL 0.852; Founded PL 0.633, HMM-T 0.776, PL+ HMM-T 0.722.
    ("REALM leads PL by 0.066 on average.", "confirmed"),
    ("REALM adds 0.124 points over TextRunner on Merged.", "confirmed"),
    ("On Merged, HMM-T exceeds TEXTRUNNER by 0.080.", "confirmed"),
    ("On Merged, HMM-T is 0.080 ahead of TextRunner.", "confirmed"),
    ("REALM leads PL by 0.066 on Merged.", "contradicted"),  # Merged: 0.056
    ("On Merged, TextRunner is 0.080 ahead of HMM-T.", "contradicted"),
    # Table 1 (HMM-T column): Merged 0.920, Average 0.849. Table 2 also has a row "Avg.
    # Prec." and columns Merged and Average: a second reading keeps the reversed claim
    # from being contradicted.
    ("On HMM-T, Merged exceeds Average by 0.071.", "confirmed"),
    ("On HMM-T, Average exceeds Merged by 0.071.", "unverified"),
    # "PL+ HMM-T ... than PL": "PL" is first said inside "PL+", but its phrase comes second.
    ("PL+ HMM-T is higher than PL on Founded by 0.089.", "confirmed"),
    ("PL is higher than PL+ HMM-T on Founded by 0.089.", "contradicted"),
    ("PL+ HMM-T is higher than PL on Founded by 0.142.", "contradicted"),
    # The combination row "PL+ HMM-T" exists: neither reading of HMM-T against PL decides.
    ("HMM-T beats PL by 0.089 on Founded.", "unverified"),
    ("Adding HMM-T to PL lifts the area under the curve on Founded by 0.089.", "unverified"),
])
def test_differences_of_rows_named_by_phrases_p07(text, status):
    assert _status("P07-1088", text) == status


@pytest.mark.parametrize("text, status", [
    # Table 1 (gold): Co-View MAP SPECTER (Ours) 83.6, Citeomatic (2018) 81.1, SGC 77.2.
    ("On co-view MAP, SPECTER exceeds Citeomatic by 2.5.", "confirmed"),
    # "Citeomatic" begins the column "Cite" but names the row: where the word-by-word
    # reading finds that same pair, the reversed order is contradicted ...
    ("On User activity prediction Co-View MAP, SGC (2019a) exceeds Citeomatic (2018) by 3.9.",
     "contradicted"),
    # ... where it also finds pairs of the column "Cite", nothing is contradicted.
    ("On co-view MAP, Citeomatic exceeds SPECTER by 2.5.", "unverified"),
])
def test_a_row_name_is_no_pointer_at_a_column_it_begins(text, status):
    assert _status("2020.acl-main.207", text) == status
