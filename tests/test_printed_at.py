"""`guards_passages.printed_at` finds a number's printings with `str.find`; it must give
exactly the matches of the pattern it replaced (compiled once per distinct number, which cost
a compilation for most claims). Property test against the pattern itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.verify.guards_passages import (
    printed_as_difference,
    printed_as_level,
    printed_at,
    version_of,
)

_TEXT = st.text(alphabet=st.sampled_from(list("12.0%_ab-v ,\u00b2\u0663x")), max_size=40)
_NUMBER = st.text(alphabet=st.sampled_from(list("120.%")), min_size=1, max_size=4)


def _pattern(text: str, number: str, percent: bool) -> list[tuple[int, int]]:
    suffix = "%?" if percent else ""
    return [match.span() for match in
            re.finditer(rf"(?<![\w.]){re.escape(number)}{suffix}(?![\w]|\.\d)", text)]


@settings(max_examples=600, deadline=None)
@given(_TEXT, _NUMBER, st.booleans())
def test_printed_at_gives_the_patterns_matches(text, number, percent):
    assert list(printed_at(text, number, percent)) == _pattern(text, number, percent)


def test_printings_on_real_phrases():
    assert list(printed_at("Apache 2.0 and olmOCR 2", "2")) == [(22, 23)]
    assert list(printed_at("v2, 2.5, x2 and 2.", "2")) == [(16, 17)]
    assert list(printed_at("44% more, then 44%x", "44", percent=True)) == [(0, 3), (15, 17)]
    assert version_of("olmOCR 2 reaches 82.4", "2") == "olmocr"
    assert printed_as_difference("F1-score is 44% more than [31]", "44%") is True
    assert printed_as_difference("a score of 44%", "44%") is False


def test_a_level_is_printed_as_one_and_a_list_item_of_differences_is_not():
    assert printed_as_level("SPECTER achieves a MAP score of 83.8 on the co-view task", "83.8")
    card = ("intermediate training improves the target tasks by 8.2 points on average with "
            "SQuAD, 7.5 points with MNLI")
    assert not printed_as_level(card, "7.5 points")
    assert printed_as_difference(card, "8.2 points")
    assert not printed_as_level("a level of 7.5 and a gain of 7.5", "7.5")
