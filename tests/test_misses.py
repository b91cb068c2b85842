"""benchmarks/misses.py groups the claims the gold decides and the verifier left unverified,
from what the verifier recorded on them; checked on BERT's tables (arXiv 1810.04805, the red
team 6 corpus's source), where each claim below is as its gold row says (page 6's Tables 2
and 3 read from the page image: BERT-Large single, SQuAD 1.1 dev 84.1 EM / 90.9 F1; Human
82.3 EM and 91.2 F1 in Table 2's test columns, 86.9 EM and 89.5 F1 in Table 3's)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import misses  # noqa: E402
from accuracy import GoldRow, Match  # noqa: E402

SOURCES = ROOT / "tests" / "real" / "redteam6" / "sources"
# True (BERT reads WordPiece tokens), and no cell's labels say "WordPiece". (Until round 18 the
# example was "... reaches 84.1 EM and 90.9 F1 on the SQuAD 1.1 dev set", whose cells now lend
# each other their column headers and confirm it: verify/row_mate_columns.py.)
UNNAMED = ("With WordPiece tokens, a single BERT-Large reaches 84.1 EM on the SQuAD 1.1 dev "
           "set.")
# Names no version, so both tables print a cell of its labels (until round 38 the example said
# "SQuAD 2.0", which now reads Table 3's own cell: tests/test_round38_regressions.py).
TWIN_TABLES = "Human performance on the SQuAD test set is 82.3 EM."


@pytest.fixture(scope="module")
def claims():
    paper, _ = _papers_of(SOURCES)("1810.04805")
    return mutations.verify_texts(paper, UNNAMED, TWIN_TABLES, stem="1810.04805")


def _miss(claim, status: str = "confirmed") -> misses.Miss:
    gold = GoldRow(report="r.md", row=1, text=claim.text, status=status, category="table_cell",
                   rationale="")
    (found,) = misses.misses([Match(gold, claim)])
    return found


def test_a_cell_note_is_grouped_with_the_names_its_headers_lack(claims):
    found = _miss(claims[0])
    assert found.group == "cell lacks names"
    assert "WordPiece" in found.detail.split(" | ")


def test_a_guarded_table_check_names_its_guard(claims):
    found = _miss(claims[1])
    assert found.group == "guard"
    assert found.guard == "guards_table_twins"
    assert found.detail.startswith("Not decided: Table 2 and Table 3 both print")


def test_decided_or_undecided_gold_is_no_miss(claims):
    gold = GoldRow(report="r.md", row=1, text=TWIN_TABLES, status="unverified",
                   category="table_cell", rationale="")
    assert misses.misses([Match(gold, claims[1])]) == []
    assert misses.misses([Match(gold, None)]) == []
    missing = GoldRow(report="r.md", row=1, text="x", status="contradicted",
                      category="table_cell", rationale="")
    assert [found.group for found in misses.misses([Match(missing, None)])] == ["no claim"]


def test_blind_corpora_are_refused_before_anything_is_read(capsys, monkeypatch):
    monkeypatch.setattr(misses, "corpus_matches", lambda *a: pytest.fail("read a blind corpus"))
    assert misses.main(["--corpus", str(ROOT / "tests" / "real" / "heldout3")]) == 2
    assert "blind" in capsys.readouterr().err


def test_an_unknown_reason_names_no_guard():
    assert misses.guard_of("Zq xv wk pj.") == "?"
