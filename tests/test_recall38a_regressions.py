"""Round 38 recall fixes (recall38a) on table claims of the non-blind corpora, each pinned on
the real PDF with a planted-bug check: switched off, the withheld verdict comes back and the
test fails.

- Two-subject claims "A scores x, against y for B" whose B the table prints shortened:
  "the skipgram baseline" of the column "sg" (arXiv:1607.04606 Table 1, red team 7), "the
  original embeddings" of the row "Original" (arXiv:2201.12091 Table 1, red team 5). The
  first statement was confirmed, B's cell left unfound (`verify/side_names.py`, read by
  `against_pairs._loose_cell`); the looser naming only ever confirms. Two more forms are
  read so: "..., against a previous state of the art of 76.68" (the column "SOTA" of
  arXiv:1903.10676 Table 1, red team 3) and "..., against 74.80 without transfer" (the column
  "No Transfer" of arXiv:1703.06345 Table 2, red team 8; `against_pairs.loose_parts`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from probe_verdicts import verify_on

from verify_claims.claims import Paper, Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import against_pairs
from verify_claims.verify.side_names import loosely_named

REAL = Path(__file__).resolve().parent / "real"
FASTTEXT = REAL / "redteam7" / "sources" / "1607.04606.pdf"
RLACE = REAL / "redteam5" / "sources" / "2201.12091.pdf"
SCIBERT = REAL / "redteam3" / "sources" / "1903.10676.pdf"
TAGGING = REAL / "redteam8" / "sources" / "1703.06345.pdf"


@cache
def _paper(path: Path) -> Paper:
    return parse_paper(read_document(path))


def _status(path: Path, text: str) -> Status:
    return verify_on({"p": _paper(path)}, "p", [text])[0].status


# Table 1, DE / GUR350: sg 61, cbow 62, sisg- 64, sisg 70.
SISG_TRUE = ("On the German GUR350 dataset, sisg reaches a correlation of 70, against 61 for "
             "the skipgram baseline.")
SISG_CBOW = ("On the German GUR350 dataset, sisg reaches a correlation of 70, against 62 for "
             "the skipgram baseline.")  # 62 is cbow's: the loose name confirms only
SISG_FALSE = ("On the German GUR350 dataset, sisg reaches a correlation of 64, against 61 for "
              "the skipgram baseline.")  # 64 is sisg-'s
# Table 1, Science-art.: Original 1.63, INLP 1.03 +- 0.11.
RLACE_TRUE = ("On the science-art association, INLP's WEAT d is 1.03, against 1.63 for the "
              "original embeddings.")


def test_a_shortened_other_subject_is_found_beside():
    assert _status(FASTTEXT, SISG_TRUE) == Status.confirmed
    assert _status(RLACE, RLACE_TRUE) == Status.confirmed


def test_a_loosely_named_cell_never_contradicts():
    assert _status(FASTTEXT, SISG_CBOW) == Status.unverified
    assert _status(FASTTEXT, SISG_FALSE) != Status.confirmed


def test_planted_no_loose_side_leaves_them_unverified(monkeypatch):
    monkeypatch.setattr(against_pairs, "_loose_cell", lambda *args: None)
    assert _status(FASTTEXT, SISG_TRUE) == Status.unverified
    assert _status(RLACE, RLACE_TRUE) == Status.unverified


def test_loosely_named_reads_contractions_initials_and_one_word_more():
    printed = {"sg", "cbow", "sisg", "dan", "lrn", "w2v", "w", "e", "original", "inlp"}
    assert loosely_named("the skipgram baseline", "sg", printed)
    assert loosely_named("the DAN with learned word embeddings", "DAN (lrn w.e.)", printed)
    assert not loosely_named("the DAN with learned word embeddings", "DAN (w2v w.e.)", printed)
    assert loosely_named("a previous state of the art", "SOTA", printed)
    assert loosely_named("the original embeddings", "Original", printed)
    # a negation, a word another label prints, or two words more: not named
    assert not loosely_named("the model without skipgram", "sg", printed)
    assert not loosely_named("the skipgram cbow", "sg", printed)
    assert not loosely_named("the skipgram baseline model", "sg", printed)
    assert not loosely_named("the cbow baseline", "sg", printed)
    # a stop word of the side names no one-letter label ("for a baseline" is no row "A")
    assert not loosely_named("a baseline", "A", printed | {"a"})


# arXiv:1903.10676 Table 1, ChemProt: SOTA 76.68, SciBERT Finetune 83.64 (BERT-Base 79.14).
SOTA_TRUE = ("Finetuned SciBERT scores 83.64 on ChemProt, against a previous state of the art "
             "of 76.68.")
SOTA_OTHER = ("Finetuned SciBERT scores 83.64 on ChemProt, against a previous state of the art "
              "of 79.14.")  # BERT-Base's number: no confirmation, no contradiction
# arXiv:1703.06345 Table 2, PTB -> Twitter/0.1, T-A: Transfer 83.65, No Transfer 74.80.
TRANSFER_TRUE = ("Transferring from PTB to Twitter/0.1 with T-A reaches 83.65, against 74.80 "
                 "without transfer.")


def test_the_other_subject_after_against_a_or_without():
    assert _status(SCIBERT, SOTA_TRUE) == Status.confirmed
    assert _status(SCIBERT, SOTA_OTHER) == Status.unverified
    assert _status(TAGGING, TRANSFER_TRUE) == Status.confirmed


def test_planted_no_loose_forms_leave_them_unverified(monkeypatch):
    monkeypatch.setattr(against_pairs, "loose_parts", lambda text: None)
    assert _status(SCIBERT, SOTA_TRUE) == Status.unverified
    assert _status(TAGGING, TRANSFER_TRUE) == Status.unverified


def test_a_negated_side_names_only_a_negated_label():
    printed = {"transfer", "no", "delta"}
    assert loosely_named("without transfer", "No Transfer", printed)
    assert loosely_named("the model w/o transfer", "No Transfer", printed)
    assert not loosely_named("without transfer", "Transfer", printed)
    assert not loosely_named("transfer", "No Transfer", printed)
