"""Round 22 (text22): a change said of an addition, read from the table row that adds it.

"Adding sentence breaks lowers LayoutLM's Macro F1 on DocBank" (false: VILA, arXiv:2106.00676,
page 3, Table 8 prints 91.06 for LayoutLM-BASE and 91.44 for LayoutLM-BASE + Sentence Breaks)
and "Adding text-line I-VILA to BERT-Base raises its correspondence F1" (false: Table 7, 89.66
against 89.57) are direction flips of red team 4 that stayed unverified: the comparison reader
of the cell arithmetic found no two rows the claim names apart, since the claim names the added
row by every word of its base row too. `verify/added_rows.py` reads the pair (the row labelled
"<base> + <addition>" against the row "<base>"). Each probe below was labelled from the page
image of page 3 (Tables 7 and 8) before the tool ran on it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import scored, verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import cell_arithmetic
from verify_claims.verify.added_rows import _addition

VILA = "2106.00676"
SOURCE = Path(__file__).resolve().parent / "real" / "redteam4" / "sources" / f"{VILA}.pdf"

PROBES = [
    ("Adding sentence breaks lowers LayoutLM's Macro F1 on DocBank.", "contradicted"),
    ("Adding sentence breaks raises LayoutLM's Macro F1 on DocBank.", "confirmed"),
    ("Adding sentence breaks to LayoutLM lowers its Macro F1 on GROTOAP2.", "confirmed"),
    ("Adding sentence breaks to LayoutLM raises its Macro F1 on GROTOAP2.", "contradicted"),
    ("Adding text-line I-VILA to BERT-Base raises its correspondence F1.", "contradicted"),
    ("Adding text-line I-VILA to BERT-Base lowers its correspondence F1.", "confirmed"),
    ("Adding text-block I-VILA to BERT-Base raises its Macro F1 on GROTOAP2.", "confirmed"),
    ("Adding text-block I-VILA to LayoutLM lowers its Macro F1 on DocBank.", "contradicted"),
    ("Adding text-line I-VILA to LayoutLM improves its Figure F1 on DocBank.", "confirmed"),
    ("Adding text-line I-VILA to LayoutLM hurts its Figure F1 on DocBank.", "contradicted"),
    ("Adding sentence breaks raises LayoutLM's abstract F1 on DocBank.", "contradicted"),
    # which I-VILA (text line or text block) is not said: no one pair of rows
    ("Adding I-VILA to BERT-Base raises its Macro F1 on DocBank.", "confirmed"),
    ("Adding sentence breaks does not lower LayoutLM's Macro F1 on DocBank.", "confirmed"),
    ("Adding sentence breaks to LayoutLM lowers its equation F1 on GROTOAP2.", "confirmed"),
]
# Read only through the added row (the planted-bug test switches the reading off).
BY_ADDED_ROWS = [PROBES[0], PROBES[4], PROBES[9]]


@cache
def _papers() -> dict[str, Paper]:
    return {VILA: parse_paper(read_document(SOURCE))}


def test_no_probe_gets_a_wrong_decisive_verdict() -> None:
    verdicts = verify_on(_papers(), VILA, [text for text, _ in PROBES])
    wrong, right = scored(verdicts, PROBES)
    assert wrong == []
    assert right >= 11


@pytest.mark.parametrize(("base", "label", "added"), [
    ("LayoutLMBASE", "LayoutLMBASE + Sentence Breaks", "Sentence Breaks"),
    ("PL", "PL w/ HMM-T", "HMM-T"),
    ("BiLSTM", "BiLSTM with attention", "attention"),
    ("BERT", "BERTBASE", None),  # another label that starts alike adds nothing
    ("LayoutLM", "LayoutLMv2", None),
    ("BERT", "BERT", None),
])
def test_what_a_row_adds(base: str, label: str, added: str | None) -> None:
    assert _addition(base, label) == added


def test_without_the_added_rows_the_flips_stay_unverified(monkeypatch) -> None:
    texts = [text for text, _ in BY_ADDED_ROWS]
    assert [claim.status for claim in verify_on(_papers(), VILA, texts)] \
        == [Status.contradicted] * len(texts)
    monkeypatch.setattr(cell_arithmetic, "added_row_order", lambda *args: None)
    assert Status.contradicted not in [claim.status
                                       for claim in verify_on(_papers(), VILA, texts)]
