"""What the verifier derives once and reuses (per paper, per claim) must never leak from one
paper or claim to another, and must give what computing it afresh gives."""

from __future__ import annotations

import pytest
from test_cell_lookup import SOURCE, _cell, _claim, _leaderboard

from verify_claims.claims import Outcome, Paper
from verify_claims.extract.paper import enrich_paper
from verify_claims.verify import cell_check, passages
from verify_claims.verify.cell_arithmetic import check_cell_differences
from verify_claims.verify.cell_check import check_cells
from verify_claims.verify.passages import PassageIndex, content_terms, query_text

CLAIMS = [
    "Osprey reaches an nDCG of 88.1 on the co-view task.",
    "Osprey reaches an nDCG of 87.0 on the co-view task.",
    "Lynx reaches an nDCG of 70.2 on the co-view task.",
    "Lynx with the reranker reaches an nDCG of 70.2 on the co-view task.",
    "Osprey reaches an nDCG of 88.1.",
    "Osprey beats Lynx by 11.1 nDCG on the Cite task.",
    "Osprey beats Lynx by 12.0 nDCG on the Cite task.",
    "Averaged over Cite and Co-Cite, Osprey scores 92.55 nDCG.",
    "The reranker lifts Lynx by 2.5 nDCG on the Cite task.",
    "Osprey scores 88.1 on the co-view task.",  # no metric named: fewer header words said
    "Lynx with the reranker scores 84.0 on the cite task.",
    "Osprey beats Lynx by 17.2 on the co-view task.",
]


def _other_leaderboard() -> Paper:
    """The leaderboard with other values and another model: a second paper."""
    paper = _leaderboard()
    for row in paper.tables[0].rows:
        for column, cell in enumerate(row):
            if cell.value is not None:
                text = f"{cell.value - 1.0:.1f}"
                row[column] = _cell(text, cell.row_headers, cell.column_headers)
    paper.tables[0].rows[0][0] = _cell("Heron", ["Heron"], ["Model"])
    for column, cell in enumerate(paper.tables[0].rows[0][1:], 1):
        paper.tables[0].rows[0][column] = _cell(cell.text, ["Heron"], cell.column_headers)
    return enrich_paper(paper.model_copy(update={"title": "Heron embeddings"}))


def _results(paper: Paper, index: PassageIndex) -> list:
    return [(check_cells(_claim(text), paper, SOURCE, index),
             check_cell_differences(_claim(text), paper, SOURCE, index)) for text in CLAIMS]


def test_the_header_word_index_gives_what_scanning_every_cell_gives(monkeypatch):
    """With the per-paper index from header word to cells, each claim gets exactly the checks
    that reading every cell gives."""
    paper = _leaderboard()
    indexed = _results(paper, PassageIndex(paper))
    assert any(cells is not None and cells.outcome == Outcome.supported
               for cells, _ in indexed)
    assert any(difference is not None for _, difference in indexed)
    import verify_claims.verify.cell_arithmetic as cell_arithmetic

    def every_cell(passages, index, words):
        return list(passages)

    monkeypatch.setattr(cell_check, "candidates", every_cell)
    monkeypatch.setattr(cell_arithmetic, "cell_candidates", every_cell)
    assert _results(paper, PassageIndex(paper)) == indexed


def test_two_papers_never_share_their_cell_passages_or_paths():
    one, two = _leaderboard(), _other_leaderboard()
    first = check_cells(_claim(CLAIMS[0]), one, SOURCE, PassageIndex(one))
    second = check_cells(_claim(CLAIMS[0]), two, SOURCE, PassageIndex(two))
    assert first is not None and first.outcome == Outcome.supported
    # The second paper prints 87.1 in that cell: the claim's 88.1 is not confirmed there.
    assert second is None or second.outcome != Outcome.supported
    assert "87.1" in (second.explanation if second else "87.1")
    heron = check_cells(_claim("Heron reaches an nDCG of 87.1 on the co-view task."), two,
                        SOURCE, PassageIndex(two))
    assert heron is not None and heron.outcome == Outcome.supported
    assert check_cells(_claim("Heron reaches an nDCG of 87.1 on the co-view task."), one,
                       SOURCE, PassageIndex(one)) is None


@pytest.mark.parametrize("truncated", [False, True])
def test_the_claim_text_cache_follows_the_text_and_the_cut(truncated):
    text = "Intermediate training on MNLI improves XNLI accuracy by 1.3 points overall"
    claim = _claim(text).model_copy(update={"truncated": truncated})
    terms, processed = passages._claim_text(claim)
    assert list(terms) == content_terms(query_text(claim))
    assert ("overa" in terms) is not truncated  # a cut claim loses its last word
    other = _claim("Osprey reaches an nDCG of 88.1 on the co-view task.")
    assert passages._claim_text(other)[0] != terms
    assert passages._claim_text(claim) == (terms, processed)


def test_the_asks_of_a_claim_are_its_own_and_the_callers_lists_are_fresh():
    from verify_claims.verify import table_check

    text = "Osprey reaches an nDCG of 88.1 on the co-view task, about 5 points above Lynx."
    asks, skipped = table_check._asks(_claim(text))
    assert [ask.label for ask in asks] == ["88.1"] and skipped == ["5 points"]
    skipped.append("changed by a caller")  # check_tables appends what it could not check
    asks.clear()
    again, skipped_again = table_check._asks(_claim(text))
    assert [ask.label for ask in again] == ["88.1"] and skipped_again == ["5 points"]
    other, _ = table_check._asks(_claim("Lynx reaches an nDCG of 70.9 on the co-view task."))
    assert [ask.label for ask in other] == ["70.9"]
    cut = _claim(text).model_copy(update={"truncated": True})
    assert table_check._ASKS.peek((cut.text, True)) is None  # the cut is part of the key
