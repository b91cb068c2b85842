"""Round 26 regressions, pinned on the real page.

Alam et al. 2009, Phoenix paludosa (Bangladesh J. Pharmacol., tests/real/papers/
phoenix_paludosa_bjp.pdf), abstract: "Lupeol (1), epilupeol (2) and β-sitosterol (3) were
isolated from the n-hexane and the carbon tetrachloride soluble fraction ...", then "The
n-hexane, carbon tetrachloride and chloroform soluble materials ... were subjected to
antimicrobial screening". Round 25's probe25a left "Lupeol, epilupeol and beta-sitosterol were
isolated from the chloroform fraction" (false) confirmed at 0.72 by the first sentence: the
paper lists chloroform beside the two fractions that sentence names, so the sentence speaks of
the other alternatives (`guards_absent_alternative.guard_absent_alternative`).
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

import hypothesis.strategies as st
from hypothesis import given
from probe_verdicts import real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import guard_chain, guards_absent_alternative

PHOENIX = "phoenix_paludosa_bjp"
CHLOROFORM = "Lupeol, epilupeol and beta-sitosterol were isolated from the chloroform fraction."
HEXANE = "Lupeol, epilupeol and beta-sitosterol were isolated from the n-hexane fraction."

_paper = cache(real_paper)


def _status(text: str) -> tuple[Status, str]:
    return status_of({PHOENIX: _paper(PHOENIX)}, PHOENIX, text)


def test_a_passage_naming_only_the_other_alternatives_decides_nothing():
    status, why = _status(CHLOROFORM)
    assert status == Status.unverified, why
    assert "'chloroform'" in why


def test_a_passage_naming_the_claims_alternative_still_decides():
    status, why = _status(HEXANE)  # true: "from the n-hexane and the carbon tetrachloride ..."
    assert status == Status.confirmed, why


def test_the_paper_s_list_of_fractions_is_read():
    lists = guards_absent_alternative.item_lists(_paper(PHOENIX))
    assert frozenset({"n-hexane", "tetrachloride", "chloroform"}) in lists


def test_planted_guard_off_confirms_the_other_fraction(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_absent_alternative", lambda *args: None)
    status, why = _status(CHLOROFORM + " ")
    assert status == Status.confirmed, why


_ALTERNATIVE = st.text("abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10).filter(
    lambda word: word not in guards_absent_alternative._NOT_ITEMS)


@given(st.lists(_ALTERNATIVE, min_size=3, max_size=3, unique=True),
       st.sampled_from(["and", "or"]), st.booleans())
def test_any_list_of_three_alternatives_is_read_whole(words, joint, serial_comma):
    first, second, third = words
    comma = "," if serial_comma else ""
    text = f"The {first}, {second}{comma} {joint} {third} fractions were tested."
    paper = SimpleNamespace(sentences=[SimpleNamespace(text=text)])
    assert guards_absent_alternative._lists(paper) == [frozenset(words)]
