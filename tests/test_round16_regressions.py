"""Verdicts of round 16 (issue 11), each pinned on the real page with its rule switched off.

- A difference of two cells worded as a judgement ("Transformer (big) beats ConvS2S Ensemble
  on EN-DE by 2.04 BLEU") was left undecided because Table 2's caption ends "... at a
  fraction of the training cost" (arXiv:1706.03762, page 8), and "cost" made the whole table
  read as lower-is-better. The two cells are headed "BLEU / EN-DE": their own headers name
  the measure, and BLEU is higher-is-better (`order_words.cells_lower_is_better`).
"""

from __future__ import annotations

import pytest
from probe_verdicts import explained, verify_on

from verify_claims.claims import Status
from verify_claims.verify import cell_arithmetic, order_words

TRANSFORMER = "1706.03762"


@pytest.fixture(scope="module")
def transformer(redteam2_paper):
    return redteam2_paper(TRANSFORMER)[0]


# Table 2, page 8: Transformer (big) 28.4 and ConvS2S Ensemble [9] 26.36 under BLEU / EN-DE.
BEATS_RIGHT = "Transformer (big) beats ConvS2S Ensemble on EN-DE by 2.04 BLEU."
BEATS_WRONG = "Transformer (big) beats ConvS2S Ensemble on EN-DE by 3.04 BLEU."


def test_a_bleu_difference_is_judged_higher_is_better_despite_a_cost_in_the_caption(
        transformer):
    right, wrong = verify_on({TRANSFORMER: transformer}, TRANSFORMER, [BEATS_RIGHT, BEATS_WRONG])
    assert right.status == Status.confirmed, explained(right)
    assert "28.4" in explained(right) and "26.36" in explained(right)
    assert wrong.status == Status.contradicted, explained(wrong)


def test_the_caption_decides_only_for_cells_without_a_metric():
    caption = "Table 2: BLEU scores at a fraction of the training cost."
    assert not order_words.cells_lower_is_better(caption, ["Transformer (big)", "BLEU / EN-DE"])
    # The cells' own headers still decide for a lower-is-better measure ...
    assert order_words.cells_lower_is_better(caption, ["Transformer (big)", "Training Cost"])
    # ... and a caption's measure holds for cells whose headers name none.
    assert order_words.cells_lower_is_better("Table 3: Word error rates.", ["A", "B / test"])
    assert not order_words.cells_lower_is_better("Table 3: Accuracy.", ["A", "B / test"])


def test_planted_bug_the_caption_alone_leaves_the_difference_undecided(transformer,
                                                                       monkeypatch):
    def caption_decides(caption, headers):
        return order_words.lower_is_better(" ".join(
            [order_words.table_title(caption), *headers]))

    monkeypatch.setattr(cell_arithmetic, "cells_lower_is_better", caption_decides)
    right, = verify_on({TRANSFORMER: transformer}, TRANSFORMER, [BEATS_RIGHT])
    assert right.status == Status.unverified, explained(right)
