"""Truncation: claims cut by the report generator's 120-character limit, and only those."""

from __future__ import annotations

import pytest

from verify_claims.extract.truncation import CUT_LENGTH, CUT_TOLERANCE, is_truncated


def seed_claims(path) -> list[str]:
    """The claim cells of a seed's tab-separated table, read without the report parser so
    that this acceptance test checks `is_truncated` alone."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Claim\t")) + 1
    claims = []
    for line in lines[start:]:
        if "\t" not in line:
            break
        claims.append(line.split("\t")[0])
    return claims


def test_seed_acceptance_36_truncated_rows(seeds_dir):
    per_seed = [sum(map(is_truncated, seed_claims(path)))
                for path in sorted(seeds_dir.glob("*.txt"))]
    assert per_seed == [3, 9, 8, 8, 8]
    assert sum(per_seed) == 36


@pytest.mark.parametrize("text", [
    "Applying intermediate-task training to BUCC and Tatoeba yields dramatic improvements "
    "with almost every intermediate tra",
    "Evaluating the best performing models for each target task on the XTREME benchmark "
    "yields an average improvement of 5.4",
    "TyDiQA shows consistent improvements with many intermediate tasks, whereas XNLI does not "
    "see benefits from intermediate",
])
def test_quoted_cut_claims_are_truncated(text):
    assert CUT_LENGTH - CUT_TOLERANCE <= len(text) <= CUT_LENGTH + CUT_TOLERANCE
    assert is_truncated(text)


def _words(length: int) -> str:
    """Prose-like text of exactly `length` characters that does not end in a space."""
    text = ("the model improves accuracy on every task " * 5)[:length]
    return text[:-1] + "s" if text.endswith(" ") else text


@pytest.mark.parametrize("ending", [".", ")", ".)", '."', "?", "!", ".\u201d", "]"])
@pytest.mark.parametrize("length", [119, 120, 121])
def test_complete_claims_of_cut_length_are_not_truncated(ending, length):
    complete = _words(length - len(ending)) + ending
    assert len(complete) == length
    assert not is_truncated(complete)
    # The same length without the final punctuation is a cut claim.
    assert is_truncated(_words(length))


def test_only_lengths_within_the_tolerance_count():
    unfinished = "the model improves accuracy on every task and language in the benchmark " * 3
    for length in range(60, 200):
        text = unfinished[:length].rstrip() + "z" * (length - len(unfinished[:length].rstrip()))
        assert len(text) == length
        expected = abs(length - CUT_LENGTH) <= CUT_TOLERANCE
        assert is_truncated(text) is expected, length


def test_short_fragment_is_not_a_length_cut():
    # Visibly incomplete, but not cut by the generator's limit: `truncated` stays False.
    assert not is_truncated("The methodology follows a three phase op")


def test_surrounding_whitespace_does_not_change_the_length():
    text = "a" * 118 + " b"
    assert is_truncated(text)
    assert is_truncated("  " + text + "\n")
