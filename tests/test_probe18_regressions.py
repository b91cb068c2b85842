"""Wrong verdicts found by red-teaming three sentence-embedding papers the tool was never tuned
on (tests/real/redteam9, round 18), each fixed by a general rule and pinned here on the real
page; each rule's test also switches the rule off and sees the wrong verdict come back.
Planted tests use claim texts of their own (the claim's words are remembered per text).

Batch one (Universal Sentence Encoder, arXiv:1803.11175v2, 45 claims) gave one wrong decisive
verdict, and the fix of the reader's "USE_T" tried on it showed a second:

- "The DAN model's memory usage grows quadratically with sentence length" (false: constant)
  was confirmed by "... memory usage for the transformer model increases quickly with sentence
  length, while the memory usage for the DAN model remains constant" (page 6): the statement is
  the first clause's, the claim's "DAN" is after the "while" (`verify/contrast_directions.py`);
- "With 1k SST training examples, USE_T reaches 84.85" (true, Table 3), with "USE_T" read as
  the table's "USE T", was contradicted by Table 1's SST training size, 67,349, against the
  claim's "1k", the setting of the result, while no cell was read for the result
  (`verify/table_settings.py`); pinned with "the transformer encoder" (USE_T), which the
  reader finds in no row either.
"""

from __future__ import annotations

import pytest
from conftest import REDTEAM9_SOURCES, _read_real
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import sentence_reading, table_check
from verify_claims.verify.contrast_directions import straddles_direction_turn

USE = "1803.11175"  # Cer et al., Universal Sentence Encoder (2018)
ADI = "1608.04207"  # Adi et al., auxiliary prediction tasks (ICLR 2017)
WIE = "1511.08198"  # Wieting et al., paraphrastic sentence embeddings (ICLR 2016)


@pytest.fixture(scope="module")
def papers(redteam9_paper):
    return {stem: redteam9_paper(stem)[0] for stem in (USE, ADI, WIE)}


def _status(papers, stem: str, text: str) -> Status:
    return verify_on(papers, stem, [text])[0].status


def _fresh(stem: str):
    """The paper parsed anew: a rule switched off must not find sides read with it on."""
    return {stem: _read_real(stem, REDTEAM9_SOURCES)[0]}


# --- verify/contrast_directions.py ----------------------------------------------------------

MEMORY = ("Similar to compute usage, memory usage for the transformer model increases quickly "
          "with sentence length, while the memory usage for the DAN model remains constant.")


def test_a_claim_straddling_a_turn_of_direction_is_not_read_by_the_first_clause(papers):
    claim = "The DAN model's memory usage grows quadratically with sentence length."
    assert straddles_direction_turn(claim, "increase", MEMORY)
    assert not straddles_direction_turn("Memory usage for the transformer model increases "
                                        "with sentence length.", "increase", MEMORY)
    verified = verify_on(papers, USE, [claim])[0]
    assert verified.status == Status.unverified
    assert _status(papers, USE, "Memory usage for the transformer model increases quickly "
                                "with sentence length.") == Status.confirmed


def test_without_the_turn_rule_the_dan_claim_is_confirmed(monkeypatch):
    monkeypatch.setattr(sentence_reading, "straddles_direction_turn", lambda *args: False)
    text = "The DAN model's memory usage grows quadratically with the sentence length."
    assert _status(_fresh(USE), USE, text) == Status.confirmed


# --- verify/table_settings.py ---------------------------------------------------------------

SETTING = "With 1k SST training examples, the transformer encoder reaches 84.85."


def test_a_cell_disputing_only_the_setting_of_a_result_decides_nothing(papers):
    claim = verify_on(papers, USE, [SETTING])[0]
    assert claim.status == Status.unverified
    assert "setting" in explained(claim)
    # a count claimed for itself is still contradicted by the cell
    assert _status(papers, USE, "The SST training set has 1k examples.") == Status.contradicted


def test_without_the_setting_rule_the_training_size_contradicts(monkeypatch):
    monkeypatch.setattr(table_check, "setting_disputed", lambda *args: False)
    text = "With 1k SST training examples, the transformer encoder reaches 84.85 points."
    assert _status(_fresh(USE), USE, text) == Status.contradicted
