"""An unverified claim whose number a table prints says which of its words the cell lacks
(`verify/cell_notes.py`), on smola10 (arXiv 1004.4820) Tables 1 and 2; the note decides
nothing."""

from __future__ import annotations

import pytest
from conftest import _read_real
from test_mutations_quick import mutations  # the benchmark's verify-with-a-parsed-paper helper

from verify_claims.claims import CheckKind, Outcome, Status


@pytest.fixture(scope="module")
def claims():
    paper, _ = _read_real("smola10")
    texts = ["With 100 computers, the news collection took 12.5 hours.",
             "On news, the runtime with 100 computers was 12.5 hours.",
             "With 100 computers, the news collection took 13.5 hours."]
    return mutations.verify_texts(paper, *texts, stem="smola10")


def _table_checks(claim):
    return [check for check in claim.checks if check.kind == CheckKind.table]


def test_the_cell_with_the_number_names_the_words_it_lacks(claims):
    paraphrase = claims[0]
    assert paraphrase.status == Status.unverified
    (note,) = _table_checks(paraphrase)
    assert note.outcome == Outcome.no_evidence and not note.decisive
    # "news / 100": since round 21 (tab21, extract/size_rows.py) the computers row is a header
    assert "Table 2 prints 12.5 for runtime (hours) × news / 100, as the claim's 12.5" \
        in note.explanation
    assert "collection" in note.missing and "took" in note.missing
    assert "not decided" in note.explanation


def test_no_note_where_a_cell_decides_or_none_prints_the_number(claims):
    _, worded, wrong = claims
    assert worded.status == Status.confirmed
    assert all(check.outcome != Outcome.no_evidence for check in _table_checks(worded))
    # 13.5 is printed nowhere: a note may speak of the claim's 100, never of 13.5.
    assert not any("claim's 13.5" in check.explanation for check in _table_checks(wrong))
