"""Check-mark columns read as the condition they mark (extract/mark_columns.py), a number a
sentence ties to another system's coined name (verify/coined_names.py), and a cell that prints
two numbers as a rival of the cell a check read (guards_cells.closer_cell). Pinned on real
pages: Deng et al. (arXiv:1912.10667, from the blind corpus tests/real/heldout3, whose tables
were read against the page image; these checks make its Table 4 claims no longer blind) and
P07-1088 Table 2 (from the mutation benchmark, seed 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mutations_quick import mutations, verify_texts

from verify_claims.claims import Cell, Status
from verify_claims.extract.mark_columns import mark_conditions
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.quantities import parse_quantities
from verify_claims.extract.readers import read_document
from verify_claims.verify.coined_names import coined, other_subject

DENG = Path(__file__).parent / "real" / "heldout3" / "sources" / "1912.10667v1.pdf"


@pytest.fixture(scope="module")
def deng():
    paper = parse_paper(read_document(DENG))
    texts = [
        "With G-pooling, FCN reaches 81.63 pixel accuracy on Potsdam.",          # true
        "On Vaihingen, SegNet with G-pooling reaches an mIoU of 66.71.",         # true
        "On Vaihingen, SegNet with G-pooling reaches an mIoU of 66.04.",         # the × row
        "On Potsdam, SegNet with G-pooling reaches an mIoU of 66.71.",           # Vaihingen's
        "With G-pooling, FCN reaches 79.55 pixel accuracy on Potsdam.",          # the × row
        "Trained on Vaihingen and tested on Potsdam, SegNet with G-pooling reaches 25.64 mIoU.",
        "Trained on Vaihingen and tested on Potsdam, FCN with G-pooling reaches 25.64% mIoU.",
    ]
    return [claim.status for claim in mutations.verify_texts(paper, *texts, stem="deng")]


def test_check_marks_tell_the_rows_with_and_without_apart(deng):
    assert deng[:2] == [Status.confirmed, Status.confirmed]
    # The other row's or block's value: never confirmed (a contradiction needs the row picked
    # strictly, and "G-Pooling" is also a word of the "w/o G-Pooling" row).
    assert Status.confirmed not in deng[2:5]


def test_another_systems_number_does_not_contradict(deng):
    # The sentence gives FCN's 23.02% for V→P; SegNet's 25.64 is in Table 4.
    assert deng[5] != Status.contradicted
    assert deng[6] == Status.contradicted  # about FCN itself, it still does


def test_mark_conditions_on_cells():
    def row(name: str, mark: str, value: str) -> list[Cell]:
        labels = [name, mark]
        return [Cell(text=name, row_headers=labels, column_headers=["Network"]),
                Cell(text=mark, row_headers=labels, column_headers=["G-Pooling"]),
                Cell(text=value, value=float(value), row_headers=labels,
                     column_headers=["mIoU"])]

    rows = [row("FCN", "\u00d7", "66.7"), row("FCN", "\u2713", "67.9")]
    mark_conditions(rows)
    assert rows[0][2].row_headers == ["FCN", "w/o G-Pooling"]
    assert rows[1][2].row_headers == ["FCN", "G-Pooling"]
    assert rows[1][1].text == "\u2713"  # the printed mark stays
    only_ticks = [row("FCN", "\u2713", "66.7"), row("PSP", "\u2713", "67.9")]
    mark_conditions(only_ticks)  # a column of one mark marks no condition
    assert only_ticks[0][2].row_headers == ["FCN", "\u2713"]


def test_coined_names_and_their_clause():
    sentence = ("As shown, when testing Potsdam using a model trained on Vaihingen, FCN with "
                "G-pooling is able to achieve 23.02% mIoU")
    (found,) = [q for q in parse_quantities(sentence) if q.value == 23.02]
    assert coined(sentence) == {"fcn"}  # "G-pooling" and "mIoU" are no system names
    assert other_subject("SegNet reaches 25.64 mIoU", sentence, found)
    assert not other_subject("FCN reaches 25.64 mIoU", sentence, found)
    assert not other_subject("Training reaches 25.64 mIoU", sentence, found)  # no name of its own
    assert "scibert" in coined("S2ORC-SciBERT uses a cased vocabulary")


def test_a_cell_of_two_numbers_is_a_closer_rival():
    # REALM × Average prints "0.851 (39%)"; the claim names REALM, not "Avg. Prec." (0.605).
    (claim,) = verify_texts("P07-1088", "On REALM, Average is 0.605.")
    assert claim.status != Status.confirmed
