"""Round 22 (tab22): how a table's cells are matched to a claim, on two real papers.

- Cells of another table that the claim names only in part (verify/cell_dominance.py): the AoA
  Reader paper (Cui et al., arXiv:1607.04423; tests/real/redteam7/sources) prints "AoA Reader"
  in Table 2 (CNN News / CBTest NE / CBTest CN, each Valid and Test) and again in Table 4 (the
  CBTest columns only). "The AoA Reader reaches 73.1% test accuracy on CNN News" (false: 73.1
  is the Valid cell, the Test cell prints 74.4; redteam7's gold, Table 2, page 6) reached Table
  2's Test cell and Table 4's CBTest Test cells, three numbers, and stayed unverified.
- A time and a rate per that time (verify/cell_units.py): Smola and Narayanamurthy (PVLDB 2010,
  arXiv:1004.4820; tests/real/tables/sources), Tables 1-3 print "runtime (hours)" and
  "throughput (documents/hour)" for every column; "two computers processed news at 47.4K
  documents per hour" (false: news at 2 computers runs at 26.8K, 47.4K is PubMed's; tables'
  gold row 18, Table 3, page 7) reached both cells of its column and stayed unverified.

- A second subject set beside the first by a position word (verify/against_pairs.py,
  `_BESIDE`): "On German semantic analogies, sisg reaches 62.3, below cbow's 66.8" (true:
  Bojanowski et al., arXiv:1607.04606, Table 2, DE / Semantic: sisg 62.3, cbow 66.8; redteam7's
  gold) and "The simple group classifier scores 87.01 Macro F1 on DocBank, below LayoutLM's
  91.06" (true: VILA, arXiv:2106.00676, Table 3; redteam4's gold) left "below" and the second
  name unaccounted; read as "A scores x" and B's cell beside it, both cells decide.

Each rule is pinned by true and false claims, and switched off (planted bug) to show that the
false claim is then no longer contradicted.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from probe_verdicts import verify_on

from verify_claims.claims import Paper, Quantity, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import against_pairs, cell_check
from verify_claims.verify.cell_units import _header_kinds, claimed_kind

ROOT = Path(__file__).resolve().parent / "real"
PDFS = {"aoa": ROOT / "redteam7" / "sources" / "1607.04423.pdf",
        "fasttext": ROOT / "redteam7" / "sources" / "1607.04606.pdf",
        "vila": ROOT / "redteam4" / "sources" / "2106.00676.pdf",
        "smola": ROOT / "tables" / "sources" / "1004.4820.pdf"}

AOA = [
    ("The AoA Reader reaches 74.4% test accuracy on CNN News.", Status.confirmed),
    ("The AoA Reader reaches 73.1% test accuracy on CNN News.", Status.contradicted),
    ("The GA Reader reaches 73.8% test accuracy on CNN News.", Status.confirmed),
    ("The GA Reader reaches 73.0% test accuracy on CNN News.", Status.contradicted),
]
SMOLA = [
    ("In the fixed-load setting, two computers processed news at 26.8K documents per hour.",
     Status.confirmed),
    ("In the fixed-load setting, two computers processed news at 47.4K documents per hour.",
     Status.contradicted),
    ("Ten computers finished the PubMed run on the Hadoop cluster in 17.2 hours.",
     Status.confirmed),
    ("Ten computers finished the PubMed run on the Hadoop cluster in 12.7 hours.",
     Status.contradicted),
]

FASTTEXT = [
    ("On German semantic analogies, sisg reaches 62.3, below cbow's 66.8.", Status.confirmed),
    ("On German semantic analogies, sisg reaches 62.3, below cbow's 68.6.",
     Status.contradicted),
    # The order of the two numbers is the claim's own: swapped, this route reads nothing.
    ("On German semantic analogies, sisg reaches 66.8, above cbow's 62.3.", Status.unverified),
]
VILA = [
    ("On DocBank, line-level H-VILA scores 91.27 Macro F1, slightly above LayoutLM's 91.06.",
     Status.confirmed),
    ("The simple group classifier scores 87.01 Macro F1 on DocBank, below LayoutLM's 91.06.",
     Status.confirmed),
    ("The simple group classifier scores 87.01 Macro F1 on DocBank, below LayoutLM's 91.60.",
     Status.contradicted),
]


@cache
def _paper(stem: str) -> Paper:
    return parse_paper(read_document(PDFS[stem]))


def _statuses(stem: str, probes: list[tuple[str, Status]]) -> list[Status]:
    claims = verify_on({stem: _paper(stem)}, stem, [text for text, _ in probes])
    return [claim.status for claim in claims]


@pytest.mark.parametrize(("stem", "probes"), [("aoa", AOA), ("smola", SMOLA),
                                              ("fasttext", FASTTEXT), ("vila", VILA)])
def test_real_cells_decide(stem, probes):
    assert _statuses(stem, probes) == [status for _, status in probes]


def test_real_without_dominance_the_other_table_blocks(monkeypatch):
    """Planted bug: every accounted cell kept; Table 4's CBTest cells stop the contradiction."""
    monkeypatch.setattr(cell_check, "most_specific", lambda accounted, words: list(accounted))
    assert _statuses("aoa", AOA[1:2]) == [Status.unverified]


