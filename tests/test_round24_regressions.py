"""Round 24's integrator fixes, pinned on the real page.

Cer et al., "Universal Sentence Encoder" (arXiv:1803.11175, tests/real/redteam9/sources),
Table 2 prints one model under two bracketed settings: "USE T+CNN (w2v w.e.)" 86.69 and
"USE T+CNN (lrn w.e.)" 87.21 on SST; its caption defines "lrn w.e." as word embeddings learned
on the transfer task.

- "With learned word embeddings, USE_T+CNN reaches 86.69 on SST" was *confirmed* from the
  "(w2v w.e.)" row (its group label holds "word", the caption "learned"), though the claim
  means the "(lrn w.e.)" row and is false. `guard_bracketed_siblings` now withholds a
  confirmation as it withheld a contradiction: the claim prints no word of either setting, and
  the sibling prints another number in the same column.
- The same guard had withheld every contradiction beside a bracketed sibling, also where the
  claim is wrong under both settings ("... reaches 85.21 on SST": 86.69 and 87.21). Blind
  toggle: the guard cost one right neighbour-cell contradiction. It now withholds a
  contradiction only when a sibling prints the claimed number.
- A claim that spells its row's setting out in full words ("with word2vec embeddings" for
  "(w2v w.e.)") keeps its confirmation: settings are read as abbreviations (letters in order,
  initials, "no" for "without"); only a claim that spells the sibling's setting at least as
  fully as its own cell's loses it. The first version of the confirmation guard cost three
  true confirmations of red team 9; this reading keeps them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import given
from probe_verdicts import real_paper, verify_on

from verify_claims.claims import Status
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guard_chain, guards_bracketed_siblings

USE = "1803.11175"
LEARNED_W2V_NUMBER = "With learned word embeddings, USE_T+CNN reaches 86.69 on SST."  # false
WRONG_UNDER_BOTH = "With learned word embeddings, USE_T+CNN reaches 85.21 on SST."  # false


@cache
def _use_paper():
    return parse_paper(read_document(Path(__file__).resolve().parent / "real" / "redteam9"
                                     / "sources" / f"{USE}.pdf"))


def _status(text: str) -> Status:
    (claim,) = verify_on({USE: _use_paper()}, USE, [text])
    return claim.status


def test_a_bracketed_sibling_row_does_not_confirm_the_other_setting():
    assert _status(LEARNED_W2V_NUMBER) == Status.unverified


def test_planted_confirmations_left_to_the_sibling_guard_come_back(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_bracketed_siblings", lambda *args: None)
    assert _status(LEARNED_W2V_NUMBER) == Status.confirmed


def test_a_number_no_setting_prints_is_contradicted():
    assert _status(WRONG_UNDER_BOTH) == Status.contradicted


def test_planted_sibling_guard_without_the_number_test_withholds_it(monkeypatch):
    monkeypatch.setattr(guards_bracketed_siblings, "_holds_claimed", lambda *args: True)
    assert _status(WRONG_UNDER_BOTH) == Status.unverified


SPELLED_OUT = "The DAN baseline with word2vec embeddings scores 74.75 on MR."  # true: (w2v w.e.)


def test_a_claim_spelling_its_own_setting_out_keeps_its_confirmation():
    assert _status(SPELLED_OUT) == Status.confirmed


def test_planted_settings_read_only_as_printed_words_lose_it(monkeypatch):
    monkeypatch.setattr(guards_bracketed_siblings, "_spelled", lambda *args: 0.0)
    assert _status(SPELLED_OUT) == Status.unverified


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)


@given(st.lists(_WORDS, min_size=1, max_size=4), st.lists(_WORDS, max_size=4))
def test_a_setting_printed_word_for_word_is_spelled_whole(parts, others):
    setting = " ".join(parts)
    assert guards_bracketed_siblings._spelled(setting, set(parts) | set(others)) == 1.0


@given(_WORDS, st.lists(_WORDS, max_size=4), st.lists(_WORDS, max_size=4))
def test_more_claim_words_never_spell_a_setting_less(setting, words, more):
    spelled = guards_bracketed_siblings._spelled
    assert spelled(setting, set(words) | set(more)) >= spelled(setting, set(words))


# Charles 1998 (tests/real/papers/glia98.pdf): "Spreading depression propagates at rates of
# 20–60 µm/sec". probe24b's widening of setting_numbers (a claimed number the passage answers
# with another number may set the scene) read the range's first end, which has no unit of its
# own, as a setting the passage does not hold, and withheld this right contradiction.
RANGE = "Spreading depression propagates at rates of 2-6 um/sec."  # false: 20–60 µm/sec


def _glia_status(text: str) -> Status:
    (claim,) = verify_on({"glia98": real_paper("glia98")}, "glia98", [text])
    return claim.status


def test_a_range_whose_both_ends_disagree_is_contradicted():
    assert _glia_status(RANGE) == Status.contradicted


def test_planted_range_ends_read_as_settings_withhold_it(monkeypatch):
    from verify_claims.verify import setting_numbers
    monkeypatch.setattr(setting_numbers, "_range_ends", lambda *args: False)
    assert _glia_status(RANGE) == Status.unverified
