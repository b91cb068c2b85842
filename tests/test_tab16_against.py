""""A scored x with P against y with Q": the word "against" is what keeps the sides paired.

Paper Plain (arXiv 2203.00130, red team 2's source), page 25, read from the page image:
"Participants scored no worse on the comprehension questions with Paper Plain (mu = 3.67,
sigma = 1.78) compared to the PDF reader (mu = 3.50, sigma = 1.31)". Round 16 (tab16) tried
not demanding "against" before a number as a content word (it asserts no more than "and"):
the true claim below was then confirmed by that sentence, but so was the claim with the two
scores swapped, since the sentence check compares the claim's numbers with the passage's
as a set and reads the sides of "compared to" / "than", never of "against". The change was
dropped; this pins that the swapped claim is never confirmed, and shows (rule switched off by
monkeypatch: "against" dropped from the claim's parts) that it would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from test_mutations_quick import mutations

from verify_claims.claims import Status
from verify_claims.verify import content

SOURCES = Path(__file__).resolve().parent / "real" / "redteam2" / "sources"
SWAPPED = ("Participants scored 3.50 on comprehension with Paper Plain against 3.67 with the PDF "
           "reader.")


@pytest.fixture(scope="module")
def paper():
    return _papers_of(SOURCES)("2203.00130")[0]


def test_swapped_sides_of_against_are_never_confirmed(paper):
    (claim,) = mutations.verify_texts(paper, SWAPPED, stem="2203.00130")
    assert claim.status != Status.confirmed


def test_without_against_as_a_word_the_swap_would_be_confirmed(paper, monkeypatch):
    made = content._claim_parts

    def without_against(claim):
        parts = made(claim)
        return content.ClaimParts(tuple(part for part in parts.parts
                                        if part.text.casefold() != "against"),
                                  parts.comparison, wide_left=parts.wide_left,
                                  compares=parts.compares, words=parts.words,
                                  judgement=parts.judgement)

    monkeypatch.setattr(content, "_claim_parts", without_against)
    # Another text than the test above (claim parts are remembered per text).
    text = SWAPPED.replace("Participants scored", "The participants scored")
    (claim,) = mutations.verify_texts(paper, text, stem="2203.00130")
    assert claim.status == Status.confirmed


@pytest.mark.xfail(strict=True, reason="open (tab16): the sentence check pairs no number with "
                   "its name; 'x with A, and y with B' is confirmed by 'A (y) compared to B (x)'")
def test_swapped_sides_joined_by_and_are_not_confirmed(paper):
    # Wrong today: confirmed by the page-25 sentence, which gives Paper Plain 3.67 and the PDF
    # reader 3.50. Strict, so that the fix of the pairing shows here.
    text = ("Participants scored 3.50 on comprehension with Paper Plain, and 3.67 with the PDF "
            "reader.")
    (claim,) = mutations.verify_texts(paper, text, stem="2203.00130")
    assert claim.status != Status.confirmed