def test_real_without_unit_kinds_the_rate_cell_blocks(monkeypatch):
    """Planted bug: the runtime cell kept beside the throughput cell of its column."""
    monkeypatch.setattr(cell_check, "unit_kind_cells",
                        lambda accounted, text, quantities: list(accounted))
    assert _statuses("smola", SMOLA[1:2]) == [Status.unverified]


def test_real_without_position_words_the_pair_is_unread(monkeypatch):
    """Planted bug: no "above/below B's y" reading; both claims stay unverified."""
    monkeypatch.setattr(against_pairs, "_BESIDE", re.compile(r"(?!x)x"))
    assert _statuses("fasttext", FASTTEXT[:2]) == [Status.unverified, Status.unverified]
    assert _statuses("vila", VILA[1:3]) == [Status.unverified, Status.unverified]


@pytest.mark.parametrize(("text", "parts"), [
    ("On English WS353, cbow reaches 73, above sisg's 71.", ("On English WS353, cbow reaches 73",
                                                          "sisg")),
    ("ERD's 1000 ms error on the discussion activity is 2.92, just below LSTM-3LR's 2.93.",
     ("ERD's 1000 ms error on the discussion activity is 2.92", "LSTM-3LR")),
    ("The base Transformer scores 38.1 BLEU, below the 40.46 of a single ConvS2S model.",
     ("The base Transformer scores 38.1 BLEU", "a single ConvS2S model")),
    ("X reaches 62.3, above cbow's 66.8.", None),  # the numbers say the other order
    ("PCNN+ATT's P@200 is 73.1, 4.5 points above CNN+ATT's 68.6.", None),  # a difference
])
def test_position_word_parts(text, parts):
    assert against_pairs.against_parts(text) == parts


def _quantity(text: str, number: str) -> Quantity:
    start = text.index(number)
    return Quantity(text=number, value=0.0, span=(start, start + len(number)))


@pytest.mark.parametrize(("text", "number", "kind"), [
    ("41 computers processed PubMed in 4.8 hours.", "4.8", ("amount", "hour")),
    ("a computer processed PubMed at 62.8K documents per hour.", "62.8K", ("rate", "hour")),
    ("it decodes 259 samples/s on a GPU", "259", ("rate", "second")),
    ("it reaches 4.8 BLEU in two hours", "4.8", None),
    ("the model has 12 heads", "12", None),
])
def test_claimed_kind(text, number, kind):
    assert claimed_kind(text, _quantity(text, number)) == kind


@pytest.mark.parametrize(("headers", "kinds"), [
    ("pubmed / runtime (hours) × 41", {"amount"}),
    ("pubmed / throughput (documents/hour) × 41", {"rate"}),
    ("Speed (tokens per hour) / Time (h)", {"rate", "amount"}),
    ("LayoutLM × DocBank / H(G)", set()),
])
def test_header_kinds(headers, kinds):
    assert _header_kinds(headers, "hour") == kinds
